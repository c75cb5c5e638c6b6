import { recordLawyerArrangement } from '@rv/judicial';
import { scheduleArrangedMeeting } from '@rv/media';
import { clock, type Identity } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../src/demo.js';
import { givenPlatform, type TestPlatform } from './support/harness.js';
import { givenStaff, subscribe, tokenFor } from './support/scenario.js';

/**
 * Around lawyer meetings (CQ-4 alarms, CQ-11 evaluations and the joint meeting's figures, CQ-12 /
 * CQ-13 complaints, CQ-14 violations). Meetings are keyed by their booking id, as the detention
 * centre's arrangement event gives them; the tests arrange them directly (media and judicial).
 */
let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;
const ext = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0].extensions;
const count = async (table: string) => (await t.sql(`select count(*)::int as n from ${table}`))[0].n as number;

async function givenLawyer(): Promise<{ id: string; token: string }> {
  const [row] = await t.sql(`insert into judicial.account (id, username, password_hash, display_name, roles)
    values (gen_random_uuid(), 'lawyer-' || substr(md5(random()::text), 1, 10), 'x', '测试律师', '{LAWYER}') returning id`);
  return { id: row.id, token: await tokenFor({ accountId: row.id, tenantKind: null, tenantId: null, roles: ['LAWYER'] } as Identity) };
}

interface LawyerMeeting {
  bookingId: string;
  meetingId: string;
}

/** A lawyer meeting as the centre's arrangement event makes it: media's meeting and judicial's fact (accepted and arranged times for CQ-11). */
async function givenLawyerMeeting(
  centreId: string,
  lawyers: string[],
  date: string,
  acceptedAt: string | null = null,
  arrangedAt: string | null = null,
): Promise<LawyerMeeting> {
  const arranged = {
    bookingId: randomUUID(),
    kind: 'LAWYER' as const,
    status: 'ARRANGED' as const,
    institutionId: centreId,
    venueId: centreId,
    subjectKind: 'SUSPECT' as const,
    date,
    minutes: 30,
    rulePack: 'GD',
    counselAccountIds: lawyers,
  };
  const media = t.platform.subgraphs.media.orm.em.fork();
  const meeting = await media.transactional((tx) => scheduleArrangedMeeting(tx, arranged));
  const judicial = t.platform.subgraphs.judicial.orm.em.fork();
  await judicial.transactional((tx) => recordLawyerArrangement(tx, { ...arranged, acceptedAt, arrangedAt }));
  return { bookingId: arranged.bookingId, meetingId: meeting!.id };
}

/** Runs with the platform's clock at a fixed instant (figures are per month). */
async function at<T>(iso: string, work: () => Promise<T>): Promise<T> {
  const realNow = clock.now;
  clock.now = () => new Date(iso);
  try {
    return await work();
  } finally {
    clock.now = realNow;
  }
}

describe('CQ-4: the lawyer’s alarm', () => {
  it('CQ-4: the lawyer raises an alarm (a kind of the pack’s) from the meeting; the centre sees it live, acknowledges it, and it stays on record; nobody else can raise or read it', async () => {
    const centre = randomUUID();
    const lawyer = await givenLawyer();
    const stranger = await givenLawyer();
    const { meetingId } = await givenLawyerMeeting(centre, [lawyer.id], '2026-12-03'); // arranged: the lawyer may alarm from the room before and while it runs
    const ended = await givenLawyerMeeting(centre, [lawyer.id], '2026-12-02');
    await t.sql(`update media.meeting set state = 'ENDED' where id = $1`, [ended.meetingId]);
    const monitor = await givenStaff(t, 'DETENTION_CENTRE', centre, 'MONITOR');
    const otherCentre = await givenStaff(t, 'DETENTION_CENTRE', randomUUID(), 'MONITOR');
    const RAISE = 'mutation($m: ID!, $k: String!) { raiseMeetingAlarm(meetingId: $m, kind: $k) { id kind rule label raisedAt acknowledgedAt } }';

    const before = await count('media.meeting_alarm');
    expect(ext(await t.gql(RAISE, { m: meetingId, k: 'NOISE' }, lawyer.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'CQ-4',
      messageKey: 'lawyerConduct.alarm.notAKind',
    });
    expect(code(await t.gql(RAISE, { m: meetingId, k: 'ESCAPE' }, stranger.token))).toBe('NOT_FOUND');
    expect(code(await t.gql(RAISE, { m: meetingId, k: 'ESCAPE' }, monitor))).toBe('FORBIDDEN');
    expect(code(await t.gql(RAISE, { m: ended.meetingId, k: 'ESCAPE' }, lawyer.token))).toBe('CONFLICT'); // the meeting is over
    expect(await count('media.meeting_alarm')).toBe(before); // refusals write nothing

    const live = await subscribe(t.platform.gateway.wsUrl, monitor, 'subscription { meetingAlarmRaised { id kind label meetingId acknowledgedAt } }');
    const elsewhere = await subscribe(t.platform.gateway.wsUrl, otherCentre, 'subscription { meetingAlarmRaised { id kind } }');
    try {
      const raised = await t.gql(RAISE, { m: meetingId, k: 'SELF_HARM' }, lawyer.token);
      expect(raised.errors).toBeUndefined();
      expect(raised.data.raiseMeetingAlarm).toMatchObject({ kind: 'SELF_HARM', rule: 'CQ-4', label: '自残', acknowledgedAt: null });
      const seen = await live.result(0);
      expect(seen.data.meetingAlarmRaised).toEqual({ id: raised.data.raiseMeetingAlarm.id, kind: 'SELF_HARM', label: '自残', meetingId, acknowledgedAt: null });

      const open = await t.gql('{ openMeetingAlarms { id kind } }', {}, monitor);
      expect(open.data.openMeetingAlarms).toEqual([{ id: raised.data.raiseMeetingAlarm.id, kind: 'SELF_HARM' }]);
      expect((await t.gql('{ openMeetingAlarms { id } }', {}, otherCentre)).data.openMeetingAlarms).toEqual([]);
      expect(code(await t.gql('mutation($id: ID!) { acknowledgeMeetingAlarm(id: $id) { id } }', { id: raised.data.raiseMeetingAlarm.id }, otherCentre))).toBe(
        'NOT_FOUND',
      );
      const acknowledged = await t.gql(
        'mutation($id: ID!) { acknowledgeMeetingAlarm(id: $id) { acknowledgedAt } }',
        { id: raised.data.raiseMeetingAlarm.id },
        monitor,
      );
      expect(acknowledged.data.acknowledgeMeetingAlarm.acknowledgedAt).toEqual(expect.any(String));
      // The lawyer sees it was acknowledged; a stranger cannot read it.
      expect(
        (await t.gql('query($id: ID!) { meetingAlarm(id: $id) { acknowledgedAt } }', { id: raised.data.raiseMeetingAlarm.id }, lawyer.token)).data.meetingAlarm
          .acknowledgedAt,
      ).toEqual(expect.any(String));
      expect(code(await t.gql('query($id: ID!) { meetingAlarm(id: $id) { id } }', { id: raised.data.raiseMeetingAlarm.id }, stranger.token))).toBe('NOT_FOUND');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(elsewhere.results).toEqual([]); // another centre hears nothing
      expect(await t.sql('select kind, rule, raised_by from media.meeting_alarm where meeting_id = $1', [meetingId])).toEqual([
        { kind: 'SELF_HARM', rule: 'CQ-4', raised_by: lawyer.id },
      ]);
    } finally {
      await live.close();
      await elsewhere.close();
    }
  });
});

describe('CQ-14: violations are stopped, reported to the justice bureau, handled and answered', () => {
  it('CQ-14: the centre reports a prohibited act (the pack’s grounds) to its county justice bureau; the bureau records its handling and the centre sees the answer (the live meeting’s stop: lawyer-meeting.test.ts)', async () => {
    const centre = randomUUID();
    const lawyer = await givenLawyer();
    const { bookingId, meetingId } = await givenLawyerMeeting(centre, [lawyer.id], '2026-12-03');
    const monitor = await givenStaff(t, 'DETENTION_CENTRE', centre, 'MONITOR');
    const REPORT =
      'mutation($i: LawyerViolationInput!) { reportLawyerViolation(input: $i) { id ground groundRule groundLabel status bureauId lawyerAccountId } }';
    const grounds = await t.gql('{ lawyerViolationGrounds { code rule label needsText } }', {}, monitor);
    expect(grounds.data.lawyerViolationGrounds.map((ground: { code: string }) => ground.code)).toEqual([
      'CONTRABAND',
      'UNAUTHORISED_PERSON',
      'PHONE_TO_SUSPECT',
      'PASSING_ITEMS',
      'SMOKING',
      'OTHER',
    ]);
    expect(grounds.data.lawyerViolationGrounds[2]).toEqual({
      code: 'PHONE_TO_SUSPECT',
      rule: 'CQ-14',
      label: '将通讯工具提供给犯罪嫌疑人、被告人使用',
      needsText: false,
    });

    const before = await count('judicial.lawyer_violation');
    const base = { bookingId, bureauId: DEMO_TENANTS.bureau1.id, lawyerAccountId: lawyer.id };
    expect(ext(await t.gql(REPORT, { i: { ...base, ground: 'RUDENESS' } }, monitor))).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'CQ-14',
      messageKey: 'lawyerConduct.violation.notAGround',
    });
    expect(ext(await t.gql(REPORT, { i: { ...base, ground: 'OTHER', details: ' ' } }, monitor))).toMatchObject({
      rule: 'CQ-14',
      messageKey: 'rule.otherNeedsText',
    });
    expect(ext(await t.gql(REPORT, { i: { ...base, bureauId: DEMO_TENANTS.office1.id, ground: 'SMOKING' } }, monitor))).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'lawyerConduct.violation.notBureau',
    });
    expect(code(await t.gql(REPORT, { i: { ...base, ground: 'SMOKING' } }, await givenStaff(t, 'DETENTION_CENTRE', randomUUID(), 'MONITOR')))).toBe(
      'NOT_FOUND',
    );
    expect(code(await t.gql(REPORT, { i: { ...base, ground: 'SMOKING' } }, await givenStaff(t, 'DETENTION_CENTRE', centre, 'INTAKE_CLERK')))).toBe('FORBIDDEN');
    expect(code(await t.gql(REPORT, { i: { ...base, ground: 'SMOKING' } }, lawyer.token))).toBe('FORBIDDEN');
    expect(await count('judicial.lawyer_violation')).toBe(before);
    expect(await t.sql('select state from media.meeting where id = $1', [meetingId])).toEqual([{ state: 'SCHEDULED' }]);

    const reported = await t.gql(REPORT, { i: { ...base, ground: 'PHONE_TO_SUSPECT', details: '律师将手机递给在押人员' } }, monitor);
    expect(reported.errors).toBeUndefined();
    expect(reported.data.reportLawyerViolation).toMatchObject({
      ground: 'PHONE_TO_SUSPECT',
      groundRule: 'CQ-14',
      status: 'REPORTED',
      bureauId: DEMO_TENANTS.bureau1.id,
      lawyerAccountId: lawyer.id,
    });
    // Not live: media has nothing to stop; the scheduled meeting stays as it was.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await t.sql('select state from media.meeting where id = $1', [meetingId])).toEqual([{ state: 'SCHEDULED' }]);

    const id = reported.data.reportLawyerViolation.id;
    const HANDLE = 'mutation($id: ID!, $h: String!) { handleLawyerViolation(id: $id, handling: $h) { status handling handledAt } }';
    expect(
      (await t.gql('{ lawyerViolations(status: REPORTED) { id } }', {}, await t.login('bureau1.supervisor'))).data.lawyerViolations.map(
        (row: { id: string }) => row.id,
      ),
    ).toContain(id);
    expect((await t.gql('{ lawyerViolations { id } }', {}, await t.login('bureau2.supervisor'))).data.lawyerViolations).toEqual([]);
    expect(code(await t.gql(HANDLE, { id, h: '已约谈' }, await t.login('bureau2.supervisor')))).toBe('FORBIDDEN');
    expect(code(await t.gql(HANDLE, { id, h: '已约谈' }, monitor))).toBe('FORBIDDEN');
    expect(code(await t.gql(HANDLE, { id, h: ' ' }, await t.login('bureau1.supervisor')))).toBe('BAD_USER_INPUT');
    expect(await t.sql('select status from judicial.lawyer_violation where id = $1', [id])).toEqual([{ status: 'REPORTED' }]);
    const handled = await t.gql(HANDLE, { id, h: '已约谈该律师并予以警告，通报律师协会' }, await t.login('bureau1.supervisor'));
    expect(handled.data.handleLawyerViolation).toMatchObject({
      status: 'HANDLED',
      handling: '已约谈该律师并予以警告，通报律师协会',
      handledAt: expect.any(String),
    });
    expect(code(await t.gql(HANDLE, { id, h: '再次处理' }, await t.login('bureau1.supervisor')))).toBe('CONFLICT');
    // The centre reads the bureau's answer.
    const answered = await t.gql('{ lawyerViolations { id status handling groundLabel } }', {}, monitor);
    expect(answered.data.lawyerViolations).toEqual([
      { id, status: 'HANDLED', handling: '已约谈该律师并予以警告，通报律师协会', groundLabel: '将通讯工具提供给犯罪嫌疑人、被告人使用' },
    ]);
  });
});

describe('CQ-11 / CQ-12 / CQ-13: evaluations, complaints and the joint meeting’s figures', () => {
  it('CQ-12 / CQ-13: a lawyer complains to the centre’s named contact; only the handling unit answers, after hearing them in person when asked; the lawyer reads the feedback', async () => {
    const centre = randomUUID();
    const lawyer = await givenLawyer();
    const { bookingId } = await givenLawyerMeeting(centre, [lawyer.id], '2026-12-01');
    const admin = await givenStaff(t, 'DETENTION_CENTRE', centre, 'ADMIN');
    const ADD = 'mutation($i: ComplaintContactInput!) { addComplaintContact(input: $i) { id organ organLabel organName contactName phone } }';
    expect(ext(await t.gql(ADD, { i: { organ: 'NEWSPAPER', organName: '报社', contactName: '王', phone: '023-1' } }, admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'CQ-12',
    });
    expect(
      code(
        await t.gql(
          ADD,
          { i: { organ: 'POLICE', organName: '看守所', contactName: '王', phone: '023-1' } },
          await givenStaff(t, 'DETENTION_CENTRE', centre, 'MONITOR'),
        ),
      ),
    ).toBe('FORBIDDEN');
    const bureau = (
      await t.gql(
        ADD,
        { i: { organ: 'JUSTICE_BUREAU', organName: '东城区司法局', contactName: '李科长', phone: '023-68001234', handlerTenantId: DEMO_TENANTS.bureau1.id } },
        admin,
      )
    ).data.addComplaintContact;
    const police = (await t.gql(ADD, { i: { organ: 'POLICE', organName: '某某看守所督察室', contactName: '张警官', phone: '023-68005678' } }, admin)).data
      .addComplaintContact;
    expect(bureau).toMatchObject({ organ: 'JUSTICE_BUREAU', organLabel: '司法行政机关', contactName: '李科长' });
    const contacts = await t.gql('query($c: ID!) { complaintContacts(centreId: $c) { organ contactName phone } }', { c: centre }, lawyer.token);
    expect(contacts.data.complaintContacts).toEqual([
      { organ: 'JUSTICE_BUREAU', contactName: '李科长', phone: '023-68001234' },
      { organ: 'POLICE', contactName: '张警官', phone: '023-68005678' },
    ]);

    const FILE = 'mutation($i: LawyerComplaintInput!) { fileLawyerComplaint(input: $i) { id status wantsHearing } }';
    const stranger = await givenLawyer();
    const before = await count('judicial.lawyer_complaint');
    expect(code(await t.gql(FILE, { i: { contactId: bureau.id, text: ' ' } }, lawyer.token))).toBe('BAD_USER_INPUT');
    expect(ext(await t.gql(FILE, { i: { contactId: bureau.id, bookingId, text: '会见被无故拖延' } }, stranger.token))).toMatchObject({
      messageKey: 'lawyerConduct.complaint.bookingUnknown',
    });
    expect(code(await t.gql(FILE, { i: { contactId: bureau.id, text: '会见被无故拖延' } }, admin))).toBe('FORBIDDEN');
    expect(await count('judicial.lawyer_complaint')).toBe(before);
    const filed = (await t.gql(FILE, { i: { contactId: bureau.id, bookingId, text: '会见被无故拖延超过48小时', wantsHearing: true } }, lawyer.token)).data
      .fileLawyerComplaint;
    expect(filed).toMatchObject({ status: 'OPEN', wantsHearing: true });

    const ANSWER =
      'mutation($id: ID!, $f: String!, $h: Boolean!) { answerLawyerComplaint(id: $id, feedback: $f, heardInPerson: $h) { status feedback heardInPerson } }';
    expect(code(await t.gql(ANSWER, { id: filed.id, f: '已核实', h: true }, admin))).toBe('FORBIDDEN'); // the police did not receive it
    expect(code(await t.gql(ANSWER, { id: filed.id, f: '已核实', h: true }, await t.login('bureau2.supervisor')))).toBe('FORBIDDEN');
    expect(ext(await t.gql(ANSWER, { id: filed.id, f: '已核实', h: false }, await t.login('bureau1.supervisor')))).toMatchObject({
      rule: 'CQ-13',
      messageKey: 'lawyerConduct.complaint.hearingRequired',
    });
    expect(await t.sql('select status, feedback from judicial.lawyer_complaint where id = $1', [filed.id])).toEqual([{ status: 'OPEN', feedback: null }]);
    const answered = await t.gql(ANSWER, { id: filed.id, f: '经调查属实，已责令看守所整改并向律师当面说明', h: true }, await t.login('bureau1.supervisor'));
    expect(answered.data.answerLawyerComplaint).toEqual({ status: 'ANSWERED', feedback: '经调查属实，已责令看守所整改并向律师当面说明', heardInPerson: true });
    expect(code(await t.gql(ANSWER, { id: filed.id, f: '再答', h: true }, await t.login('bureau1.supervisor')))).toBe('CONFLICT');
    expect((await t.gql('{ lawyerComplaints { id status feedback } }', {}, lawyer.token)).data.lawyerComplaints).toEqual([
      { id: filed.id, status: 'ANSWERED', feedback: '经调查属实，已责令看守所整改并向律师当面说明' },
    ]);
    expect((await t.gql('{ lawyerComplaints { id } }', {}, stranger.token)).data.lawyerComplaints).toEqual([]);
    // A complaint to the police contact is the centre's own to answer.
    const toPolice = (await t.gql(FILE, { i: { contactId: police.id, text: '等候区无座位' } }, lawyer.token)).data.fileLawyerComplaint;
    expect((await t.gql(ANSWER, { id: toPolice.id, f: '已增设座位', h: false }, admin)).data.answerLawyerComplaint.status).toBe('ANSWERED');
  });

  it('CQ-11: a lawyer of the meeting evaluates it once (1–5); the joint meeting reads per centre and month the waits, 48-hour compliance (across a weekend), complaints, violations and evaluations', async () => {
    const centre = randomUUID();
    const other = randomUUID();
    const lawyer = await givenLawyer();
    const stranger = await givenLawyer();
    // Accepted → arranged: 24 h; Friday 09:00 → Monday 11:00 China time across the weekend, 74 h (late); exactly 48 h (in time).
    const first = await givenLawyerMeeting(centre, [lawyer.id], '2026-11-03', '2026-11-02T01:00:00Z', '2026-11-03T01:00:00Z');
    await givenLawyerMeeting(centre, [lawyer.id], '2026-11-09', '2026-11-06T01:00:00Z', '2026-11-09T03:00:00Z');
    await givenLawyerMeeting(centre, [lawyer.id], '2026-11-10', '2026-11-08T01:00:00Z', '2026-11-10T01:00:00Z');
    await givenLawyerMeeting(other, [lawyer.id], '2026-11-12', '2026-11-12T01:00:00Z', '2026-11-12T02:00:00Z');
    const future = await givenLawyerMeeting(centre, [lawyer.id], '2026-11-28');
    const EVALUATE = 'mutation($b: ID!, $s: Int!, $c: String) { evaluateLawyerMeeting(bookingId: $b, score: $s, comment: $c) { score comment centreId } }';

    await at('2026-11-20T04:00:00Z', async () => {
      const before = await count('judicial.lawyer_evaluation');
      expect(ext(await t.gql(EVALUATE, { b: first.bookingId, s: 6, c: null }, lawyer.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'CQ-11',
        messageKey: 'lawyerConduct.evaluation.scoreRange',
      });
      expect(code(await t.gql(EVALUATE, { b: first.bookingId, s: 4, c: null }, stranger.token))).toBe('NOT_FOUND');
      expect(code(await t.gql(EVALUATE, { b: future.bookingId, s: 4, c: null }, lawyer.token))).toBe('CONFLICT'); // not held yet
      expect(await count('judicial.lawyer_evaluation')).toBe(before);
      expect((await t.gql(EVALUATE, { b: first.bookingId, s: 4, c: '安排及时' }, lawyer.token)).data.evaluateLawyerMeeting).toEqual({
        score: 4,
        comment: '安排及时',
        centreId: centre,
      });
      expect(code(await t.gql(EVALUATE, { b: first.bookingId, s: 5, c: null }, lawyer.token))).toBe('CONFLICT'); // once
      const admin = await givenStaff(t, 'DETENTION_CENTRE', centre, 'ADMIN');
      const contact = (
        await t.gql(
          'mutation($i: ComplaintContactInput!) { addComplaintContact(input: $i) { id } }',
          { i: { organ: 'POLICE', organName: '看守所', contactName: '张警官', phone: '023-1' } },
          admin,
        )
      ).data.addComplaintContact;
      await t.gql(
        'mutation($i: LawyerComplaintInput!) { fileLawyerComplaint(input: $i) { id } }',
        { i: { contactId: contact.id, text: '排队太久' } },
        lawyer.token,
      );
      const monitor = await givenStaff(t, 'DETENTION_CENTRE', centre, 'MONITOR');
      await t.gql(
        'mutation($i: LawyerViolationInput!) { reportLawyerViolation(input: $i) { id } }',
        { i: { bookingId: first.bookingId, bureauId: DEMO_TENANTS.bureau1.id, ground: 'SMOKING' } },
        monitor,
      );
    });

    const FIGURES =
      'query($m: String!, $c: ID) { lawyerMeetingFigures(month: $m, centreId: $c) { centreId month meetings arranged averageWaitHours arrangedWithinDeadline deadlineCompliance complaints complaintsAnswered violations evaluations averageScore } }';
    const province = await t.login('province.supervisor');
    const figures = await t.gql(FIGURES, { m: '2026-11', c: centre }, province);
    expect(figures.errors).toBeUndefined();
    expect(figures.data.lawyerMeetingFigures).toEqual([
      {
        centreId: centre,
        month: '2026-11',
        meetings: 4,
        arranged: 3,
        averageWaitHours: 48.7,
        arrangedWithinDeadline: 2,
        deadlineCompliance: 0.667,
        complaints: 1,
        complaintsAnswered: 0,
        violations: 1,
        evaluations: 1,
        averageScore: 4,
      },
    ]);
    // A centre reads its own figures only; a county bureau reads any; December has none of these.
    const own = await givenStaff(t, 'DETENTION_CENTRE', centre, 'SUPERVISOR');
    expect((await t.gql(FIGURES, { m: '2026-11', c: null }, own)).data.lawyerMeetingFigures.map((row: { centreId: string }) => row.centreId)).toEqual([centre]);
    expect(code(await t.gql(FIGURES, { m: '2026-11', c: other }, own))).toBe('FORBIDDEN');
    expect((await t.gql(FIGURES, { m: '2026-11', c: other }, await t.login('bureau1.supervisor'))).data.lawyerMeetingFigures).toEqual([
      expect.objectContaining({ centreId: other, meetings: 1, arrangedWithinDeadline: 1, deadlineCompliance: 1 }),
    ]);
    expect((await t.gql(FIGURES, { m: '2026-10', c: centre }, province)).data.lawyerMeetingFigures).toEqual([]);
    expect(code(await t.gql(FIGURES, { m: '2026-13', c: centre }, province))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(FIGURES, { m: '2026-11', c: centre }, lawyer.token))).toBe('FORBIDDEN');
  });
});
