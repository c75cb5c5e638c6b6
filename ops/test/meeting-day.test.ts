import { chinaDate, clock } from '@rv/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../src/demo.js';
import { givenPlatform, type TestPlatform } from './support/harness.js';
import { jsonOf } from './support/keyed.js';
import { VISITOR, givenApprovedToday, residentIdNumber, submit } from './support/scenario.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform();
});
afterAll(async () => {
  await t?.close();
});

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;
const rule = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0].extensions?.rule;
const SON = { name: '李明', idNumber: residentIdNumber('440106', '19950707'), relation: 'CHILD' };

const givenMeetingToday = (nth: number) => givenApprovedToday(t, nth, [VISITOR, SON]);

const CHECK_IN =
  'mutation($a: ID!, $n: String!, $o: Boolean!, $e: String) { checkInVisitor(applicationId: $a, idNumber: $n, idOriginalPresent: $o, idExpiresOn: $e) { visitorIndex admitted refusal } }';
const SIGN =
  'mutation($a: ID!, $n: String!, $s: PledgeSignature!) { signPledge(applicationId: $a, idNumber: $n, signature: $s) { pledgeSignature pledgeSignedAt } }';
const READY = 'query($id: ID!) { application(id: $id) { readyToJoin attendance { visitorIndex admitted refusal pledgeSignature } } }';

describe('the meeting day at the bureau', () => {
  it('GD-29 / YN-11: each arriving person is checked against the approved list; no original or an expired ID does not join', async () => {
    const meeting = await givenMeetingToday(0);
    const clerk = await t.login('bureau1.clerk');
    const stranger = await t.gql(CHECK_IN, { a: meeting.id, n: residentIdNumber('440106', '19800808'), o: true }, clerk);
    expect(code(stranger)).toBe('NOT_ELIGIBLE');
    expect(rule(stranger)).toBe('GD-29');
    expect((await t.gql(CHECK_IN, { a: meeting.id, n: VISITOR.idNumber, o: true, e: '2036-01-01' }, clerk)).data.checkInVisitor).toEqual({
      visitorIndex: 0,
      admitted: true,
      refusal: null,
    });
    expect((await t.gql(CHECK_IN, { a: meeting.id, n: SON.idNumber, o: true, e: '2020-01-01' }, clerk)).data.checkInVisitor).toEqual({
      visitorIndex: 1,
      admitted: false,
      refusal: '身份证件已过期',
    });
    expect((await t.gql(CHECK_IN, { a: meeting.id, n: SON.idNumber, o: false }, clerk)).data.checkInVisitor).toEqual({
      visitorIndex: 1,
      admitted: false,
      refusal: '未携带本人身份证明原件',
    });
    // Issue 14: the refusal is stored by key and read in the reader's language, never as a built sentence.
    const read = await t.gql(
      `query($id: ID!) { application(id: $id) { attendance { visitorIndex refusalKeyed { key params rule } en: refusal(locale: "en") } } }`,
      { id: meeting.id },
      clerk,
    );
    expect(read.data.application.attendance).toEqual([
      { visitorIndex: 0, refusalKeyed: null, en: null },
      { visitorIndex: 1, refusalKeyed: { key: 'meetingDay.noOriginalId', params: '{}', rule: null }, en: 'No original ID' },
    ]);
    expect(
      await t.sql('select visitor_index, refusal_key, refusal_params from judicial.attendance where application_id = $1 order by visitor_index', [meeting.id]),
    ).toEqual([
      { visitor_index: 0, refusal_key: null, refusal_params: null },
      { visitor_index: 1, refusal_key: 'meetingDay.noOriginalId', refusal_params: {} },
    ]);
    expect(code(await t.gql(CHECK_IN, { a: meeting.id, n: VISITOR.idNumber, o: true }, await t.login('bureau2.clerk')))).toBe('FORBIDDEN');
  });

  it('GD-30: each admitted visitor signs the printed pledge before joining; the applicant may sign for the others', async () => {
    const meeting = await givenMeetingToday(1);
    const clerk = await t.login('bureau1.clerk');
    const pledge = await t.gql('query($id: ID!) { pledgeText(applicationId: $id) }', { id: meeting.id }, clerk);
    expect(pledge.data.pledgeText).toMatch(/^广东司法行政远程帮教探视系统会见人承诺书/);
    expect(pledge.data.pledgeText).toContain('李秀英、李明');
    await t.gql(CHECK_IN, { a: meeting.id, n: VISITOR.idNumber, o: true }, clerk);
    await t.gql(CHECK_IN, { a: meeting.id, n: SON.idNumber, o: true }, clerk);
    expect((await t.gql(READY, { id: meeting.id }, clerk)).data.application.readyToJoin).toBe(false);
    await t.gql(SIGN, { a: meeting.id, n: VISITOR.idNumber, s: 'SIGNATURE' }, clerk);
    expect((await t.gql(READY, { id: meeting.id }, clerk)).data.application.readyToJoin).toBe(false);
    await t.gql(SIGN, { a: meeting.id, n: SON.idNumber, s: 'BY_APPLICANT' }, clerk);
    const ready = await t.gql(READY, { id: meeting.id }, clerk);
    expect(ready.data.application).toMatchObject({ readyToJoin: true, attendance: [{ pledgeSignature: 'SIGNATURE' }, { pledgeSignature: 'BY_APPLICANT' }] });
  });

  it('GD-30: a visitor who was not admitted cannot sign, and nobody is ready', async () => {
    const meeting = await givenMeetingToday(2);
    const clerk = await t.login('bureau1.clerk');
    await t.gql(CHECK_IN, { a: meeting.id, n: VISITOR.idNumber, o: false }, clerk);
    const signed = await t.gql(SIGN, { a: meeting.id, n: VISITOR.idNumber, s: 'FINGERPRINT' }, clerk);
    expect(rule(signed)).toBe('GD-30');
    expect((await t.gql(READY, { id: meeting.id }, clerk)).data.application.readyToJoin).toBe(false);
  });

  it('GD-28: the bureau can refuse the meeting for conduct', async () => {
    const meeting = await givenMeetingToday(3);
    const clerk = await t.login('bureau1.clerk');
    const refused = await t.gql(
      'mutation($id: ID!) { refuseForConduct(applicationId: $id, reason: "醉酒") { status rejectionReason en: rejectionReason(locale: "en") rejectionKeyed { key params rule } } }',
      { id: meeting.id },
      clerk,
    );
    // Issue 14: the clerk's own words, kept as written under a key (no rule: GD-28 names none of its own here).
    expect(refused.data.refuseForConduct).toEqual({
      status: 'REFUSED_AT_VENUE',
      rejectionReason: '醉酒',
      en: '醉酒',
      rejectionKeyed: { key: 'decision.note', params: jsonOf({ note: '醉酒' }), rule: null },
    });
    expect(code(await t.gql(CHECK_IN, { a: meeting.id, n: VISITOR.idNumber, o: true }, clerk))).toBe('CONFLICT');
  });

  it('GD-27: a no-show without reason ends remote meetings for the subject that month; with a reason it does not', async () => {
    const absent = await givenMeetingToday(4);
    const excused = await givenMeetingToday(5);
    const clerk = await t.login('bureau1.clerk');
    const noShow = 'mutation($id: ID!, $r: Boolean!) { recordNoShow(applicationId: $id, withReason: $r) { status } }';
    expect((await t.gql(noShow, { id: absent.id, r: false }, clerk)).data.recordNoShow.status).toBe('NO_SHOW');
    expect((await t.gql(noShow, { id: excused.id, r: true }, clerk)).data.recordNoShow.status).toBe('NO_SHOW');
    const month = chinaDate(new Date()).slice(0, 7);
    const [blocked] = await t.sql('select blocked_by from judicial.monthly_allowance where subject_id = $1 and month = $2', [absent.subjectId, month]);
    expect(blocked.blocked_by).toBe('GD-27');
    // Issue 14: the no-show is recorded by key, with the rule that barred the month (GD-27) or none.
    const CLOSED = 'query($id: ID!) { application(id: $id) { rejectionKeyed { key rule } zh: rejectionReason en: rejectionReason(locale: "en") } }';
    expect((await t.gql(CLOSED, { id: absent.id }, clerk)).data.application).toEqual({
      rejectionKeyed: { key: 'meetingDay.absentWithoutReason', rule: 'GD-27' },
      zh: '无故缺席',
      en: 'Absent without reason',
    });
    expect((await t.gql(CLOSED, { id: excused.id }, clerk)).data.application).toEqual({
      rejectionKeyed: { key: 'meetingDay.absentWithReason', rule: null },
      zh: '有正当理由缺席',
      en: 'Absent with reason',
    });
    const [free] = await t.sql('select blocked_by from judicial.monthly_allowance where subject_id = $1 and month = $2', [excused.subjectId, month]);
    expect(free?.blocked_by ?? null).toBeNull();
    const laterThisMonth = (
      await t.sql(`select id from judicial.service_day where institution_id = $1 and to_char(date, 'YYYY-MM') = $2 and date > $3::date order by date limit 1`, [
        DEMO_TENANTS.prison1.id,
        month,
        chinaDate(new Date()),
      ])
    )[0];
    if (laterThisMonth) {
      const again = await submit(t, await t.login('proxy'), { subjectId: absent.subjectId, serviceDayId: laterThisMonth.id, idempotencyKey: 'after-no-show' });
      expect(rule(again)).toBe('GD-27');
    }
  });

  it('YN-10 / YN-12 / YN-19: under YN a visitor arrives 30 minutes before the meeting time (later forfeits it); equipment, briefing and deposited devices come before joining', async () => {
    const meeting = await givenMeetingToday(9);
    // Given: the meeting is under the YN pack at 09:30, as the prison's approval said (YN-8(3)).
    await t.sql(`update judicial.application set rule_pack = 'YN', meeting_time = '09:30' where id = $1`, [meeting.id]);
    const clerk = await t.login('bureau1.clerk');
    const today = chinaDate(new Date());
    const realNow = clock.now;
    try {
      clock.now = () => new Date(`${today}T08:59:00+08:00`);
      const onTime = await t.gql(CHECK_IN, { a: meeting.id, n: VISITOR.idNumber, o: true, e: null }, clerk);
      expect(onTime.data.checkInVisitor).toMatchObject({ admitted: true, refusal: null });
      clock.now = () => new Date(`${today}T09:05:00+08:00`);
      const late = await t.gql(CHECK_IN, { a: meeting.id, n: SON.idNumber, o: true, e: null }, clerk);
      expect(late.data.checkInVisitor).toMatchObject({ admitted: false, refusal: '须于09:00前到达，逾期视为放弃本次会见' });
      // Issue 14: the late arrival's refusal by key, its parameter and the YN pack's rule (YN-10), in either language.
      const lateRead = await t.gql(
        `query($id: ID!) { application(id: $id) { attendance { visitorIndex refusalKeyed { key params rule } en: refusal(locale: "en") } } }`,
        { id: meeting.id },
        clerk,
      );
      expect(lateRead.data.application.attendance[1]).toEqual({
        visitorIndex: 1,
        refusalKeyed: { key: 'rule.arrivedLate', params: jsonOf({ latest: '09:00' }), rule: 'YN-10' },
        en: 'Arrival was due by 09:00; this meeting is forfeited',
      });

      // YN-12 / YN-19: equipment checked, rules briefed, devices deposited before anyone joins.
      const PREPARED = 'query($id: ID!) { application(id: $id) { readyToJoin preparationMissing } }';
      expect((await t.gql(PREPARED, { id: meeting.id }, clerk)).data.application).toEqual({ readyToJoin: false, preparationMissing: '会见前须检查设备' });
      const inEnglish = await t.gql('query($id: ID!) { application(id: $id) { preparationMissing(locale: "en") } }', { id: meeting.id }, clerk);
      expect(inEnglish.data.application.preparationMissing).toBe('Check the equipment first');
      const PREPARE =
        'mutation($id: ID!, $d: Boolean!) { confirmPreparation(applicationId: $id, equipmentChecked: true, rulesBriefed: true, devicesDeposited: $d) { id } }';
      await t.gql(PREPARE, { id: meeting.id, d: false }, clerk);
      expect((await t.gql(PREPARED, { id: meeting.id }, clerk)).data.application).toEqual({
        readyToJoin: false,
        preparationMissing: '手机等录音录像设备须寄存',
      });
      await t.gql(PREPARE, { id: meeting.id, d: true }, clerk);
      expect((await t.gql(PREPARED, { id: meeting.id }, clerk)).data.application).toEqual({ readyToJoin: true, preparationMissing: null });
    } finally {
      clock.now = realNow;
    }
  });
});
