import { chinaDate, nationalCalendar } from '@rv/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROXY, DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import {
  VISITOR,
  givenDayWithSlots,
  givenInmate,
  givenPrison,
  givenProxies,
  givenRelatives,
  givenStaff,
  residentIdNumber,
  submit,
  tokenFor,
} from './support/scenario.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform();
});
afterAll(async () => {
  await t?.close();
});

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;
const rule = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0].extensions?.rule;
const REVIEW = '{ inmateReviewQueue { id application { id } dueOn extended overdue dueToday calendarMissing rulePack eligibility { code rule } } }';

async function reviewOf(applicationId: string) {
  const reviewer = await t.login('prison1.reviewer');
  return eventually(async () => {
    const queue = await t.gql(REVIEW, {}, reviewer);
    const found = queue.data.inmateReviewQueue.find((review: any) => review.application.id === applicationId);
    if (!found) throw new Error('review case not open yet');
    return found;
  });
}

describe('GD-11: one meeting per subject per month, remote and on-site together', () => {
  it('GD-11: a second application for the same inmate in the same month is refused; cancelling gives it back', async () => {
    const proxy = await t.login('proxy');
    const subjectId = await givenInmate(t, 'prison1', 13);
    const day = await givenDayWithSlots(t, 5);
    const first = await submit(t, proxy, { subjectId, serviceDayId: day.id, idempotencyKey: 'allowance-first' });
    expect(first.data.submitApplication.status).toBe('SUBMITTED');
    const second = await submit(t, proxy, { subjectId, serviceDayId: day.id, idempotencyKey: 'allowance-second' });
    expect(code(second)).toBe('NOT_ELIGIBLE');
    expect(rule(second)).toBe('GD-11');
    expect(second.errors?.[0].message).toMatch(/会见次数已用完/);
    await t.gql('mutation($id: ID!) { cancelApplication(id: $id) { status } }', { id: first.data.submitApplication.id }, proxy);
    const third = await submit(t, proxy, { subjectId, serviceDayId: day.id, idempotencyKey: 'allowance-third' });
    expect(third.data.submitApplication.status).toBe('SUBMITTED');
  });

  it('GD-11: 500 simultaneous applications for one inmate’s single monthly meeting from different proxies → exactly 1', async () => {
    const proxies = await givenProxies(t, 500);
    const subjectId = await givenInmate(t, 'prison1', 14);
    const day = await givenDayWithSlots(t, 500);
    await givenRelatives(t, subjectId, [VISITOR]);
    const results = await Promise.all(
      proxies.map((token, i) => submit(t, token, { subjectId, serviceDayId: day.id, idempotencyKey: `one-inmate-${i}` }, false)),
    );
    expect(results.filter((r) => r.data?.submitApplication)).toHaveLength(1);
    expect(results.filter((r) => code(r) === 'NOT_ELIGIBLE')).toHaveLength(499);
    const [{ used }] = await t.sql('select used from judicial.monthly_allowance where subject_id = $1', [subjectId]);
    expect(used).toBe(1);
    const [{ taken }] = await t.sql('select taken from judicial.service_day where id = $1', [day.id]);
    expect(taken).toBe(1);
  });
});

describe('review', () => {
  it('GD-22: the review is due 3 working days after submission, +2 when the request is oversize', async () => {
    const proxy = await t.login('proxy');
    const today = chinaDate(new Date());
    const normal = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 15),
      serviceDayId: (await givenDayWithSlots(t, 5)).id,
      idempotencyKey: 'deadline-normal',
    });
    const four = [VISITOR, { ...VISITOR, name: '王芳' }, { ...VISITOR, name: '张伟' }, { ...VISITOR, name: '刘洋' }];
    const oversize = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 16),
      serviceDayId: (await givenDayWithSlots(t, 5)).id,
      idempotencyKey: 'deadline-oversize',
      visitors: four,
    });
    expect(oversize.errors).toBeUndefined();
    const normalReview = await reviewOf(normal.data.submitApplication.id);
    expect(normalReview).toMatchObject({ rulePack: 'GD', extended: false, dueOn: nationalCalendar().addWorkingDays(today, 3).date, overdue: false });
    const oversizeReview = await reviewOf(oversize.data.submitApplication.id);
    expect(oversizeReview).toMatchObject({ extended: true, dueOn: nationalCalendar().addWorkingDays(today, 5).date });
  });

  it('GD-24: an inmate in confinement is flagged to the reviewer from the custody status', async () => {
    const proxy = await t.login('proxy');
    const subjectId = await givenInmate(t, 'prison1', 17);
    await t.sql('update prison.inmate set in_confinement = true where id = $1', [subjectId]);
    const submitted = await submit(t, proxy, { subjectId, serviceDayId: (await givenDayWithSlots(t, 5)).id, idempotencyKey: 'eligibility-confined' });
    const review = await reviewOf(submitted.data.submitApplication.id);
    expect(review.eligibility).toEqual([{ code: 'CONFINEMENT', rule: 'GD-24' }]);
  });

  it('GD-23 / GD-26: a rejection names one of the pack’s reasons; it reaches the family and frees the slot and the month', async () => {
    const proxy = await t.login('proxy');
    const reviewer = await t.login('prison1.reviewer');
    const subjectId = await givenInmate(t, 'prison1', 18);
    const day = await givenDayWithSlots(t, 1);
    const submitted = await submit(t, proxy, { subjectId, serviceDayId: day.id, idempotencyKey: 'reject-with-reason' });
    const id = submitted.data.submitApplication.id;
    const review = await reviewOf(id);
    // The reviewer's screen offers exactly the pack's reasons, about the subject and about a visitor.
    const offered = await t.gql('query($id: ID!) { inmateReview(id: $id) { rejectionReasons { code about rule needsText } } }', { id: review.id }, reviewer);
    const reasons = offered.data.inmateReview.rejectionReasons;
    expect(reasons).toEqual(
      expect.arrayContaining([
        { code: 'INVOLVED_IN_CASE', about: 'VISITOR', rule: 'GD-23', needsText: false },
        expect.objectContaining({ about: 'SUBJECT', rule: 'GD-24' }),
      ]),
    );
    expect(reasons.map((reason: { code: string }) => reason.code)).not.toContain('STRICT_LEVEL');
    const reject =
      'mutation($id: ID!, $code: String, $about: ReasonAbout, $text: String) { decideInmateReview(applicationId: $id, approve: false, reasonCode: $code, reasonAbout: $about, reason: $text) { status reasonCode } }';
    expect(code(await t.gql(reject, { id }, reviewer))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(reject, { id, code: 'STRICT_LEVEL' }, reviewer))).toBe('BAD_USER_INPUT'); // an SX reason, not GD's
    expect(code(await t.gql(reject, { id, code: 'OTHER', text: ' ' }, reviewer))).toBe('BAD_USER_INPUT');
    const rejected = await t.gql(reject, { id, code: 'INVOLVED_IN_CASE', about: 'VISITOR' }, reviewer);
    expect(rejected.data.decideInmateReview).toEqual({ status: 'REJECTED', reasonCode: 'INVOLVED_IN_CASE' });
    await eventually(async () => {
      const read = await t.gql('query($id: ID!) { application(id: $id) { status rejectionReason serviceDay { taken } } }', { id }, proxy);
      expect(read.data.application).toMatchObject({ status: 'REJECTED', rejectionReason: expect.stringMatching(/与案件有牵连/), serviceDay: { taken: 0 } });
    });
    const [{ used }] = await t.sql('select used from judicial.monthly_allowance where subject_id = $1', [subjectId]);
    expect(used).toBe(0);
  });
});

describe('GD-26: an approval notifies the ward', () => {
  it('GD-26: an approved meeting appears on the notice list of the inmate’s ward, not on other wards’ or prisons’', async () => {
    const prison = await givenPrison(t, 'GD', [{}], 30);
    const proxy = await t.login('proxy');
    const submitted = await submit(t, proxy, { subjectId: prison.inmateIds[0], serviceDayId: prison.days[0].id, idempotencyKey: 'gd26-ward' });
    const id = submitted.data.submitApplication.id;
    const reviewer = await givenStaff(t, 'PRISON', prison.id, 'REVIEWER');
    await eventually(async () => {
      const decided = await t.gql('mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true) { status } }', { id }, reviewer);
      if (code(decided) === 'NOT_FOUND') throw new Error('review case not open yet');
    });
    const WARD = 'query($w: Int!) { wardMeetings(ward: $w) { serviceDate decidedBy application { id } } }';
    const notice = await t.gql(WARD, { w: 1 }, reviewer);
    expect(notice.data.wardMeetings).toEqual([{ serviceDate: prison.days[0].date, decidedBy: expect.any(String), application: { id } }]);
    expect((await t.gql(WARD, { w: 2 }, reviewer)).data.wardMeetings).toEqual([]);
    expect((await t.gql(WARD, { w: 1 }, await t.login('prison1.reviewer'))).data.wardMeetings.map((r: any) => r.application.id)).not.toContain(id);
  });
});

describe('the SX pack (Shanxi, Yongji)', () => {
  const SHANXI_ADULT = { name: '赵敏', idNumber: residentIdNumber('140102', '19700505'), relation: 'SPOUSE' };
  const SHANXI_CHILD = { name: '赵小明', idNumber: residentIdNumber('140102', `${new Date().getUTCFullYear() - 8}0101`), relation: 'CHILD' };

  it('SX-2: apply at least 10 days ahead', async () => {
    const prison = await givenPrison(t, 'SX', [{}], 1);
    const proxy = await t.login('proxy');
    const soon = prison.days[0];
    const result = await submit(t, proxy, { subjectId: prison.inmateIds[0], serviceDayId: soon.id, idempotencyKey: 'sx-too-soon', visitors: [SHANXI_ADULT] });
    expect(code(result)).toBe('NOT_ELIGIBLE');
    expect(rule(result)).toBe('SX-2');
  });

  it('SX-1: only families registered in the province; SX-5: relatives narrowed for duty crimes; children aged 14 or under not counted', async () => {
    const prison = await givenPrison(t, 'SX', [{}, { crimeCategory: 'DUTY_CRIME' }, {}], 12);
    const proxy = await t.login('proxy');
    const day = prison.days[0];
    const outsider = await submit(t, proxy, {
      subjectId: prison.inmateIds[0],
      serviceDayId: day.id,
      idempotencyKey: 'sx-outsider',
      visitors: [{ ...VISITOR, idNumber: DEMO_PROXY.idNumber }],
    });
    expect(rule(outsider)).toBe('SX-1');
    const grandparent = await submit(t, proxy, {
      subjectId: prison.inmateIds[1],
      serviceDayId: day.id,
      idempotencyKey: 'sx-duty-crime',
      visitors: [{ ...SHANXI_ADULT, relation: 'GRANDPARENT' }],
    });
    expect(rule(grandparent)).toBe('SX-5');
    const fourAdults = await submit(t, proxy, {
      subjectId: prison.inmateIds[2],
      serviceDayId: day.id,
      idempotencyKey: 'sx-four-adults',
      visitors: [SHANXI_ADULT, SHANXI_ADULT, SHANXI_ADULT, SHANXI_ADULT],
    });
    expect(rule(fourAdults)).toBe('SX-5');
    const withChild = await submit(t, proxy, {
      subjectId: prison.inmateIds[2],
      serviceDayId: day.id,
      idempotencyKey: 'sx-three-and-child',
      visitors: [SHANXI_ADULT, SHANXI_ADULT, SHANXI_ADULT, SHANXI_CHILD],
    });
    expect(withChild.errors).toBeUndefined();
  });

  it('SX-3: a lenient-level inmate may have two meetings a month', async () => {
    const prison = await givenPrison(t, 'SX', [{ treatmentLevel: 'LENIENT' as any }], 12);
    const proxy = await t.login('proxy');
    // 20 working days span at most two months, so one of them has at least three.
    const byMonth = Map.groupBy(prison.days, (day) => day.date.slice(0, 7));
    const sameMonth = [...byMonth.values()].find((days) => days.length >= 3)!;
    const attempts = [];
    for (const [i, day] of sameMonth.slice(0, 3).entries()) {
      attempts.push(
        await submit(t, proxy, { subjectId: prison.inmateIds[0], serviceDayId: day.id, idempotencyKey: `sx-lenient-${i}`, visitors: [SHANXI_ADULT] }),
      );
    }
    expect(attempts.map((attempt) => attempt.data?.submitApplication?.status ?? rule(attempt))).toEqual(['SUBMITTED', 'SUBMITTED', 'SX-3']);
  });

  it('SX-8: a visitor’s fabricated information refuses the meeting and stops the inmate’s later meetings', async () => {
    const prison = await givenPrison(t, 'SX', [{}], 12);
    const proxy = await t.login('proxy');
    const submitted = await submit(t, proxy, {
      subjectId: prison.inmateIds[0],
      serviceDayId: prison.days[0].id,
      idempotencyKey: 'sx8-false',
      visitors: [SHANXI_ADULT],
    });
    const id = submitted.data.submitApplication.id;
    const reviewer = await givenStaff(t, 'PRISON', prison.id, 'REVIEWER');
    const REJECT =
      'mutation($id: ID!, $m: Int) { decideInmateReview(applicationId: $id, approve: false, reasonAbout: VISITOR, reasonCode: "FALSE_IDENTITY", stopMonths: $m) { status } }';
    const withoutPeriod = await eventually(async () => {
      const result = await t.gql(REJECT, { id }, reviewer);
      if (code(result) === 'NOT_FOUND') throw new Error('review case not open yet');
      return result;
    });
    expect(rule(withoutPeriod)).toBe('SX-8');
    expect((await t.gql(REJECT, { id, m: 3 }, reviewer)).data.decideInmateReview.status).toBe('REJECTED');
    const [sanction] = await t.sql('select months, rule from prison.sanction where inmate_id = $1', [prison.inmateIds[0]]);
    expect(sanction).toEqual({ months: 3, rule: 'SX-10' });
    await eventually(async () => {
      const later = await submit(t, proxy, {
        subjectId: prison.inmateIds[0],
        serviceDayId: prison.days[1].id,
        idempotencyKey: `sx8-later-${Math.random().toString(36).slice(2)}`,
        visitors: [SHANXI_ADULT],
      });
      expect(rule(later)).toBe('SX-10');
    });
  });
});

describe('the YN pack (Yunnan)', () => {
  it('YN-3: remote meetings are not for foreign or stateless inmates', async () => {
    const prison = await givenPrison(t, 'YN', [{ foreign: true }], 1);
    const proxy = await t.login('proxy');
    const result = await submit(t, proxy, { subjectId: prison.inmateIds[0], serviceDayId: prison.days[0].id, idempotencyKey: 'yn-foreign' });
    expect(code(result)).toBe('NOT_ELIGIBLE');
    expect(rule(result)).toBe('YN-3');
  });
});

describe('nothing is written when a rule refuses', () => {
  it('a refused application leaves no row, no event, no slot and no month used', async () => {
    const prison = await givenPrison(t, 'SX', [{}], 1);
    const before = await t.sql(`select (select count(*)::int from judicial.application) a, (select count(*)::int from judicial.outbox) e,
      (select coalesce(sum(used), 0)::int from judicial.monthly_allowance) m, (select coalesce(sum(taken), 0)::int from judicial.service_day) s`);
    const proxy = await t.login('proxy');
    await submit(t, proxy, { subjectId: prison.inmateIds[0], serviceDayId: prison.days[0].id, idempotencyKey: 'refused-nothing-written' });
    const after = await t.sql(`select (select count(*)::int from judicial.application) a, (select count(*)::int from judicial.outbox) e,
      (select coalesce(sum(used), 0)::int from judicial.monthly_allowance) m, (select coalesce(sum(taken), 0)::int from judicial.service_day) s`);
    expect(after).toEqual(before);
  });
});

describe('sanctions', () => {
  const SUSPEND =
    'mutation($id: ID!, $months: Int!, $severity: SanctionSeverity) { suspendInmateEligibility(inmateId: $id, months: $months, reason: "会见中使用暗语", severity: $severity) { startsOn endsOn rule months } }';

  it('GD-33: eligibility is suspended 3–6 months (refused outside the range), and bookings are refused meanwhile', async () => {
    const supervisor = await t.login('prison1.supervisor');
    const subjectId = await givenInmate(t, 'prison1', 19);
    const tooShort = await t.gql(SUSPEND, { id: subjectId, months: 2 }, supervisor);
    expect(code(tooShort)).toBe('BAD_USER_INPUT');
    expect(rule(tooShort)).toBe('GD-33');
    expect(code(await t.gql(SUSPEND, { id: subjectId, months: 3, severity: 'SERIOUS' }, supervisor))).toBe('BAD_USER_INPUT');
    const [{ count }] = await t.sql('select count(*)::int as count from prison.sanction where inmate_id = $1', [subjectId]);
    expect(count).toBe(0);

    const imposed = await t.gql(SUSPEND, { id: subjectId, months: 3 }, supervisor);
    expect(imposed.data.suspendInmateEligibility).toMatchObject({ rule: 'GD-33', months: 3, startsOn: chinaDate(new Date()) });
    const proxy = await t.login('proxy');
    const day = await givenDayWithSlots(t, 5); // 200+ days ahead: after the suspension
    const soon = (
      await t.sql(`select id from judicial.service_day where institution_id = $1 and date > current_date order by date limit 1`, [DEMO_TENANTS.prison1.id])
    )[0];
    await eventually(async () => {
      const refused = await submit(t, proxy, { subjectId, serviceDayId: soon.id, idempotencyKey: `sanctioned-${Date.now()}` });
      expect(rule(refused)).toBe('GD-33');
    });
    const later = await submit(t, proxy, { subjectId, serviceDayId: day.id, idempotencyKey: 'sanction-over' });
    expect(later.data.submitApplication.status).toBe('SUBMITTED');
  });

  it('a prison cannot sanction another prison’s inmate', async () => {
    const other = await t.login('prison2.supervisor');
    const result = await t.gql(SUSPEND, { id: await givenInmate(t, 'prison1', 0), months: 3 }, other);
    expect(code(result)).toBe('FORBIDDEN');
  });
});

describe('counter intake and result look-up', () => {
  const APPLICANT = { name: '陈建国', idNumber: residentIdNumber('440106', '19650303'), phone: '13912345678' };
  const FILE = `mutation($applicant: ApplicantInput!, $input: SubmitApplicationInput!) { fileAtCounter(applicant: $applicant, input: $input) {
    receivedAt place howToCheck applicant application { id number status venue { id } } } }`;

  it('GD-15 / GD-20 / GD-18: besides online, a clerk files for a real-name walk-in family at the clerk’s own counter and hands out a receipt (time, place, how to check)', async () => {
    const clerk = await t.login('bureau2.clerk');
    const day = await givenDayWithSlots(t, 5);
    const input = {
      subjectId: await givenInmate(t, 'prison1', 11),
      serviceDayId: day.id,
      venueId: DEMO_TENANTS.bureau2.id,
      visitors: [VISITOR],
      idempotencyKey: 'counter-walk-in',
    };
    await givenRelatives(t, input.subjectId, [VISITOR]);
    const receipt = await t.gql(FILE, { applicant: APPLICANT, input }, clerk);
    expect(receipt.errors).toBeUndefined();
    expect(receipt.data.fileAtCounter).toMatchObject({
      place: expect.stringContaining(DEMO_TENANTS.bureau2.name),
      howToCheck: expect.stringMatching(/申请编号和身份证号码/),
      applicant: '陈建国 440106********' + APPLICANT.idNumber.slice(-4),
      application: { status: 'SUBMITTED', venue: { id: DEMO_TENANTS.bureau2.id } },
    });
    expect(new Date(receipt.data.fileAtCounter.receivedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    // A retry at the counter (the printer jammed) gives the same application.
    const again = await t.gql(FILE, { applicant: APPLICANT, input }, clerk);
    expect(again.data.fileAtCounter.application.id).toBe(receipt.data.fileAtCounter.application.id);
    // Not at another bureau's counter; and the applicant's details are checked.
    expect(
      code(await t.gql(FILE, { applicant: APPLICANT, input: { ...input, venueId: DEMO_TENANTS.bureau1.id, idempotencyKey: 'counter-elsewhere' } }, clerk)),
    ).toBe('FORBIDDEN');
    expect(code(await t.gql(FILE, { applicant: { ...APPLICANT, phone: '123' }, input: { ...input, idempotencyKey: 'counter-bad-phone' } }, clerk))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await t.gql(FILE, { applicant: APPLICANT, input: { ...input, idempotencyKey: 'counter-by-proxy' } }, await t.login('proxy')))).toBe(
      'FORBIDDEN',
    );
  });

  it('GD-26: the family looks the result up with the application number and an ID number on it, without signing in', async () => {
    const clerk = await t.login('bureau2.clerk');
    const day = await givenDayWithSlots(t, 5);
    const subjectId = await givenInmate(t, 'prison1', 12);
    await givenRelatives(t, subjectId, [VISITOR]);
    const filed = await t.gql(
      FILE,
      {
        applicant: APPLICANT,
        input: { subjectId, serviceDayId: day.id, venueId: DEMO_TENANTS.bureau2.id, visitors: [VISITOR], idempotencyKey: 'counter-lookup' },
      },
      clerk,
    );
    const number = filed.data.fileAtCounter.application.number;
    const LOOKUP = 'query($n: String!, $id: String!) { applicationResult(number: $n, idNumber: $id) { number status serviceDate venue rejectionReason } }';
    const byApplicant = await t.gql(LOOKUP, { n: number, id: APPLICANT.idNumber });
    expect(byApplicant.data.applicationResult).toMatchObject({ number, status: 'SUBMITTED', serviceDate: day.date, venue: DEMO_TENANTS.bureau2.name });
    const byVisitor = await t.gql(LOOKUP, { n: number, id: VISITOR.idNumber });
    expect(byVisitor.data.applicationResult.number).toBe(number);
    const wrong = await t.gql(LOOKUP, { n: number, id: residentIdNumber('440106', '19900101') });
    const missing = await t.gql(LOOKUP, { n: '00000000000000', id: APPLICANT.idNumber });
    expect(code(wrong)).toBe('NOT_FOUND');
    expect(wrong.errors?.[0].message).toBe(missing.errors?.[0].message);
  });
});

describe('GD-40: free of charge', () => {
  it('GD-40 / YN-5: no fee, price or payment exists anywhere in the API', async () => {
    const { readSupergraph } = await import('@rv/schema');
    expect(readSupergraph()).not.toMatch(/\b(fee|fees|price|payment|pay|charge|amount|cost)\b/i);
  });
});

describe('SMS to the family', () => {
  it('GD-26: the decision reaches the family by SMS, logged for the bureau with the phone masked', async () => {
    const proxy = await t.login('proxy');
    const reviewer = await t.login('prison1.reviewer');
    const submitted = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 10),
      serviceDayId: (await givenDayWithSlots(t, 5)).id,
      idempotencyKey: 'sms-approved',
    });
    const id = submitted.data.submitApplication.id;
    await reviewOf(id);
    await t.gql('mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true) { status } }', { id }, reviewer);
    const clerk = await t.login('bureau1.clerk');
    const log = await eventually(async () => {
      const result = await t.gql(
        '{ smsLog { applicationId kind body status phoneMasked providerRef sentAt bodyKeyed { key en: text(locale: "en") } } }',
        {},
        clerk,
      );
      const message = result.data.smsLog.find((sms: any) => sms.applicationId === id);
      expect(message?.status).toBe('SENT');
      return message;
    });
    expect(log).toMatchObject({ kind: 'decided', phoneMasked: '138****8000', providerRef: 'log:log' });
    expect(log.body).toMatch(/^【远程会见】您的会见申请（编号\d+）已获批准。会见时间\d+月\d+日.*签署承诺书，遵守会见纪律。$/);
    // Rendered from the catalogue's key in the families' language: no key, no English, no "中文 (English)".
    expect(log.body).not.toMatch(/[A-Za-z]/);
    // Issue 14: the log also keeps the key it was made from, so a clerk reading in English reads it in English.
    expect(log.bodyKeyed.key).toBe('sms.approved');
    expect(log.bodyKeyed.en).toMatch(/^Remote meetings: your application \(no\. \d+\) is approved\. Meeting on \d+\/\d+ .*keep the meeting rules\.$/);
    const elsewhere = await t.gql('{ smsLog { applicationId } }', {}, await t.login('bureau3.clerk'));
    expect(elsewhere.data.smsLog.map((sms: any) => sms.applicationId)).not.toContain(id);
    expect(code(await t.gql('{ smsLog { id } }', {}, proxy))).toBe('FORBIDDEN');
  });
});

describe('publishing slots', () => {
  it('GD-13: a service day must be a working day', async () => {
    const supervisor = await t.login('prison1.supervisor');
    const result = await t.gql('mutation { publishServiceDays(days: [{ date: "2027-09-04", capacity: 10 }]) { id } }', {}, supervisor); // a Saturday
    expect(code(result)).toBe('NOT_ELIGIBLE');
    expect(rule(result)).toBe('GD-13');
  });

  it('GD-14: a month below 240 slots at a prison is flagged for the province; GD-13 lateness is flagged too', async () => {
    const supervisor = await t.login('prison2.supervisor');
    const month = '2027-09';
    const result = await t.gql(
      'mutation { publishServiceDays(days: [{ date: "2027-09-01", capacity: 100 }, { date: "2027-09-02", capacity: 100 }]) { id } }',
      {},
      supervisor,
    );
    expect(result.errors).toBeUndefined();
    const province = await t.login('province.supervisor');
    const flags = await t.gql('query($m: String!) { slotCompliance(month: $m) { unitId unitName total minimum belowMinimum late } }', { m: month }, province);
    expect(flags.data.slotCompliance).toEqual([
      { unitId: DEMO_TENANTS.prison2.id, unitName: DEMO_TENANTS.prison2.name, total: 200, minimum: 240, belowMinimum: true, late: false },
    ]);
    await t.gql('mutation { publishServiceDays(days: [{ date: "2027-09-03", capacity: 40 }]) { id } }', {}, supervisor);
    const after = await t.gql('query($m: String!) { slotCompliance(month: $m) { total belowMinimum } }', { m: month }, province);
    expect(after.data.slotCompliance).toEqual([{ total: 240, belowMinimum: false }]);
    const ownView = await t.gql('query($m: String!) { slotCompliance(month: $m) { unitId } }', { m: month }, await t.login('prison1.supervisor'));
    expect(ownView.data.slotCompliance).toEqual([]);
    // The demo published next month's days today: late exactly when today is past the 5th (GD-13).
    const today = chinaDate(new Date());
    const next = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 1)).toISOString().slice(0, 7);
    const nextMonth = await t.gql('query($m: String!) { slotCompliance(month: $m) { unitId late } }', { m: next }, province);
    const prison2 = nextMonth.data.slotCompliance.find((row: any) => row.unitId === DEMO_TENANTS.prison2.id);
    expect(prison2.late).toBe(Number(today.slice(8, 10)) > 5);
  });
});

describe('venues publish their own days', () => {
  it('GD-14 / GD-34 / GD-36: a county bureau’s slot department publishes its own days (minimum 80 a month, flagged below); a family there takes one of its slots too', async () => {
    const prison = await givenPrison(t, 'GD', [{}, {}, {}], 30);
    // Two working days of one month (30 published working days always hold such a pair).
    const pairAt = prison.days.findIndex((candidate, i) => prison.days[i + 1]?.date.slice(0, 7) === candidate.date.slice(0, 7));
    const [day, other] = prison.days.slice(pairAt, pairAt + 2);
    const month = day.date.slice(0, 7);
    const PUBLISH = 'mutation($d: [ServiceDayInput!]!) { publishServiceDays(days: $d) { id institutionId capacity } }';
    // GD-34: the bureau's named department (its supervisors), not any clerk.
    expect(code(await t.gql(PUBLISH, { d: [{ date: day.date, capacity: 1 }] }, await t.login('bureau2.clerk')))).toBe('FORBIDDEN');
    const published = await t.gql(PUBLISH, { d: [{ date: day.date, capacity: 1 }] }, await t.login('bureau2.supervisor'));
    expect(published.errors, JSON.stringify(published.errors)).toBeUndefined();
    expect(published.data.publishServiceDays).toEqual([{ id: expect.any(String), institutionId: DEMO_TENANTS.bureau2.id, capacity: 1 }]);
    const flags = await t.gql(
      'query($m: String!) { slotCompliance(month: $m) { unitId minimum belowMinimum } }',
      { m: month },
      await t.login('province.supervisor'),
    );
    expect(flags.data.slotCompliance).toContainEqual({ unitId: DEMO_TENANTS.bureau2.id, minimum: 80, belowMinimum: true });

    const proxy = await t.login('proxy');
    const first = await submit(t, proxy, {
      subjectId: prison.inmateIds[0],
      serviceDayId: day.id,
      venueId: DEMO_TENANTS.bureau2.id,
      idempotencyKey: 'venue-slot-1',
    });
    expect(first.errors).toBeUndefined();
    const second = await submit(t, proxy, {
      subjectId: prison.inmateIds[1],
      serviceDayId: day.id,
      venueId: DEMO_TENANTS.bureau2.id,
      idempotencyKey: 'venue-slot-2',
    });
    expect(code(second)).toBe('SLOT_FULL');
    // Another day of that month the bureau does not serve (GD-13); a bureau that publishes nothing sets no limit.
    const closed = await submit(t, proxy, {
      subjectId: prison.inmateIds[1],
      serviceDayId: other.id,
      venueId: DEMO_TENANTS.bureau2.id,
      idempotencyKey: 'venue-slot-closed',
    });
    expect(rule(closed)).toBe('GD-13');
    expect((await submit(t, proxy, { subjectId: prison.inmateIds[2], serviceDayId: day.id, idempotencyKey: 'venue-slot-elsewhere' })).errors).toBeUndefined();
    // Cancelling gives the venue's slot back.
    await t.gql('mutation($id: ID!) { cancelApplication(id: $id) { status } }', { id: first.data.submitApplication.id }, proxy);
    const [{ taken }] = await t.sql('select taken from judicial.service_day where institution_id = $1 and date = $2', [DEMO_TENANTS.bureau2.id, day.date]);
    expect(taken).toBe(0);
  });
});

describe('suspension notices', () => {
  it('GD-39: a unit stops meetings for a period; every affected booking is told, freed and offered a priority reschedule', async () => {
    const proxy = await t.login('proxy');
    const reviewer = await t.login('prison1.reviewer');
    const day = await givenDayWithSlots(t, 3);
    const approvedSubject = await givenInmate(t, 'prison1', 3);
    const pendingSubject = await givenInmate(t, 'prison1', 4);
    const approved = await submit(t, proxy, { subjectId: approvedSubject, serviceDayId: day.id, idempotencyKey: 'suspend-approved' });
    await submit(t, proxy, { subjectId: pendingSubject, serviceDayId: day.id, idempotencyKey: 'suspend-pending' });
    await reviewOf(approved.data.submitApplication.id);
    await t.gql(
      'mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true) { status } }',
      { id: approved.data.submitApplication.id },
      reviewer,
    );
    await eventually(async () => {
      const meeting = await t.gql('query($id: ID!) { application(id: $id) { meeting { state } } }', { id: approved.data.submitApplication.id }, proxy);
      expect(meeting.data.application.meeting?.state).toBe('SCHEDULED');
    });

    const ISSUE =
      'mutation($c: SuspensionCause!, $f: String!, $t: String!) { issueSuspensionNotice(cause: $c, fromDate: $f, toDate: $t, message: "设备检修") { affected issuerKind } }';
    expect(code(await t.gql(ISSUE, { c: 'POLICY_CHANGE', f: day.date, t: day.date }, await t.login('prison1.supervisor')))).toBe('FORBIDDEN');
    expect(code(await t.gql(ISSUE, { c: 'SYSTEM_UPGRADE', f: day.date, t: day.date }, await t.login('prisonBureau.supervisor')))).toBe('FORBIDDEN');
    const notice = await t.gql(ISSUE, { c: 'UNIT_FAULT', f: day.date, t: day.date }, await t.login('prison1.supervisor'));
    expect(notice.data.issueSuspensionNotice).toEqual({ affected: 2, issuerKind: 'PRISON' });

    const [{ taken }] = await t.sql('select taken from judicial.service_day where id = $1', [day.id]);
    expect(taken).toBe(0);
    const statuses = await t.sql('select status, reschedule_offered from judicial.application where service_day_id = $1', [day.id]);
    expect(statuses).toEqual([
      { status: 'SUSPENDED', reschedule_offered: true },
      { status: 'SUSPENDED', reschedule_offered: true },
    ]);
    const sms = await t.sql(`select body from judicial.sms_message where kind = 'suspended' and application_id = $1`, [approved.data.submitApplication.id]);
    expect(sms).toEqual([
      { body: expect.stringMatching(new RegExp(`^【远程会见】因故暂停远程会见（${day.date}至${day.date}）：设备检修。您的申请（编号\\d+）已取消`)) },
    ]);
    expect(sms[0].body).not.toMatch(/[A-Za-z]/);
    await eventually(async () => {
      const meeting = await t.gql('query($id: ID!) { application(id: $id) { meeting { state } } }', { id: approved.data.submitApplication.id }, proxy);
      expect(meeting.data.application.meeting.state).toBe('CANCELLED');
    });
    // The family's next application for that subject is reviewed first.
    const again = await submit(t, proxy, { subjectId: approvedSubject, serviceDayId: (await givenDayWithSlots(t, 3)).id, idempotencyKey: 'suspend-rebook' });
    expect(again.errors).toBeUndefined();
    const queue = await eventually(async () => {
      const result = await t.gql('{ inmateReviewQueue { priority priorityCategory application { id } } }', {}, reviewer);
      expect(result.data.inmateReviewQueue[0]).toEqual({
        priority: true,
        priorityCategory: 'RESCHEDULE',
        application: { id: again.data.submitApplication.id },
      });
      return result;
    });
    expect(queue.data.inmateReviewQueue.filter((review: any) => review.priority)).toHaveLength(1);
    // The reschedule reaches the family by SMS too.
    const [rescheduled] = await t.sql(`select body from judicial.sms_message where kind = 'rescheduled' and application_id = $1`, [
      again.data.submitApplication.id,
    ]);
    expect(rescheduled.body).toMatch(/改期申请.*优先审批/);
  });

  it('GD-39: the reschedule priority is given once: of two applications filed at the same moment for the subject, one has it', async () => {
    const proxy = await t.login('proxy');
    const subject = await givenInmate(t, 'prison1', 9);
    const stopped = await givenDayWithSlots(t, 3);
    expect((await submit(t, proxy, { subjectId: subject, serviceDayId: stopped.id, idempotencyKey: 'offer-race-stopped' })).errors).toBeUndefined();
    const ISSUE = 'mutation($f: String!, $t: String!) { issueSuspensionNotice(cause: UNIT_FAULT, fromDate: $f, toDate: $t, message: "设备检修") { affected } }';
    expect((await t.gql(ISSUE, { f: stopped.date, t: stopped.date }, await t.login('prison1.supervisor'))).data.issueSuspensionNotice).toEqual({ affected: 1 });
    // Two months, so that GD-11's one meeting a month lets both through.
    const one = await givenDayWithSlots(t, 3);
    let two = await givenDayWithSlots(t, 3);
    while (two.date.slice(0, 7) === one.date.slice(0, 7)) two = await givenDayWithSlots(t, 3);
    const filed = await Promise.all(
      [one, two].map((day, n) => submit(t, proxy, { subjectId: subject, serviceDayId: day.id, idempotencyKey: `offer-race-${n}` })),
    );
    expect(filed.map((result) => result.errors)).toEqual([undefined, undefined]);
    const rows = await t.sql('select priority_category from judicial.application where id = any($1) order by priority_category nulls last', [
      filed.map((result) => result.data.submitApplication.id),
    ]);
    expect(rows).toEqual([{ priority_category: 'RESCHEDULE' }, { priority_category: null }]);
  });

  it('GD-39: the province announces a system upgrade; the notice is public', async () => {
    const province = await t.login('province.admin');
    const result = await t.gql(
      'mutation($d: String!) { issueSuspensionNotice(cause: SYSTEM_UPGRADE, fromDate: $d, toDate: $d, message: "系统升级") { issuerKind } }',
      { d: '2030-01-02' },
      province,
    );
    expect(result.data.issueSuspensionNotice.issuerKind).toBe('PROVINCE');
    const publicList = await t.gql('{ suspensionNotices { message fromDate } }');
    expect(publicList.data.suspensionNotices).toContainEqual({ message: '系统升级', fromDate: '2030-01-02' });
  });
});

describe('on-site visits share the allowance', () => {
  it('GD-9 / GD-11: the family chooses on-site or remote; an on-site visit this month uses the month, so a remote booking in it is refused', async () => {
    const gate = await t.login('prison1.clerk');
    const subjectId = await givenInmate(t, 'prison1', 5);
    const visit = await t.gql('mutation($id: ID!) { recordInmateOnsiteVisit(inmateId: $id, visitors: 2) { visitDate visitors } }', { id: subjectId }, gate);
    const today = chinaDate(new Date());
    expect(visit.data.recordInmateOnsiteVisit).toEqual({ visitDate: today, visitors: 2 });
    expect(
      code(await t.gql('mutation($id: ID!) { recordInmateOnsiteVisit(inmateId: $id, visitors: 1) { id } }', { id: subjectId }, await t.login('prison2.clerk'))),
    ).toBe('FORBIDDEN');
    await eventually(async () => {
      const [row] = await t.sql('select used from judicial.monthly_allowance where subject_id = $1 and month = $2', [subjectId, today.slice(0, 7)]);
      expect(row?.used).toBe(1);
    });
    const sameMonth = (
      await t.sql(`select id from judicial.service_day where institution_id = $1 and to_char(date, 'YYYY-MM') = $2 and date > $3::date order by date limit 1`, [
        DEMO_TENANTS.prison1.id,
        today.slice(0, 7),
        today,
      ])
    )[0];
    if (sameMonth) {
      const refused = await submit(t, await t.login('proxy'), { subjectId, serviceDayId: sameMonth.id, idempotencyKey: 'after-onsite-visit' });
      expect(rule(refused)).toBe('GD-11');
    }
  });
});

describe('detox centres review their detainees', () => {
  it('GD-33 / GD-11 at a detox centre: a detainee’s remote meetings are suspended within the pack’s range and on-site visits use the month; judicial learns both; other tenants may not', async () => {
    const [detainee] = await t.sql('select id from detox.detainee order by detainee_number offset 4 limit 1');
    const SUSPEND =
      'mutation($id: ID!, $m: Int!) { suspendDetaineeEligibility(detaineeId: $id, months: $m, reason: "会见中传递违禁信息") { startsOn endsOn rule } }';
    const VISIT = 'mutation($id: ID!) { recordDetaineeOnsiteVisit(detaineeId: $id, visitors: 2) { visitDate } }';
    const supervisor = await t.login('detox1.supervisor');
    expect(code(await t.gql(SUSPEND, { id: detainee.id, m: 3 }, await t.login('prison1.supervisor')))).toBe('FORBIDDEN');
    const outside = await t.gql(SUSPEND, { id: detainee.id, m: 9 }, supervisor);
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'GD-33' });
    const sanction = (await t.gql(SUSPEND, { id: detainee.id, m: 3 }, supervisor)).data.suspendDetaineeEligibility;
    expect(sanction.rule).toBe('GD-33');
    await eventually(async () =>
      expect((await t.sql('select suspended_until::text from judicial.subject_ref where id = $1', [detainee.id]))[0].suspended_until).toBe(sanction.endsOn),
    );

    const visit = (await t.gql(VISIT, { id: detainee.id }, await t.login('detox1.clerk'))).data.recordDetaineeOnsiteVisit;
    await eventually(async () =>
      expect(
        (await t.sql('select used from judicial.monthly_allowance where subject_id = $1 and month = $2', [detainee.id, visit.visitDate.slice(0, 7)]))[0]?.used,
      ).toBe(1),
    );
    expect(
      (
        await t.gql(
          'query($id: ID!) { detaineeOnsiteVisits(detaineeId: $id) { visitors } detaineeSanctions(detaineeId: $id) { months } }',
          { id: detainee.id },
          supervisor,
        )
      ).data,
    ).toEqual({ detaineeOnsiteVisits: [{ visitors: 2 }], detaineeSanctions: [{ months: 3 }] });
  });

  it('GD-25 / GD-21: a detox centre sees the detainee’s status, rejects with a GD-25 reason or approves', async () => {
    const proxy = await t.login('proxy');
    const reviewer = await t.login('detox1.reviewer');
    const [first, second] = await t.sql('select id from detox.detainee order by detainee_number limit 2');
    await t.sql('update detox.detainee set in_physiological_detox = true where id = $1', [first.id]);
    const day = (await t.sql('select id from judicial.service_day where institution_id = $1 order by date limit 1', [DEMO_TENANTS.detox1.id]))[0];
    const a = await submit(t, proxy, { subjectId: first.id, serviceDayId: day.id, idempotencyKey: 'detox-first' });
    const b = await submit(t, proxy, { subjectId: second.id, serviceDayId: day.id, idempotencyKey: 'detox-second' });
    const queue = await eventually(async () => {
      const result = await t.gql(
        '{ detaineeReviewQueue { application { id } rulePack dueOn eligibility { code rule } detainee { detaineeNumber } } }',
        {},
        reviewer,
      );
      expect(result.data.detaineeReviewQueue).toHaveLength(2);
      return result.data.detaineeReviewQueue;
    });
    const reviewOfA = queue.find((review: any) => review.application.id === a.data.submitApplication.id);
    expect(reviewOfA.eligibility).toEqual([{ code: 'PHYSIOLOGICAL_DETOX', rule: 'GD-25' }]);
    const DECIDE =
      'mutation($id: ID!, $ok: Boolean!, $code: String) { decideDetaineeReview(applicationId: $id, approve: $ok, reasonCode: $code) { status reasonCode } }';
    expect(code(await t.gql(DECIDE, { id: a.data.submitApplication.id, ok: false, code: 'CONFINEMENT' }, reviewer))).toBe('BAD_USER_INPUT'); // an inmate reason
    expect((await t.gql(DECIDE, { id: a.data.submitApplication.id, ok: false, code: 'PHYSIOLOGICAL_DETOX' }, reviewer)).data.decideDetaineeReview).toEqual({
      status: 'REJECTED',
      reasonCode: 'PHYSIOLOGICAL_DETOX',
    });
    expect((await t.gql(DECIDE, { id: b.data.submitApplication.id, ok: true }, reviewer)).data.decideDetaineeReview.status).toBe('APPROVED');
    expect(code(await t.gql(DECIDE, { id: b.data.submitApplication.id, ok: true }, reviewer))).toBe('CONFLICT');
    expect(code(await t.gql('{ detaineeReviewQueue { id } }', {}, await t.login('prison1.reviewer')))).toBe('FORBIDDEN');
    await eventually(async () => {
      const read = await t.gql(
        'query($a: ID!, $b: ID!) { a: application(id: $a) { status rejectionReason } b: application(id: $b) { status meeting { state } } }',
        { a: a.data.submitApplication.id, b: b.data.submitApplication.id },
        proxy,
      );
      expect(read.data.a).toMatchObject({ status: 'REJECTED', rejectionReason: expect.stringMatching(/生理脱毒/) });
      expect(read.data.b).toMatchObject({ status: 'APPROVED', meeting: { state: 'SCHEDULED' } });
    });
  });
});

describe('SX-2: Yongji ward days', () => {
  it('SX-2 / GD-44: a family picks one of its ward’s days (the prison’s own rule prevails); other days are refused', async () => {
    const { YONGJI_WARD_DAYS } = await import('@rv/schema');
    const prison = await givenPrison(t, 'SX', [{}], 12, YONGJI_WARD_DAYS); // the test prison's inmates are in ward 1: the 1st, 11th, 21st
    const proxy = await t.login('proxy');
    const visitors = [{ name: '赵敏', idNumber: residentIdNumber('140102', '19700505'), relation: 'SPOUSE' }];
    const wardDay = prison.days.find((day) => [1, 11, 21].includes(Number(day.date.slice(8, 10))));
    const otherDay = prison.days.find((day) => ![1, 11, 21].includes(Number(day.date.slice(8, 10))))!;
    const refused = await submit(t, proxy, { subjectId: prison.inmateIds[0], serviceDayId: otherDay.id, idempotencyKey: 'sx2-wrong-day', visitors });
    expect(code(refused)).toBe('NOT_ELIGIBLE');
    expect(rule(refused)).toBe('SX-2');
    expect(refused.errors?.[0].message).toMatch(/每月1、11、21日/);
    expect(wardDay).toBeDefined(); // 30 working days always include a 1st, 11th or 21st that is a working day
    const accepted = await submit(t, proxy, { subjectId: prison.inmateIds[0], serviceDayId: wardDay!.id, idempotencyKey: 'sx2-ward-day', visitors });
    expect(accepted.errors).toBeUndefined();
  });
});

describe('extra meetings in a family emergency', () => {
  const REQUEST =
    'mutation($id: ID!, $m: String!) { requestExtraMeeting(inmateId: $id, month: $m, reason: "母亲病危") { id stepsRequired stepsApproved granted } }';
  const APPROVE = 'mutation($id: ID!) { approveExtraMeeting(id: $id) { stepsApproved granted } }';

  it('YN-14 / SX-4 / YN-27: only recorded approvals add a meeting — SX needs three different approvers, then the month allows one more', async () => {
    const prison = await givenPrison(t, 'SX', [{}], 12);
    const staff = (role: 'SUPERVISOR' | 'ADMIN' | 'REVIEWER') =>
      tokenFor({ accountId: crypto.randomUUID(), tenantKind: 'PRISON', tenantId: prison.id, roles: [role] });
    const proxy = await t.login('proxy');
    const visitors = [{ name: '赵敏', idNumber: residentIdNumber('140102', '19700505'), relation: 'SPOUSE' }];
    const month = prison.days[0].date.slice(0, 7);
    const sameMonth = prison.days.filter((day) => day.date.slice(0, 7) === month);
    const first = await submit(t, proxy, { subjectId: prison.inmateIds[0], serviceDayId: sameMonth[0].id, idempotencyKey: 'emergency-first', visitors });
    expect(first.errors).toBeUndefined();
    const second = () =>
      submit(t, proxy, {
        subjectId: prison.inmateIds[0],
        serviceDayId: sameMonth[sameMonth.length - 1].id,
        idempotencyKey: `emergency-second-${Math.random().toString(36).slice(2)}`,
        visitors,
      });
    expect(rule(await second())).toBe('SX-3');

    const requested = await t.gql(REQUEST, { id: prison.inmateIds[0], m: month }, await staff('REVIEWER'));
    expect(requested.data.requestExtraMeeting).toMatchObject({ stepsRequired: 3, stepsApproved: 0, granted: false });
    const id = requested.data.requestExtraMeeting.id;
    const ward = await staff('SUPERVISOR');
    expect((await t.gql(APPROVE, { id }, ward)).data.approveExtraMeeting).toEqual({ stepsApproved: 1, granted: false });
    expect(code(await t.gql(APPROVE, { id }, ward))).toBe('CONFLICT'); // the same person twice
    expect((await t.gql(APPROVE, { id }, await staff('SUPERVISOR'))).data.approveExtraMeeting).toEqual({ stepsApproved: 2, granted: false });
    expect(rule(await second())).toBe('SX-3'); // not yet
    expect((await t.gql(APPROVE, { id }, await staff('ADMIN'))).data.approveExtraMeeting).toEqual({ stepsApproved: 3, granted: true });
    await eventually(async () => expect((await second()).errors).toBeUndefined());

    // The list (the prison's screen): its own requests only, with the chain from the pack.
    const LIST = '{ extraMeetings { id granted nextStep inmate { id } } }';
    expect((await t.gql(LIST, {}, await staff('REVIEWER'))).data.extraMeetings).toEqual([
      { id, granted: true, nextStep: null, inmate: { id: prison.inmateIds[0] } },
    ]);
    expect((await t.gql(LIST, {}, await t.login('prison1.supervisor'))).data.extraMeetings).toEqual([]);
    expect(code(await t.gql(LIST, {}, proxy))).toBe('FORBIDDEN');
    const prisons = (await t.gql('{ prisons { id emergencyMeetingSteps takesInmateRequests } }')).data.prisons;
    const prisonOf = (id: string) => prisons.find((entry: { id: string }) => entry.id === id);
    expect(prisonOf(prison.id).emergencyMeetingSteps).toHaveLength(3);
    expect(prisonOf(DEMO_TENANTS.prison1.id)).toMatchObject({ emergencyMeetingSteps: [], takesInmateRequests: false }); // GD-35; the GD pack has no inmate requests (YN-9)
  });

  it('GD-35: the GD rules have no extra meetings: nothing can add one', async () => {
    const supervisor = await t.login('prison1.supervisor');
    const result = await t.gql(REQUEST, { id: await givenInmate(t, 'prison1', 2), m: '2027-01' }, supervisor);
    expect(code(result)).toBe('NOT_ELIGIBLE');
    expect(rule(result)).toBe('GD-35');
  });
});

describe('visitor misconduct', () => {
  it('GD-33: for a visitor’s misconduct the bureau recommends stopping the SUBJECT’s remote meetings; once the institution accepts, the inmate is suspended (its sanction) and nobody can book it', async () => {
    const proxy = await t.login('proxy');
    const subjectId = await givenInmate(t, 'prison1', 8);
    const earlier = await submit(t, proxy, { subjectId, serviceDayId: (await givenDayWithSlots(t, 5)).id, idempotencyKey: 'misconduct-earlier' });
    const bureau = await t.login('bureau1.supervisor');
    const RECOMMEND =
      'mutation($a: ID!, $n: String!, $m: Int!) { recommendVisitorSuspension(applicationId: $a, idNumber: $n, months: $m, reason: "会见中使用暗语") { id status subjectId visitorIdNumberMasked } }';
    const tooShort = await t.gql(RECOMMEND, { a: earlier.data.submitApplication.id, n: VISITOR.idNumber, m: 2 }, bureau);
    expect(rule(tooShort)).toBe('GD-33');
    const recommended = await t.gql(RECOMMEND, { a: earlier.data.submitApplication.id, n: VISITOR.idNumber, m: 3 }, bureau);
    expect(recommended.data.recommendVisitorSuspension).toMatchObject({
      status: 'RECOMMENDED',
      subjectId,
      visitorIdNumberMasked: expect.stringMatching(/^110101\*+/),
    });
    const institution = await t.login('prison1.supervisor');
    const listed = await t.gql('{ visitorSanctions { id visitorName status } }', {}, institution);
    expect(listed.data.visitorSanctions).toContainEqual({
      id: recommended.data.recommendVisitorSuspension.id,
      visitorName: VISITOR.name,
      status: 'RECOMMENDED',
    });
    expect(
      code(
        await t.gql(
          'mutation($id: ID!) { decideVisitorSuspension(id: $id, accept: true) { status } }',
          { id: recommended.data.recommendVisitorSuspension.id },
          await t.login('prison2.supervisor'),
        ),
      ),
    ).toBe('FORBIDDEN');
    const accepted = await t.gql(
      'mutation($id: ID!) { decideVisitorSuspension(id: $id, accept: true) { status decidedMonths barsVisitor endsOn } }',
      { id: recommended.data.recommendVisitorSuspension.id },
      institution,
    );
    expect(accepted.data.decideVisitorSuspension).toMatchObject({ status: 'ACCEPTED', decidedMonths: 3, barsVisitor: false });
    // The institution's decision is the inmate's sanction, recorded by the prison like any other.
    await eventually(async () => {
      const sanctions = await t.gql('query($id: ID!) { inmateSanctions(inmateId: $id) { months rule reason endsOn } }', { id: subjectId }, institution);
      expect(sanctions.data.inmateSanctions).toEqual([
        { months: 3, rule: 'GD-33', reason: '会见中使用暗语', endsOn: accepted.data.decideVisitorSuspension.endsOn },
      ]);
    });

    const soon = (
      await t.sql(
        'select id from judicial.service_day where institution_id = $1 and date > current_date + 1 and date < current_date + 60 order by date limit 1',
        [DEMO_TENANTS.prison1.id],
      )
    )[0];
    await eventually(async () => {
      const refused = await submit(t, proxy, { subjectId, serviceDayId: soon.id, idempotencyKey: `misconduct-refused-${Math.random().toString(36).slice(2)}` });
      expect(rule(refused)).toBe('GD-33');
    });
    // The seed's measure is the subject's: another visitor is refused too.
    const other = await submit(t, proxy, {
      subjectId,
      serviceDayId: soon.id,
      idempotencyKey: 'misconduct-other-visitor',
      visitors: [{ name: '李明', idNumber: residentIdNumber('440106', '19950707'), relation: 'CHILD' }],
    });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'GD-33' });
  });
});
