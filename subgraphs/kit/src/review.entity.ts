import { Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** Where a review case stands. WITHDRAWN and STOPPED close it whatever it was (no decision after them). */
export enum ReviewStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** The family withdrew the application (judicial's cancelApplication). */
  WITHDRAWN = 'WITHDRAWN',
  /** GD-24 / GD-25 / YN-15 / SX-9: the subject became ineligible for the meeting day after approval. */
  STOPPED = 'STOPPED',
}
registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: 'PENDING, APPROVED, REJECTED, WITHDRAWN (by the family) or STOPPED (subject ineligible on the meeting day)',
});

/** The judicial subgraph's application, seen by its key only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Application')
export class ReviewApplicationRef {
  @Field(() => ID)
  id!: string;
}

/**
 * One review case (GD-21) of an application, the same columns and fields at a prison (InmateReview)
 * and a detox centre (DetaineeReview); each subgraph adds its subject and its institution column.
 */
@ObjectType('ReviewCaseBase', { description: 'Not in the schema: the fields both review types share' })
export abstract class ReviewCaseBase {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', unique: true })
  applicationId!: string;

  @Field(() => ReviewStatus)
  @Enum({ items: () => ReviewStatus, type: 'text' })
  status: ReviewStatus = ReviewStatus.PENDING;

  @Field()
  @Property()
  submittedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Account id of the reviewer who decided' })
  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'The written reason (required with OTHER); the reason itself is reasonCode' })
  @Property({ type: 'varchar(500)', nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true, description: "The pack's rejection reason code (GD-23, GD-24, GD-25, YN-15, SX-9)" })
  @Property({ type: 'varchar(64)', nullable: true })
  reasonCode: string | null = null;

  @Field({ description: 'Rule pack that governs this review' })
  @Property({ length: 16 })
  rulePack: string = 'GD';

  @Field(() => String, { nullable: true, description: 'GD-22: the decision is due by this day (YYYY-MM-DD, China Standard Time)' })
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Field({ description: 'The deadline ran through a year whose holidays are not loaded yet (CALENDAR_MISSING)' })
  @Property()
  calendarMissing: boolean = false;

  @Field({ description: 'GD-22: oversize or overlong request, +2 working days' })
  @Property()
  extended: boolean = false;

  @Field(() => String, { nullable: true, description: 'The meeting day (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  serviceDate: string | null = null;

  @Property({ type: 'date', nullable: true })
  stageFrom: string | null = null;

  @Field(() => String, { nullable: true, description: 'GD-4: why it goes first (REWARD, VULNERABLE_FAMILY, DISTANT_FAMILY, SPECIAL, RESCHEDULE)' })
  @Property({ type: 'varchar(32)', nullable: true })
  priorityCategory: string | null = null;

  @Field({ description: 'GD-4 / GD-39 / YN-18: first in the queue' })
  @Property()
  priority: boolean = false;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn or stopped' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'STOPPED: the rule the subject fell under on the meeting day (GD-24, GD-25, YN-15, SX-9)' })
  @Property({ type: 'varchar(16)', nullable: true })
  stopRule: string | null = null;

  @Field(() => String, { nullable: true, description: 'STOPPED: the pack’s reason code the subject fell under' })
  @Property({ type: 'varchar(64)', nullable: true })
  stopReasonCode: string | null = null;

  /** 申请编号 of the application, copied from application.submitted so the queue can be searched by it (the number is judicial's). */
  @Property({ type: 'varchar(32)', nullable: true })
  applicationNumber: string | null = null;

  /** The application's own end on the day (NO_SHOW, FORFEITED, REFUSED_AT_VENUE …): the ward notice leaves it out. */
  @Property({ type: 'varchar(24)', nullable: true })
  applicationClosedAs: string | null = null;

  @Field(() => ReviewApplicationRef)
  get application(): ReviewApplicationRef {
    return Object.assign(new ReviewApplicationRef(), { id: this.applicationId });
  }
}

/** The review case columns added for withdrawal, stop and the application's end (both subgraphs' migration). */
export function reviewLifecycleDdl(schema: string): string[] {
  const table = `"${schema}"."review_case"`;
  return [
    `alter table ${table} drop constraint if exists "review_case_status_check", drop constraint if exists "review_case_check"`,
    `alter table ${table} add column "closed_at" timestamptz null, add column "stop_rule" varchar(16) null, add column "stop_reason_code" varchar(64) null,
      add column "application_closed_as" varchar(24) null`,
    `alter table ${table} add constraint "review_case_status_check" check ("status" in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'STOPPED')),
      add constraint "review_case_pending_undecided" check ("status" <> 'PENDING' or "decided_at" is null),
      add constraint "review_case_decided_dated" check ("status" not in ('APPROVED', 'REJECTED', 'STOPPED') or "decided_at" is not null),
      add constraint "review_case_stop_rule" check ("status" <> 'STOPPED' or "stop_rule" is not null)`,
  ];
}

/** The application's number on the review case (searching the queue), filled for the cases opened before it (both subgraphs' migration). */
export function reviewNumberDdl(schema: string, institutionColumn: string): string[] {
  const table = `"${schema}"."review_case"`;
  return [
    `alter table ${table} add column "application_number" varchar(32) null`,
    `create index if not exists "review_case_${institutionColumn}_status_due_on_index" on ${table} ("${institutionColumn}", "status", "due_on")`,
    // A one-off copy from judicial's table where it exists (a fresh database has no cases to fill).
    `do $$ begin if to_regclass('judicial.application') is not null then
       update ${table} r set application_number = a.number from judicial.application a where a.id = r.application_id and r.application_number is null;
     end if; end $$`,
  ];
}
