import { recheckSubject } from '@rv/prison';
import { YN, chinaDate, clock, inmateRequestStageDue, nationalCalendar } from '@rv/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { givenDayWithSlots, givenPrison, givenServiceDay, givenStaff, residentIdNumber } from './support/scenario.js';

let t: TestPlatform;
const realNow = clock.now;
beforeAll(async () => {
  // YN-14 takes applications on working days only: run this file on one, whatever day CI runs.
  let now = new Date();
  while (!nationalCalendar().isWorkingDay(chinaDate(now))) now = new Date(now.getTime() + 86_400_000);
  // The clock keeps running on that day, so two filings have an order (YN-7: the pair meets on the one filed first).
  const ahead = now.getTime() - Date.now();
  clock.now = () => new Date(Date.now() + ahead);
  t = await givenPlatform();
});
afterAll(async () => {
  clock.now = realNow;
  await t?.close();
});

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;
const FILE = `mutation($input: CustodyMeetingInput!) { fileCustodyMeeting(input: $input) {
  id status stage institutionId visitorInstitutionId pairedApplicationId pairState venue { id } visitors { name relation idNumberMasked } } }`;

async function person(id: string): Promise<{ id: string; name: string; idNumber: string }> {
  const [row] = await t.sql('select id, name, id_number as "idNumber" from prison.inmate where id = $1', [id]);
  return row;
}

async function inmateOf(prisonId: string, nth: number) {
  const [row] = await t.sql('select id from prison.inmate where prison_id = $1 order by inmate_number offset $2 limit 1', [prisonId, nth]);
  return person(row.id);
}

function custody(
  own: { id: string; name: string; idNumber: string },
  relative: { id: string; name: string; idNumber: string },
  serviceDayId: string,
  idempotencyKey: string,
) {
  return {
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
  };
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
      status: 'SUBMITTED',
      stage: 'INSTITUTION',
      institutionId: DEMO_TENANTS.prison2.id,
      visitorInstitutionId: DEMO_TENANTS.prison1.id,
      venue: null,
      visitors: [{ name: own.name, relation: 'SIBLING', idNumberMasked: `${own.idNumber.slice(0, 6)}********${own.idNumber.slice(-4)}` }],
    });
    // A retry returns the same application.
    expect((await t.gql(FILE, custody(own, relative, relativeDay.id, 'gd5-filed'), clerk)).data.fileCustodyMeeting.id).toBe(application.id);

    const reviewer = await t.login('prison2.reviewer');
    await eventually(async () => {
      const queue = await t.gql('{ inmateReviewQueue { application { id } } }', {}, reviewer);
      expect(queue.data.inmateReviewQueue.map((r: any) => r.application.id)).toContain(application.id);
    });
    expect(
      code(
        await t.gql(
          'mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true) { status } }',
          { id: application.id },
          await t.login('prison1.reviewer'),
        ),
      ),
    ).toBe('FORBIDDEN');
    await t.gql('mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true) { status } }', { id: application.id }, reviewer);
    // The applying institution follows it too; with no family venue, nobody else needs telling.
    await eventually(async () => {
      const seen = await t.gql('query($id: ID!) { application(id: $id) { status stage } }', { id: application.id }, clerk);
      expect(seen.data.application).toEqual({ status: 'APPROVED', stage: 'DONE' });
    });
  });

  it('GD-5 / YN-7: institution staff find a relative held elsewhere only by exact name and ID number; families and bureaus cannot look', async () => {
    const relative = await inmateOf(DEMO_TENANTS.prison2.id, 4);
    const [detainee] = await t.sql('select id, name, id_number as "idNumber" from detox.detainee where centre_id = $1 limit 1', [DEMO_TENANTS.detox1.id]);
    const FIND = `query($n: String!, $i: String!) { inmate: heldRelativeInmate(name: $n, idNumber: $i) { id institution { id } }
      detainee: heldRelativeDetainee(name: $n, idNumber: $i) { id institution { id } } }`;
    const clerk = await t.login('prison1.clerk');
    expect((await t.gql(FIND, { n: relative.name, i: relative.idNumber }, clerk)).data).toEqual({
      inmate: { id: relative.id, institution: { id: DEMO_TENANTS.prison2.id } },
      detainee: null,
    });
    expect((await t.gql(FIND, { n: detainee.name, i: detainee.idNumber }, clerk)).data).toEqual({
      inmate: null,
      detainee: { id: detainee.id, institution: { id: DEMO_TENANTS.detox1.id } },
    });
    expect((await t.gql(FIND, { n: '别人', i: relative.idNumber }, clerk)).data).toEqual({ inmate: null, detainee: null }); // the name must match too
    expect(code(await t.gql(FIND, { n: relative.name, i: relative.idNumber }, await t.login('proxy')))).toBe('FORBIDDEN');
    expect(code(await t.gql(FIND, { n: relative.name, i: relative.idNumber }, await t.login('bureau1.clerk')))).toBe('FORBIDDEN');
    const units = (await t.gql('{ prisons { id custodyMeetingReviewedBy } detoxCentres { id custodyMeetingReviewedBy } }')).data;
    expect(units.prisons.find((unit: { id: string }) => unit.id === DEMO_TENANTS.prison1.id).custodyMeetingReviewedBy).toBe('RELATIVE_INSTITUTION'); // GD-5
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
    expect(fromB.data.fileCustodyMeeting).toMatchObject({
      institutionId: b.id,
      visitorInstitutionId: a.id,
      pairedApplicationId: fromA.data.fileCustodyMeeting.id,
    });
    const [{ paired }] = await t.sql('select paired_application_id as paired from judicial.application where id = $1', [fromA.data.fileCustodyMeeting.id]);
    expect(paired).toBe(fromB.data.fileCustodyMeeting.id);

    // Each prison reviews its own inmate's application.
    await eventually(async () => {
      const queue = await t.gql('{ inmateReviewQueue { application { id } } }', {}, await staffOf(a.id, 'REVIEWER'));
      expect(queue.data.inmateReviewQueue.map((r: any) => r.application.id)).toEqual([fromA.data.fileCustodyMeeting.id]);
    });
  });
});

describe('YN-7: one meeting for the pair, when both are approved', () => {
  const DECIDE = `mutation($id: ID!, $approve: Boolean!) { decideInmateReview(applicationId: $id, approve: $approve, meetingTime: "10:00", reasonCode: "OTHER", reason: "另有安排") { status } }`;

  /** Two YN prisons, each holding one of two siblings; each prison files for its own inmate on the same day. */
  async function givenPair(tag: string) {
    const [a, b] = [await givenPrison(t, 'YN', [{}], 5), await givenPrison(t, 'YN', [{}], 5)];
    const [x, y] = [await person(a.inmateIds[0]), await person(b.inmateIds[0])];
    const first = (await t.gql(FILE, custody(x, y, a.days[0].id, `${tag}-a`), await givenStaff(t, 'PRISON', a.id, 'INTAKE_CLERK'))).data.fileCustodyMeeting;
    const second = (await t.gql(FILE, custody(y, x, b.days[0].id, `${tag}-b`), await givenStaff(t, 'PRISON', b.id, 'INTAKE_CLERK'))).data.fileCustodyMeeting;
    return {
      a,
      b,
      first: { ...first, prisonId: a.id, dayId: a.days[0].id, subjectId: x.id },
      second: { ...second, prisonId: b.id, dayId: b.days[0].id, subjectId: y.id },
    };
  }

  /** The half's own prison decides it, as soon as its review case is open. */
  async function decide(half: { id: string; prisonId: string }, approve: boolean): Promise<void> {
    const reviewer = await givenStaff(t, 'PRISON', half.prisonId, 'REVIEWER');
    await eventually(async () => {
      const decided = await t.gql(DECIDE, { id: half.id, approve }, reviewer);
      expect(decided.errors, JSON.stringify(decided.errors)).toBeUndefined();
    });
  }

  const pairRows = (ids: string[]) =>
    t.sql(
      `select a.id, a.status, a.pair_state, a.rejection_key, a.rejection_params, a.rejection_rule, d.taken,
      (select used from judicial.monthly_allowance m where m.subject_id = a.subject_id and m.month = to_char(d.date, 'YYYY-MM')) as used
    from judicial.application a join judicial.service_day d on d.id = a.service_day_id where a.id = any($1) order by a.submitted_at`,
      [ids],
    );
  const meetings = (ids: string[]) => t.sql('select application_id from media.meeting where application_id = any($1)', [ids]);
  /** Media has read past every application.changed the judicial subgraph wrote for these applications (handled, or passed as nothing to do). */
  const mediaCaughtUp = (ids: string[]) =>
    eventually(async () => {
      const [{ pending }] = await t.sql(
        `select count(*)::int as pending from judicial.outbox o where o.topic = 'application.changed' and o.aggregate_id = any($1)
      and o.xid >= coalesce((select horizon from media.event_cursor where source = 'judicial'), '0'::xid8)`,
        [ids],
      );
      expect(pending).toBe(0);
    });

  it('YN-7: one approval gives no meeting; the second gives exactly one, the pair’s, on its first application', async () => {
    const { first, second } = await givenPair('yn7-both');
    const ids = [first.id, second.id];
    expect(first.pairState).toBe('WAITING');
    expect(second).toMatchObject({ pairState: 'WAITING', pairedApplicationId: first.id });

    await decide(first, true);
    await eventually(async () => expect((await pairRows(ids)).map((row) => row.status)).toEqual(['APPROVED', 'SUBMITTED']));
    await mediaCaughtUp(ids);
    expect(await meetings(ids)).toEqual([]);
    expect((await pairRows(ids)).map((row) => row.pair_state)).toEqual(['WAITING', 'WAITING']);

    await decide(second, true);
    await eventually(async () => expect(await meetings(ids)).toEqual([{ application_id: first.id }]));
    await mediaCaughtUp(ids);
    expect(await meetings(ids)).toEqual([{ application_id: first.id }]);
    expect((await pairRows(ids)).map((row) => [row.status, row.pair_state])).toEqual([
      ['APPROVED', 'MEETS'],
      ['APPROVED', 'JOINS'],
    ]);
  });

  /** Both halves approved: the pair's one meeting, on its first application (media's id). */
  async function givenPairMeeting(tag: string) {
    const pair = await givenPair(tag);
    await decide(pair.first, true);
    await decide(pair.second, true);
    const meetingId = await eventually(async () => {
      const [meeting] = await t.sql(`select id from media.meeting where application_id = $1 and state = 'SCHEDULED'`, [pair.first.id]);
      if (!meeting) throw new Error('no meeting yet');
      return meeting.id as string;
    });
    return { ...pair, ids: [pair.first.id, pair.second.id], meetingId };
  }

  it('YN-7: the pair’s one meeting broken off (YN-18 interrupted) settles BOTH applications: both INTERRUPTED, both months given back, both offered a reschedule', async () => {
    const { ids, meetingId } = await givenPairMeeting('yn7-outcome');
    expect((await pairRows(ids)).map((row) => [row.status, row.used])).toEqual([
      ['APPROVED', 1],
      ['APPROVED', 1],
    ]);
    // Given: the meeting is live; with no video gateway reachable, media's clock interrupts it (YN-18). Its times by the
    // platform's clock (this file runs on a working day ahead when today is not one), or media finds it already over.
    const now = clock.now();
    await t.sql(`update media.meeting set state = 'LIVE', started_at = $2, ends_at = $3 where id = $1`, [
      meetingId,
      now,
      new Date(now.getTime() + 30 * 60_000),
    ]);
    await eventually(
      async () =>
        expect((await pairRows(ids)).map((row) => [row.status, row.used])).toEqual([
          ['INTERRUPTED', 0],
          ['INTERRUPTED', 0],
        ]),
      15_000,
    );
    expect(await t.sql('select reschedule_offered from judicial.application where id = any($1) order by submitted_at', [ids])).toEqual([
      { reschedule_offered: true },
      { reschedule_offered: true },
    ]);
  });

  it('YN-7 / YN-15(5): the second half’s inmate put in confinement before the day stops BOTH halves (the pair’s meeting on the first is cancelled), each slot and month given back', async () => {
    const { second, ids, meetingId } = await givenPairMeeting('yn7-stopped');
    await t.sql('update prison.inmate set in_confinement = true where id = $1', [second.subjectId]);
    const em = t.platform.subgraphs.prison.orm.em.fork();
    expect(await em.transactional((tx) => recheckSubject(tx, second.subjectId))).toBe(1);
    await eventually(async () =>
      expect((await pairRows(ids)).map((row) => [row.status, row.taken, row.used])).toEqual([
        ['STOPPED', 0, 0],
        ['STOPPED', 0, 0],
      ]),
    );
    expect(await t.sql('select outcome_rule, outcome_code from judicial.application where id = any($1) order by submitted_at', [ids])).toEqual([
      { outcome_rule: 'YN-15', outcome_code: 'CONFINEMENT' },
      { outcome_rule: 'YN-15', outcome_code: 'CONFINEMENT' },
    ]);
    await eventually(async () => expect(await t.sql('select state from media.meeting where id = $1', [meetingId])).toEqual([{ state: 'CANCELLED' }]));
  });

  it('YN-7: one half refused stops the other: cancelled, its slot and month given back, its prison told why', async () => {
    const { first, second } = await givenPair('yn7-refused');
    const ids = [first.id, second.id];
    await decide(first, true);
    await eventually(async () => expect((await pairRows(ids))[0].status).toBe('APPROVED'));
    await decide(second, false);
    await eventually(async () => expect((await pairRows(ids)).map((row) => row.status)).toEqual(['CANCELLED', 'REJECTED']));
    expect(await pairRows(ids)).toEqual([
      {
        id: first.id,
        status: 'CANCELLED',
        pair_state: 'STOPPED',
        rejection_key: 'booking.custody.pairStopped',
        rejection_params: {},
        rejection_rule: null,
        taken: 0,
        used: 0,
      },
      // Issue 14: the pack's reason by key, the reviewer's note as written, the YN pack's rule (YN-15).
      {
        id: second.id,
        status: 'REJECTED',
        pair_state: 'STOPPED',
        rejection_key: 'decision.withNote',
        rejection_params: { reason: { key: 'reason.inmate.OTHER' }, note: '另有安排' },
        rejection_rule: 'YN-15',
        taken: 0,
        used: 0,
      },
    ]);
    const told = await t.gql(
      'query($id: ID!) { application(id: $id) { status pairState rejectionReason en: rejectionReason(locale: "en") } }',
      { id: first.id },
      await givenStaff(t, 'PRISON', first.prisonId, 'INTAKE_CLERK'),
    );
    expect(told.data.application).toEqual({
      status: 'CANCELLED',
      pairState: 'STOPPED',
      rejectionReason: '另一方的会见申请未获批准或已撤回，本次会见不再安排',
      en: 'The other relative’s application was refused or withdrawn: this meeting will not take place',
    });
    await mediaCaughtUp(ids);
    expect(await meetings(ids)).toEqual([]);
  });

  it('YN-7: a half withdrawn by its own prison after the pair met approval stops the other too; the meeting is dropped; nobody else may withdraw it', async () => {
    const { first, second } = await givenPair('yn7-withdrawn');
    const ids = [first.id, second.id];
    await decide(first, true);
    await decide(second, true);
    await eventually(async () => expect(await meetings(ids)).toEqual([{ application_id: first.id }]));
    const WITHDRAW = 'mutation($id: ID!) { withdrawCustodyMeeting(id: $id) { status pairState } }';
    expect(code(await t.gql(WITHDRAW, { id: second.id }, await givenStaff(t, 'PRISON', first.prisonId, 'INTAKE_CLERK')))).toBe('FORBIDDEN'); // not the filer
    expect(code(await t.gql(WITHDRAW, { id: second.id }, await t.login('proxy')))).toBe('FORBIDDEN');
    expect((await pairRows(ids)).map((row) => row.status)).toEqual(['APPROVED', 'APPROVED']);

    const withdrawn = await t.gql(WITHDRAW, { id: second.id }, await givenStaff(t, 'PRISON', second.prisonId, 'INTAKE_CLERK'));
    expect(withdrawn.data.withdrawCustodyMeeting).toEqual({ status: 'CANCELLED', pairState: 'STOPPED' });
    expect(await pairRows(ids)).toEqual([
      {
        id: first.id,
        status: 'CANCELLED',
        pair_state: 'STOPPED',
        rejection_key: 'booking.custody.pairStopped',
        rejection_params: {},
        rejection_rule: null,
        taken: 0,
        used: 0,
      },
      { id: second.id, status: 'CANCELLED', pair_state: 'STOPPED', rejection_key: null, rejection_params: null, rejection_rule: null, taken: 0, used: 0 },
    ]);
    await eventually(async () =>
      expect((await t.sql('select state from media.meeting where application_id = $1', [first.id]))[0]).toEqual({ state: 'CANCELLED' }),
    );
    expect(code(await t.gql(WITHDRAW, { id: second.id }, await givenStaff(t, 'PRISON', second.prisonId, 'INTAKE_CLERK')))).toBe('CONFLICT');
  });

  it('YN-7 / GD-39: a suspension notice stopping one half stops the other too; the pair’s meeting is dropped', async () => {
    const { first, second } = await givenPair('yn7-notice');
    const ids = [first.id, second.id];
    await decide(first, true);
    await decide(second, true);
    await eventually(async () => expect(await meetings(ids)).toEqual([{ application_id: first.id }]));
    const notice = await t.gql(
      'mutation($d: String!) { issueSuspensionNotice(cause: UNIT_FAULT, fromDate: $d, toDate: $d, message: "设备检修") { affected } }',
      { d: (await t.sql('select date::text from judicial.service_day where id = $1', [second.dayId]))[0].date },
      await givenStaff(t, 'PRISON', second.prisonId, 'SUPERVISOR'),
    );
    expect(notice.data.issueSuspensionNotice).toEqual({ affected: 1 });
    expect(await pairRows(ids)).toEqual([
      {
        id: first.id,
        status: 'CANCELLED',
        pair_state: 'STOPPED',
        rejection_key: 'booking.custody.pairStopped',
        rejection_params: {},
        rejection_rule: null,
        taken: 0,
        used: 0,
      },
      { id: second.id, status: 'SUSPENDED', pair_state: 'STOPPED', rejection_key: null, rejection_params: null, rejection_rule: null, taken: 0, used: 0 },
    ]);
    await eventually(async () =>
      expect((await t.sql('select state from media.meeting where application_id = $1', [first.id]))[0]).toEqual({ state: 'CANCELLED' }),
    );
  });

  it('YN-7: both halves approved at the same instant still make exactly one meeting', async () => {
    const { first, second } = await givenPair('yn7-race');
    const ids = [first.id, second.id];
    await Promise.all([decide(first, true), decide(second, true)]);
    await eventually(async () => expect((await pairRows(ids)).map((row) => row.pair_state)).toEqual(['MEETS', 'JOINS']));
    await mediaCaughtUp(ids);
    expect(await meetings(ids)).toEqual([{ application_id: first.id }]);
  });
});

describe('YN-9: an inmate asks the prison for a meeting', () => {
  const REQUEST = `mutation($input: InmateRequestInput!) { requestInmateMeeting(input: $input) { id status stage stageDueOn relatives { name idNumberMasked phoneMasked } } }`;
  const DECIDE = `mutation($id: ID!, $day: ID, $time: String, $venue: ID) { decideInmateRequest(id: $id, approve: true, serviceDayId: $day, meetingTime: $time, venueId: $venue) {
    status stage stageDueOn applicationId } }`;
  const MOTHER = {
    name: '赵秀兰',
    relation: 'PARENT',
    idNumber: residentIdNumber('530102', '19600303', 71),
    address: '昆明市五华区某街1号',
    phone: '13987654321',
  };
  const BROTHER = {
    name: '赵强',
    relation: 'SIBLING',
    idNumber: residentIdNumber('530102', '19880808', 72),
    address: '昆明市五华区某街1号',
    phone: '0871-65432100',
  };

  it('GD-10 / SX-3: under GD and SX the family applies, so an inmate’s own request is refused citing the pack’s own rule, never YN-9, and nothing is written', async () => {
    const requests = async () => (await t.sql('select count(*)::int as n from judicial.inmate_request'))[0].n;
    const before = await requests();
    const gdRefused = await t.gql(
      REQUEST,
      { input: { subjectId: (await inmateOf(DEMO_TENANTS.prison1.id, 1)).id, inmateName: '某某', relatives: [MOTHER], reason: '想见母亲' } },
      await t.login('prison1.clerk'),
    );
    expect(gdRefused.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'GD-10', pack: 'GD', messageKey: 'rule.noInmateRequests' });
    const sx = await givenPrison(t, 'SX', [{}], 12);
    const sxRefused = await t.gql(
      REQUEST,
      { input: { subjectId: sx.inmateIds[0], inmateName: '某某', relatives: [MOTHER], reason: '想见母亲' } },
      await givenStaff(t, 'PRISON', sx.id, 'INTAKE_CLERK'),
    );
    expect(sxRefused.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'SX-3', pack: 'SX', messageKey: 'rule.noInmateRequests' });
    expect(await requests()).toBe(before);
  });

  it('YN-9: the prison decides (5 working days), the family’s bureau tells the family and reports back (2), the prison tells the inmate (2); Form 1 prints from the data', async () => {
    const prison = await givenPrison(t, 'YN', [{}], 5);
    const [bureau] = await t.sql(`insert into judicial.county_bureau (id, name, kind, region, address, rule_pack)
      values (gen_random_uuid(), '测试五华区司法局', 'COUNTY_BUREAU', '五华区', '五华区某路2号', 'YN') returning id`);
    const clerk = await givenStaff(t, 'PRISON', prison.id, 'INTAKE_CLERK');
    const reviewer = await givenStaff(t, 'PRISON', prison.id, 'REVIEWER');
    const bureauClerk = await givenStaff(t, 'COUNTY_BUREAU', bureau.id, 'INTAKE_CLERK');
    const today = chinaDate(clock.now());

    const requested = await t.gql(
      REQUEST,
      { input: { subjectId: prison.inmateIds[0], inmateName: '赵刚', relatives: [MOTHER, BROTHER], reason: '母亲年迈，想见一面' } },
      clerk,
    );
    expect(requested.errors).toBeUndefined();
    const request = requested.data.requestInmateMeeting;
    expect(request).toMatchObject({
      status: 'REQUESTED',
      stage: 'INSTITUTION',
      stageDueOn: inmateRequestStageDue(YN, nationalCalendar(), 'INSTITUTION', today).date,
    });
    expect(request.relatives[1]).toEqual({ name: '赵强', idNumberMasked: `530102********${BROTHER.idNumber.slice(-4)}`, phoneMasked: '087******2100' });
    expect(
      code(
        await t.gql(REQUEST, { input: { subjectId: prison.inmateIds[0], inmateName: '赵刚', relatives: [{ ...MOTHER, phone: '12' }], reason: 'x' } }, clerk),
      ),
    ).toBe('BAD_USER_INPUT');

    // YN-8(3): the approval names the time; a bureau of the family's household is told.
    const untimed = await t.gql(DECIDE, { id: request.id, day: prison.days[0].id, venue: bureau.id }, reviewer);
    expect(untimed.errors?.[0].extensions?.rule).toBe('YN-8(3)');
    expect(code(await t.gql(DECIDE, { id: request.id, day: prison.days[0].id, time: '10:00', venue: bureau.id }, clerk))).toBe('FORBIDDEN');
    const approved = (await t.gql(DECIDE, { id: request.id, day: prison.days[0].id, time: '10:00', venue: bureau.id }, reviewer)).data.decideInmateRequest;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      stage: 'BUREAU_NOTIFY',
      stageDueOn: inmateRequestStageDue(YN, nationalCalendar(), 'BUREAU_NOTIFY', today).date,
    });
    const [booked] = await t.sql(
      `select a.status, a.meeting_time, a.venue_id, d.taken from judicial.application a join judicial.service_day d on d.id = a.service_day_id where a.id = $1`,
      [approved.applicationId],
    );
    expect(booked).toEqual({ status: 'APPROVED', meeting_time: '10:00', venue_id: bureau.id, taken: 1 });

    const form = (await t.gql('{ inmateRequests { id form1 { title lines } } }', {}, clerk)).data.inmateRequests.find((r: any) => r.id === request.id).form1;
    expect(form.title).toBe('远程视频会见申请表一');
    expect(form.lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^申请人：赵刚/),
        `2. 赵强　关系：兄弟姐妹　身份证号：${BROTHER.idNumber}　家庭住址：昆明市五华区某街1号　联系电话：0871-65432100`,
        `时间安排：${prison.days[0].date} 10:00`,
        '每月准许次数：1次',
        '每次会见时间：30分钟',
        '监狱意见：同意安排',
      ]),
    );
    // The bureau sees it and prints Form 2 for the booked meeting.
    expect((await t.gql('{ inmateRequests { id stage } }', {}, bureauClerk)).data.inmateRequests).toEqual([{ id: request.id, stage: 'BUREAU_NOTIFY' }]);
    const one = 'query($id: ID!) { inmateRequest(id: $id) { id stage } }';
    expect((await t.gql(one, { id: request.id }, bureauClerk)).data.inmateRequest).toEqual({ id: request.id, stage: 'BUREAU_NOTIFY' });
    expect(code(await t.gql(one, { id: request.id }, await t.login('bureau2.clerk')))).toBe('NOT_FOUND'); // another bureau's family
    const form2 = await t.gql('query($id: ID!) { application(id: $id) { form2 { title lines } } }', { id: approved.applicationId }, bureauClerk);
    expect(form2.data.application.form2.lines).toEqual(
      expect.arrayContaining([`1. 赵秀兰　关系：父母　身份证号：${MOTHER.idNumber}`, '地点安排：测试五华区司法局视频会见室']),
    );

    const ANSWER = 'mutation($id: ID!, $a: Boolean!) { answerInmateRequest(id: $id, accepted: $a) { status stage familyAccepted } }';
    expect(code(await t.gql(ANSWER, { id: request.id, a: true }, await t.login('bureau1.clerk')))).toBe('FORBIDDEN');
    expect((await t.gql(ANSWER, { id: request.id, a: true }, bureauClerk)).data.answerInmateRequest).toEqual({
      status: 'ACCEPTED',
      stage: 'INMATE_NOTIFY',
      familyAccepted: true,
    });

    // The prison moves the meeting: the slot moves and the bureau has 2 working days to arrange it again.
    const CHANGE =
      'mutation($id: ID!, $day: ID!) { changeInmateRequestDate(id: $id, serviceDayId: $day, meetingTime: "14:30") { stage stageDueOn familyAccepted } }';
    expect((await t.gql(CHANGE, { id: request.id, day: prison.days[1].id }, reviewer)).data.changeInmateRequestDate).toEqual({
      stage: 'BUREAU_NOTIFY',
      stageDueOn: nationalCalendar().addWorkingDays(today, 2).date,
      familyAccepted: null,
    });
    const slots = await t.sql('select id, taken from judicial.service_day where id in ($1, $2)', [prison.days[0].id, prison.days[1].id]);
    expect(Object.fromEntries(slots.map((row) => [row.id, row.taken]))).toEqual({ [prison.days[0].id]: 0, [prison.days[1].id]: 1 });
    const [sms] = await t.sql(`select phone, body from judicial.sms_message where kind = 'rescheduled' and application_id = $1`, [approved.applicationId]);
    expect(sms).toEqual({ phone: MOTHER.phone, body: expect.stringContaining(`改为${prison.days[1].date} 14:30`) });

    // This time the family declines: the booking is cancelled and its slot and month given back.
    expect((await t.gql(ANSWER, { id: request.id, a: false }, bureauClerk)).data.answerInmateRequest.status).toBe('DECLINED');
    const [after] = await t.sql(
      `select a.status, d.taken, (select sum(used)::int from judicial.monthly_allowance m where m.subject_id = a.subject_id) as used
      from judicial.application a join judicial.service_day d on d.id = a.service_day_id where a.id = $1`,
      [approved.applicationId],
    );
    expect(after).toEqual({ status: 'CANCELLED', taken: 0, used: 0 });
    const told = await t.gql('mutation($id: ID!) { inmateRequestTold(id: $id) { stage inmateToldAt } }', { id: request.id }, clerk);
    expect(told.data.inmateRequestTold).toMatchObject({ stage: 'DONE', inmateToldAt: expect.any(String) });
  });
});
