import { Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Custody status changes, each a dated event (issue 15). The ones an eligibility rule reads:
 * GD-24 / YN-15 / SX-9 (investigation, isolation review, training, confinement, separate custody,
 * admonition, strict level, warnings and demerits, serious-violation investigation) and GD-25
 * (physiological detox, restraint); SX-5 crime category; the rest move or end custody.
 */
export enum CustodyChangeKind {
  ADMISSION = 'ADMISSION',
  WARD_MOVE = 'WARD_MOVE',
  BRIGADE_MOVE = 'BRIGADE_MOVE',
  TREATMENT_LEVEL = 'TREATMENT_LEVEL',
  CRIME_CATEGORY = 'CRIME_CATEGORY',
  TRAINING = 'TRAINING',
  CONFINEMENT = 'CONFINEMENT',
  INVESTIGATION = 'INVESTIGATION',
  SERIOUS_VIOLATION_INVESTIGATION = 'SERIOUS_VIOLATION_INVESTIGATION',
  SEPARATE_CUSTODY = 'SEPARATE_CUSTODY',
  ADMONITION = 'ADMONITION',
  WARNING = 'WARNING',
  DEMERIT = 'DEMERIT',
  ISOLATION_REVIEW = 'ISOLATION_REVIEW',
  RESTRAINT = 'RESTRAINT',
  PHYSIOLOGICAL_DETOX = 'PHYSIOLOGICAL_DETOX',
  TRANSFER = 'TRANSFER',
  RELEASE = 'RELEASE',
}
registerEnumType(CustodyChangeKind, { name: 'CustodyChangeKind', description: 'A custody status change (GD-24, GD-25, YN-15, SX-9, SX-5, transfer, release)' });

export enum CustodyChangeSource {
  PORTAL = 'PORTAL',
  FILE = 'FILE',
  SYNC = 'SYNC',
}
registerEnumType(CustodyChangeSource, { name: 'CustodyChangeSource' });

/**
 * One custody change of a subject, append-only (the table refuses updates and deletes): what, from
 * which day, who recorded it, and how many approved meetings it cancelled.
 */
@Directive('@shareable')
@ObjectType('CustodyChange', { description: 'A dated custody status change of a person in custody' })
export abstract class CustodyChangeBase {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  subjectId!: string;

  /** The institution holding the subject when the change was recorded. */
  @Property({ type: 'uuid' })
  institutionId!: string;

  @Field(() => CustodyChangeKind)
  @Enum({ items: () => CustodyChangeKind, type: 'text' })
  kind!: CustodyChangeKind;

  @Field(() => Boolean, { nullable: true, description: 'For a status that starts and ends (confinement, training …): true starts it, false ends it' })
  @Property({ type: 'boolean', nullable: true })
  active: boolean | null = null;

  @Field(() => String, { nullable: true, description: 'The value before (level, category, ward, institution id)' })
  @Property({ type: 'varchar(64)', nullable: true })
  before: string | null = null;

  @Field(() => String, { nullable: true, description: 'The value after' })
  @Property({ type: 'varchar(64)', nullable: true })
  after: string | null = null;

  @Field({ description: 'From which day, YYYY-MM-DD' })
  @Property({ type: 'date' })
  effectiveOn!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'varchar(500)', nullable: true })
  note: string | null = null;

  @Field(() => CustodyChangeSource)
  @Enum({ items: () => CustodyChangeSource, type: 'text' })
  source!: CustodyChangeSource;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Field()
  @Property()
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The institution system’s own id of the event (a sync): the same id is recorded once' })
  @Property({ type: 'varchar(64)', nullable: true })
  externalId: string | null = null;

  @Field(() => Int, { description: 'Approved or pending meetings this change cancelled' })
  @Property()
  cancelledMeetings: number = 0;
}

/** The table's DDL, append-only: updates and deletes are refused by the database. */
export function custodyChangeDdl(schema: string, subjectTable: string, subjectColumn: string): string[] {
  return [
    `create table "${schema}"."custody_change" (
      "id" uuid primary key,
      "subject_id" uuid not null references "${schema}"."${subjectTable}" ("id"),
      "institution_id" uuid not null,
      "kind" text not null,
      "active" boolean null,
      "before" varchar(64) null,
      "after" varchar(64) null,
      "effective_on" date not null,
      "note" varchar(500) null,
      "source" text not null check ("source" in ('PORTAL', 'FILE', 'SYNC')),
      "recorded_by" uuid not null,
      "recorded_at" timestamptz not null,
      "cancelled_meetings" int not null default 0)`,
    `comment on column "${schema}"."custody_change"."subject_id" is 'the ${subjectColumn}'`,
    `create index "custody_change_subject_idx" on "${schema}"."custody_change" ("subject_id", "recorded_at")`,
    `create function "${schema}"."custody_change_append_only"() returns trigger language plpgsql as $$
      begin raise exception 'custody_change is append-only'; end $$`,
    `create trigger "custody_change_append_only" before update or delete on "${schema}"."custody_change"
      for each row execute function "${schema}"."custody_change_append_only"()`,
  ];
}

/** A sync names each event by the institution system's own id; the same id is recorded once per institution. */
export function custodyChangeExternalIdDdl(schema: string): string[] {
  return [
    `alter table "${schema}"."custody_change" add column "external_id" varchar(64) null`,
    `create unique index "custody_change_external_idx" on "${schema}"."custody_change" ("institution_id", "external_id") where "external_id" is not null`,
  ];
}
