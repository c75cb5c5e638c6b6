import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/**
 * CQ-11: what the joint meeting counts of one lawyer meeting, keyed by the meeting's own id (the
 * detention centre's booking): when it was accepted and arranged (CQ-3's 48 hours) and whether it was held.
 */
@Entity({ schema: 'judicial', tableName: 'lawyer_meeting_fact' })
@Index({ properties: ['centreId', 'date'] })
export class LawyerMeetingFact {
  @PrimaryKey({ type: 'uuid' })
  bookingId!: string;

  @Property({ type: 'uuid' })
  centreId!: string;

  @Property({ type: 'jsonb' })
  counselAccountIds: string[] = [];

  @Property({ type: 'date' })
  date!: string;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  arrangedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  heldAt: Date | null = null;
}

export enum ViolationStatus {
  REPORTED = 'REPORTED',
  HANDLED = 'HANDLED',
}
registerEnumType(ViolationStatus, { name: 'LawyerViolationStatus' });

/** CQ-14: a prohibited act in a lawyer meeting, stopped by the centre and reported to its county justice bureau, which handles it and answers. */
@ObjectType({ description: '律师会见违规通报 A lawyer’s violation reported to the justice bureau (CQ-14)' })
@Entity({ schema: 'judicial', tableName: 'lawyer_violation' })
@Index({ properties: ['bureauId', 'status'] })
@Index({ properties: ['centreId', 'reportedAt'] })
export class LawyerViolation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: 'The lawyer meeting (its booking id)' })
  @Property({ type: 'uuid' })
  bookingId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  centreId!: string;

  @Field(() => ID, { description: 'The county justice bureau it was reported to' })
  @Property({ type: 'uuid' })
  bureauId!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  lawyerAccountId: string | null = null;

  @Field({ description: 'The pack’s violation ground (CQ-14)' })
  @Property({ length: 40 })
  ground!: string;

  @Field()
  @Property({ length: 20 })
  groundRule!: string;

  @Field()
  @Property({ length: 500 })
  details: string = '';

  @Field(() => ID)
  @Property({ type: 'uuid' })
  reportedBy!: string;

  @Field()
  @Property()
  reportedAt: Date = clock.now();

  @Field(() => ViolationStatus)
  @Enum(() => ViolationStatus)
  status: ViolationStatus = ViolationStatus.REPORTED;

  @Field(() => String, { nullable: true, description: 'How the bureau handled it (its answer to the centre)' })
  @Property({ length: 1000, nullable: true })
  handling: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  handledBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  handledAt: Date | null = null;
}

/** CQ-11: a lawyer’s rating of the centre’s service for one meeting. */
@ObjectType({ description: '会见服务评价 A lawyer’s evaluation of a meeting’s service (CQ-11)' })
@Entity({ schema: 'judicial', tableName: 'lawyer_evaluation' })
@Unique({ properties: ['bookingId', 'lawyerAccountId'] })
export class LawyerEvaluation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  bookingId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  centreId!: string;

  @Property({ type: 'uuid' })
  lawyerAccountId!: string;

  @Field(() => Int)
  @Property()
  score!: number;

  @Field()
  @Property({ length: 500 })
  comment: string = '';

  @Field()
  @Property()
  createdAt: Date = clock.now();
}

/** CQ-12: the organs a centre names for lawyers’ complaints, each with a named contact, shown where lawyers wait. */
@ObjectType({ description: '投诉受理联系人 A named contact for lawyers’ complaints (CQ-12)' })
@Entity({ schema: 'judicial', tableName: 'complaint_contact' })
@Index({ properties: ['centreId'] })
export class ComplaintContact {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  centreId!: string;

  @Field({ description: 'POLICE, JUSTICE_BUREAU or BAR_ASSOCIATION (the pack’s list)' })
  @Property({ length: 32 })
  organ!: string;

  @Field()
  @Property({ length: 100 })
  organName!: string;

  @Field()
  @Property({ length: 40 })
  contactName!: string;

  @Field({ description: 'A public office number (shown to lawyers)' })
  @Property({ length: 40 })
  phone!: string;

  /** The tenant whose staff answer complaints to this contact (the centre itself, or a county justice bureau). */
  @Property({ type: 'uuid' })
  handlerTenantId!: string;

  @Property()
  active: boolean = true;
}

export enum ComplaintStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
}
registerEnumType(ComplaintStatus, { name: 'LawyerComplaintStatus' });

/** CQ-12 / CQ-13: a lawyer’s complaint to a named contact, investigated and answered with feedback. */
@ObjectType({ description: '律师投诉 A lawyer’s complaint (CQ-12, CQ-13)' })
@Entity({ schema: 'judicial', tableName: 'lawyer_complaint' })
@Index({ properties: ['handlerTenantId', 'status'] })
@Index({ properties: ['centreId', 'filedAt'] })
export class LawyerComplaint {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  centreId!: string;

  @Field(() => ID, { nullable: true, description: 'The lawyer meeting it is about, if any' })
  @Property({ type: 'uuid', nullable: true })
  bookingId: string | null = null;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  contactId!: string;

  @Property({ type: 'uuid' })
  handlerTenantId!: string;

  @Property({ type: 'uuid' })
  lawyerAccountId!: string;

  @Field()
  @Property({ length: 2000 })
  text!: string;

  @Field({ description: 'CQ-13: the lawyer asked to be heard in person' })
  @Property()
  wantsHearing: boolean = false;

  @Field()
  @Property()
  filedAt: Date = clock.now();

  @Field(() => ComplaintStatus)
  @Enum(() => ComplaintStatus)
  status: ComplaintStatus = ComplaintStatus.OPEN;

  @Field(() => String, { nullable: true, description: 'CQ-13: the investigation and its outcome, as answered to the lawyer' })
  @Property({ length: 2000, nullable: true })
  feedback: string | null = null;

  @Field({ description: 'CQ-13: the lawyer was heard in person' })
  @Property()
  heardInPerson: boolean = false;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  answeredBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;
}
