import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Arg, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { KeyedTextView, keyedWords } from '@rv/kit';
import { clock, type KeyedParams } from '@rv/schema';

export enum PledgeSignature {
  SIGNATURE = 'SIGNATURE',
  FINGERPRINT = 'FINGERPRINT',
  /** GD-30: the applicant may sign for the other visitors. */
  BY_APPLICANT = 'BY_APPLICANT',
}
registerEnumType(PledgeSignature, { name: 'PledgeSignature' });

/** One visitor at the bureau on the meeting day: identity checked (GD-29), pledge signed (GD-30). */
@ObjectType({ description: '到场核验 A visitor checked in at the bureau' })
@Entity({ schema: 'judicial', tableName: 'attendance' })
@Unique({ properties: ['applicationId', 'visitorIndex'] })
export class Attendance {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  applicationId!: string;

  @Field(() => Int, { description: 'Position on the approved list' })
  @Property()
  visitorIndex!: number;

  @Field()
  @Property()
  checkedAt: Date = clock.now();

  @Property({ type: 'uuid' })
  checkedBy!: string;

  @Field({ description: 'May join the meeting' })
  @Property()
  admitted!: boolean;

  /** GD-29 / YN-10 / YN-11: why not admitted, by catalogue key and parameters (issue 14), and the pack's rule it cites. */
  @Property({ type: 'varchar(100)', nullable: true })
  refusalKey: string | null = null;

  @Property({ type: 'jsonb', nullable: true })
  refusalParams: Opt<KeyedParams> | null = null;

  @Property({ type: 'varchar(16)', nullable: true })
  refusalRule: string | null = null;

  @Field(() => KeyedTextView, { nullable: true, description: 'Why not (GD-29), by catalogue key: the portal translates' })
  refusalKeyed(): KeyedTextView | null {
    return KeyedTextView.of(this.refusalKey, this.refusalParams, this.refusalRule);
  }

  @Field(() => String, { nullable: true, description: 'Why not (GD-29), in the caller’s language (zh-CN default, en)' })
  refusal(@Arg('locale', () => String, { defaultValue: 'zh-CN' }) locale: string): string | null {
    return keyedWords(this.refusalKey, this.refusalParams, locale);
  }

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  pledgeSignedAt: Date | null = null;

  @Field(() => PledgeSignature, { nullable: true })
  @Enum({ items: () => PledgeSignature, nullable: true })
  pledgeSignature: PledgeSignature | null = null;
}
