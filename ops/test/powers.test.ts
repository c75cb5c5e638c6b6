import { YN, chinaDate, clock, nationalCalendar, stageDue } from '@rv/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { VISITOR, givenDayWithSlots, givenInmate, givenPrison, givenRelatives, givenStaff, residentIdNumber, submit } from './support/scenario.js';

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

type Result = { data?: any; errors?: { message?: string; extensions?: Record<string, any> }[] };
const code = (result: Result) => result.errors?.[0].extensions?.code;
const rule = (result: Result) => result.errors?.[0].extensions?.rule;
const messageKey = (result: Result) => result.errors?.[0].extensions?.messageKey;
const count = async (sql: string, params: unknown[] = []) => (await t.sql(`select count(*)::int as n from ${sql}`, params))[0].n as number;

const SET_POLICY = `mutation($input: PriorityPolicyInput!) { setPriorityPolicy(input: $input) { subjectKind category maxTimes period conditions bureauId } }`;
const PRIORITIZE =
  'mutation($id: ID!, $c: PriorityCategory!, $note: String) { prioritizeApplication(id: $id, category: $c, note: $note) { id priority priorityCategory priorityNote } }';
const YUNNAN_VISITOR = { name: '杨丽', idNumber: residentIdNumber('530102', '19750505', 41), relation: 'SPOUSE' };
const SHANXI_VISITOR = { name: '赵敏', idNumber: residentIdNumber('140102', '19700505'), relation: 'SPOUSE' };
const OTHER_VISITOR = { name: '李明', idNumber: residentIdNumber('440106', '19950707'), relation: 'CHILD' };

async function policy(category: string, maxTimes: number, period = 'YEAR', subjectKind = 'INMATE') {
  const bureau = await t.login(subjectKind === 'INMATE' ? 'prisonBureau.supervisor' : 'detoxBureau.supervisor');
  const result = await t.gql(SET_POLICY, { input: { subjectKind, category, maxTimes, period, conditions: '年满七十周岁或持残疾证的直系亲属' } }, bureau);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.setPriorityPolicy;
}

/** A working day in the given month of next year, published by prison1 with a few slots. */
async function dayInMonthOfNextYear(month: number): Promise<string> {
  const year = Number(chinaDate(new Date()).slice(0, 4)) + 1;
  let day = 10;
  let date = `${year}-${String(month).padStart(2, '0')}-${day}`;
  while (!nationalCalendar().isWorkingDay(date)) date = `${year}-${String(month).padStart(2, '0')}-${++day}`;
  const published = await t.gql(
    'mutation($days: [ServiceDayInput!]!) { publishServiceDays(days: $days) { id } }',
    { days: [{ date, capacity: 5 }] },
    await t.login('prison1.supervisor'),
  );
  return published.data.publishServiceDays[0].id;
}

async function reviewerDecides(token: string, applicationId: string, extra = '') {
  return eventually(async () => {
    const decided = await t.gql(
      `mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true${extra}) { status } }`,
      { id: applicationId },
      token,
    );
    if (code(decided) === 'NOT_FOUND') throw new Error('review case not open yet');
    return decided;
  });
}

describe('GD-4: the provincial prison and detox bureaus set the priority policy; institutions and families’ bureaus mark under it', () => {
  it('GD-4: the prison bureau sets its policy as data; a county bureau, the detox bureau and a prison cannot, and a refusal writes nothing', async () => {
    const before = await count('judicial.priority_policy');
    const input = { subjectKind: 'INMATE', category: 'REWARD', maxTimes: 2, period: 'YEAR', conditions: '月考核表扬以上的服刑人员' };
    expect(code(await t.gql(SET_POLICY, { input }, await t.login('bureau1.supervisor')))).toBe('FORBIDDEN');
    const detoxBureau = await t.gql(SET_POLICY, { input }, await t.login('detoxBureau.supervisor'));
    expect(detoxBureau.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'powers.policy.ownInstitutionsOnly' });
    expect(code(await t.gql(SET_POLICY, { input }, await t.login('prison1.supervisor')))).toBe('FORBIDDEN');
    const prisonBureau = await t.login('prisonBureau.supervisor');
    expect((await t.gql(SET_POLICY, { input: { ...input, maxTimes: 13 } }, prisonBureau)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'maxTimes',
    });
    expect((await t.gql(SET_POLICY, { input: { ...input, period: 'WEEK' } }, prisonBureau)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'period',
    });
    expect(await count('judicial.priority_policy')).toBe(before);

    const set = await t.gql(SET_POLICY, { input }, prisonBureau);
    expect(set.data.setPriorityPolicy).toEqual({ ...input, bureauId: DEMO_TENANTS.prisonBureau.id });
    // Read by the institutions and the venues; a detox centre does not work under the prison bureau's policy.
    const READ = '{ priorityPolicies { subjectKind category maxTimes period } }';
    expect((await t.gql(READ, {}, await t.login('prison1.reviewer'))).data.priorityPolicies).toContainEqual({
      subjectKind: 'INMATE',
      category: 'REWARD',
      maxTimes: 2,
      period: 'YEAR',
    });
    expect((await t.gql(READ, {}, await t.login('bureau1.clerk'))).data.priorityPolicies).toContainEqual({
      subjectKind: 'INMATE',
      category: 'REWARD',
      maxTimes: 2,
      period: 'YEAR',
    });
    expect((await t.gql(READ, {}, await t.login('detox1.reviewer'))).data.priorityPolicies.filter((row: any) => row.subjectKind === 'INMATE')).toEqual([]);
  });

  it('GD-4: a family’s bureau cannot mark REWARD, the prison can; the bureau marks a vulnerable family; the prison’s queue puts both first', async () => {
    await policy('REWARD', 3);
    await policy('VULNERABLE_FAMILY', 3);
    const proxy = await t.login('proxy');
    const rewarded = (
      await submit(t, proxy, { subjectId: await givenInmate(t, 'prison1', 12), serviceDayId: (await givenDayWithSlots(t, 3)).id, idempotencyKey: 'gd4-reward' })
    ).data.submitApplication.id;
    const vulnerable = (
      await submit(t, proxy, {
        subjectId: await givenInmate(t, 'prison1', 13),
        serviceDayId: (await givenDayWithSlots(t, 3)).id,
        idempotencyKey: 'gd4-vulnerable',
      })
    ).data.submitApplication.id;
    const bureau = await t.login('bureau1.clerk');
    const reviewer = await t.login('prison1.reviewer');

    const byBureau = await t.gql(PRIORITIZE, { id: rewarded, c: 'REWARD' }, bureau);
    expect(byBureau.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'powers.priority.institutionMarks' });
    const byPrison = await t.gql(PRIORITIZE, { id: vulnerable, c: 'VULNERABLE_FAMILY' }, reviewer);
    expect(byPrison.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'powers.priority.familyBureauMarks' });
    expect(code(await t.gql(PRIORITIZE, { id: rewarded, c: 'REWARD' }, await t.login('prison2.reviewer')))).toBe('FORBIDDEN');
    expect(await count('judicial.priority_mark where application_id in ($1, $2)', [rewarded, vulnerable])).toBe(0);
    expect(await t.sql('select priority from judicial.application where id in ($1, $2)', [rewarded, vulnerable])).toEqual([
      { priority: false },
      { priority: false },
    ]);

    expect((await t.gql(PRIORITIZE, { id: rewarded, c: 'REWARD', note: '本月获表扬' }, reviewer)).data.prioritizeApplication).toEqual({
      id: rewarded,
      priority: true,
      priorityCategory: 'REWARD',
      priorityNote: '本月获表扬',
    });
    expect((await t.gql(PRIORITIZE, { id: vulnerable, c: 'VULNERABLE_FAMILY', note: '会见人年逾八旬' }, bureau)).data.prioritizeApplication).toEqual({
      id: vulnerable,
      priority: true,
      priorityCategory: 'VULNERABLE_FAMILY',
      priorityNote: '会见人年逾八旬',
    });
    const [mark] = await t.sql('select marker_kind, marker_tenant_id, seq from judicial.priority_mark where application_id = $1', [rewarded]);
    expect(mark).toEqual({ marker_kind: 'INSTITUTION', marker_tenant_id: DEMO_TENANTS.prison1.id, seq: 1 });
    // Marked twice: the second is refused.
    expect(code(await t.gql(PRIORITIZE, { id: rewarded, c: 'SPECIAL', note: '再次' }, reviewer))).toBe('CONFLICT');
    await eventually(async () => {
      const queue = (await t.gql('{ inmateReviewQueue { priority priorityCategory application { id } } }', {}, reviewer)).data.inmateReviewQueue;
      expect(
        queue
          .slice(0, 2)
          .map((row: any) => row.application.id)
          .sort(),
      ).toEqual([rewarded, vulnerable].sort());
    });
  });

  it('GD-4: where the bureau set no such priority, nobody can mark it, and nothing is written', async () => {
    const proxy = await t.login('proxy');
    const detainee = (await t.sql('select id from detox.detainee order by detainee_number offset 2 limit 1'))[0].id;
    const day = (
      await t.sql('select id from judicial.service_day where institution_id = $1 and date > current_date + 1 order by date limit 1', [DEMO_TENANTS.detox1.id])
    )[0];
    const submitted = await submit(t, proxy, { subjectId: detainee, serviceDayId: day.id, idempotencyKey: 'gd4-detox-no-policy' });
    const id = submitted.data.submitApplication.id;
    const refused = await t.gql(PRIORITIZE, { id, c: 'DISTANT_FAMILY' }, await t.login('bureau1.clerk'));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'GD-4', messageKey: 'powers.priority.noPolicy' });
    expect(refused.errors?.[0].message).toBe('省监狱（戒毒）管理局未规定此类优先');
    expect(await count('judicial.priority_mark where application_id = $1', [id])).toBe(0);
    expect((await t.sql('select priority, priority_category from judicial.application where id = $1', [id]))[0]).toEqual({
      priority: false,
      priority_category: null,
    });
  });

  it('GD-4: never beyond the count: four clerks marking four applications of one inmate at once under a count of 1 a year → exactly one', async () => {
    await policy('DISTANT_FAMILY', 1, 'YEAR');
    const proxy = await t.login('proxy');
    const subjectId = await givenInmate(t, 'prison1', 14);
    const ids: string[] = [];
    for (const month of [3, 4, 5, 6]) {
      const submitted = await submit(t, proxy, { subjectId, serviceDayId: await dayInMonthOfNextYear(month), idempotencyKey: `gd4-count-${month}` });
      if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
      ids.push(submitted.data.submitApplication.id);
    }
    const clerks = await Promise.all(ids.map(() => givenStaff(t, 'COUNTY_BUREAU', DEMO_TENANTS.bureau1.id, 'INTAKE_CLERK')));
    const results = await Promise.all(ids.map((id, i) => t.gql(PRIORITIZE, { id, c: 'DISTANT_FAMILY', note: '家属居住在省外' }, clerks[i])));
    expect(results.filter((result) => result.data?.prioritizeApplication?.priority === true)).toHaveLength(1);
    const refusals = results.filter((result) => result.errors);
    expect(refusals.map((result) => [code(result), rule(result), messageKey(result)])).toEqual([
      ['NOT_ELIGIBLE', 'GD-4', 'powers.priority.countUsed'],
      ['NOT_ELIGIBLE', 'GD-4', 'powers.priority.countUsed'],
      ['NOT_ELIGIBLE', 'GD-4', 'powers.priority.countUsed'],
    ]);
    expect(await count('judicial.priority_mark where subject_id = $1', [subjectId])).toBe(1);
    expect(await count('judicial.application where subject_id = $1 and priority', [subjectId])).toBe(1);
  });
});

describe('GD-33: a visitor’s misconduct: the bureau recommends, the institution stops the subject', () => {
  const RECOMMEND =
    'mutation($a: ID!, $n: String!, $m: Int!) { recommendVisitorSuspension(applicationId: $a, idNumber: $n, months: $m, reason: "会见中辱骂工作人员") { id status subjectId } }';

  async function recommended(nth: number, key: string) {
    const proxy = await t.login('proxy');
    const subjectId = await givenInmate(t, 'prison1', nth);
    const application = await submit(t, proxy, { subjectId, serviceDayId: (await givenDayWithSlots(t, 5)).id, idempotencyKey: key });
    const result = await t.gql(RECOMMEND, { a: application.data.submitApplication.id, n: VISITOR.idNumber, m: 3 }, await t.login('bureau1.supervisor'));
    return { subjectId, applicationId: application.data.submitApplication.id, id: result.data.recommendVisitorSuspension.id };
  }

  it('GD-33: the institution may decline to stop the subject and still bar the visitor from this subject (product): that visitor is refused, another is not, no sanction', async () => {
    const { subjectId, id } = await recommended(15, 'gd33-bar');
    const institution = await t.login('prison1.supervisor');
    const outside = await t.gql(
      'mutation($id: ID!) { decideVisitorSuspension(id: $id, accept: false, barVisitor: true, months: 9) { status } }',
      { id },
      institution,
    );
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'GD-33', field: 'months' });
    expect((await t.sql('select status, bars_visitor from judicial.visitor_sanction where id = $1', [id]))[0]).toEqual({
      status: 'RECOMMENDED',
      bars_visitor: false,
    });

    const decided = await t.gql(
      'mutation($id: ID!) { decideVisitorSuspension(id: $id, accept: false, barVisitor: true, months: 4) { status barsVisitor decidedMonths } }',
      { id },
      institution,
    );
    expect(decided.data.decideVisitorSuspension).toEqual({ status: 'DECLINED', barsVisitor: true, decidedMonths: 4 });
    const proxy = await t.login('proxy');
    const day = (
      await t.sql(
        'select id from judicial.service_day where institution_id = $1 and date > current_date + 1 and date < current_date + 60 order by date limit 1',
        [DEMO_TENANTS.prison1.id],
      )
    )[0];
    const barred = await submit(t, proxy, { subjectId, serviceDayId: day.id, idempotencyKey: 'gd33-barred' });
    expect(barred.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', messageKey: 'powers.visitorSanction.visitorBarred' });
    expect(rule(barred)).toBeUndefined(); // a product rule, not the seed's
    expect((await submit(t, proxy, { subjectId, serviceDayId: day.id, idempotencyKey: 'gd33-other', visitors: [OTHER_VISITOR] })).errors).toBeUndefined();
    expect(await count('prison.sanction where inmate_id = $1', [subjectId])).toBe(0);
    expect(code(await t.gql('mutation($id: ID!) { decideVisitorSuspension(id: $id, accept: true) { status } }', { id }, institution))).toBe('CONFLICT');
  });

  it('GD-33: a crime is referred to the police and the referral recorded (who, when, which case, reference number), once', async () => {
    const { applicationId, id } = await recommended(16, 'gd33-police');
    const REFER =
      'mutation($id: ID!, $ref: String!) { recordPoliceReferral(recommendationId: $id, policeUnit: "东城区公安分局", reference: $ref) { recommendationId applicationId policeUnit reference referredByTenantId referredAt } }';
    expect(code(await t.gql(REFER, { id, ref: '东公移〔2026〕12号' }, await t.login('bureau2.supervisor')))).toBe('FORBIDDEN');
    expect((await t.gql(REFER, { id, ref: ' ' }, await t.login('bureau1.supervisor'))).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reference',
    });
    expect(await count('judicial.police_referral where recommendation_id = $1', [id])).toBe(0);
    const referred = await t.gql(REFER, { id, ref: '东公移〔2026〕12号' }, await t.login('bureau1.supervisor'));
    expect(referred.data.recordPoliceReferral).toMatchObject({
      recommendationId: id,
      applicationId,
      policeUnit: '东城区公安分局',
      reference: '东公移〔2026〕12号',
      referredByTenantId: DEMO_TENANTS.bureau1.id,
      referredAt: expect.any(String),
    });
    expect(code(await t.gql(REFER, { id, ref: '另一编号' }, await t.login('prison1.supervisor')))).toBe('CONFLICT');
    const listed = await t.gql('{ visitorSanctions { id policeReferral { reference } } }', {}, await t.login('prison1.reviewer'));
    expect(listed.data.visitorSanctions).toContainEqual({ id, policeReferral: { reference: '东公移〔2026〕12号' } });
  });

  it('GD-33 at a detox centre: accepting stops the detainee’s remote meetings, recorded as the centre’s sanction', async () => {
    const proxy = await t.login('proxy');
    const detainee = (await t.sql('select id from detox.detainee order by detainee_number offset 3 limit 1'))[0].id;
    const day = (
      await t.sql('select id from judicial.service_day where institution_id = $1 and date > current_date + 1 order by date limit 1', [DEMO_TENANTS.detox1.id])
    )[0];
    const application = await submit(t, proxy, { subjectId: detainee, serviceDayId: day.id, idempotencyKey: 'gd33-detox' });
    const recommendation = await t.gql(RECOMMEND, { a: application.data.submitApplication.id, n: VISITOR.idNumber, m: 5 }, await t.login('bureau1.clerk'));
    const id = recommendation.data.recommendVisitorSuspension.id;
    expect(
      code(await t.gql('mutation($id: ID!) { decideVisitorSuspension(id: $id, accept: true) { status } }', { id }, await t.login('prison1.supervisor'))),
    ).toBe('FORBIDDEN');
    const accepted = await t.gql(
      'mutation($id: ID!) { decideVisitorSuspension(id: $id, accept: true) { status decidedMonths barsVisitor } }',
      { id },
      await t.login('detox1.supervisor'),
    );
    expect(accepted.data.decideVisitorSuspension).toEqual({ status: 'ACCEPTED', decidedMonths: 5, barsVisitor: false });
    await eventually(async () => {
      expect(await t.sql('select months, rule, reason from detox.sanction where detainee_id = $1', [detainee])).toEqual([
        { months: 5, rule: 'GD-33', reason: '会见中辱骂工作人员' },
      ]);
    });
  });
});

describe('GD-41: a judicial office designated to act as a county bureau', () => {
  it('GD-41: the province designates an office; designated, it takes out-of-province families (YN-6) and reviews (YN-8) as a bureau; undesignated it does not', async () => {
    const prison = await givenPrison(t, 'YN', [{}, {}], 5);
    const proxy = await t.login('proxy');
    const office = await t.login('office1.reviewer');
    const DESIGNATE = 'mutation($id: ID!, $acts: Boolean!) { designateCountyBureauPowers(officeId: $id, acts: $acts) { id kind actsAsCountyBureau } }';
    expect(code(await t.gql(DESIGNATE, { id: DEMO_TENANTS.office1.id, acts: true }, await t.login('bureau1.supervisor')))).toBe('FORBIDDEN');
    expect(code(await t.gql(DESIGNATE, { id: DEMO_TENANTS.bureau2.id, acts: true }, await t.login('province.supervisor')))).toBe('BAD_USER_INPUT');
    expect((await t.sql('select acts_as_county_bureau from judicial.county_bureau where id = $1', [DEMO_TENANTS.office1.id]))[0]).toEqual({
      acts_as_county_bureau: false,
    });

    // Undesignated: an out-of-province family goes to a county bureau (YN-6); the office only forwards (YN-8).
    const outsider = await submit(t, proxy, {
      subjectId: prison.inmateIds[0],
      serviceDayId: prison.days[0].id,
      venueId: DEMO_TENANTS.office1.id,
      idempotencyKey: 'gd41-before-outsider',
    });
    expect(outsider.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'YN-6' });
    const local = await submit(t, proxy, {
      subjectId: prison.inmateIds[0],
      serviceDayId: prison.days[0].id,
      venueId: DEMO_TENANTS.office1.id,
      idempotencyKey: 'gd41-before',
      visitors: [YUNNAN_VISITOR],
    });
    const localId = local.data.submitApplication.id;
    expect((await t.sql('select stage from judicial.application where id = $1', [localId]))[0].stage).toBe('JUDICIAL_OFFICE');
    await t.gql('mutation($id: ID!) { forwardApplication(id: $id) { stage } }', { id: localId }, office);
    expect(code(await t.gql('mutation($id: ID!) { preReview(id: $id, approve: true) { stage } }', { id: localId }, office))).toBe('FORBIDDEN');

    const designated = await t.gql(DESIGNATE, { id: DEMO_TENANTS.office1.id, acts: true }, await t.login('province.supervisor'));
    expect(designated.data.designateCountyBureauPowers).toEqual({ id: DEMO_TENANTS.office1.id, kind: 'JUDICIAL_OFFICE', actsAsCountyBureau: true });
    try {
      const family = await submit(t, proxy, {
        subjectId: prison.inmateIds[1],
        serviceDayId: prison.days[1].id,
        venueId: DEMO_TENANTS.office1.id,
        idempotencyKey: 'gd41-after',
      });
      expect(family.errors).toBeUndefined();
      const id = family.data.submitApplication.id;
      expect((await t.sql('select stage from judicial.application where id = $1', [id]))[0].stage).toBe('COUNTY_BUREAU');
      expect((await t.gql('{ preReviewQueue { id stage } }', {}, office)).data.preReviewQueue).toContainEqual({ id, stage: 'COUNTY_BUREAU' });
      expect((await t.gql('mutation($id: ID!) { preReview(id: $id, approve: true) { stage } }', { id }, office)).data.preReview).toEqual({
        stage: 'INSTITUTION',
      });
    } finally {
      await t.gql(DESIGNATE, { id: DEMO_TENANTS.office1.id, acts: false }, await t.login('province.supervisor'));
    }
  });
});

describe('GD-42: a judicial office that chooses to serve has a venue’s powers and duties', () => {
  it('GD-42: under GD a serving office publishes its own days against the office minimum (20, GD-14), files at its own counter with a receipt (GD-20), its family takes one of its slots, and it checks its visitors in on the day (GD-29); its county bureau does none of this for it', async () => {
    const office = { clerk: await t.login('office1.clerk'), supervisor: await t.login('office1.supervisor') };
    const RULES = 'query($m: String!) { slotRules(month: $m) { minimum { value rule } } }';
    const prisonDay = await givenDayWithSlots(t, 3);
    const month = prisonDay.date.slice(0, 7);
    expect((await t.gql(RULES, { m: month }, office.supervisor)).data.slotRules.minimum).toEqual({ value: 20, rule: 'GD-14' });
    expect((await t.gql(RULES, { m: month }, await t.login('bureau1.supervisor'))).data.slotRules.minimum).toEqual({ value: 80, rule: 'GD-14' });

    // GD-36: the office publishes its own day; the family then sits there and takes one of its slots.
    const published = await t.gql(
      'mutation($days: [ServiceDayInput!]!) { publishServiceDays(days: $days) { id date capacity } }',
      { days: [{ date: prisonDay.date, capacity: 2 }] },
      office.supervisor,
    );
    expect(published.data.publishServiceDays).toEqual([{ id: expect.any(String), date: prisonDay.date, capacity: 2 }]);
    const officeDay = published.data.publishServiceDays[0].id;

    const subjectId = await givenInmate(t, 'prison1', 18);
    await givenRelatives(t, subjectId, [VISITOR]);
    const APPLICANT = { name: '陈建国', idNumber: residentIdNumber('440106', '19650303'), phone: '13912345678' };
    const FILE = `mutation($applicant: ApplicantInput!, $input: SubmitApplicationInput!) { fileAtCounter(applicant: $applicant, input: $input) {
      placeName application { id status stage venue { id } } } }`;
    const input = { subjectId, serviceDayId: prisonDay.id, venueId: DEMO_TENANTS.office1.id, visitors: [VISITOR], idempotencyKey: 'gd42-counter' };
    const applications = await count('judicial.application where subject_id = $1', [subjectId]);
    // The parent county bureau cannot file at the office's counter: refused, nothing written.
    expect(code(await t.gql(FILE, { applicant: APPLICANT, input }, await t.login('bureau1.clerk')))).toBe('FORBIDDEN');
    expect(await count('judicial.application where subject_id = $1', [subjectId])).toBe(applications);

    const receipt = await t.gql(FILE, { applicant: APPLICANT, input }, office.clerk);
    expect(receipt.data.fileAtCounter).toEqual({
      placeName: DEMO_TENANTS.office1.name,
      // GD has no first check at an office (YN-8's is YN's): the case goes straight to the prison.
      application: { id: expect.any(String), status: 'SUBMITTED', stage: 'INSTITUTION', venue: { id: DEMO_TENANTS.office1.id } },
    });
    const id = receipt.data.fileAtCounter.application.id;
    expect(await t.sql('select taken from judicial.service_day where id = $1', [officeDay])).toEqual([{ taken: 1 }]);

    await reviewerDecides(await t.login('prison1.reviewer'), id);
    await eventually(async () => expect(await count(`judicial.application where id = $1 and status = 'APPROVED'`, [id])).toBe(1));
    // The meeting day comes: move the application's day to today (days are only sold ahead).
    const today = chinaDate(clock.now());
    await t.sql(
      `insert into judicial.service_day (id, institution_id, institution_kind, date, capacity, taken)
      values (gen_random_uuid(), $1, 'PRISON', $2, 50, 0) on conflict (institution_id, date) do nothing`,
      [DEMO_TENANTS.prison1.id, today],
    );
    await t.sql(
      'update judicial.application set service_day_id = (select id from judicial.service_day where institution_id = $2 and date = $3) where id = $1',
      [id, DEMO_TENANTS.prison1.id, today],
    );
    const CHECK_IN = 'mutation($a: ID!, $n: String!) { checkInVisitor(applicationId: $a, idNumber: $n, idOriginalPresent: true) { admitted } }';
    expect(code(await t.gql(CHECK_IN, { a: id, n: VISITOR.idNumber }, await t.login('bureau1.clerk')))).toBe('FORBIDDEN');
    expect(await count('judicial.attendance where application_id = $1', [id])).toBe(0);
    expect((await t.gql(CHECK_IN, { a: id, n: VISITOR.idNumber }, office.clerk)).data.checkInVisitor).toEqual({ admitted: true });
  });
});

describe('SX-8(1) after approval: a visitor’s false information found once the meeting is approved', () => {
  it('SX-8: the prison records it: the meeting is refused, the inmate’s other approved meetings stop, the sanction is the pack’s (months required), the family is told', async () => {
    const prison = await givenPrison(t, 'SX', [{}], 12);
    const inmate = prison.inmateIds[0];
    await givenRelatives(t, inmate, [SHANXI_VISITOR]);
    const proxy = await t.login('proxy');
    const first = prison.days[0];
    const nextMonth = prison.days.find((day) => day.date.slice(0, 7) !== first.date.slice(0, 7))!;
    const ids: string[] = [];
    for (const [i, day] of [first, nextMonth].entries()) {
      const submitted = await submit(t, proxy, { subjectId: inmate, serviceDayId: day.id, idempotencyKey: `sx8-after-${i}`, visitors: [SHANXI_VISITOR] });
      if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
      ids.push(submitted.data.submitApplication.id);
    }
    const reviewer = await givenStaff(t, 'PRISON', prison.id, 'REVIEWER');
    for (const id of ids) await reviewerDecides(reviewer, id);
    await eventually(async () => expect(await count(`judicial.application where id in ($1, $2) and status = 'APPROVED'`, ids)).toBe(2));

    const RECORD =
      'mutation($a: ID!, $n: String!, $m: Int) { recordFalseInformation(applicationId: $a, idNumber: $n, note: "伪造结婚证", stopMonths: $m) { rule stopMonths stoppedUntil otherMeetingsStopped visitorName visitorIdNumberMasked } }';
    const noMonths = await t.gql(RECORD, { a: ids[0], n: SHANXI_VISITOR.idNumber }, reviewer);
    expect(noMonths.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'SX-8', field: 'stopMonths' });
    expect(code(await t.gql(RECORD, { a: ids[0], n: SHANXI_VISITOR.idNumber, m: 3 }, await t.login('prison1.reviewer')))).toBe('FORBIDDEN');
    expect(await count(`judicial.application where id in ($1, $2) and status = 'APPROVED'`, ids)).toBe(2);
    expect(await count('judicial.false_information where application_id = $1', [ids[0]])).toBe(0);

    const recorded = await t.gql(RECORD, { a: ids[0], n: SHANXI_VISITOR.idNumber, m: 3 }, reviewer);
    expect(recorded.data.recordFalseInformation).toMatchObject({
      rule: 'SX-8',
      stopMonths: 3,
      otherMeetingsStopped: 1,
      visitorName: '赵敏',
      visitorIdNumberMasked: expect.stringMatching(/^140102\*+/),
    });
    const rows = await t.sql(
      'select a.status, a.rejection_key, a.rejection_params, a.rejection_rule, d.taken from judicial.application a join judicial.service_day d on d.id = a.service_day_id where a.id = any($1) order by d.date',
      [ids],
    );
    expect(rows.map((row: any) => [row.status, row.taken])).toEqual([
      ['REJECTED', 0],
      ['REJECTED', 0],
    ]);
    // Issue 14: stored by key with the SX pack's own rule (SX-8, the refusal and the stop), read in either language.
    const until = recorded.data.recordFalseInformation.stoppedUntil;
    expect(rows.map(({ rejection_key, rejection_params, rejection_rule }: any) => ({ rejection_key, rejection_params, rejection_rule }))).toEqual([
      { rejection_key: 'powers.falseInformation.reason', rejection_params: { name: '赵敏', note: '伪造结婚证' }, rejection_rule: 'SX-8' },
      { rejection_key: 'powers.falseInformation.subjectStopped', rejection_params: { until }, rejection_rule: 'SX-8' },
    ]);
    const READ = 'query($id: ID!) { application(id: $id) { zh: rejectionReason en: rejectionReason(locale: "en") } }';
    expect((await t.gql(READ, { id: ids[0] }, reviewer)).data.application).toEqual({
      zh: '会见人赵敏隐瞒、捏造个人信息：伪造结婚证',
      en: 'Visitor 赵敏 hid or fabricated personal information: 伪造结婚证',
    });
    expect((await t.gql(READ, { id: ids[1] }, reviewer)).data.application).toEqual({
      zh: `会见对象的远程会见停止至${until}`,
      en: `The subject’s remote meetings are stopped until ${until}`,
    });
    expect(await count(`judicial.monthly_allowance where subject_id = $1 and used > 0`, [inmate])).toBe(0);
    await eventually(async () => {
      // the meetings made on approval are called off
      expect(await t.sql('select state from media.meeting where application_id = any($1)', [ids])).toEqual([{ state: 'CANCELLED' }, { state: 'CANCELLED' }]);
    });
    const sms = await t.sql(`select body, message_key, params from judicial.sms_message where application_id = $1 and body like '%未获批准%'`, [ids[0]]);
    expect(sms).toEqual([
      {
        body: expect.stringContaining('原因：会见人赵敏隐瞒、捏造个人信息：伪造结婚证'),
        message_key: 'sms.rejected',
        params: { number: expect.any(String), reason: { key: 'powers.falseInformation.reason', params: { name: '赵敏', note: '伪造结婚证' } } },
      },
    ]);
    await eventually(async () => {
      const [sanction] = await t.sql('select months, rule, ends_on::text, reason, reason_key, reason_params from prison.sanction where inmate_id = $1', [
        inmate,
      ]);
      // Issue 14: the platform's reason by key (with the SX pack's rule), the reviewer's note as written.
      expect(sanction).toEqual({
        months: 3,
        rule: 'SX-10',
        ends_on: recorded.data.recordFalseInformation.stoppedUntil,
        reason: '伪造结婚证',
        reason_key: 'powers.falseInformation.sanctionReason',
        reason_params: { rule: 'SX-8', note: '伪造结婚证' },
      });
    });
    const sanctions = await t.gql(
      'query($id: ID!) { inmateSanctions(inmateId: $id) { reason en: reason(locale: "en") reasonKeyed { key rule } } }',
      { id: inmate },
      reviewer,
    );
    expect(sanctions.data.inmateSanctions).toEqual([
      {
        reason: '会见人隐瞒、捏造个人信息，停止后续会见（SX-8）：伪造结婚证',
        en: 'A visitor hid or fabricated personal information; later meetings stopped (SX-8): 伪造结婚证',
        reasonKeyed: { key: 'powers.falseInformation.sanctionReason', rule: 'SX-10' },
      },
    ]);
    await eventually(async () => {
      const later = await submit(t, proxy, {
        subjectId: inmate,
        serviceDayId: prison.days[2].id,
        idempotencyKey: `sx8-after-later-${Math.random().toString(36).slice(2)}`,
        visitors: [SHANXI_VISITOR],
      });
      expect(rule(later)).toBe('SX-10');
    });
    expect(code(await t.gql(RECORD, { a: ids[0], n: SHANXI_VISITOR.idNumber, m: 3 }, reviewer))).toBe('CONFLICT');
  });

  it('SX-8: under the GD pack the meeting is refused (GD-23) but the subject is not stopped, and the family’s bureau may not record it (the prison registers relationships, GD-17)', async () => {
    const proxy = await t.login('proxy');
    const subjectId = await givenInmate(t, 'prison1', 17);
    const submitted = await submit(t, proxy, { subjectId, serviceDayId: (await givenDayWithSlots(t, 3)).id, idempotencyKey: 'gd-false-info' });
    const id = submitted.data.submitApplication.id;
    await reviewerDecides(await t.login('prison1.reviewer'), id);
    await eventually(async () => expect(await count(`judicial.application where id = $1 and status = 'APPROVED'`, [id])).toBe(1));
    const RECORD =
      'mutation($a: ID!, $n: String!) { recordFalseInformation(applicationId: $a, idNumber: $n, note: "冒用他人身份证", stopMonths: 3) { rule stopMonths otherMeetingsStopped } }';
    expect(code(await t.gql(RECORD, { a: id, n: VISITOR.idNumber }, await t.login('bureau1.supervisor')))).toBe('FORBIDDEN');
    const recorded = await t.gql(RECORD, { a: id, n: VISITOR.idNumber }, await t.login('prison1.reviewer'));
    expect(recorded.data.recordFalseInformation).toEqual({ rule: 'GD-23', stopMonths: null, otherMeetingsStopped: 0 });
    expect((await t.sql('select status from judicial.application where id = $1', [id]))[0].status).toBe('REJECTED');
    expect(await count(`judicial.outbox where topic = 'sanction.requested' and payload->>'subjectId' = $1`, [subjectId])).toBe(0);
  });
});

describe('YN-8: the family’s county bureau follows the prison’s stage', () => {
  it('YN-8: the bureau sees the prison’s due day and that it is overdue, and the prison’s stage in the timeline, before and after the decision', async () => {
    const prison = await givenPrison(t, 'YN', [{}], 5);
    const proxy = await t.login('proxy');
    const submitted = await submit(t, proxy, {
      subjectId: prison.inmateIds[0],
      serviceDayId: prison.days[0].id,
      venueId: DEMO_TENANTS.bureau1.id,
      idempotencyKey: 'yn8-follow',
      visitors: [YUNNAN_VISITOR],
    });
    const id = submitted.data.submitApplication.id;
    const bureau = await t.login('bureau1.reviewer');
    await t.gql('mutation($id: ID!) { preReview(id: $id, approve: true) { stage } }', { id }, bureau);
    const FOLLOW = 'query($id: ID!) { application(id: $id) { stage institutionDueOn institutionOverdue stageOverdue timeline { actor state dueOn overdue } } }';
    const due = stageDue(YN, nationalCalendar(), 'INSTITUTION', chinaDate(clock.now())).date;
    expect((await t.gql(FOLLOW, { id }, bureau)).data.application).toEqual({
      stage: 'INSTITUTION',
      institutionDueOn: due,
      institutionOverdue: false,
      stageOverdue: false,
      timeline: [
        { actor: 'COUNTY_BUREAU', state: 'DONE', dueOn: null, overdue: false },
        { actor: 'INSTITUTION', state: 'CURRENT', dueOn: due, overdue: false },
        { actor: 'BUREAU_NOTIFY', state: 'AHEAD', dueOn: null, overdue: false },
      ],
    });

    // The prison let its due day pass.
    await t.sql(`update judicial.application set stage_due_on = '2026-01-05' where id = $1`, [id]);
    const overdue = (await t.gql(FOLLOW, { id }, bureau)).data.application;
    expect(overdue).toMatchObject({ institutionDueOn: '2026-01-05', institutionOverdue: true, stageOverdue: true });
    expect(overdue.timeline[1]).toEqual({ actor: 'INSTITUTION', state: 'CURRENT', dueOn: '2026-01-05', overdue: true });
    const listed = await t.gql('{ applications(status: SUBMITTED, limit: 200) { id institutionOverdue } }', {}, bureau);
    expect(listed.data.applications).toContainEqual({ id, institutionOverdue: true });

    // It decides late: the bureau still sees the prison's due day and that it was missed.
    const reviewer = await givenStaff(t, 'PRISON', prison.id, 'REVIEWER');
    await eventually(async () => {
      if (!(await t.sql(`update prison.review_case set due_on = '2026-01-05' where application_id = $1 returning id`, [id])).length)
        throw new Error('not at the prison yet');
    });
    await reviewerDecides(reviewer, id, ', meetingTime: "09:30"');
    await eventually(async () => {
      const decided = (await t.gql(FOLLOW, { id }, bureau)).data.application;
      expect(decided).toMatchObject({ stage: 'BUREAU_NOTIFY', institutionDueOn: '2026-01-05', institutionOverdue: true, stageOverdue: false });
      expect(decided.timeline[1]).toEqual({ actor: 'INSTITUTION', state: 'DONE', dueOn: '2026-01-05', overdue: true });
    });
  });
});
