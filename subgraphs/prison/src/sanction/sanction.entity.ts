import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { KeyedTextView, SanctionSeverity, sanctionReasonText } from '@rv/kit';
import type { Opt } from '@mikro-orm/core';
import { Arg, Field, ID, Int, ObjectType } from 'type-graphql';
import { Inmate } from '../inmate/inmate.entity.js';
import { clock, localeOf, translateKeyed, type KeyedParams } from '@rv/schema';

export { SanctionSeverity };

/** A suspension of a subject's remote-meeting eligibility for misconduct (GD-33, YN-17, SX-10). */
@ObjectType('InmateSanction', { description: '暂停远程会见 Sanction (the inmate’s; DetaineeSanction is the detainee’s)' })
@Entity({ schema: 'prison', tableName: 'sanction' })
export class Sanction {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Inmate)
  @ManyToOne(() => Inmate)
  inmate!: Inmate;

  @Field(() => SanctionSeverity)
  @Enum(() => SanctionSeverity)
  severity!: SanctionSeverity;

  @Field(() => Int)
  @Property()
  months!: number;

  @Field({ description: 'First day of the suspension (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field({ description: 'Last day of the suspension (YYYY-MM-DD)' })
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

  @Field()
  @Property({ type: 'uuid' })
  imposedBy!: string;

  @Field()
  @Property()
  imposedAt: Date = clock.now();
}
