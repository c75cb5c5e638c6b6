import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { maskIdNumber } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * SX-8(1): staff found, after approval, that a visitor hid or fabricated personal information.
 * The record of what was found and what it stopped.
 */
@ObjectType({ description: '会见人隐瞒、捏造个人信息记录 A visitor’s false information found after approval (SX-8(1))' })
@Entity({ schema: 'judicial', tableName: 'false_information' })
export class FalseInformation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid', unique: true })
  applicationId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'uuid' })
  institutionId!: string;

  /** Personal data: shown masked only. */
  @Property({ length: 18 })
  visitorIdNumber!: string;

  @Field()
  @Property({ length: 30 })
  visitorName!: string;

  @Field({ description: 'What was hidden or fabricated' })
  @Property({ length: 500 })
  note!: string;

  @Field({ description: 'The rule that refused the meeting (the pack’s false-identity reason)' })
  @Property({ length: 16 })
  rule!: string;

  @Field(() => Int, { nullable: true, description: 'SX-8(1): months the subject’s later meetings are stopped (null: the pack stops none)' })
  @Property({ type: 'integer', nullable: true })
  stopMonths: number | null = null;

  @Field(() => String, { nullable: true, description: 'Last day of the stop' })
  @Property({ type: 'date', nullable: true })
  stoppedUntil: string | null = null;

  @Field(() => Int, { description: 'The subject’s other approved meetings stopped with it' })
  @Property()
  otherMeetingsStopped: number = 0;

  @Property({ type: 'uuid' })
  recordedByTenantId!: string;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Field()
  @Property()
  recordedAt!: Date;

  @Field({ name: 'visitorIdNumberMasked' })
  get visitorIdNumberMasked(): string {
    return maskIdNumber(this.visitorIdNumber);
  }
}
