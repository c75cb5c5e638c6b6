import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Relation, maskIdNumber, type KeyedParams, type KeyedText, type Preparation, clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CountyBureau } from '../bureau/bureau.entity.js';
import { ServiceDay } from '../slot/service-day.entity.js';

export enum ApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
  /** GD-28: refused or stopped by the bureau for conduct on the day. */
  REFUSED_AT_VENUE = 'REFUSED_AT_VENUE',
  /** GD-27: nobody came. */
  NO_SHOW = 'NO_SHOW',
  /** GD-39: stopped by a suspension notice; a priority reschedule is offered. */
  SUSPENDED = 'SUSPENDED',
  /** The meeting took place and ended (at its limit or earlier). */
  MET = 'MET',
  /** GD-31 / GD-32: terminated by staff for conduct. */
  TERMINATED = 'TERMINATED',
  /** YN-18: broken by a failure; a priority reschedule is offered. */
  INTERRUPTED = 'INTERRUPTED',
  /** GD-24 / GD-25 / YN-15 / SX-9: the subject became ineligible for the meeting day after approval; slot and month given back. */
  STOPPED = 'STOPPED',
  /** YN-10: the visitors arrived late; this meeting is forfeited, nothing more. */
  FORFEITED = 'FORFEITED',
}
registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });

/**
 * YN-7: where a pair of applications (each inmate's to his or her own prison) stands. The pair
 * meets once, on its first application's meeting, and only when both are approved.
 */
export enum PairState {
  /** Waiting for the other half to be filed or approved: no meeting yet. */
  WAITING = 'WAITING',
  /** Both approved: the pair's one meeting is this application's. */
  MEETS = 'MEETS',
  /** Both approved: the pair meets on the other application's meeting. */
  JOINS = 'JOINS',
  /** The other half (or this one) was refused or withdrawn: no meeting. */
  STOPPED = 'STOPPED',
}
registerEnumType(PairState, { name: 'PairState', description: 'YN-7: a pair of custody applications, one meeting when both are approved' });

export enum SubjectKind {
  INMATE = 'INMATE',
  DETAINEE = 'DETAINEE',
}
registerEnumType(SubjectKind, { name: 'SubjectKind' });

registerEnumType(Relation, { name: 'Relation', description: '亲属关系 Relation to the subject (YN-36 relatives, YN-37 guardians)' });

export interface VisitorRecord {
  name: string;
  idNumber: string;
  relation: Relation;
}

@ObjectType({ description: '会见人 Visitor' })
export class Visitor {
  @Field()
  name!: string;

  @Field(() => Relation, { description: '与会见对象关系 Relation to the subject (YN-36, YN-37)' })
  relation!: Relation;

  @Field({ description: 'Resident ID number, masked' })
  idNumberMasked!: string;

  static from(record: VisitorRecord): Visitor {
    return Object.assign(new Visitor(), { name: record.name, relation: record.relation, idNumberMasked: maskIdNumber(record.idNumber) });
  }
}

/** GD-10 a meeting needs an application; GD-16 one proxy files for the whole group. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '会见申请 Application' })
@Entity({ schema: 'judicial', tableName: 'application' })
@Unique({ properties: ['proxyAccountId', 'idempotencyKey'] })
@Unique({ properties: ['filedByStaffId', 'idempotencyKey'] })
@Index({ properties: ['venue', 'status'] })
@Index({ properties: ['institutionId', 'status'] })
export class Application {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: '申请编号: the filing day and ten random digits, for result look-up (GD-20 receipt, GD-26)' })
  @Property({ unique: true })
  number!: string;

  @Field(() => ApplicationStatus)
  @Enum(() => ApplicationStatus)
  status: ApplicationStatus = ApplicationStatus.SUBMITTED;

  @Field(() => SubjectKind)
  @Enum(() => SubjectKind)
  subjectKind!: SubjectKind;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => ID, { description: 'The subject’s prison or detox centre' })
  @Property({ type: 'uuid' })
  institutionId!: string;

  @Field(() => CountyBureau, { nullable: true, description: 'Where the family sits; none when the visitor is in custody too (GD-5, YN-7)' })
  @ManyToOne(() => CountyBureau, { nullable: true })
  venue!: CountyBureau | null;

  /** GD-5 / YN-7: the visitor is a relative in custody, held by this other institution, which filed the application. */
  @Field(() => ID, { nullable: true, description: 'GD-5 / YN-7: the institution holding the relative in custody on the visitor side' })
  @Property({ type: 'uuid', nullable: true })
  visitorInstitutionId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'GD-5 / YN-7: the relative in custody on the visitor side' })
  @Property({ type: 'uuid', nullable: true })
  visitorSubjectId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'YN-7: the other inmate’s own application to his or her prison' })
  @Property({ type: 'uuid', nullable: true })
  pairedApplicationId: string | null = null;

  @Field(() => PairState, { nullable: true, description: 'YN-7: where the pair stands (null: not a pair)' })
  @Enum({ items: () => PairState, nullable: true })
  pairState: PairState | null = null;

  @Field(() => ServiceDay)
  @ManyToOne(() => ServiceDay)
  serviceDay!: ServiceDay;

  /** GD-14: the venue's own day, when the venue publishes days; its slot is taken too. */
  @Property({ type: 'uuid', nullable: true })
  venueServiceDayId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  proxyAccountId: string | null = null;

  /** Staff account that filed at the counter on the family's behalf (GD-20). */
  @Property({ type: 'uuid', nullable: true })
  filedByStaffId: string | null = null;

  /** GD-18: the walk-in applicant's real name, ID and phone when a clerk files (never shown unmasked). */
  @Property({ type: 'varchar(30)', nullable: true })
  applicantName: string | null = null;

  @Property({ type: 'varchar(18)', nullable: true })
  applicantIdNumber: string | null = null;

  @Property({ type: 'varchar(20)', nullable: true })
  applicantPhone: string | null = null;

  @Property({ type: 'jsonb' })
  visitors: VisitorRecord[] = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'varchar(500)', nullable: true })
  reason: string | null = null;

  @Property({ type: 'varchar(64)' })
  idempotencyKey!: string;

  @Field({ description: 'The rule pack that governs this application' })
  @Property()
  rulePack: string = 'GD';

  @Field(() => String, { description: 'YN-8 stage: JUDICIAL_OFFICE, COUNTY_BUREAU, INSTITUTION, BUREAU_NOTIFY or DONE' })
  @Property({ type: 'text' })
  stage: string = 'INSTITUTION';

  @Field(() => String, { nullable: true, description: 'The current stage is due by this day (GD-22, YN-8)' })
  @Property({ type: 'date', nullable: true })
  stageDueOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  stageFrom: string | null = null;

  /** GD-22: the day the institution's decision was due, as its review case counted it (reports). */
  @Property({ type: 'date', nullable: true })
  reviewDueOn: string | null = null;

  @Field({ description: 'The due day ran through a year whose holidays are not loaded yet (CALENDAR_MISSING); recomputed once loaded' })
  @Property()
  calendarMissing: boolean = false;

  @Field(() => Date, { nullable: true, description: 'YN-8: when the bureau told the family the result' })
  @Property({ type: 'datetime', nullable: true })
  notifiedAt: Date | null = null;

  @Field({ description: 'GD-39 / YN-18: this booking was stopped; the next application for the subject goes first' })
  @Property()
  rescheduleOffered: boolean = false;

  @Field({ description: 'Reviewed first (GD-4): the bureau’s priority, or a reschedule after a suspension or an interrupted meeting (GD-39, YN-18)' })
  @Property()
  priority: boolean = false;

  @Field(() => String, { nullable: true, description: 'GD-4: why it goes first (REWARD, VULNERABLE_FAMILY, DISTANT_FAMILY, SPECIAL, RESCHEDULE)' })
  @Property({ type: 'varchar(32)', nullable: true })
  priorityCategory: string | null = null;

  @Field(() => String, { nullable: true, description: 'GD-4: the bureau’s note on the priority' })
  @Property({ type: 'varchar(200)', nullable: true })
  priorityNote: string | null = null;

  @Field({ description: 'GD-22: oversize or overlong, so the review may take longer' })
  @Property()
  extendedReview: boolean = false;

  @Field()
  @Property()
  submittedAt: Date = clock.now();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  /** YN-12 / YN-19: the venue's preparation on the day. */
  @Property({ type: 'jsonb', nullable: true })
  preparation: (Preparation & { by: string; at: string }) | null = null;

  @Field(() => String, { nullable: true, description: 'YN-8(3): the meeting time the institution set (HH:MM, China Standard Time)' })
  @Property({ type: 'varchar(5)', nullable: true })
  meetingTime: string | null = null;

  /**
   * Issue 14: why the application was refused, stopped or closed, by catalogue key and parameters
   * (a pack's reason, staff's note), never words; the rule it cites is the applying pack's own.
   * Read as `rejectionKeyed`, or `rejectionReason(locale)` for the words.
   */
  @Property({ type: 'varchar(100)', nullable: true })
  rejectionKey: string | null = null;

  @Property({ type: 'jsonb', nullable: true })
  rejectionParams: Opt<KeyedParams> | null = null;

  @Property({ type: 'varchar(16)', nullable: true })
  rejectionRule: string | null = null;

  @Field(() => Int, { description: 'YN-14 / YN-27(3): minutes added to the meeting by the warden’s recorded approval (GD-35: never otherwise)' })
  @Property({ type: 'int' })
  emergencyMinutes: number = 0;

  @Field(() => EmergencyApproval, { nullable: true, description: 'YN-14: the warden’s recorded approval of a longer or off-schedule meeting' })
  @Property({ type: 'jsonb', nullable: true })
  emergencyApproval: EmergencyApproval | null = null;

  @Field(() => String, { nullable: true, description: 'The rule behind a stop, forfeit or barred no-show (GD-24, YN-15, SX-9, GD-25, YN-10, GD-27)' })
  @Property({ type: 'varchar(16)', nullable: true })
  outcomeRule: string | null = null;

  @Field(() => String, { nullable: true, description: 'STOPPED: the pack’s reason code the subject fell under on the meeting day (e.g. CONFINEMENT)' })
  @Property({ type: 'varchar(64)', nullable: true })
  outcomeCode: string | null = null;
}

/** YN-14: who approved a family emergency's longer or off-schedule meeting, when, and what. */
@ObjectType('EmergencyApproval', { description: 'YN-14: the warden’s recorded approval of a longer or off-schedule meeting' })
export class EmergencyApproval {
  @Field({ description: 'The applying pack’s rule (YN-14)' })
  rule!: string;

  @Field(() => ID, { description: 'The approving account (the warden)' })
  approvedBy!: string;

  @Field()
  approvedAt!: string;

  @Field(() => Int, { description: 'Minutes added to the meeting' })
  minutes!: number;

  @Field(() => String, { nullable: true, description: 'The off-schedule time (HH:MM, China Standard Time) that replaced the scheduled one' })
  meetingTime!: string | null;

  @Field()
  reason!: string;
}

/** Where the visitor side sits: the family's venue, or the relative's institution (GD-5, YN-7). */
export function visitorSideOf(application: Application): string {
  return application.venue?.id ?? application.visitorInstitutionId!;
}

/** Issue 14: the columns of a stored rejection (key, parameters, rule), for an update or an assignment. */
export function rejectionColumns(text: (KeyedText & { rule?: string | null }) | null): Pick<Application, 'rejectionKey' | 'rejectionParams' | 'rejectionRule'> {
  return { rejectionKey: text?.key ?? null, rejectionParams: text ? (text.params ?? {}) : null, rejectionRule: text?.rule ?? null };
}
