import { chinaDate, clock, nationalCalendar } from '@rv/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, type GraphQLResponse, type TestPlatform } from './support/harness.js';
import { givenInmate, givenPrison, givenStaff, residentIdNumber, submit } from './support/scenario.js';

/**
 * ARCHITECTURE: a booking, whatever its channel, passes one pipeline. The same rule refuses the
 * same subject online, at the counter, by a custody filing and by an inmate's request, with one
 * code and one rule; each channel's declared exemptions hold.
 */
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

const COUNTER = `mutation($applicant: ApplicantInput!, $input: SubmitApplicationInput!) { fileAtCounter(applicant: $applicant, input: $input) { application { id } } }`;
const CUSTODY = 'mutation($input: CustodyMeetingInput!) { fileCustodyMeeting(input: $input) { id status } }';
const REQUEST = 'mutation($input: InmateRequestInput!) { requestInmateMeeting(input: $input) { id } }';
const DECIDE = `mutation($id: ID!, $day: ID, $venue: ID) { decideInmateRequest(id: $id, approve: true, serviceDayId: $day, meetingTime: "10:00", venueId: $venue) { status applicationId } }`;
const SUSPEND = 'mutation($id: ID!, $months: Int!) { suspendInmateEligibility(inmateId: $id, months: $months, reason: "会见中使用暗语") { endsOn } }';
const APPLICANT = { name: '陈建国', idNumber: residentIdNumber('530102', '19650303', 41), phone: '13912345678' };
const SISTER = { name: '赵丽', idNumber: residentIdNumber('530102', '19900909', 42), relation: 'SIBLING' };

type Person = { id: string; name: string; idNumber: string };
const person = async (id: string): Promise<Person> => (await t.sql('select id, name, id_number as "idNumber" from prison.inmate where id = $1', [id]))[0];
const custody = (own: Person, relative: Person, serviceDayId: string, idempotencyKey: string) => ({
  input: {
    ownSubjectId: own.id,
    ownSubjectName: own.name,
    ownSubjectIdNumber: own.idNumber,
    relativeSubjectId: relative.id,
    relativeName: relative.name,
    relativeIdNumber: relative.idNumber,
    relation: 'SIBLING',
    serviceDayId,
    idempotencyKey,
  },
});
const refusal = (result: GraphQLResponse) => {
  const { code, rule, pack, messageKey } = result.errors?.[0].extensions ?? {};
  return { code, rule, pack, messageKey };
};

/** Every row a booking of this subject could have written. */
async function footprint(subjectId: string, serviceDayId: string) {
  const [row] = await t.sql(
    `select
      (select count(*)::int from judicial.application where subject_id = $1) as applications,
      (select coalesce(sum(used), 0)::int from judicial.monthly_allowance where subject_id = $1) as months,
      (select taken from judicial.service_day where id = $2) as taken`,
    [subjectId, serviceDayId],
  );
  return row;
}

async function suspend(prisonId: string, inmateId: string, months: number, supervisor?: string): Promise<void> {
  const imposed = await t.gql(SUSPEND, { id: inmateId, months }, supervisor ?? (await givenStaff(t, 'PRISON', prisonId, 'SUPERVISOR')));
  expect(imposed.errors, JSON.stringify(imposed.errors)).toBeUndefined();
  await eventually(async () =>
    expect((await t.sql('select suspended_until from judicial.subject_ref where id = $1', [inmateId]))[0].suspended_until).not.toBeNull(),
  );
}

async function givenYnBureau(): Promise<string> {
  const [bureau] = await t.sql(`insert into judicial.county_bureau (id, name, kind, region, address, rule_pack)
    values (gen_random_uuid(), '测试盘龙区司法局', 'COUNTY_BUREAU', '盘龙区', '盘龙区某路3号', 'YN') returning id`);
  return bureau.id;
}

describe('YN-17: a suspended subject is refused by every channel, with one code and one rule', () => {
  let ctx: { a: Awaited<ReturnType<typeof givenPrison>>; b: Awaited<ReturnType<typeof givenPrison>>; bureauId: string; suspended: Person; relative: Person };
  const expected = { code: 'NOT_ELIGIBLE', rule: 'YN-17', pack: 'YN', messageKey: 'rule.subjectSuspended' };

  beforeAll(async () => {
    const [a, b] = [await givenPrison(t, 'YN', [{}], 5), await givenPrison(t, 'YN', [{}], 5)];
    ctx = { a, b, bureauId: await givenYnBureau(), suspended: await person(a.inmateIds[0]), relative: await person(b.inmateIds[0]) };
    await suspend(a.id, a.inmateIds[0], 1);
  });

  it('YN-17 online (GD-19): refused, nothing written', async () => {
    const refused = await submit(t, await t.login('proxy'), {
      subjectId: ctx.suspended.id,
      serviceDayId: ctx.a.days[0].id,
      venueId: ctx.bureauId,
      visitors: [SISTER],
      idempotencyKey: 'yn17-online',
    });
    expect(refusal(refused)).toEqual(expected);
    expect(await footprint(ctx.suspended.id, ctx.a.days[0].id)).toEqual({ applications: 0, months: 0, taken: 0 });
  });

  it('YN-17 at the counter (GD-20): refused, nothing written', async () => {
    const clerk = await givenStaff(t, 'COUNTY_BUREAU', ctx.bureauId, 'INTAKE_CLERK');
    const input = { subjectId: ctx.suspended.id, serviceDayId: ctx.a.days[0].id, venueId: ctx.bureauId, visitors: [SISTER], idempotencyKey: 'yn17-counter' };
    expect(refusal(await t.gql(COUNTER, { applicant: APPLICANT, input }, clerk))).toEqual(expected);
    expect(await footprint(ctx.suspended.id, ctx.a.days[0].id)).toEqual({ applications: 0, months: 0, taken: 0 });
  });

  it('YN-17 by a custody filing (YN-7): refused for the prison’s own suspended inmate, and for a relative in custody who is suspended; nothing written', async () => {
    const own = await t.gql(
      CUSTODY,
      custody(ctx.suspended, ctx.relative, ctx.a.days[0].id, 'yn17-custody-own'),
      await givenStaff(t, 'PRISON', ctx.a.id, 'INTAKE_CLERK'),
    );
    expect(refusal(own)).toEqual(expected);
    const other = await t.gql(
      CUSTODY,
      custody(ctx.relative, ctx.suspended, ctx.b.days[0].id, 'yn17-custody-relative'),
      await givenStaff(t, 'PRISON', ctx.b.id, 'INTAKE_CLERK'),
    );
    expect(refusal(other)).toEqual(expected);
    expect(await footprint(ctx.suspended.id, ctx.a.days[0].id)).toEqual({ applications: 0, months: 0, taken: 0 });
    expect(await footprint(ctx.relative.id, ctx.b.days[0].id)).toEqual({ applications: 0, months: 0, taken: 0 });
  });

  it('YN-17 by an inmate’s request (YN-9): the prison’s approval is refused, nothing booked, the request still waits', async () => {
    const requested = await t.gql(
      REQUEST,
      {
        input: {
          subjectId: ctx.suspended.id,
          inmateName: ctx.suspended.name,
          reason: '想见妹妹',
          relatives: [{ ...SISTER, address: '昆明市盘龙区某街2号', phone: '13987650000' }],
        },
      },
      await givenStaff(t, 'PRISON', ctx.a.id, 'INTAKE_CLERK'),
    );
    expect(requested.errors).toBeUndefined();
    const id = requested.data.requestInmateMeeting.id;
    const decided = await t.gql(DECIDE, { id, day: ctx.a.days[0].id, venue: ctx.bureauId }, await givenStaff(t, 'PRISON', ctx.a.id, 'REVIEWER'));
    expect(refusal(decided)).toEqual(expected);
    expect(await footprint(ctx.suspended.id, ctx.a.days[0].id)).toEqual({ applications: 0, months: 0, taken: 0 });
    expect((await t.sql('select status, stage, application_id from judicial.inmate_request where id = $1', [id]))[0]).toEqual({
      status: 'REQUESTED',
      stage: 'INSTITUTION',
      application_id: null,
    });
  });
});

describe('GD-33: the same check under the GD pack', () => {
  it('GD-33: a suspended inmate is refused online, at the counter and by a custody filing (GD-5), nothing written', async () => {
    const subjectId = await givenInmate(t, 'prison1', 2);
    await suspend(DEMO_TENANTS.prison1.id, subjectId, 3, await t.login('prison1.supervisor'));
    const [soon] = await t.sql('select id from judicial.service_day where institution_id = $1 and date > current_date order by date limit 1', [
      DEMO_TENANTS.prison1.id,
    ]);
    const expected = { code: 'NOT_ELIGIBLE', rule: 'GD-33', pack: 'GD', messageKey: 'rule.subjectSuspended' };
    const visitor = { ...SISTER, idNumber: residentIdNumber('440106', '19900909', 43) };
    const input = { subjectId, serviceDayId: soon.id, venueId: DEMO_TENANTS.bureau1.id, visitors: [visitor] };

    expect(refusal(await submit(t, await t.login('proxy'), { ...input, idempotencyKey: 'gd33-online' }))).toEqual(expected);
    expect(
      refusal(await t.gql(COUNTER, { applicant: APPLICANT, input: { ...input, idempotencyKey: 'gd33-counter' } }, await t.login('bureau1.clerk'))),
    ).toEqual(expected);
    // GD-5: prison2 applies for its own inmate; the suspended relative's prison1 would review, on its day.
    const own = await person(await givenInmate(t, 'prison2', 2));
    expect(refusal(await t.gql(CUSTODY, custody(own, await person(subjectId), soon.id, 'gd33-custody'), await t.login('prison2.clerk')))).toEqual(expected);
    expect(await footprint(subjectId, soon.id)).toMatchObject({ applications: 0, months: 0 });
  });
});

describe('each channel’s exemptions, as declared', () => {
  it('GD-17 / YN-8(1): online, an unregistered relative is refused; GD-5 / YN-7: a custody filing names the relative from custody records and needs no registration or family venue (YN-6)', async () => {
    const [a, b] = [await givenPrison(t, 'YN', [{}], 5), await givenPrison(t, 'YN', [{}], 5)];
    const [own, relative] = [await person(a.inmateIds[0]), await person(b.inmateIds[0])];
    const online = await submit(
      t,
      await t.login('proxy'),
      {
        subjectId: own.id,
        serviceDayId: a.days[0].id,
        venueId: await givenYnBureau(),
        idempotencyKey: 'exempt-online',
        visitors: [{ name: relative.name, idNumber: residentIdNumber('530102', '19851212', 44), relation: 'SIBLING' }],
      },
      false,
    );
    expect(refusal(online)).toMatchObject({ code: 'RELATIONSHIP_NOT_REGISTERED', pack: 'YN' });
    expect(await footprint(own.id, a.days[0].id)).toEqual({ applications: 0, months: 0, taken: 0 });

    const filed = await t.gql(CUSTODY, custody(own, relative, a.days[0].id, 'exempt-custody'), await givenStaff(t, 'PRISON', a.id, 'INTAKE_CLERK'));
    expect(filed.errors, JSON.stringify(filed.errors)).toBeUndefined();
    expect(filed.data.fileCustodyMeeting.status).toBe('SUBMITTED');
    expect(await footprint(own.id, a.days[0].id)).toEqual({ applications: 1, months: 1, taken: 1 });
    expect((await t.sql('select count(*)::int as n from judicial.relationship where subject_id = $1', [own.id]))[0].n).toBe(0);
  });

  it('YN-9 / YN-35: the prison approves an inmate’s request for relatives nobody registered, and the booking is born approved', async () => {
    const prison = await givenPrison(t, 'YN', [{}], 5);
    const inmate = await person(prison.inmateIds[0]);
    const requested = await t.gql(
      REQUEST,
      {
        input: {
          subjectId: inmate.id,
          inmateName: inmate.name,
          reason: '想见妹妹',
          relatives: [{ ...SISTER, address: '昆明市盘龙区某街2号', phone: '13987650000' }],
        },
      },
      await givenStaff(t, 'PRISON', prison.id, 'INTAKE_CLERK'),
    );
    const decided = await t.gql(
      DECIDE,
      { id: requested.data.requestInmateMeeting.id, day: prison.days[0].id, venue: await givenYnBureau() },
      await givenStaff(t, 'PRISON', prison.id, 'REVIEWER'),
    );
    expect(decided.errors, JSON.stringify(decided.errors)).toBeUndefined();
    const [application] = await t.sql('select status, stage from judicial.application where id = $1', [decided.data.decideInmateRequest.applicationId]);
    expect(application).toEqual({ status: 'APPROVED', stage: 'DONE' });
    expect(await footprint(inmate.id, prison.days[0].id)).toEqual({ applications: 1, months: 1, taken: 1 });
  });
});

describe('YN-14: a family emergency is a longer or off-schedule meeting, approved by the warden alone', () => {
  const APPROVE = `mutation($id: ID!, $minutes: Int, $time: String) { approveEmergencyMeeting(applicationId: $id, reason: "母亲病危", extraMinutes: $minutes, meetingTime: $time) {
    emergencyMinutes meetingTime emergencyApproval { rule minutes meetingTime reason } } }`;
  const EXTRA = 'mutation($id: ID!, $m: String!) { requestExtraMeeting(inmateId: $id, month: $m, reason: "母亲病危") { id } }';
  const emergencyRows = async (id: string) =>
    (
      await t.sql(
        `select a.emergency_minutes, a.meeting_time, m.used, m.extra from judicial.application a
    join judicial.service_day d on d.id = a.service_day_id
    left join judicial.monthly_allowance m on m.subject_id = a.subject_id and m.month = to_char(d.date, 'YYYY-MM') where a.id = $1`,
        [id],
      )
    )[0];

  it('YN-14 / YN-27(3): the warden’s recorded approval lengthens the meeting and moves it off schedule, without an extra meeting in the month; nobody else can', async () => {
    const prison = await givenPrison(t, 'YN', [{}], 5);
    const inmate = await person(prison.inmateIds[0]);
    const requested = await t.gql(
      REQUEST,
      {
        input: {
          subjectId: inmate.id,
          inmateName: inmate.name,
          reason: '母亲病危',
          relatives: [{ ...SISTER, address: '昆明市盘龙区某街2号', phone: '13987650000' }],
        },
      },
      await givenStaff(t, 'PRISON', prison.id, 'INTAKE_CLERK'),
    );
    const decided = await t.gql(
      DECIDE,
      { id: requested.data.requestInmateMeeting.id, day: prison.days[0].id, venue: await givenYnBureau() },
      await givenStaff(t, 'PRISON', prison.id, 'REVIEWER'),
    );
    const id = decided.data.decideInmateRequest.applicationId;
    await eventually(async () =>
      expect((await t.sql('select extended_minutes from media.meeting where application_id = $1', [id]))[0]).toEqual({ extended_minutes: 0 }),
    );
    const before = { emergency_minutes: 0, meeting_time: '10:00', used: 1, extra: 0 };
    expect(await emergencyRows(id)).toEqual(before);

    const warden = await givenStaff(t, 'PRISON', prison.id, 'SUPERVISOR');
    const refusals = [
      await t.gql(APPROVE, { id, minutes: 20 }, await givenStaff(t, 'PRISON', prison.id, 'REVIEWER')), // not the warden
      await t.gql(APPROVE, { id, minutes: 20 }, await t.login('prison2.supervisor')), // another prison's
      await t.gql(APPROVE, { id, minutes: 61 }, warden),
      await t.gql(APPROVE, { id }, warden), // neither longer nor off schedule
      await t.gql(APPROVE, { id, time: '25:00' }, warden),
    ];
    expect(refusals.map((result) => result.errors?.[0].extensions?.code)).toEqual([
      'FORBIDDEN',
      'NOT_FOUND',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
    expect(await emergencyRows(id)).toEqual(before);

    const approved = await t.gql(APPROVE, { id, minutes: 20, time: '16:30' }, warden);
    expect(approved.errors, JSON.stringify(approved.errors)).toBeUndefined();
    expect(approved.data.approveEmergencyMeeting).toEqual({
      emergencyMinutes: 20,
      meetingTime: '16:30',
      emergencyApproval: { rule: 'YN-14', minutes: 20, meetingTime: '16:30', reason: '母亲病危' },
    });
    // Not an extra meeting: the month still counts one, with nothing extra granted.
    expect(await emergencyRows(id)).toEqual({ emergency_minutes: 20, meeting_time: '16:30', used: 1, extra: 0 });
    // Media's meeting runs 30 + 20 minutes, on the recorded approval.
    const [{ approver }] = await t.sql(`select emergency_approval->>'approvedBy' as approver from judicial.application where id = $1`, [id]);
    await eventually(async () =>
      expect((await t.sql('select extended_minutes, extension_approved_by from media.meeting where application_id = $1', [id]))[0]).toEqual({
        extended_minutes: 20,
        extension_approved_by: approver,
      }),
    );
  });

  it('YN-14: the YN rules have no extra meeting in the month; SX-4(2) keeps its extra meeting and has no longer-meeting approval; GD-35 neither', async () => {
    const yn = await givenPrison(t, 'YN', [{}], 5);
    const sx = await givenPrison(t, 'SX', [{}], 12);
    const extra = await t.gql(EXTRA, { id: yn.inmateIds[0], m: yn.days[0].date.slice(0, 7) }, await givenStaff(t, 'PRISON', yn.id, 'REVIEWER'));
    expect(refusal(extra)).toEqual({ code: 'NOT_ELIGIBLE', rule: 'YN-14', pack: 'YN', messageKey: 'booking.emergency.noExtraMeeting' });
    expect((await t.sql('select count(*)::int as n from prison.extra_meeting where inmate_id = $1', [yn.inmateIds[0]]))[0].n).toBe(0);
    expect(
      (await t.gql(EXTRA, { id: sx.inmateIds[0], m: sx.days[0].date.slice(0, 7) }, await givenStaff(t, 'PRISON', sx.id, 'REVIEWER'))).errors,
    ).toBeUndefined();

    const sxApplication = await submit(t, await t.login('proxy'), {
      subjectId: sx.inmateIds[0],
      serviceDayId: sx.days[0].id,
      idempotencyKey: 'sx4-longer',
      visitors: [{ name: '赵敏', idNumber: residentIdNumber('140102', '19700505'), relation: 'SPOUSE' }],
    });
    expect(sxApplication.errors, JSON.stringify(sxApplication.errors)).toBeUndefined();
    const longer = await t.gql(APPROVE, { id: sxApplication.data.submitApplication.id, minutes: 10 }, await givenStaff(t, 'PRISON', sx.id, 'SUPERVISOR'));
    expect(refusal(longer)).toEqual({ code: 'NOT_ELIGIBLE', rule: 'SX-4', pack: 'SX', messageKey: 'booking.emergency.noLongerMeeting' });

    const gd = await submit(t, await t.login('proxy'), {
      subjectId: await givenInmate(t, 'prison1', 3),
      serviceDayId: (
        await t.sql('select id from judicial.service_day where institution_id = $1 and date > current_date order by date offset 3 limit 1', [
          DEMO_TENANTS.prison1.id,
        ])
      )[0].id,
      idempotencyKey: 'gd35-longer',
    });
    expect(gd.errors, JSON.stringify(gd.errors)).toBeUndefined();
    expect(refusal(await t.gql(APPROVE, { id: gd.data.submitApplication.id, minutes: 10 }, await t.login('prison1.supervisor')))).toMatchObject({
      code: 'NOT_ELIGIBLE',
      rule: 'GD-35',
    });

    const kinds = (await t.gql('{ prisons { id emergencyMeetingKind emergencyMeetingSteps } }')).data.prisons;
    const of = (id: string) => kinds.find((prison: { id: string }) => prison.id === id);
    expect(of(yn.id)).toMatchObject({ emergencyMeetingKind: 'LONGER_OR_OFF_SCHEDULE', emergencyMeetingSteps: ['booking.emergency.step.warden'] });
    expect(of(sx.id)).toMatchObject({
      emergencyMeetingKind: 'EXTRA_MEETING',
      emergencyMeetingSteps: ['booking.emergency.step.ward', 'booking.emergency.step.adminSection', 'booking.emergency.step.leadership'],
    });
    expect(of(DEMO_TENANTS.prison1.id)).toMatchObject({ emergencyMeetingKind: null, emergencyMeetingSteps: [] });
  });
});
