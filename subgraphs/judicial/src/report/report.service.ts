import { intervalJob, type EntityManager, type Job, type Logger, type Orm } from '@rv/kit';
import { chinaToday, firstDayOfNextMonth } from '../calendar/today.js';

export interface ReportSql {
  month: string;
  institution_id: string;
  institution_name: string;
  applications: number;
  approved: number;
  rejected: number;
  withdrawn: number;
  pending: number;
  met: number;
  no_shows: number;
  forfeited: number;
  stopped: number;
  terminated: number;
  interrupted: number;
  on_time: number;
  late: number;
  overdue: number;
  review_hours: number | null;
}

/**
 * Per month and institution, from the per-day counts the application table's triggers keep
 * (Migration20261203164000: what each application counts as): the folded ones and the deltas not
 * folded yet, so the figures are exact at any moment. Parameters: today, the first day, the day after
 * the last, the institutions' kind twice, an institution's id twice (null: all). Exported for the bench.
 */
export const MEETING_REPORT_SQL = `select to_char(d.date, 'YYYY-MM') as month, i.id as institution_id, i.name as institution_name,
            sum(r.applications)::int as applications, sum(r.approved)::int as approved, sum(r.rejected)::int as rejected,
            sum(r.withdrawn)::int as withdrawn, sum(r.pending)::int as pending, sum(r.met)::int as met, sum(r.no_shows)::int as no_shows,
            sum(r.forfeited)::int as forfeited, sum(r.stopped)::int as stopped, sum(r.terminated)::int as terminated, sum(r.interrupted)::int as interrupted,
            sum(r.on_time)::int as on_time, sum(r.late)::int as late,
            coalesce(sum(r.applications) filter (where r.due_on < ?::date), 0)::int as overdue, -- GD-22: waiting for the institution past its due day
            (sum(r.review_seconds) / nullif(sum(r.reviewed), 0) / 3600)::float as review_hours
       from (select * from "judicial"."report_day" union all select * from "judicial"."report_delta") r
       join "judicial"."service_day" d on d.id = r.service_day_id
       join "judicial"."institution_ref" i on i.id = r.institution_id
      where d.date >= ? and d.date < ? and (?::text is null or i.kind = ?) and (?::uuid is null or i.id = ?::uuid)
      group by 1, 2, 3 having sum(r.applications) > 0 order by 1, 3`;

/** The report's rows from `from` to `to` (months), narrowed by `kind`/`institutionId` (null: all). */
export async function meetingReportRows(em: EntityManager, from: string, to: string, kind: string | null, institutionId: string | null): Promise<ReportSql[]> {
  return em.execute<ReportSql[]>(MEETING_REPORT_SQL, [chinaToday(), `${from}-01`, firstDayOfNextMonth(to), kind, kind, institutionId, institutionId]);
}

/** Folds the report's deltas into its per-day counts (one fold at a time across replicas); returns the keys folded. */
export async function foldReportCounts(em: EntityManager): Promise<number> {
  const [{ folded }] = await em.execute<{ folded: number }[]>('select "judicial"."report_fold"() as folded');
  return folded;
}

/** Keeps the deltas few: folds them every `intervalMs`. */
export function startReportFolding(orm: Orm, logger: Logger, intervalMs = 30_000): Job {
  return intervalJob('report fold', logger, intervalMs, () => foldReportCounts(orm.em.fork()));
}
