import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** CQ-4: a lawyer saw violence, suicide, self-harm, an escape or sudden illness and raised the alarm; the centre sees it live and it stays on record. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '律师会见报警 A lawyer’s alarm from a meeting (CQ-4)' })
@Entity({ schema: 'media', tableName: 'meeting_alarm' })
@Index({ properties: ['meetingId', 'raisedAt'] })
export class MeetingAlarm {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  meetingId!: string;

  /** The centre that must act (the meeting's institution). */
  @Property({ type: 'uuid' })
  institutionId!: string;

  @Field({ description: 'A kind of the pack’s alarms (CQ-4): VIOLENCE, SUICIDE, SELF_HARM, ESCAPE, SUDDEN_ILLNESS' })
  @Property({ length: 32 })
  kind!: string;

  @Field({ description: 'The pack’s rule (CQ-4)' })
  @Property({ length: 20 })
  rule!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  raisedBy!: string;

  @Field()
  @Property()
  raisedAt: Date = clock.now();

  @Field(() => ID, { nullable: true, description: 'The centre’s staff member who acknowledged it' })
  @Property({ type: 'uuid', nullable: true })
  acknowledgedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt: Date | null = null;
}
