import { recordEvents } from '@rv/kit';
import { recheckSubject } from '@rv/prison';
import { Topic, chinaDate, clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAW_REPORT_SQL } from '../bench/report.ts';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { VISITOR, givenPrison, givenStaffLogin, submit } from './support/scenario.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform();
});
afterAll(async () => {
  await t?.close();
});

const REPORT = `query($from: String!, $to: String!, $i: ID) { meetingReport(from: $from, to: $to, institutionId: $i) {
  month institutionId applications approved rejected withdrawn pending met noShows forfeited stopped terminated interrupted decidedOnTime decidedLate overdue averageReviewHours } }`;

/** The report as it was computed before issue 16: a GROUP BY over the raw application rows (the figures the counts must equal). */
const rawReport = (from: string, to: string, today: string) => {
  const [year, month] = to.split('-').map(Number);
  return t.sql(RAW_REPORT_SQL, [`${from}-01`, new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10), today]);
};

type Row = Record<string, number | string | null>;
/** The average to 6 decimals: summed seconds ÷ count against an average of hours. */
const rounded = (rows: Row[]): Row[] =>
  rows
    .map((row): Row => ({ ...row, averageReviewHours: row.averageReviewHours === null ? null : Number((row.averageReviewHours as number).toFixed(6)) }))
    .sort((a, b) => `${a.month}${a.institutionId}`.localeCompare(`${b.month}${b.institutionId}`));
/** The report equals the raw GROUP BY, row by row. */
async function expectReportEqualsRaw(from: string, to: string, today: string): Promise<void> {
  const report = await t.gql(REPORT, { from, to }, await t.login('province.supervisor'));
  expect(rounded(report.data.meetingReport)).toEqual(rounded(await rawReport(from, to, today)));
}

describe('the province report counts every state (issue 16: kept per day and institution by the application table’s triggers)', () => {
  it('GD-22 / GD-27 / YN-10 / GD-24 / YN-18 / GD-31: applications driven through every state are counted as written out, and equal a GROUP BY over the raw rows before and after the fold', async () => {
    // Given: a GD prison of its own (nothing else counts there), twelve inmates, one day with slots for all.
    const prison = await givenPrison(
      t,
      'GD',
      Array.from({ length: 12 }, () => ({})),
    );
    const day = prison.days[0];
    const month = day.date.slice(0, 7);
    const proxy = await t.login('proxy');
    const reviewer = await givenStaffLogin(t, 'PRISON', prison.id, ['REVIEWER']);
    const ids: string[] = [];
    for (const [nth, subjectId] of prison.inmateIds.entries()) {
      const submitted = await submit(t, proxy, { subjectId, serviceDayId: day.id, idempotencyKey: `report-states-${nth}-${prison.id.slice(0, 8)}` });
      if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
      ids.push(submitted.data.submitApplication.id);
    }
    const [pending1, pending2, approved, rejected, withdrawn, approvedThenWithdrawn, met, terminated, interrupted, stopped, noShow, forfeited] = ids;
    const statusOf = async (id: string) => (await t.sql('select status from judicial.application where id = $1', [id]))[0].status;
    const decide = async (id: string, approve: boolean) => {
      await eventually(async () => {
        const decided = await t.gql(
          'mutation($id: ID!, $ok: Boolean!, $code: String) { decideInmateReview(applicationId: $id, approve: $ok, reasonCode: $code) { status } }',
          { id, ok: approve, code: approve ? null : 'CONFINEMENT' },
          await t.login(reviewer),
        );
        if (decided.errors) throw new Error(JSON.stringify(decided.errors)); // the review case not open yet
      });
      await eventually(async () => expect(await statusOf(id)).toBe(approve ? 'APPROVED' : 'REJECTED'));
    };
    const CANCEL = 'mutation($id: ID!) { cancelApplication(id: $id) { status } }';

    await decide(rejected, false);
    expect((await t.gql(CANCEL, { id: withdrawn }, proxy)).data.cancelApplication.status).toBe('CANCELLED');
    for (const id of [approved, approvedThenWithdrawn, met, terminated, interrupted, stopped, noShow, forfeited]) await decide(id, true);
    expect((await t.gql(CANCEL, { id: approvedThenWithdrawn }, proxy)).data.cancelApplication.status).toBe('CANCELLED');
    // media's meeting outcomes reach judicial as media's events (GD-31 terminated, YN-18 interrupted).
    const media = t.platform.subgraphs.media.orm.em.fork();
    await media.transactional((tx) =>
      recordEvents(
        tx,
        'media',
        (
          [
            [met, Topic.MEETING_ENDED],
            [terminated, Topic.MEETING_TERMINATED],
            [interrupted, Topic.MEETING_INTERRUPTED],
          ] as const
        ).map(([applicationId, topic]) => ({
          topic,
          aggregateType: 'Meeting',
          aggregateId: randomUUID(),
          audience: [],
          payload: { meetingId: randomUUID(), applicationId, state: topic, minutesUsed: 20, reason: null, kind: 'FAMILY' },
        })),
      ),
    );
    await eventually(async () =>
      expect([await statusOf(met), await statusOf(terminated), await statusOf(interrupted)]).toEqual(['MET', 'TERMINATED', 'INTERRUPTED']),
    );
    // GD-24: confined before the meeting day, the approved subject is stopped.
    const stoppedSubject = prison.inmateIds[ids.indexOf(stopped)];
    await t.sql('update prison.inmate set in_confinement = true where id = $1', [stoppedSubject]);
    await t.platform.subgraphs.prison.orm.em.fork().transactional((tx) => recheckSubject(tx, stoppedSubject));
    await eventually(async () => expect(await statusOf(stopped)).toBe('STOPPED'));
    // On the meeting day: GD-27 nobody came; YN-10 (this one under the YN pack, at 09:30) the visitor came late.
    await t.sql(`update judicial.application set rule_pack = 'YN', meeting_time = '09:30' where id = $1`, [forfeited]);
    const clerk = await t.login('bureau1.clerk');
    const realNow = clock.now;
    try {
      clock.now = () => new Date(`${day.date}T09:10:00+08:00`);
      expect(
        (await t.gql('mutation($id: ID!) { recordNoShow(applicationId: $id, withReason: false) { status } }', { id: noShow }, clerk)).data.recordNoShow.status,
      ).toBe('NO_SHOW');
      const late = await t.gql(
        'mutation($a: ID!, $n: String!) { checkInVisitor(applicationId: $a, idNumber: $n, idOriginalPresent: true) { admitted } }',
        { a: forfeited, n: VISITOR.idNumber },
        clerk,
      );
      expect(late.data.checkInVisitor.admitted).toBe(false);
    } finally {
      clock.now = realNow;
    }
    expect(await statusOf(forfeited)).toBe('FORFEITED');
    expect(await statusOf(pending1)).toBe('SUBMITTED');
    expect(await statusOf(pending2)).toBe('SUBMITTED');

    const today = chinaDate(clock.now());
    const ours = async () => (await t.gql(REPORT, { from: month, to: month, i: prison.id }, await t.login('province.supervisor'))).data.meetingReport;
    const expected = {
      month,
      institutionId: prison.id,
      applications: 12,
      approved: 8,
      rejected: 1,
      withdrawn: 1,
      pending: 2,
      met: 1,
      noShows: 1,
      forfeited: 1,
      stopped: 1,
      terminated: 1,
      interrupted: 1,
      decidedOnTime: 9,
      decidedLate: 0,
      overdue: 0,
    };
    expect(await ours()).toEqual([{ ...expected, averageReviewHours: expect.any(Number) }]);
    await expectReportEqualsRaw(month, month, today);

    // GD-22: once the due day has passed (the clock a month on), the two still waiting are overdue.
    const later = new Date(clock.now().getTime() + 31 * 86_400_000);
    try {
      clock.now = () => later;
      expect(await ours()).toEqual([{ ...expected, overdue: 2, averageReviewHours: expect.any(Number) }]);
      await expectReportEqualsRaw(month, month, chinaDate(later));
    } finally {
      clock.now = realNow;
    }

    // The fold moves every delta into the per-day counts; the figures stay the same, over the whole year too.
    await t.sql('select judicial.report_fold()');
    expect(await t.sql('select count(*)::int as n from judicial.report_delta')).toEqual([{ n: 0 }]);
    expect(await ours()).toEqual([{ ...expected, averageReviewHours: expect.any(Number) }]);
    const year = today.slice(0, 4);
    await expectReportEqualsRaw(`${year}-01`, `${Number(year) + 1}-12`, today);
  }, 120_000);
});
