import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16 "Report": the province report reads per-day/per-institution counts instead of a GROUP BY
 * over every application. What an application counts as (the report's columns) is written once here;
 * statement triggers on `application` append the change of every insert, update and delete to
 * `report_delta` in the writer's own transaction (whatever path wrote it: services, consumers, jobs,
 * raw SQL), as one grouped row per day and institution: appending locks no shared row, so bookings
 * and withdrawals on one day never wait for each other there nor deadlock. A job folds the deltas into
 * `report_day`; the report reads both, so it is exact whether or not the fold has run.
 * `due_on` is the institution's due day of an application still waiting for it (GD-22's overdue is
 * counted against today when the report is read); null for every other application.
 */
const COUNTS: [column: string, counted: string][] = [
  ['applications', 'true'],
  ['approved', `c.decided_at is not null and c.status <> 'REJECTED'`],
  ['rejected', `c.status = 'REJECTED'`],
  ['withdrawn', `c.decided_at is null and c.status not in ('SUBMITTED', 'REJECTED')`],
  ['pending', `c.decided_at is null and c.status = 'SUBMITTED'`],
  ['met', `c.status = 'MET'`],
  ['no_shows', `c.status = 'NO_SHOW'`],
  ['forfeited', `c.status = 'FORFEITED'`],
  ['stopped', `c.status = 'STOPPED'`],
  ['terminated', `c.status = 'TERMINATED'`],
  ['interrupted', `c.status = 'INTERRUPTED'`],
  ['on_time', `(c.decided_at at time zone 'Asia/Shanghai')::date <= c.review_due_on`],
  ['late', `(c.decided_at at time zone 'Asia/Shanghai')::date > c.review_due_on`],
  ['reviewed', 'c.review_due_on is not null and c.decided_at is not null'],
];
const REVIEW_SECONDS = 'case when c.review_due_on is not null and c.decided_at is not null then extract(epoch from c.decided_at - c.submitted_at) else 0 end';
const DUE_ON = `case when c.status = 'SUBMITTED' and c.stage = 'INSTITUTION' then c.stage_due_on end`;
const KEY = ['service_day_id', 'institution_id', 'due_on'];
const COLUMNS = [...KEY, ...COUNTS.map(([column]) => column), 'review_seconds'];

/** The signed counts of the rows of `source` (each with a `sign`: +1 as it is now, -1 as it was), per key; changes that count nothing are left out. */
function contributions(source: string): string {
  const sums = [...COUNTS.map(([, counted]) => `sum(c.sign * (coalesce(${counted}, false))::int)`), `sum(c.sign * ${REVIEW_SECONDS})`];
  return `select c.service_day_id, c.institution_id, ${DUE_ON}, ${sums.join(', ')}
    from (${source}) c group by 1, 2, 3
    having row(${sums.join(', ')}) <> row(${sums.map(() => '0').join(', ')})`;
}

const SOURCES = {
  insert: { referencing: 'new table as new_rows', rows: 'select 1 as sign, n.* from new_rows n' },
  update: { referencing: 'old table as old_rows new table as new_rows', rows: 'select 1 as sign, n.* from new_rows n union all select -1, o.* from old_rows o' },
  delete: { referencing: 'old table as old_rows', rows: 'select -1 as sign, o.* from old_rows o' },
};

export class Migration20261203164000 extends Migration {
  override name = 'Migration20261203164000';

  override async up(): Promise<void> {
    this.addSql(`create table "judicial"."report_day" (
      "service_day_id" uuid not null, "institution_id" uuid not null, "due_on" date null,
      ${COUNTS.map(([column]) => `"${column}" int not null`).join(', ')}, "review_seconds" numeric not null,
      constraint "report_day_key" unique nulls not distinct ("service_day_id", "institution_id", "due_on"))`);
    this.addSql(`create index "report_day_emptied_idx" on "judicial"."report_day" ("service_day_id") where "applications" = 0`);
    this.addSql(`create table "judicial"."report_delta" (like "judicial"."report_day")`);
    for (const [op, source] of Object.entries(SOURCES)) {
      this.addSql(`create function "judicial"."report_count_${op}"() returns trigger language plpgsql as $$
        begin
          insert into "judicial"."report_delta" (${COLUMNS.join(', ')}) ${contributions(source.rows)};
          return null;
        end $$`);
      this.addSql(`create trigger "report_count_${op}" after ${op} on "judicial"."application" referencing ${source.referencing}
        for each statement execute function "judicial"."report_count_${op}"()`);
    }
    // One fold at a time (a second one returns at once); a key whose applications all moved away is dropped.
    this.addSql(`create function "judicial"."report_fold"() returns int language plpgsql as $$
      declare folded int;
      begin
        if not pg_try_advisory_xact_lock(hashtext('judicial.report_fold')) then return 0; end if;
        with moved as (delete from "judicial"."report_delta" returning *)
        insert into "judicial"."report_day" (${COLUMNS.join(', ')})
        select ${KEY.join(', ')}, ${COLUMNS.slice(KEY.length).map((column) => `sum(${column})`).join(', ')} from moved group by ${KEY.join(', ')}
        on conflict on constraint "report_day_key" do update set
          ${COLUMNS.slice(KEY.length).map((column) => `"${column}" = "report_day"."${column}" + excluded."${column}"`).join(', ')};
        get diagnostics folded = row_count;
        delete from "judicial"."report_day" where "applications" = 0;
        return folded;
      end $$`);
    // The applications already there.
    this.addSql(`insert into "judicial"."report_day" (${COLUMNS.join(', ')}) ${contributions('select 1 as sign, a.* from "judicial"."application" a')}`);
  }
}
