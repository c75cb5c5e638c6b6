import { INMATE_REVIEWS, recheckSubject } from '@rv/prison';
import { recheckMeetingDay } from '@rv/kit';
import { chinaDate, clock } from '@rv/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { VISITOR, givenApprovedToday, givenCheckedIn, givenDayWithSlots, givenInmate, residentIdNumber, submit, subscribe } from './support/scenario.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform();
});
afterAll(async () => {
  await t?.close();
});

type Result = { errors?: { extensions?: Record<string, unknown> }[] };
const ext = (result: Result) => result.errors?.[0].extensions ?? {};

const DECIDE =
  'mutation($id: ID!, $ok: Boolean!, $code: String) { decideInmateReview(applicationId: $id, approve: $ok, reasonCode: $code) { status reasonCode } }';
const CANCEL = 'mutation($id: ID!) { cancelApplication(id: $id) { status } }';
const START = 'mutation($id: ID!) { startMeeting(id: $id) { state } }';
const WARD = 'query($w: Int!, $from: String) { wardMeetings(ward: $w, from: $from) { application { id } } }';

/** A pending application for a prison1 inmate on a fresh day; the review case is open. */
async function givenPending(nth: number, key: string): Promise<{ id: string; subjectId: string; dayId: string; date: string }> {
  const subjectId = await givenInmate(t, 'prison1', nth);
  const day = await givenDayWithSlots(t, 2);
  const submitted = await submit(t, await t.login('proxy'), { subjectId, serviceDayId: day.id, idempotencyKey: key });
  if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
  const id = submitted.data.submitApplication.id;
  await eventually(async () => expect(await t.sql('select id from prison.review_case where application_id = $1', [id])).toHaveLength(1));
  return { id, subjectId, dayId: day.id, date: day.date };
}

const caseOf = async (applicationId: string) =>
  (await t.sql('select status, decided_at, stop_rule, stop_reason_code from prison.review_case where application_id = $1', [applicationId]))[0];
const applicationOf = async (id: string) => (await t.sql('select status, outcome_rule, outcome_code from judicial.application where id = $1', [id]))[0];
const wardOf = async (inmateId: string) =>
  (await t.sql('select w.number from prison.inmate i join prison.ward w on w.id = i.ward_id where i.id = $1', [inmateId]))[0].number;
const setCustody = (inmateId: string, column: 'in_confinement' | 'under_investigation', value: boolean) =>
  t.sql(`update prison.inmate set ${column} = $2 where id = $1`, [inmateId, value]);

describe('withdrawal closes the review case', () => {
  it('GD-21: a withdrawn application is WITHDRAWN in the queue at once; deciding it is refused (CONFLICT, review.closed.withdrawn) and writes nothing', async () => {
    const pending = await givenPending(0, 'withdraw-pending');
    const watcher = await subscribe(
      t.platform.gateway.wsUrl,
      await t.login('prison1.reviewer'),
      'subscription { reviewChanged { status application { id } } }',
    );
    try {
      expect((await t.gql(CANCEL, { id: pending.id }, await t.login('proxy'))).data.cancelApplication.status).toBe('CANCELLED');
      const live = await eventually(async () => {
        const change = watcher.results.map((r) => r.data.reviewChanged).find((c) => c.application.id === pending.id);
        if (!change) throw new Error('no change yet');
        return change;
      });
      expect(live.status).toBe('WITHDRAWN');
    } finally {
      await watcher.close();
    }
    const refused = await t.gql(DECIDE, { id: pending.id, ok: true }, await t.login('prison1.reviewer'));
    expect(ext(refused)).toMatchObject({ code: 'CONFLICT', messageKey: 'review.closed.withdrawn' });
    expect(refused.errors?.[0].message).toBe('家属已撤回该申请，不能再审批');
    expect(await caseOf(pending.id)).toMatchObject({ status: 'WITHDRAWN', decided_at: null });
    expect(await applicationOf(pending.id)).toMatchObject({ status: 'CANCELLED' });
    const queue = await t.gql('{ inmateReviewQueue { application { id } } }', {}, await t.login('prison1.reviewer'));
    expect(queue.data.inmateReviewQueue.map((r: { application: { id: string } }) => r.application.id)).not.toContain(pending.id);
  });

  it('GD-26: an approved meeting the family withdraws leaves the ward notice; its case is WITHDRAWN and takes no decision (review.closed.withdrawn)', async () => {
    const pending = await givenPending(1, 'withdraw-approved');
    const reviewer = await t.login('prison1.reviewer');
    expect((await t.gql(DECIDE, { id: pending.id, ok: true }, reviewer)).data.decideInmateReview.status).toBe('APPROVED');
    const ward = await wardOf(pending.subjectId);
    await eventually(async () => expect((await applicationOf(pending.id)).status).toBe('APPROVED'));
    const listed = async () =>
      (await t.gql(WARD, { w: ward, from: pending.date }, reviewer)).data.wardMeetings.map((r: { application: { id: string } }) => r.application.id);
    expect(await listed()).toContain(pending.id);
    await t.gql(CANCEL, { id: pending.id }, await t.login('proxy'));
    await eventually(async () => expect((await caseOf(pending.id)).status).toBe('WITHDRAWN'));
    expect(await listed()).not.toContain(pending.id);
    expect(ext(await t.gql(DECIDE, { id: pending.id, ok: false, code: 'CONFINEMENT' }, reviewer))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'review.closed.withdrawn',
    });
  });

  it('GD-21: a decided case takes no second decision (CONFLICT, review.closed.decided)', async () => {
    const pending = await givenPending(2, 'decided-twice');
    const reviewer = await t.login('prison1.reviewer');
    await t.gql(DECIDE, { id: pending.id, ok: false, code: 'CONFINEMENT' }, reviewer);
    expect(ext(await t.gql(DECIDE, { id: pending.id, ok: true }, reviewer))).toMatchObject({ code: 'CONFLICT', messageKey: 'review.closed.decided' });
    expect(await caseOf(pending.id)).toMatchObject({ status: 'REJECTED' });
  });
});

describe('eligibility blocks approval (不得安排)', () => {
  it('GD-24: an inmate in confinement cannot be approved (NOT_ELIGIBLE, GD-24, review.subjectIneligible) and nothing is written; the reviewer can still reject', async () => {
    const pending = await givenPending(3, 'confined');
    await setCustody(pending.subjectId, 'in_confinement', true);
    const reviewer = await t.login('prison1.reviewer');
    const refused = await t.gql(DECIDE, { id: pending.id, ok: true }, reviewer);
    expect(ext(refused)).toMatchObject({
      code: 'NOT_ELIGIBLE',
      rule: 'GD-24',
      pack: 'GD',
      reasonCode: 'CONFINEMENT',
      messageKey: 'review.subjectIneligible',
      params: { date: pending.date },
    });
    expect(await caseOf(pending.id)).toMatchObject({ status: 'PENDING', decided_at: null });
    const [{ decided }] = await t.sql(`select count(*)::int as decided from prison.outbox where topic = 'review.decided' and payload->>'applicationId' = $1`, [
      pending.id,
    ]);
    expect(decided).toBe(0);
    expect((await t.gql(DECIDE, { id: pending.id, ok: false, code: 'CONFINEMENT' }, reviewer)).data.decideInmateReview).toEqual({
      status: 'REJECTED',
      reasonCode: 'CONFINEMENT',
    });
  });

  it('GD-24: an inmate under investigation cannot be approved either (the status means "now and until changed", so it holds on the meeting day)', async () => {
    const pending = await givenPending(4, 'investigated');
    await setCustody(pending.subjectId, 'under_investigation', true);
    expect(ext(await t.gql(DECIDE, { id: pending.id, ok: true }, await t.login('prison1.reviewer')))).toMatchObject({
      code: 'NOT_ELIGIBLE',
      rule: 'GD-24',
      reasonCode: 'UNDER_INVESTIGATION',
    });
    await setCustody(pending.subjectId, 'under_investigation', false);
    expect((await t.gql(DECIDE, { id: pending.id, ok: true }, await t.login('prison1.reviewer'))).data.decideInmateReview.status).toBe('APPROVED');
  });
});

describe('the meeting day re-check', () => {
  it('GD-24: an approved inmate put in confinement before the meeting day is stopped: slot and month given back, the family told why, the meeting cancelled and never started', async () => {
    const pending = await givenPending(5, 'stopped-later');
    const reviewer = await t.login('prison1.reviewer');
    await t.gql(DECIDE, { id: pending.id, ok: true }, reviewer);
    const meetingId = await eventually(async () => {
      const [meeting] = await t.sql(`select id from media.meeting where application_id = $1 and state = 'SCHEDULED'`, [pending.id]);
      if (!meeting) throw new Error('no meeting yet');
      return meeting.id;
    });
    const month = pending.date.slice(0, 7);
    expect(await t.sql('select taken from judicial.service_day where id = $1', [pending.dayId])).toEqual([{ taken: 1 }]);
    expect(await t.sql('select used from judicial.monthly_allowance where subject_id = $1 and month = $2', [pending.subjectId, month])).toEqual([{ used: 1 }]);

    await setCustody(pending.subjectId, 'in_confinement', true);
    const em = t.platform.subgraphs.prison.orm.em.fork();
    expect(await em.transactional((tx) => recheckSubject(tx, pending.subjectId))).toBe(1);

    expect(await caseOf(pending.id)).toMatchObject({ status: 'STOPPED', stop_rule: 'GD-24', stop_reason_code: 'CONFINEMENT' });
    await eventually(async () => expect(await applicationOf(pending.id)).toEqual({ status: 'STOPPED', outcome_rule: 'GD-24', outcome_code: 'CONFINEMENT' }));
    expect(await t.sql('select taken from judicial.service_day where id = $1', [pending.dayId])).toEqual([{ taken: 0 }]);
    expect(await t.sql('select used from judicial.monthly_allowance where subject_id = $1 and month = $2', [pending.subjectId, month])).toEqual([{ used: 0 }]);
    const [{ number }] = await t.sql('select number from judicial.application where id = $1', [pending.id]);
    expect(await t.sql(`select body from judicial.sms_message where application_id = $1 and kind = 'stopped'`, [pending.id])).toEqual([
      { body: `【远程会见】您的会见（编号${number}，${pending.date}）已停止：会见对象在会见日不符合会见条件（GD-24）。号源和本月会见次数已退还。` },
    ]);
    await eventually(async () => expect(await t.sql('select state from media.meeting where id = $1', [meetingId])).toEqual([{ state: 'CANCELLED' }]));
    expect(ext(await t.gql(START, { id: meetingId }, await t.login('prison1.monitor')))).toMatchObject({ code: 'CONFLICT', messageKey: 'meetingDay.over' });
    expect(ext(await t.gql(DECIDE, { id: pending.id, ok: true }, reviewer))).toMatchObject({ code: 'CONFLICT', messageKey: 'review.closed.stopped' });
    // A second re-check finds nothing more to stop.
    expect(await em.fork().transactional((tx) => recheckSubject(tx, pending.subjectId))).toBe(0);
  });

  it("YN-15(5) / GD-24: on the meeting day itself the day's approved meetings are checked again; an eligible subject keeps the meeting", async () => {
    const stopped = await givenApprovedToday(t, 6);
    const kept = await givenApprovedToday(t, 7);
    await setCustody(stopped.subjectId, 'under_investigation', true);
    const em = t.platform.subgraphs.prison.orm.em.fork();
    expect(await em.transactional((tx) => recheckMeetingDay(tx, INMATE_REVIEWS, chinaDate(clock.now())))).toBe(1);
    await eventually(async () =>
      expect(await applicationOf(stopped.id)).toMatchObject({ status: 'STOPPED', outcome_rule: 'GD-24', outcome_code: 'UNDER_INVESTIGATION' }),
    );
    expect(await applicationOf(kept.id)).toMatchObject({ status: 'APPROVED' });
    await eventually(async () =>
      expect(await t.sql('select state from media.meeting where application_id = $1', [stopped.id])).toEqual([{ state: 'CANCELLED' }]),
    );
  });
});

describe('a meeting starts only when its day-of conditions hold', () => {
  it('GD-29 / GD-30: a GD meeting with nobody checked in cannot start (NOT_READY, meetingDay.notReady); it stays scheduled', async () => {
    const application = await givenApprovedToday(t, 8);
    const [meeting] = await eventually(async () => {
      const rows = await t.sql('select id from media.meeting where application_id = $1', [application.id]);
      if (!rows.length) throw new Error('no meeting yet');
      return rows;
    });
    const refused = await t.gql(START, { id: meeting.id }, await t.login('prison1.monitor'));
    expect(ext(refused)).toMatchObject({ code: 'NOT_READY', messageKey: 'meetingDay.notReady' });
    expect(await t.sql('select state, janus_room, ready from media.meeting where id = $1', [meeting.id])).toEqual([
      { state: 'SCHEDULED', janus_room: null, ready: false },
    ]);
  });

  it('GD-30: checked in but the pledge not signed is not ready either; signed, the meeting becomes ready', async () => {
    const application = await givenApprovedToday(t, 9);
    const clerk = await t.login('bureau1.clerk');
    await t.gql(
      'mutation($a: ID!, $n: String!) { checkInVisitor(applicationId: $a, idNumber: $n, idOriginalPresent: true) { admitted } }',
      { a: application.id, n: VISITOR.idNumber },
      clerk,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await t.sql('select ready from media.meeting where application_id = $1', [application.id])).toEqual([{ ready: false }]);
    await givenCheckedIn(t, application.id);
    expect(await t.sql('select ready from media.meeting where application_id = $1', [application.id])).toEqual([{ ready: true }]);
  });
});

describe('forfeits and no-shows, recorded and counted', () => {
  const SON = { name: '李明', idNumber: residentIdNumber('440106', '19950707'), relation: 'CHILD' };
  const CHECK_IN = 'mutation($a: ID!, $n: String!) { checkInVisitor(applicationId: $a, idNumber: $n, idOriginalPresent: true) { admitted refusal } }';
  const NO_SHOW = 'mutation($id: ID!) { recordNoShow(applicationId: $id, withReason: false) { status outcomeRule } }';

  it('YN-10: every visitor late → the application is FORFEITED (this meeting only), the meeting cancelled, nothing barred, and the report counts it as forfeited, not met', async () => {
    const application = await givenApprovedToday(t, 10, [VISITOR, SON]);
    // Given: the meeting is under the YN pack at 09:30, as the prison's approval said (YN-8(3)).
    await t.sql(`update judicial.application set rule_pack = 'YN', meeting_time = '09:30' where id = $1`, [application.id]);
    const clerk = await t.login('bureau1.clerk');
    const today = chinaDate(new Date());
    const realNow = clock.now;
    try {
      clock.now = () => new Date(`${today}T09:10:00+08:00`);
      expect((await t.gql(CHECK_IN, { a: application.id, n: VISITOR.idNumber }, clerk)).data.checkInVisitor).toEqual({
        admitted: false,
        refusal: '须于09:00前到达，逾期视为放弃本次会见',
      });
    } finally {
      clock.now = realNow;
    }
    expect(await applicationOf(application.id)).toMatchObject({ status: 'FORFEITED', outcome_rule: 'YN-10' });
    // Issue 14: the forfeit is recorded by key with the YN pack's rule, and the family's SMS with the key it was made from.
    const forfeited = await t.gql(
      'query($id: ID!) { application(id: $id) { rejectionKeyed { key params rule } zh: rejectionReason en: rejectionReason(locale: "en") } }',
      { id: application.id },
      clerk,
    );
    expect(forfeited.data.application).toEqual({
      rejectionKeyed: { key: 'meetingDay.forfeited', params: '{}', rule: 'YN-10' },
      zh: '逾期到达，本次会见视为放弃',
      en: 'Arrived late: this meeting is forfeited',
    });
    expect(await t.sql(`select message_key, params from judicial.sms_message where application_id = $1 and kind = 'forfeited'`, [application.id])).toEqual([
      { message_key: 'sms.forfeited', params: { number: expect.any(String), rule: 'YN-10' } },
    ]);
    await eventually(async () =>
      expect(await t.sql('select state from media.meeting where application_id = $1', [application.id])).toEqual([{ state: 'CANCELLED' }]),
    );
    expect(ext(await t.gql(CHECK_IN, { a: application.id, n: SON.idNumber }, clerk))).toMatchObject({ code: 'CONFLICT', messageKey: 'meetingDay.notApproved' });
    const [barred] = await t.sql('select blocked_by from judicial.monthly_allowance where subject_id = $1 and month = $2', [
      application.subjectId,
      today.slice(0, 7),
    ]);
    expect(barred?.blocked_by ?? null).toBeNull();
    const report = await t.gql(
      'query($m: String!, $i: ID) { meetingReport(from: $m, to: $m, institutionId: $i) { met forfeited stopped noShows } }',
      { m: today.slice(0, 7), i: DEMO_TENANTS.prison1.id },
      await t.login('province.supervisor'),
    );
    expect(report.data.meetingReport[0]).toMatchObject({ met: 0, forfeited: 1 });
  });

  it('GD-27: a no-show without reason bars the month under GD; the same no-show under SX or YN is recorded and bars nothing', async () => {
    const gd = await givenApprovedToday(t, 11);
    const sx = await givenApprovedToday(t, 12);
    const yn = await givenApprovedToday(t, 13);
    // Given: these two meetings fall under the SX and the YN pack (neither has GD-27).
    await t.sql(`update judicial.application set rule_pack = 'SX' where id = $1`, [sx.id]);
    await t.sql(`update judicial.application set rule_pack = 'YN' where id = $1`, [yn.id]);
    const clerk = await t.login('bureau1.clerk');
    expect((await t.gql(NO_SHOW, { id: gd.id }, clerk)).data.recordNoShow).toEqual({ status: 'NO_SHOW', outcomeRule: 'GD-27' });
    expect((await t.gql(NO_SHOW, { id: sx.id }, clerk)).data.recordNoShow).toEqual({ status: 'NO_SHOW', outcomeRule: null });
    expect((await t.gql(NO_SHOW, { id: yn.id }, clerk)).data.recordNoShow).toEqual({ status: 'NO_SHOW', outcomeRule: null });
    const month = chinaDate(new Date()).slice(0, 7);
    const barred = async (subjectId: string) =>
      (await t.sql('select blocked_by from judicial.monthly_allowance where subject_id = $1 and month = $2', [subjectId, month]))[0]?.blocked_by ?? null;
    expect(await barred(gd.subjectId)).toBe('GD-27');
    expect(await barred(sx.subjectId)).toBeNull();
    expect(await barred(yn.subjectId)).toBeNull();
  });
});

describe('concurrency', () => {
  it('GD-21: two reviewers approving at the same instant give one decision and one CONFLICT', async () => {
    const pending = await givenPending(14, 'two-reviewers');
    const [a, b] = await Promise.all([t.login('prison1.reviewer'), t.login('prison1.supervisor')]);
    const results = await Promise.all([t.gql(DECIDE, { id: pending.id, ok: true }, a), t.gql(DECIDE, { id: pending.id, ok: true }, b)]);
    expect(results.map((r) => r.data?.decideInmateReview?.status ?? r.errors?.[0].extensions?.code).sort()).toEqual(['APPROVED', 'CONFLICT']);
    const [{ decided }] = await t.sql(`select count(*)::int as decided from prison.outbox where topic = 'review.decided' and payload->>'applicationId' = $1`, [
      pending.id,
    ]);
    expect(decided).toBe(1);
  });

  it('GD-21: an approval and a withdrawal at the same instant end in one outcome: withdrawn, the slot given back once, no meeting', async () => {
    const pending = await givenPending(15, 'approve-withdraw');
    await Promise.all([
      t.gql(DECIDE, { id: pending.id, ok: true }, await t.login('prison1.reviewer')),
      t.gql(CANCEL, { id: pending.id }, await t.login('proxy')),
    ]);
    await eventually(async () => expect(await caseOf(pending.id)).toMatchObject({ status: 'WITHDRAWN' }));
    await eventually(async () => expect(await applicationOf(pending.id)).toMatchObject({ status: 'CANCELLED' }));
    expect(await t.sql('select taken from judicial.service_day where id = $1', [pending.dayId])).toEqual([{ taken: 0 }]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await t.sql(`select state from media.meeting where application_id = $1 and state <> 'CANCELLED'`, [pending.id])).toEqual([]);
  });
});

describe('the same module at a detox centre', () => {
  it('GD-25: a detainee in physiological detox cannot be approved (NOT_ELIGIBLE, GD-25) and nothing is written; a withdrawal closes the case (WITHDRAWN) and a decision is refused', async () => {
    const [detainee] = await t.sql('select id from detox.detainee order by detainee_number offset 2 limit 1');
    await t.sql('update detox.detainee set in_physiological_detox = true where id = $1', [detainee.id]);
    const [day] = await t.sql('select id, date::text from judicial.service_day where institution_id = $1 order by date offset 1 limit 1', [
      DEMO_TENANTS.detox1.id,
    ]);
    const submitted = await submit(t, await t.login('proxy'), { subjectId: detainee.id, serviceDayId: day.id, idempotencyKey: 'detox-lifecycle' });
    const id = submitted.data.submitApplication.id;
    await eventually(async () => expect(await t.sql('select id from detox.review_case where application_id = $1', [id])).toHaveLength(1));
    const reviewer = await t.login('detox1.reviewer');
    const DECIDE_DETAINEE = 'mutation($id: ID!) { decideDetaineeReview(applicationId: $id, approve: true) { status } }';
    expect(ext(await t.gql(DECIDE_DETAINEE, { id }, reviewer))).toMatchObject({
      code: 'NOT_ELIGIBLE',
      rule: 'GD-25',
      reasonCode: 'PHYSIOLOGICAL_DETOX',
      messageKey: 'review.subjectIneligible',
    });
    expect(await t.sql('select status, decided_at from detox.review_case where application_id = $1', [id])).toEqual([{ status: 'PENDING', decided_at: null }]);
    await t.gql(CANCEL, { id }, await t.login('proxy'));
    await eventually(async () =>
      expect(await t.sql('select status from detox.review_case where application_id = $1', [id])).toEqual([{ status: 'WITHDRAWN' }]),
    );
    expect(ext(await t.gql(DECIDE_DETAINEE, { id }, reviewer))).toMatchObject({ code: 'CONFLICT', messageKey: 'review.closed.withdrawn' });
  });
});
