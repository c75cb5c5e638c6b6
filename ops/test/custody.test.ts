import { chinaDate, clock, nationalCalendar } from '@rv/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { givenDayWithSlots, givenPrison, givenServiceDay, givenStaff } from './support/scenario.js';

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
const FILE = `mutation($input: CustodyMeetingInput!) { fileCustodyMeeting(input: $input) {
  id status stage institutionId visitorInstitutionId pairedApplicationId venue { id } visitors { name relation idNumberMasked } } }`;

async function person(id: string): Promise<{ id: string; name: string; idNumber: string }> {
  const [row] = await t.sql('select id, name, id_number as "idNumber" from prison.inmate where id = $1', [id]);
  return row;
}

async function inmateOf(prisonId: string, nth: number) {
  const [row] = await t.sql('select id from prison.inmate where prison_id = $1 order by inmate_number offset $2 limit 1', [prisonId, nth]);
  return person(row.id);
}

function custody(own: { id: string; name: string; idNumber: string }, relative: { id: string; name: string; idNumber: string }, serviceDayId: string, idempotencyKey: string) {
  return { input: {
    ownSubjectId: own.id, ownSubjectName: own.name, ownSubjectIdNumber: own.idNumber,
    relativeSubjectId: relative.id, relativeName: relative.name, relativeIdNumber: relative.idNumber,
    relation: 'SIBLING', serviceDayId, idempotencyKey,
  } };
}

describe('both relatives in custody', () => {
  it('GD-5: one institution applies on its inmate’s behalf; the relative’s institution approves', async () => {
    const own = await inmateOf(DEMO_TENANTS.prison1.id, 2);
    const relative = await inmateOf(DEMO_TENANTS.prison2.id, 2);
    const relativeDay = await givenDayWithSlots(t, 2, 'prison2');
    const ownDay = await givenServiceDay(t, 'prison1', 3);
    const clerk = await t.login('prison1.clerk');

    expect(code(await t.gql(FILE, custody(own, relative, ownDay.id, 'gd5-own-day'), clerk))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(FILE, custody(own, relative, relativeDay.id, 'gd5-other-prison'), await t.login('prison2.clerk')))).toBe('FORBIDDEN');
    expect(code(await t.gql(FILE, custody(own, relative, relativeDay.id, 'gd5-bureau'), await t.login('bureau1.clerk')))).toBe('FORBIDDEN');
    expect(code(await t.gql(FILE, custody(own, { ...relative, idNumber: '110101198003120271' }, relativeDay.id, 'gd5-bad-id'), clerk))).toBe('BAD_USER_INPUT');

    const filed = await t.gql(FILE, custody(own, relative, relativeDay.id, 'gd5-filed'), clerk);
    expect(filed.errors).toBeUndefined();
    const application = filed.data.fileCustodyMeeting;
    expect(application).toMatchObject({
      status: 'SUBMITTED', stage: 'INSTITUTION', institutionId: DEMO_TENANTS.prison2.id, visitorInstitutionId: DEMO_TENANTS.prison1.id, venue: null,
      visitors: [{ name: own.name, relation: 'SIBLING', idNumberMasked: `${own.idNumber.slice(0, 6)}********${own.idNumber.slice(-4)}` }],
    });
    // A retry returns the same application.
    expect((await t.gql(FILE, custody(own, relative, relativeDay.id, 'gd5-filed'), clerk)).data.fileCustodyMeeting.id).toBe(application.id);

    const reviewer = await t.login('prison2.reviewer');
    await eventually(async () => {
      const queue = await t.gql('{ reviewQueue { application { id } } }', {}, reviewer);
      expect(queue.data.reviewQueue.map((r: any) => r.application.id)).toContain(application.id);
    });
    expect(code(await t.gql('mutation($id: ID!) { decideReview(applicationId: $id, approve: true) { status } }', { id: application.id }, await t.login('prison1.reviewer')))).toBe('FORBIDDEN');
    await t.gql('mutation($id: ID!) { decideReview(applicationId: $id, approve: true) { status } }', { id: application.id }, reviewer);
    // The applying institution follows it too; with no family venue, nobody else needs telling.
    await eventually(async () => {
      const seen = await t.gql('query($id: ID!) { application(id: $id) { status stage } }', { id: application.id }, clerk);
      expect(seen.data.application).toEqual({ status: 'APPROVED', stage: 'DONE' });
    });
  });

  it('YN-7: each inmate applies to his or her own prison; the two applications are paired', async () => {
    const [a, b] = [await givenPrison(t, 'YN', [{}], 5), await givenPrison(t, 'YN', [{}], 5)];
    const x = await person(a.inmateIds[0]);
    const y = { ...(await person(b.inmateIds[0])) };
    const staffOf = (prisonId: string, role = 'INTAKE_CLERK') => givenStaff(t, 'PRISON', prisonId, role);

    // X's prison cannot book a day of Y's prison: under YN-7 X applies to X's own prison.
    expect(code(await t.gql(FILE, custody(x, y, b.days[0].id, 'yn7-wrong-day'), await staffOf(a.id)))).toBe('BAD_USER_INPUT');
    const fromA = await t.gql(FILE, custody(x, y, a.days[0].id, 'yn7-from-a'), await staffOf(a.id));
    expect(fromA.errors, JSON.stringify(fromA.errors)).toBeUndefined();
    expect(fromA.data.fileCustodyMeeting).toMatchObject({ institutionId: a.id, visitorInstitutionId: b.id, stage: 'INSTITUTION', pairedApplicationId: null });
    const fromB = await t.gql(FILE, custody(y, x, b.days[0].id, 'yn7-from-b'), await staffOf(b.id));
    expect(fromB.data.fileCustodyMeeting).toMatchObject({ institutionId: b.id, visitorInstitutionId: a.id, pairedApplicationId: fromA.data.fileCustodyMeeting.id });
    const [{ paired }] = await t.sql('select paired_application_id as paired from judicial.application where id = $1', [fromA.data.fileCustodyMeeting.id]);
    expect(paired).toBe(fromB.data.fileCustodyMeeting.id);

    // Each prison reviews its own inmate's application.
    await eventually(async () => {
      const queue = await t.gql('{ reviewQueue { application { id } } }', {}, await staffOf(a.id, 'REVIEWER'));
      expect(queue.data.reviewQueue.map((r: any) => r.application.id)).toEqual([fromA.data.fileCustodyMeeting.id]);
    });
  });
});
