import { MEETING_REPORT_SQL } from '@rv/judicial';
import pg from 'pg';
import { gql, login, startPlatformProcess } from './platform-process.ts';
import { sized } from './smoke.ts';

/**
 * The province report (issue 16) over a million applications for 100 institutions, seeded inside
 * PostgreSQL (generate_series): a year and a month through the gateway, and as the floor the GROUP BY
 * over the raw rows the report used to run. Refuses to print a figure when the seed is not exactly
 * what was asked or the report's totals differ from the raw rows'.
 */
const APPLICATIONS = sized(Number(process.env.BENCH_REPORT_APPLICATIONS ?? 1_000_000), 2_000);
const INSTITUTIONS = 100;
const RUNS = sized(5, 1);

/**
 * The report's query before issue 16 (the bench's floor and report.test's reference): every application
 * row of the period, grouped. $1 the first day, $2 the day after the last, $3 today (GD-22 overdue).
 */
export const RAW_REPORT_SQL = `select to_char(d.date, 'YYYY-MM') as "month", i.id as "institutionId",
    count(*)::int as applications,
    count(*) filter (where a.decided_at is not null and a.status <> 'REJECTED')::int as approved,
    count(*) filter (where a.status = 'REJECTED')::int as rejected,
    count(*) filter (where a.decided_at is null and a.status not in ('SUBMITTED', 'REJECTED'))::int as withdrawn,
    count(*) filter (where a.decided_at is null and a.status = 'SUBMITTED')::int as pending,
    count(*) filter (where a.status = 'MET')::int as met,
    count(*) filter (where a.status = 'NO_SHOW')::int as "noShows",
    count(*) filter (where a.status = 'FORFEITED')::int as forfeited,
    count(*) filter (where a.status = 'STOPPED')::int as stopped,
    count(*) filter (where a.status = 'TERMINATED')::int as terminated,
    count(*) filter (where a.status = 'INTERRUPTED')::int as interrupted,
    count(*) filter (where (a.decided_at at time zone 'Asia/Shanghai')::date <= a.review_due_on)::int as "decidedOnTime",
    count(*) filter (where (a.decided_at at time zone 'Asia/Shanghai')::date > a.review_due_on)::int as "decidedLate",
    count(*) filter (where a.status = 'SUBMITTED' and a.stage = 'INSTITUTION' and a.stage_due_on < $3::date)::int as overdue,
    avg(extract(epoch from a.decided_at - a.submitted_at) / 3600) filter (where a.review_due_on is not null and a.decided_at is not null)::float as "averageReviewHours"
  from judicial.application a
  join judicial.service_day d on d.id = a.service_day_id
  join judicial.institution_ref i on i.id = a.institution_id
 where d.date >= $1::date and d.date < $2::date
 group by 1, 2 order by 1, 2`;

/** The report's own SQL (MikroORM's `?` placeholders as pg's), run without the gateway and the subgraph: where the time goes. */
let placeholder = 0;
const REPORT_SQL = MEETING_REPORT_SQL.replace(/\?/g, () => `$${++placeholder}`);

/** 100 institutions, a service day each day of `year`, and the applications spread over them in every state. */
export async function seed(pool: pg.Pool, year: number, proxyId: string): Promise<void> {
  await pool.query(
    `insert into judicial.institution_ref (id, kind, name, rule_pack)
    select gen_random_uuid(), case when n % 5 = 0 then 'DETOX_CENTRE' else 'PRISON' end, '报表压测单位' || n, 'GD' from generate_series(1, $1) n`,
    [INSTITUTIONS],
  );
  await pool.query(
    `insert into judicial.service_day (id, institution_id, institution_kind, date, capacity, taken)
    select gen_random_uuid(), i.id, i.kind, day::date, 1000, 0
      from judicial.institution_ref i, generate_series(make_date($1, 1, 1), make_date($1, 12, 31), interval '1 day') day
     where i.name like '报表压测单位%'`,
    [year],
  );
  // Every 20 applications: 2 waiting (one past its due day), 1 rejected, 1 withdrawn, the rest decided on time
  // or late, most of them met, some no-show, forfeited, stopped, terminated, interrupted, approved.
  await pool.query(
    `with days as (select id, institution_id, date, row_number() over (order by date, institution_id) - 1 as k from judicial.service_day d
                                   where institution_id in (select id from judicial.institution_ref where name like '报表压测单位%')),
    total as (select count(*) as days from days),
    rows as (select n, d.*, (array['SUBMITTED','SUBMITTED','REJECTED','CANCELLED','NO_SHOW','FORFEITED','STOPPED','TERMINATED','INTERRUPTED','APPROVED',
                                    'MET','MET','MET','MET','MET','MET','MET','MET','MET','MET'])[n % 20 + 1] as status,
                    (d.date - 7 - (n % 5))::timestamp at time zone 'Asia/Shanghai' + (n % 600) * interval '1 minute' as submitted_at
               from generate_series(0, $1 - 1) n cross join total join days d on d.k = n % total.days)
    insert into judicial.application (id, number, status, subject_kind, subject_id, institution_id, service_day_id, proxy_account_id, visitors, idempotency_key,
                                      rule_pack, stage, stage_due_on, review_due_on, calendar_missing, reschedule_offered, priority, extended_review, submitted_at, decided_at, emergency_minutes)
    select gen_random_uuid(), 'B' || lpad(n::text, 12, '0'), status, 'INMATE', gen_random_uuid(), institution_id, id, $2, '[]', 'report-bench-' || n,
           'GD', case when status = 'SUBMITTED' then 'INSTITUTION' else 'DONE' end,
           case when status = 'SUBMITTED' then (submitted_at at time zone 'Asia/Shanghai')::date + 3 + (n % 2) * 1000 end,
           case when status not in ('SUBMITTED', 'CANCELLED') then (submitted_at at time zone 'Asia/Shanghai')::date + 3 end,
           false, false, false, false, submitted_at,
           case when status not in ('SUBMITTED', 'CANCELLED') then submitted_at + (n % 100) * interval '1 hour' end, 0
      from rows`,
    [APPLICATIONS, proxyId],
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
async function timed(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

export async function benchReport(): Promise<void> {
  const platform = await startPlatformProcess();
  const pool = new pg.Pool({ connectionString: platform.databaseUrl, max: 2 });
  try {
    const year = new Date().getUTCFullYear() - 1;
    const [proxy] = (await pool.query(`select id from judicial.account where username = 'proxy'`)).rows;
    const seedStarted = performance.now();
    await seed(pool, year, proxy.id);
    const seeded = (
      await pool.query(`select count(*)::int as applications, count(distinct a.institution_id)::int as institutions
      from judicial.application a join judicial.institution_ref i on i.id = a.institution_id where i.name like '报表压测单位%'`)
    ).rows[0];
    if (seeded.applications !== APPLICATIONS || seeded.institutions !== INSTITUTIONS)
      throw new Error(
        `report bench: seeded ${seeded.applications} applications for ${seeded.institutions} institutions, asked ${APPLICATIONS} for ${INSTITUTIONS}: no figures`,
      );
    await pool.query('select judicial.report_fold()'); // as the folding job does every 30 s
    await pool.query('vacuum analyze judicial.application, judicial.service_day, judicial.report_day, judicial.report_delta');
    const seedMs = performance.now() - seedStarted;

    const supervisor = await login(platform.url, 'province.supervisor');
    const REPORT =
      'query($from: String!, $to: String!) { meetingReport(from: $from, to: $to) { month institutionId applications approved rejected withdrawn pending met overdue averageReviewHours } }';
    const periods = {
      year: [`${year}-01`, `${year}-12`, `${year}-01-01`, `${year + 1}-01-01`],
      month: [`${year}-06`, `${year}-06`, `${year}-06-01`, `${year}-07-01`],
    };
    console.log(
      `\nprovince report: ${APPLICATIONS.toLocaleString('en')} applications for ${INSTITUTIONS} institutions over ${year} (seeded, folded and analysed in ${(seedMs / 1000).toFixed(1)} s); median (min) of ${RUNS}`,
    );
    for (const [name, [from, to, fromDay, toDay]] of Object.entries(periods)) {
      const report = await gql(platform.url, REPORT, { from, to }, supervisor);
      const today = new Date().toISOString().slice(0, 10);
      const raw = (await pool.query(RAW_REPORT_SQL, [fromDay, toDay, today])).rows;
      const total = (rows: { applications: number }[]) => rows.reduce((sum, row) => sum + row.applications, 0);
      if (report.errors || report.data.meetingReport.length !== raw.length || total(report.data.meetingReport) !== total(raw))
        throw new Error(
          `report bench (${name}): the report (${report.data?.meetingReport.length} rows, ${total(report.data?.meetingReport ?? [])} applications) differs from the raw rows (${raw.length}, ${total(raw)}): no figures ${JSON.stringify(report.errors ?? '')}`,
        );
      const gateway: number[] = [];
      const counts: number[] = [];
      const floor: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        gateway.push(await timed(() => gql(platform.url, REPORT, { from, to }, supervisor)));
        counts.push(await timed(() => pool.query(REPORT_SQL, [today, fromDay, toDay, null, null, null, null])));
        floor.push(await timed(() => pool.query(RAW_REPORT_SQL, [fromDay, toDay, today])));
      }
      console.log(
        `  a ${name} (${raw.length} rows, ${total(raw).toLocaleString('en')} applications): report through the gateway ${median(gateway).toFixed(0)} (${Math.min(...gateway).toFixed(0)}) ms ` +
          `(its SQL alone ${median(counts).toFixed(0)} (${Math.min(...counts).toFixed(0)}) ms); ` +
          `floor, the raw GROUP BY ${median(floor).toFixed(0)} (${Math.min(...floor).toFixed(0)}) ms; goal ≤ 300 ms for a year`,
      );
    }
  } finally {
    await pool.end();
    await platform.stop();
  }
}
