import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { KeyedTextView, SanctionSeverity, sanctionReasonText } from '@rv/kit';
import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Arg, Field, ID, Int, ObjectType } from 'type-graphql';
import { Detainee } from '../detainee/detainee.entity.js';
import { clock, localeOf, translateKeyed, type KeyedParams } from '@rv/schema';

/** A suspension of a detainee's remote meetings for misconduct (GD-33): judicial refuses bookings meanwhile. */
@ObjectType({ description: '暂停远程会见（戒毒人员） Detainee sanction' })
@Entity({ schema: 'detox', tableName: 'sanction' })
export class DetaineeSanction {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Detainee)
  detainee!: Detainee;

  @Field(() => SanctionSeverity)
  @Enum(() => SanctionSeverity)
  severity!: SanctionSeverity;

  @Field(() => Int)
  @Property()
  months!: number;

  @Field({ description: 'First day (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field({ description: 'Last day (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  endsOn!: string;

  /** Staff's own words; empty when the platform gave the reason by key (issue 14). */
  @Property({ length: 500 })
  reason!: string;

  @Property({ type: 'varchar(100)', nullable: true })
  reasonKey: string | null = null;

  @Property({ type: 'jsonb', nullable: true })
  reasonParams: Opt<KeyedParams> | null = null;

  @Field(() => KeyedTextView, { description: 'Why, by catalogue key (issue 14): staff’s words as decision.note, the platform’s reason by its own key' })
  reasonKeyed(): KeyedTextView {
    const text = sanctionReasonText(this);
    return KeyedTextView.of(text.key, text.params, this.rule)!;
  }

  @Field(() => String, { name: 'reason', description: 'Why, in the caller’s language (zh-CN default, en)' })
  reasonWords(@Arg('locale', () => String, { defaultValue: 'zh-CN' }) locale: string): string {
    return translateKeyed(sanctionReasonText(this), localeOf(locale));
  }

  @Field({ description: 'Rule that set the range, e.g. GD-33' })
  @Property()
  rule!: string;

  @Property({ type: 'uuid' })
  imposedBy!: string;

  @Field()
  @Property()
  imposedAt: Date = clock.now();
}

/** An on-site visit at the centre: it uses the month's allowance like a remote meeting (GD-11). */
@ObjectType({ description: '现场会见登记（戒毒人员） Detainee on-site visit' })
@Entity({ schema: 'detox', tableName: 'onsite_visit' })
@Index({ properties: ['detainee', 'visitDate'] })
export class DetaineeOnsiteVisit {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Detainee)
  detainee!: Detainee;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  visitDate!: string;

  @Field(() => Int)
  @Property()
  visitors!: number;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Field()
  @Property()
  recordedAt: Date = clock.now();
}
