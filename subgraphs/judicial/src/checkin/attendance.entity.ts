import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { clock } from '@rv/schema';

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

  @Field(() => String, { nullable: true, description: 'Why not (GD-29)' })
  @Property({ type: 'varchar(200)', nullable: true })
  refusal: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  pledgeSignedAt: Date | null = null;

  @Field(() => PledgeSignature, { nullable: true })
  @Enum({ items: () => PledgeSignature, nullable: true })
  pledgeSignature: PledgeSignature | null = null;
}
