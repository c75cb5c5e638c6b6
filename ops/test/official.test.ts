import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { givenPrison, givenStaff } from './support/scenario.js';

/**
 * YN-34: courts, procuratorates, police, discipline commissions and notaries book remote sessions
 * with a prison on an official letter, in the same rooms, recorded, without taking families' slots.
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
const ARRANGE = `mutation($i: OfficialSessionInput!) { arrangeOfficialSession(input: $i) {
  joiningCode session { id organ organLabel issuedBy letterNumber purpose purposeLabel officials date minutes status recording rule inmate { id } } } }`;

describe('YN-34: official sessions', () => {
  it('YN-34: the prison records a procuratorate’s letter and arranges a session: media gets a recorded (not privileged) meeting of that length; no family slot is taken; refusals name the rule and write nothing', async () => {
    const prison = await givenPrison(t, 'YN', [{}, {}]);
    const clerk = await givenStaff(t, 'PRISON', prison.id, 'INTAKE_CLERK');
    const day = prison.days[0]!;
    const input = {
      inmateId: prison.inmateIds[0],
      organ: 'PROCURATORATE',
      issuedBy: '昆明市人民检察院',
      letterNumber: '昆检提〔2026〕118号',
      purpose: 'INTERROGATION',
      officials: ['赵检察官', '钱书记员'],
      date: day.date,
      minutes: 60,
    };
    const slotsBefore = await t.sql('select taken, capacity from judicial.service_day where id = $1', [day.id]);
    expect(slotsBefore).toEqual([{ taken: 0, capacity: 20 }]);

    const before = (await t.sql('select count(*)::int as n from prison.official_session'))[0].n;
    expect(ext(await t.gql(ARRANGE, { i: { ...input, organ: 'NEWSPAPER' } }, clerk))).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'YN-34',
      pack: 'YN',
      messageKey: 'official.notAnOrgan',
    });
    expect(ext(await t.gql(ARRANGE, { i: { ...input, letterNumber: ' ' } }, clerk))).toMatchObject({
      rule: 'YN-34',
      messageKey: 'official.letterRequired',
      field: 'letterNumber',
    });
    expect(ext(await t.gql(ARRANGE, { i: { ...input, officials: [] } }, clerk))).toMatchObject({ rule: 'YN-34', messageKey: 'official.officialsRequired' });
    expect(ext(await t.gql(ARRANGE, { i: { ...input, minutes: 600 } }, clerk))).toMatchObject({
      rule: 'YN-34',
      messageKey: 'official.minutesRange',
      params: { min: 10, max: 180 },
    });
    expect(ext(await t.gql(ARRANGE, { i: { ...input, date: '2020-01-01' } }, clerk))).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'official.dateInPast',
    });
    expect(code(await t.gql(ARRANGE, { i: input }, await t.login('prison1.clerk')))).toBe('NOT_FOUND'); // another prison's inmate
    expect(code(await t.gql(ARRANGE, { i: input }, await givenStaff(t, 'PRISON', prison.id, 'MONITOR')))).toBe('FORBIDDEN');
    expect(code(await t.gql(ARRANGE, { i: input }, await t.login('bureau1.clerk')))).toBe('FORBIDDEN');
    expect((await t.sql('select count(*)::int as n from prison.official_session'))[0].n).toBe(before);

    const arranged = await t.gql(ARRANGE, { i: input }, clerk);
    expect(arranged.errors).toBeUndefined();
    const { session, joiningCode } = arranged.data.arrangeOfficialSession;
    expect(joiningCode).toMatch(/^\d{8}$/);
    expect(session).toEqual({
      id: expect.any(String),
      organ: 'PROCURATORATE',
      organLabel: '人民检察院',
      issuedBy: '昆明市人民检察院',
      letterNumber: '昆检提〔2026〕118号',
      purpose: 'INTERROGATION',
      purposeLabel: '远程提讯',
      officials: ['赵检察官', '钱书记员'],
      date: day.date,
      minutes: 60,
      status: 'ARRANGED',
      recording: 'AUDIO_VIDEO',
      rule: 'YN-34',
      inmate: { id: prison.inmateIds[0] },
    });
    // Only the code's hash is kept.
    const [stored] = await t.sql('select guest_code_sha256 from prison.official_session where id = $1', [session.id]);
    expect(stored.guest_code_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.guest_code_sha256).not.toContain(joiningCode);

    const meeting = await eventually(async () => {
      const rows = await t.sql(
        `select id, kind, privileged, state, date::text as date, booked_minutes, ready, institution_id, subject_kind from media.meeting where application_id = $1`,
        [session.id],
      );
      expect(rows).toHaveLength(1);
      return rows[0];
    });
    expect(meeting).toMatchObject({
      kind: 'OFFICIAL',
      privileged: false,
      state: 'SCHEDULED',
      date: day.date,
      booked_minutes: 60,
      ready: true,
      institution_id: prison.id,
      subject_kind: 'INMATE',
    });
    // Families' slots are untouched: the day still has all 20 places, no application was made.
    expect(await t.sql('select taken, capacity from judicial.service_day where id = $1', [day.id])).toEqual([{ taken: 0, capacity: 20 }]);
    expect(await t.sql('select count(*)::int as n from judicial.application where service_day_id = $1', [day.id])).toEqual([{ n: 0 }]);
    // The prison's monitor wall lists it on its day.
    const wall = await t.gql(
      'query($d: String!) { meetings(date: $d) { id kind bookedMinutes } }',
      { d: day.date },
      await givenStaff(t, 'PRISON', prison.id, 'MONITOR'),
    );
    expect(wall.data.meetings).toEqual([{ id: meeting.id, kind: 'OFFICIAL', bookedMinutes: 60 }]);

    const listed = await t.gql('{ officialSessions { id letterNumber } }', {}, clerk);
    expect(listed.data.officialSessions).toEqual([{ id: session.id, letterNumber: '昆检提〔2026〕118号' }]);
    expect((await t.gql('{ officialSessions { id } }', {}, await t.login('prison1.clerk'))).data.officialSessions).toEqual([]);
  });

  // YN-34's seats on the day (the organ's joining code, the prison seating the inmate) run against real Janus in lawyer-meeting.test.ts.

  it('YN-34: cancelling drops the scheduled meeting; a pack without official sessions (GD) refuses with its own words', async () => {
    const prison = await givenPrison(t, 'YN', [{}]);
    const clerk = await givenStaff(t, 'PRISON', prison.id, 'SUPERVISOR');
    const arranged = (
      await t.gql(
        ARRANGE,
        {
          i: {
            inmateId: prison.inmateIds[0],
            organ: 'NOTARY',
            issuedBy: '昆明市明信公证处',
            letterNumber: '明公函〔2026〕7号',
            purpose: 'NOTARISATION',
            officials: ['周公证员'],
            date: prison.days[1]!.date,
            minutes: 30,
          },
        },
        clerk,
      )
    ).data.arrangeOfficialSession;
    await eventually(async () =>
      expect(await t.sql('select state from media.meeting where application_id = $1', [arranged.session.id])).toEqual([{ state: 'SCHEDULED' }]),
    );
    const CANCEL = 'mutation($id: ID!) { cancelOfficialSession(id: $id) { status } }';
    expect(code(await t.gql(CANCEL, { id: arranged.session.id }, await t.login('prison1.supervisor')))).toBe('FORBIDDEN');
    expect((await t.gql(CANCEL, { id: arranged.session.id }, clerk)).data.cancelOfficialSession).toEqual({ status: 'CANCELLED' });
    expect(code(await t.gql(CANCEL, { id: arranged.session.id }, clerk))).toBe('CONFLICT');
    await eventually(async () =>
      expect(await t.sql('select state from media.meeting where application_id = $1', [arranged.session.id])).toEqual([{ state: 'CANCELLED' }]),
    );

    const gd = await givenPrison(t, 'GD', [{}]);
    const refused = await t.gql(
      ARRANGE,
      {
        i: {
          inmateId: gd.inmateIds[0],
          organ: 'COURT',
          issuedBy: '广州市中级人民法院',
          letterNumber: '穗中法〔2026〕1号',
          purpose: 'HEARING',
          officials: ['吴法官'],
          date: gd.days[0]!.date,
          minutes: 30,
        },
      },
      await givenStaff(t, 'PRISON', gd.id, 'INTAKE_CLERK'),
    );
    expect(ext(refused)).toMatchObject({ code: 'NOT_ELIGIBLE', messageKey: 'official.notInPack', params: { pack: 'GD' } });
    expect(await t.sql('select count(*)::int as n from prison.official_session where prison_id = $1', [gd.id])).toEqual([{ n: 0 }]);
  });
});
