import { YN, chinaDate, clock, nationalCalendar, stageDue } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { jsonOf } from './support/keyed.js';
import { givenPrison, residentIdNumber, submit, tokenFor } from './support/scenario.js';

let t: TestPlatform;
const realNow = clock.now;
beforeAll(async () => {
  // YN-14 takes applications on working days only: run this file on one, whatever day CI runs.
  let now = new Date();
  while (!nationalCalendar().isWorkingDay(chinaDate(now))) now = new Date(now.getTime() + 86_400_000);
  clock.now = () => now;
  t = await givenPlatform();
});
afterAll(async () => {
  clock.now = realNow;
  await t?.close();
});

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;
const YUNNAN_VISITOR = { name: '杨丽', idNumber: residentIdNumber('530102', '19750505', 41), relation: 'SPOUSE' };
const STAGE = 'query($id: ID!) { application(id: $id) { status stage stageDueOn notifiedAt rejectionReason meetingTime serviceDay { taken } } }';

describe('YN-8: four stages, each with its working days', () => {
  it('YN-8 / YN-6: judicial office forwards (2), county bureau reviews (2), prison decides (5), bureau notifies the family (2)', async () => {
    const prison = await givenPrison(t, 'YN', [{}], 5);
    const today = chinaDate(clock.now());
    const proxy = await t.login('proxy');
    // YN-6: a family from outside the province goes to a county bureau, not a judicial office; a Yunnan family may use its office.
    const outsider = await submit(t, proxy, {
      subjectId: prison.inmateIds[0],
      serviceDayId: prison.days[0].id,
      venueId: DEMO_TENANTS.office1.id,
      idempotencyKey: 'yn6-outsider',
    });
    expect(outsider.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'YN-6' });
    const submitted = await submit(t, proxy, {
      subjectId: prison.inmateIds[0],
      serviceDayId: prison.days[0].id,
      venueId: DEMO_TENANTS.office1.id,
      idempotencyKey: 'yn8-full-chain',
      visitors: [YUNNAN_VISITOR],
    });
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data.submitApplication.id;
    const office = await t.login('office1.reviewer');
    const bureau = await t.login('bureau1.reviewer');

    expect((await t.gql(STAGE, { id }, proxy)).data.application).toMatchObject({
      stage: 'JUDICIAL_OFFICE',
      stageDueOn: stageDue(YN, nationalCalendar(), 'JUDICIAL_OFFICE', today).date,
    });
    expect(code(await t.gql('mutation($id: ID!) { preReview(id: $id, approve: true) { stage } }', { id }, bureau))).toBe('CONFLICT');
    expect((await t.gql('{ preReviewQueue { id stage } }', {}, office)).data.preReviewQueue).toContainEqual({ id, stage: 'JUDICIAL_OFFICE' });
    expect((await t.gql('mutation($id: ID!) { forwardApplication(id: $id) { stage } }', { id }, office)).data.forwardApplication.stage).toBe('COUNTY_BUREAU');
    // The office forwards only; the bureau reviews.
    expect(code(await t.gql('mutation($id: ID!) { preReview(id: $id, approve: false, reasonCode: "OTHER", reason: "x") { stage } }', { id }, office))).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql('mutation($id: ID!) { preReview(id: $id, approve: true) { stage stageDueOn } }', { id }, bureau)).data.preReview).toEqual({
      stage: 'INSTITUTION',
      stageDueOn: stageDue(YN, nationalCalendar(), 'INSTITUTION', today).date,
    });

    const reviewer = await tokenFor({ accountId: randomUUID(), tenantKind: 'PRISON', tenantId: prison.id, roles: ['REVIEWER'] });
    const review = await eventually(async () => {
      const queue = await t.gql('{ inmateReviewQueue { rulePack dueOn application { id } } }', {}, reviewer);
      const found = queue.data.inmateReviewQueue.find((r: any) => r.application.id === id);
      if (!found) throw new Error('not yet at the prison');
      return found;
    });
    expect(review).toMatchObject({ rulePack: 'YN', dueOn: stageDue(YN, nationalCalendar(), 'INSTITUTION', today).date });
    // YN-8(3): the prison's reply carries the meeting's time.
    const untimed = await t.gql('mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true) { status } }', { id }, reviewer);
    expect(untimed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'YN-8(3)' });
    await t.gql('mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true, meetingTime: "09:30") { status } }', { id }, reviewer);
    await eventually(async () => {
      expect((await t.gql(STAGE, { id }, proxy)).data.application).toMatchObject({
        status: 'APPROVED',
        meetingTime: '09:30',
        stage: 'BUREAU_NOTIFY',
        stageDueOn: stageDue(YN, nationalCalendar(), 'BUREAU_NOTIFY', today).date,
      });
    });
    const told = await t.gql('mutation($id: ID!) { notifyFamily(id: $id) { stage notifiedAt } }', { id }, bureau);
    expect(told.data.notifyFamily).toMatchObject({ stage: 'DONE', notifiedAt: expect.any(String) });
  });

  it('YN-8: applying at the county bureau skips the office; the bureau may reject and must say why', async () => {
    const prison = await givenPrison(t, 'YN', [{}], 5);
    const proxy = await t.login('proxy');
    const submitted = await submit(t, proxy, {
      subjectId: prison.inmateIds[0],
      serviceDayId: prison.days[0].id,
      venueId: DEMO_TENANTS.bureau1.id,
      idempotencyKey: 'yn8-bureau-reject',
    });
    const id = submitted.data.submitApplication.id;
    const bureau = await t.login('bureau1.reviewer');
    expect((await t.gql(STAGE, { id }, proxy)).data.application.stage).toBe('COUNTY_BUREAU');
    expect(code(await t.gql('mutation($id: ID!) { preReview(id: $id, approve: false) { stage } }', { id }, bureau))).toBe('BAD_USER_INPUT');
    const rejected = await t.gql(
      `mutation($id: ID!) { preReview(id: $id, approve: false, reasonCode: "FALSE_IDENTITY", reason: "户口簿与本人不符") {
      status stage rejectionReason zh: rejectionReason(locale: "zh-CN") en: rejectionReason(locale: "en") rejectionKeyed { key params rule } serviceDay { taken } } }`,
      { id },
      bureau,
    );
    // Issue 14: stored by key, the note kept as written, the rule the YN pack's own (YN-8, never GD-23); words only on reading.
    expect(rejected.data.preReview).toEqual({
      status: 'REJECTED',
      stage: 'DONE',
      serviceDay: { taken: 0 },
      rejectionReason: '身份或关系虚假：户口簿与本人不符',
      zh: '身份或关系虚假：户口簿与本人不符',
      en: 'False identity or relationship: 户口簿与本人不符',
      rejectionKeyed: {
        key: 'decision.withNote',
        params: jsonOf({ reason: { key: 'reason.visitor.FALSE_IDENTITY' }, note: '户口簿与本人不符' }),
        rule: 'YN-8',
      },
    });
    expect(await t.sql('select rejection_key, rejection_params, rejection_rule from judicial.application where id = $1', [id])).toEqual([
      {
        rejection_key: 'decision.withNote',
        rejection_params: { reason: { key: 'reason.visitor.FALSE_IDENTITY' }, note: '户口簿与本人不符' },
        rejection_rule: 'YN-8',
      },
    ]);
    // The family's SMS: the words sent (zh-CN) and the key they were made from, for the log in either language.
    const [sms] = await t.sql(`select body, message_key, params from judicial.sms_message where application_id = $1 and kind = 'decided'`, [id]);
    const number = submitted.data.submitApplication.number;
    expect(sms).toEqual({
      body: `【远程会见】您的会见申请（编号${number}）未获批准，原因：身份或关系虚假：户口簿与本人不符。`,
      message_key: 'sms.rejected',
      params: { number, reason: { key: 'decision.withNote', params: { reason: { key: 'reason.visitor.FALSE_IDENTITY' }, note: '户口簿与本人不符' } } },
    });
    const log = await t.gql('{ smsLog { applicationId body bodyKeyed { key zh: text en: text(locale: "en") } } }', {}, await t.login('bureau1.clerk'));
    expect(log.data.smsLog.find((message: { applicationId: string }) => message.applicationId === id)).toEqual({
      applicationId: id,
      body: sms.body,
      bodyKeyed: {
        key: 'sms.rejected',
        zh: sms.body,
        en: `Remote meetings: your application (no. ${number}) is not approved. Reason: False identity or relationship: 户口簿与本人不符.`,
      },
    });
    const [{ count }] = await t.sql('select count(*)::int as count from prison.review_case where application_id = $1', [id]);
    expect(count).toBe(0); // it never reached the prison
  });

  it('GD: one stage; the application goes straight to the institution', async () => {
    const proxy = await t.login('proxy');
    const [inmate] = await t.sql('select id from prison.inmate where prison_id = $1 order by inmate_number offset 19 limit 1', [DEMO_TENANTS.prison1.id]);
    const [day] = await t.sql('select id from judicial.service_day where institution_id = $1 and date > $2::date order by date limit 1', [
      DEMO_TENANTS.prison1.id,
      chinaDate(clock.now()),
    ]);
    const submitted = await submit(t, proxy, { subjectId: inmate.id, serviceDayId: day.id, idempotencyKey: 'gd-one-stage' });
    expect((await t.gql(STAGE, { id: submitted.data.submitApplication.id }, proxy)).data.application.stage).toBe('INSTITUTION');
  });
});

describe('the institution’s stage opens by the event (issue 16: a read’s submissions together)', () => {
  it('GD-22 / YN-8: submissions read together open one review case each, in one transaction, due by their own pack; delivered again, nothing more', async () => {
    const yn = await givenPrison(t, 'YN', [{}], 5);
    const [gd1, gd2] = await t.sql('select id from prison.inmate where prison_id = $1 order by inmate_number offset 10 limit 2', [DEMO_TENANTS.prison1.id]);
    const submission = (subjectId: string, institutionId: string, rulePack: string, extendedReview: boolean) => ({
      applicationId: randomUUID(),
      applicationNumber: `2026120700000${Math.floor(Math.random() * 90_000 + 10_000)}`,
      institutionStageFrom: '2026-12-07', // a Monday
      extendedReview,
      priority: false,
      subjectId,
      subjectKind: 'INMATE',
      institutionId,
      venueId: DEMO_TENANTS.bureau1.id,
      proxyAccountId: null,
      serviceDate: '2026-12-21',
      submittedAt: '2026-12-07T01:00:00.000Z',
      rulePack,
    });
    const submissions = [
      submission(gd1.id, DEMO_TENANTS.prison1.id, 'GD', false),
      submission(gd2.id, DEMO_TENANTS.prison1.id, 'GD', true),
      submission(yn.inmateIds[0], yn.id, 'YN', false),
    ];
    // As a booking storm leaves them: several bookings' events committed before the prison's consumer reads.
    const publish = () =>
      t.sql(
        `insert into judicial.outbox (topic, aggregate_type, aggregate_id, audience, payload)
         select 'application.submitted', 'Application', s->>'applicationId', '[]'::jsonb, s from jsonb_array_elements($1::jsonb) s returning seq::text`,
        [JSON.stringify(submissions)],
      );
    await publish();
    const ids = submissions.map((submitted) => submitted.applicationId);
    const opened = () =>
      t.sql(
        `select id::text, application_id, status, due_on::text, rule_pack, xmin::text as tx from prison.review_case where application_id = any($1::uuid[]) order by due_on, rule_pack`,
        [ids],
      );
    const cases = await eventually(async () => {
      const rows = await opened();
      expect(rows).toHaveLength(3);
      return rows;
    });
    // GD-22: 3 working days from Monday 7 December, 5 when extended; YN-8: the prison's 5.
    expect(cases.map(({ application_id, status, due_on, rule_pack }) => ({ application_id, status, due_on, rule_pack }))).toEqual([
      { application_id: ids[0], status: 'PENDING', due_on: '2026-12-10', rule_pack: 'GD' },
      { application_id: ids[1], status: 'PENDING', due_on: '2026-12-14', rule_pack: 'GD' },
      { application_id: ids[2], status: 'PENDING', due_on: '2026-12-14', rule_pack: 'YN' },
    ]);
    expect(new Set(cases.map((row) => row.tx)).size).toBe(1);
    const changed = () =>
      t.sql(`select xmin::text as tx from prison.outbox where topic = 'review.changed' and aggregate_id = any($1::text[])`, [cases.map((row) => row.id)]);
    expect(await changed()).toEqual([{ tx: cases[0].tx }, { tx: cases[0].tx }, { tx: cases[0].tx }]);

    // Delivered again (new events for the same applications): no second case, no second announcement.
    const again = (await publish()).map((row) => row.seq);
    await eventually(async () => {
      const inbox = await t.sql(`select seq::text from prison.event_inbox where source = 'judicial' and seq = any($1::bigint[])`, [again]);
      expect(inbox).toHaveLength(3);
    });
    expect(await opened()).toEqual(cases);
    expect(await changed()).toHaveLength(3);
  });
});
