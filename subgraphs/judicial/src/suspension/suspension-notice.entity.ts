import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { KeyedTextView } from '@rv/kit';
import { clock, localeOf, noteText, translateKeyed, type KeyedParams, type KeyedText } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Arg, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** GD-39: why meetings stop decides who must give notice. */
export enum SuspensionCause {
  /** A unit's own fault: that unit notifies. */
  UNIT_FAULT = 'UNIT_FAULT',
  /** A policy change: the prison or detox bureau notifies. */
  POLICY_CHANGE = 'POLICY_CHANGE',
  /** A system upgrade: the province notifies. */
  SYSTEM_UPGRADE = 'SYSTEM_UPGRADE',
  /** Published days became holidays when the province entered a year's schedule (GD-13, SX-2): the province notifies. */
  HOLIDAY_SCHEDULE = 'HOLIDAY_SCHEDULE',
}
registerEnumType(SuspensionCause, { name: 'SuspensionCause' });

@ObjectType({ description: '暂停远程会见通知 Suspension notice (GD-39)' })
@Entity({ schema: 'judicial', tableName: 'suspension_notice' })
export class SuspensionNotice {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => SuspensionCause)
  @Enum(() => SuspensionCause)
  cause!: SuspensionCause;

  @Field()
  @Property()
  issuerKind!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  issuerId!: string;

  @Field({ description: 'First day without meetings (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  fromDate!: string;

  @Field({ description: 'Last day without meetings (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  toDate!: string;

  /** Staff's own words; empty when the platform wrote the notice by key (issue 14: a newly entered year's holidays). */
  @Property({ length: 500 })
  message!: string;

  @Property({ type: 'varchar(100)', nullable: true })
  messageKey: string | null = null;

  @Property({ type: 'jsonb', nullable: true })
  messageParams: Opt<KeyedParams> | null = null;

  @Field(() => KeyedTextView, { description: 'The notice by catalogue key (issue 14): staff’s words as decision.note, the platform’s by its own key' })
  messageKeyed(): KeyedTextView {
    const text = noticeText(this);
    return KeyedTextView.of(text.key, text.params)!;
  }

  @Field(() => String, { name: 'message', description: 'The notice in the caller’s language (zh-CN default, en)' })
  messageWords(@Arg('locale', () => String, { defaultValue: 'zh-CN' }) locale: string): string {
    return translateKeyed(noticeText(this), localeOf(locale));
  }

  @Field(() => Int, { description: 'Bookings suspended and their families notified' })
  @Property()
  affected!: number;

  @Field()
  @Property()
  issuedAt: Date = clock.now();
}

/** A notice as a keyed text: the platform's by its key, staff's own words as a note (issue 14). */
export function noticeText(notice: Pick<SuspensionNotice, 'message' | 'messageKey' | 'messageParams'>): KeyedText {
  return notice.messageKey ? { key: notice.messageKey, params: notice.messageParams ?? {} } : noteText(notice.message);
}
