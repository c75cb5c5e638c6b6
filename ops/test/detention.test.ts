import { DetentionCentre, RoomKind, alertLegalHelpDue, checkDeadlines, registerDetentionCentre } from '@rv/detention';
import { clock, type Identity } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LAWYERS, DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, postToSubgraph, type GraphQLResponse, type TestPlatform } from './support/harness.js';
import { givenStaff, givenStaffLogin } from './support/scenario.js';

/**
 * Lawyer meetings at a detention centre (DOMAIN.md "Lawyers and officials", seed 003): suspects
 * scoped to their centre and to lawyers holding a mandate (CQ), the documents exactly as CQ-2, one
 * queue of lawyers and interrogations in order of acceptance with a 48-hour deadline (CQ-3), walk-ins (CQ-5).
 */
let t: TestPlatform;
const realNow = clock.now;
const CENTRE = DEMO_TENANTS.detention1.id;
const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const lawyerIds: Record<string, string> = {};
const suspects: Record<string, string> = {};

const ACCEPT = `mutation($s: ID!, $i: LawyerMeetingInput!) { acceptLawyerAtDesk(suspectId: $s, input: $i) { id status seq acceptedAt dueAt overdue position } }`;
const ARRANGE = `mutation($e: ID!, $r: ID!, $at: DateTimeISO!, $l: String) { arrangeQueueEntry(entryId: $e, roomId: $r, startsAt: $at, leaderApproval: $l) { id status startsAt } }`;
const INTERROGATE = `mutation($s: ID!) { acceptInterrogation(suspectId: $s, caseUnit: "东城区公安分局刑侦大队", officers: "王警官、李警官", minutes: 30) { id seq status } }`;

/** A defence lawyer's CQ-2 set: practice certificate, firm letter, power of attorney. */
function defenceDocuments(holder: string) {
  return [
    { holder, kind: 'PRACTICE_CERTIFICATE', reference: '执业证' },
    { holder, kind: 'FIRM_LETTER', reference: '所函' },
    { holder, kind: 'POWER_OF_ATTORNEY', reference: '委托书' },
  ];
}
const defenceInput = (lawyer: string, extra: object = {}) => ({
  requesterType: 'DEFENCE_LAWYER',
  lawyerAccountIds: [lawyer],
  credentials: defenceDocuments(lawyer),
  minutes: 30,
  ...extra,
});

async function rows(table: string): Promise<number> {
  const [{ count }] = await t.sql(`select count(*)::int as count from detention.${table}`);
  return count;
}

beforeAll(async () => {
  t = await givenPlatform();
  for (const username of Object.keys(DEMO_LAWYERS)) {
    const [row] = await t.sql('select id from judicial.account where username = $1', [username]);
    lawyerIds[username] = row.id;
  }
  // judicial's lawyer.verified reaches the centre's copy by event.
  await eventually(async () => expect(await rows('lawyer')).toBe(3));
  for (const row of await t.sql('select id, suspect_number from detention.suspect')) suspects[row.suspect_number] = row.id;
});
afterEach(() => {
  clock.now = realNow;
});
afterAll(() => t?.close());

describe('suspects stay with their centre and with mandated lawyers', () => {
  it('the centre reads its suspects; a family account, a detox centre and another detention centre read none (FORBIDDEN or nothing)', async () => {
    const desk = await t.login('detention1.clerk');
    const own = await t.gql('{ suspects { suspectNumber caseStage caseCategory temporaryHolding caseUnit idNumberMasked } }', {}, desk);
    expect(own.data.suspects.map((s: { suspectNumber: string }) => s.suspectNumber)).toEqual(['K00001', 'K00002', 'K00003', 'K00004', 'K00005', 'K00006']);
    expect(own.data.suspects[4]).toMatchObject({ caseCategory: 'UNCLEAR', temporaryHolding: true, caseUnit: '外省某市公安局' });
    expect(own.data.suspects[0].idNumberMasked).toMatch(/^500101\*{8}\d{3}[\dX]$/);

    expect(code(await t.gql('{ suspects { id } }', {}, await t.login('proxy')))).toBe('FORBIDDEN');
    expect(code(await t.gql('{ lawyerQueue { id } }', {}, await t.login('proxy')))).toBe('FORBIDDEN');
    expect(code(await t.gql('{ suspects { id } }', {}, await t.login('detox1.clerk')))).toBe('FORBIDDEN');

    const em = t.platform.subgraphs.detention.orm.em.fork();
    const other = await registerDetentionCentre(em, em.create(DetentionCentre, { name: '另一看守所', region: '西城市', rulePack: 'CQ' } as DetentionCentre), [
      { name: '会见室', kind: RoomKind.STANDARD },
    ]);
    const otherDesk = await t.login(await givenStaffLogin(t, 'DETENTION_CENTRE', other.id, ['INTAKE_CLERK']));
    expect((await t.gql('{ suspects { id } lawyerQueue { id } }', {}, otherDesk)).data).toEqual({ suspects: [], lawyerQueue: [] });
    expect(code(await t.gql('query($id: ID!) { suspect(id: $id) { name } }', { id: suspects.K00001 }, otherDesk))).toBe('NOT_FOUND');
    const before = await rows('queue_entry');
    expect(code(await t.gql(ACCEPT, { s: suspects.K00001, i: defenceInput(lawyerIds.lawyer) }, otherDesk))).toBe('NOT_FOUND');
    expect(await rows('queue_entry')).toBe(before);
  });

  it('a suspect reference (_entities) resolves for its centre only; a family account gets nothing', async () => {
    const [proxy] = await t.sql('select id, roles from judicial.account where username = $1', ['proxy']);
    const ask = (identity: Identity) =>
      postToSubgraph(t, 'detention', identity, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Suspect { name caseCategory } } }', {
        r: [{ __typename: 'Suspect', id: suspects.K00004 }],
      });
    const denied = await ask({ accountId: proxy.id, tenantKind: null, tenantId: null, roles: proxy.roles });
    expect(denied.data?._entities?.[0] ?? null).toBeNull();
    expect(code(denied)).toBe('FORBIDDEN');
    const [clerk] = await t.sql('select id, roles from judicial.account where username = $1', ['detention1.clerk']);
    const allowed = await ask({ accountId: clerk.id, tenantKind: 'DETENTION_CENTRE', tenantId: CENTRE, roles: clerk.roles });
    expect(allowed.data._entities).toEqual([{ name: '李某丁', caseCategory: 'STATE_SECURITY' }]);
  });

  it('CQ-2: a lawyer sees only the suspects it holds a mandate for (its power of attorney, accepted at the desk)', async () => {
    const lawyer2 = await t.login('lawyer2');
    expect((await t.gql('{ suspects { id } myMandates { id } }', {}, lawyer2)).data).toEqual({ suspects: [], myMandates: [] });
    expect(code(await t.gql('query($id: ID!) { suspect(id: $id) { name } }', { id: suspects.K00003 }, lawyer2))).toBe('NOT_FOUND');
    const accepted = await t.gql(ACCEPT, { s: suspects.K00003, i: defenceInput(lawyerIds.lawyer2) }, await t.login('detention1.clerk'));
    expect(accepted.data.acceptLawyerAtDesk.status).toBe('WAITING');
    expect((await t.gql('{ suspects { suspectNumber } myMandates { kind suspect { suspectNumber } } }', {}, lawyer2)).data).toEqual({
      suspects: [{ suspectNumber: 'K00003' }],
      myMandates: [{ kind: 'DEFENCE', suspect: { suspectNumber: 'K00003' } }],
    });
    const mine = await t.gql('{ myLawyerMeetings { id status position credentials { kind source } } }', {}, lawyer2);
    expect(mine.data.myLawyerMeetings[0].credentials.map((c: { kind: string }) => c.kind)).toEqual([
      'PRACTICE_CERTIFICATE',
      'FIRM_LETTER',
      'POWER_OF_ATTORNEY',
    ]);
  });
});

describe('CQ-2 credentials, exactly', () => {
  it('CQ-2: a state-security suspect in investigation without the investigator’s permission is refused with CQ-2 named, and nothing is written', async () => {
    const desk = await t.login('detention1.clerk');
    const before = { entries: await rows('queue_entry'), credentials: await rows('credential'), mandates: await rows('mandate') };
    const refused = await t.gql(ACCEPT, { s: suspects.K00004, i: defenceInput(lawyerIds.lawyer) }, desk);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'CQ-2', pack: 'CQ', messageKey: 'lawyer.permissionRequired' });
    expect({ entries: await rows('queue_entry'), credentials: await rows('credential'), mandates: await rows('mandate') }).toEqual(before);
    const terrorism = await t.gql(ACCEPT, { s: suspects.K00006, i: defenceInput(lawyerIds.lawyer) }, desk);
    expect(terrorism.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'CQ-2' });

    const permitted = defenceInput(lawyerIds.lawyer, {
      credentials: [...defenceDocuments(lawyerIds.lawyer), { holder: lawyerIds.lawyer, kind: 'INVESTIGATOR_PERMISSION', reference: '许可会见决定书' }],
    });
    expect((await t.gql(ACCEPT, { s: suspects.K00004, i: permitted }, desk)).data.acceptLawyerAtDesk.status).toBe('WAITING');
  });

  it('CQ-2: a missing document is named; an assistant and a translator show their own sets', async () => {
    const desk = await t.login('detention1.clerk');
    const short = defenceInput(lawyerIds.lawyer, { credentials: defenceDocuments(lawyerIds.lawyer).slice(0, 2) });
    expect((await t.gql(ACCEPT, { s: suspects.K00002, i: short }, desk)).errors?.[0].extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      rule: 'CQ-2',
      messageKey: 'lawyer.credentialsMissing',
      params: { missing: 'POWER_OF_ATTORNEY/LEGAL_AID_LETTER' },
    });
    const withCompanions = defenceInput(lawyerIds.lawyer, {
      companions: [
        { role: 'ASSISTANT', name: '张助理' },
        { role: 'TRANSLATOR', name: '马翻译' },
      ],
      credentials: [
        ...defenceDocuments(lawyerIds.lawyer),
        { holder: '张助理', kind: 'FIRM_LETTER', reference: '所函' },
        { holder: '张助理', kind: 'INTERN_CARD', reference: '实习证' },
        { holder: '马翻译', kind: 'APPROVAL_DOCUMENT', reference: '许可决定' },
      ],
    });
    expect((await t.gql(ACCEPT, { s: suspects.K00002, i: withCompanions }, desk)).errors?.[0].extensions).toMatchObject({
      rule: 'CQ-2',
      params: { missing: 'IDENTITY_DOCUMENT' },
    });
    withCompanions.credentials.push({ holder: '马翻译', kind: 'IDENTITY_DOCUMENT', reference: '身份证' });
    expect((await t.gql(ACCEPT, { s: suspects.K00002, i: withCompanions }, desk)).data.acceptLawyerAtDesk.status).toBe('WAITING');
  });

  it('CQ-2: no extra demand is possible: the document kinds are exactly CQ-2’s, the form has no other required field, no unit has a setting for it, and another kind is rejected', async () => {
    const schema = await t.gql(`{
      kinds: __type(name: "CredentialKind") { enumValues { name } }
      form: __type(name: "LawyerMeetingInput") { inputFields { name defaultValue type { kind } } }
      centre: __type(name: "DetentionCentre") { fields { name } }
      mutations: __schema { mutationType { fields { name args { name type { name ofType { name ofType { name ofType { name } } } } } } } }
    }`);
    expect(schema.data.kinds.enumValues.map((v: { name: string }) => v.name)).toEqual([
      'PRACTICE_CERTIFICATE',
      'LEGAL_AID_WORK_CARD',
      'FIRM_LETTER',
      'POWER_OF_ATTORNEY',
      'LEGAL_AID_LETTER',
      'HELP_REQUEST',
      'HELP_NOTICE',
      'INTERN_CARD',
      'APPROVAL_DOCUMENT',
      'IDENTITY_DOCUMENT',
      'INVESTIGATOR_PERMISSION',
    ]);
    const required = schema.data.form.inputFields
      .filter((f: { type: { kind: string }; defaultValue: string | null }) => f.type.kind === 'NON_NULL' && f.defaultValue === null)
      .map((f: { name: string }) => f.name);
    expect(required).toEqual(['requesterType', 'lawyerAccountIds', 'credentials']);
    expect(schema.data.centre.fields.map((f: { name: string }) => f.name)).toEqual([
      'address',
      'phone',
      'active',
      'inactiveReason',
      'id',
      'name',
      'region',
      'rulePack',
    ]);
    // Only the two ways a lawyer's request is filed take the form; no mutation sets what a form requires.
    const typeNames = (type: { name: string | null; ofType?: unknown } | null): string[] => (type ? [type.name ?? '', ...typeNames(type.ofType as never)] : []);
    const takingForm = schema.data.mutations.mutationType.fields
      .filter((m: { args: { type: never }[] }) => m.args.some((a) => typeNames(a.type).some((n) => /LawyerMeeting|Credential|Requirement/.test(n))))
      .map((m: { name: string }) => m.name);
    expect(takingForm).toEqual(['acceptLawyerAtDesk', 'bookLawyerMeeting']);

    const before = await rows('queue_entry');
    const extra = defenceInput(lawyerIds.lawyer, {
      credentials: [...defenceDocuments(lawyerIds.lawyer), { holder: lawyerIds.lawyer, kind: 'HOUSEHOLD_REGISTER', reference: '户口本' }],
    });
    expect(code(await t.gql(ACCEPT, { s: suspects.K00001, i: extra }, await t.login('detention1.clerk')))).toBe('BAD_USER_INPUT');
    expect(await rows('queue_entry')).toBe(before);
  });
});

describe('CQ-3 one queue in order of acceptance, 48 clock hours', () => {
  it('CQ-3: the deadline is 48 clock hours after acceptance, across a weekend and the National Day holiday', async () => {
    const desk = await t.login('detention1.clerk');
    clock.now = () => new Date('2026-10-02T10:00:00+08:00'); // a Friday inside the National Day holiday
    const holiday = await t.gql(ACCEPT, { s: suspects.K00001, i: defenceInput(lawyerIds.lawyer) }, desk);
    expect(holiday.data.acceptLawyerAtDesk.dueAt).toBe('2026-10-04T02:00:00.000Z'); // Sunday 10:00 China time
    clock.now = () => new Date('2026-12-04T16:30:00+08:00'); // a Friday afternoon
    const weekend = await t.gql(ACCEPT, { s: suspects.K00002, i: defenceInput(lawyerIds.lawyer) }, desk);
    expect(weekend.data.acceptLawyerAtDesk.dueAt).toBe('2026-12-06T08:30:00.000Z'); // Sunday 16:30 China time
    clock.now = () => new Date('2026-12-06T16:31:00+08:00');
    const late = await t.gql('{ lawyerQueue(status: [WAITING]) { id overdue } }', {}, desk);
    expect(late.data.lawyerQueue.find((e: { id: string }) => e.id === weekend.data.acceptLawyerAtDesk.id).overdue).toBe(true);
  });
});

describe('CQ-3 / CQ-5: many at once, a full day', () => {
  it('CQ-3: 100 lawyers and 20 interrogations accepted at once are numbered in acceptance order and served only in that order; CQ-5: a walk-in on a full day is accepted', async () => {
    const em = t.platform.subgraphs.detention.orm.em.fork();
    const centre = await registerDetentionCentre(em, em.create(DetentionCentre, { name: '繁忙看守所', region: '东城市', rulePack: 'CQ' } as DetentionCentre), [
      { name: 'A', kind: RoomKind.STANDARD },
      { name: 'B', kind: RoomKind.STANDARD },
      { name: 'C', kind: RoomKind.STANDARD },
      { name: 'D', kind: RoomKind.QUICK },
    ]);
    const suspectIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const [row] = await t.sql(
        `insert into detention.suspect (id, centre_id, name, suspect_number, id_number, case_stage, case_category, case_unit)
        values (gen_random_uuid(), $1, $2, $3, '500101199001011234', 'PROSECUTION', 'ORDINARY', '检察院') returning id`,
        [centre.id, `嫌疑人${i}`, `B0000${i}`],
      );
      suspectIds.push(row.id);
    }
    const lawyers = (
      await t.sql(`insert into detention.lawyer (account_id, name, certificate_number, firm, verified)
      select gen_random_uuid(), '律师' || n, lpad(n::text, 17, '9'), '律所', true from generate_series(1, 100) n returning account_id`)
    ).map((r) => r.account_id as string);
    const desk = await t.login(await givenStaffLogin(t, 'DETENTION_CENTRE', centre.id, ['INTAKE_CLERK', 'SUPERVISOR']));
    clock.now = () => new Date('2026-12-07T08:30:00+08:00'); // Monday morning

    const arrivals = [
      ...lawyers.map(
        (lawyer, i) => () => t.gql(ACCEPT, { s: suspectIds[i % 3], i: defenceInput(lawyer) }, desk).then((r) => r.data?.acceptLawyerAtDesk ?? r.errors),
      ),
      ...Array.from({ length: 20 }, (_, i) => () => t.gql(INTERROGATE, { s: suspectIds[i % 3] }, desk).then((r) => r.data?.acceptInterrogation ?? r.errors)),
    ].sort(() => Math.random() - 0.5);
    const accepted = await Promise.all(arrivals.map((arrive) => arrive()));
    expect(accepted.every((entry) => entry.status === 'WAITING')).toBe(true);

    const numbered = await t.sql(`select id, seq::int as seq, accepted_at from detention.queue_entry where centre_id = $1 order by seq`, [centre.id]);
    expect(numbered.map((row) => row.seq)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    const times = numbered.map((row) => new Date(row.accepted_at).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const queue = (await t.gql('{ lawyerQueue(status: [WAITING]) { id seq position } meetingRooms { id name } }', {}, desk)).data;
    expect(queue.lawyerQueue.map((e: { position: number }) => e.position)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    const rooms = ['A', 'B', 'C', 'D'].map((name) => queue.meetingRooms.find((r: { name: string }) => r.name === name).id);
    // The meeting of slot k: Monday 09:00 + 30 min × k (19 slots up to the hour's overflow), then Tuesday.
    const startOf = (i: number) => {
      const slot = Math.floor(i / 4);
      const day = slot < 19 ? '2026-12-07' : '2026-12-08';
      return new Date(new Date(`${day}T09:00:00+08:00`).getTime() + (slot % 19) * 30 * 60_000).toISOString();
    };
    const last = queue.lawyerQueue[119];
    const jumped = await t.gql(ARRANGE, { e: last.id, r: rooms[0], at: startOf(0) }, desk);
    expect(jumped.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'CQ-3', messageKey: 'lawyer.queueOrder' });
    expect(await t.sql(`select status from detention.queue_entry where id = $1`, [last.id])).toEqual([{ status: 'WAITING' }]);

    for (const [i, entry] of queue.lawyerQueue.entries()) {
      const arranged = await t.gql(ARRANGE, { e: entry.id, r: rooms[i % 4], at: startOf(i) }, desk);
      expect(arranged.data?.arrangeQueueEntry.status ?? arranged.errors).toBe('ARRANGED');
    }
    const served = await t.sql(`select seq::int as seq from detention.queue_entry where centre_id = $1 order by arranged_at, seq`, [centre.id]);
    expect(served.map((row) => row.seq)).toEqual(numbered.map((row) => row.seq));

    // Monday is full in every room; a lawyer walking in still gets its place and its 48 hours.
    clock.now = () => new Date('2026-12-07T11:00:00+08:00');
    const walkIn = await t.gql(ACCEPT, { s: suspectIds[0], i: defenceInput(lawyers[0]) }, desk);
    expect(walkIn.data.acceptLawyerAtDesk).toMatchObject({ status: 'WAITING', seq: '121', dueAt: '2026-12-09T03:00:00.000Z', position: 1 });
  });
});

/** A fresh centre (its own queue), its rooms, three suspects and a desk login with a leader's role. */
async function givenCentre(name: string, suspectRows: { category?: string; stage?: string; temporary?: boolean }[] = [{}, {}, {}]) {
  const em = t.platform.subgraphs.detention.orm.em.fork();
  const centre = await registerDetentionCentre(em, em.create(DetentionCentre, { name, region: '东城市', rulePack: 'CQ' } as DetentionCentre), [
    { name: 'A', kind: RoomKind.STANDARD },
    { name: 'Q', kind: RoomKind.QUICK },
    { name: 'V', kind: RoomKind.VIDEO },
  ]);
  const suspectIds: string[] = [];
  for (const [i, row] of suspectRows.entries()) {
    const [inserted] = await t.sql(
      `insert into detention.suspect (id, centre_id, name, suspect_number, id_number, case_stage, case_category, temporary_holding, case_unit)
      values (gen_random_uuid(), $1, $2, $3, '500101199001011234', $4, $5, $6, '办案单位') returning id`,
      [
        centre.id,
        `${name}${i}`,
        `${name.slice(0, 2)}${i}${Math.random().toString().slice(2, 8)}`,
        row.stage ?? 'PROSECUTION',
        row.category ?? 'ORDINARY',
        row.temporary ?? false,
      ],
    );
    suspectIds.push(inserted.id);
  }
  const desk = await t.login(await givenStaffLogin(t, 'DETENTION_CENTRE', centre.id, ['INTAKE_CLERK', 'SUPERVISOR']));
  const rooms = Object.fromEntries(
    (await t.gql('{ meetingRooms { id name } }', {}, desk)).data.meetingRooms.map((r: { id: string; name: string }) => [r.name, r.id]),
  );
  return { id: centre.id, suspectIds, desk, rooms };
}

describe('arranging (CQ-4, CQ-7, CQ-8) and the other ways a request ends (CQ-1, CQ-3, CQ-5)', () => {
  it('CQ-4: a remote lawyer meeting, once arranged, is a privileged media meeting for its lawyers (meeting.arranged)', async () => {
    const centre = await givenCentre('视频所');
    clock.now = () => new Date('2026-12-07T09:00:00+08:00');
    const entry = (await t.gql(ACCEPT, { s: centre.suspectIds[0], i: defenceInput(lawyerIds.lawyer, { mode: 'REMOTE', minutes: 45 }) }, centre.desk)).data
      .acceptLawyerAtDesk;
    const arranged = await t.gql(ARRANGE, { e: entry.id, r: centre.rooms.V, at: '2026-12-07T02:00:00.000Z' }, centre.desk);
    expect(arranged.data.arrangeQueueEntry).toEqual({ id: entry.id, status: 'ARRANGED', startsAt: '2026-12-07T02:00:00.000Z' });
    const meeting = await eventually(async () => {
      const [row] = await t.sql(
        `select privileged, kind, subject_kind, institution_id, venue_id, date::text, booked_minutes, counsel_account_ids, state
        from media.meeting where application_id = $1`,
        [entry.id],
      );
      if (!row) throw new Error('no media meeting yet');
      return row;
    });
    expect(meeting).toEqual({
      privileged: true,
      kind: 'LAWYER',
      subject_kind: 'SUSPECT',
      institution_id: centre.id,
      venue_id: centre.id,
      date: '2026-12-07',
      booked_minutes: 45,
      counsel_account_ids: [lawyerIds.lawyer],
      state: 'SCHEDULED',
    });
    // The centre's wall lists it under the CQ pack: nothing to warn or stop on (staff never hear it), no lengthening.
    const wall = await t.gql('{ meetings(date: "2026-12-07") { privileged warnGrounds { code } stopGrounds { code } extensionApprover } }', {}, centre.desk);
    expect(wall.data).toEqual({ meetings: [{ privileged: true, warnGrounds: [], stopGrounds: [], extensionApprover: null }] });
    expect(wall.errors).toBeUndefined();
  });

  it('CQ-8: after closing by at most one hour; a Saturday only with the leader’s recorded approval (refusals write nothing)', async () => {
    const centre = await givenCentre('加班所');
    clock.now = () => new Date('2026-12-04T16:00:00+08:00'); // Friday
    const entry = (await t.gql(ACCEPT, { s: centre.suspectIds[0], i: defenceInput(lawyerIds.lawyer, { minutes: 60 }) }, centre.desk)).data.acceptLawyerAtDesk;
    const tooLate = await t.gql(ARRANGE, { e: entry.id, r: centre.rooms.A, at: '2026-12-04T09:31:00.000Z' }, centre.desk); // 17:31–18:31
    expect(tooLate.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'CQ-8', messageKey: 'lawyer.outsideHours' });
    const saturday = await t.gql(ARRANGE, { e: entry.id, r: centre.rooms.A, at: '2026-12-05T02:00:00.000Z' }, centre.desk);
    expect(saturday.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'CQ-8', messageKey: 'lawyer.nonWorkingDayNeedsApproval' });
    expect(await t.sql('select status, room_id, starts_at from detention.queue_entry where id = $1', [entry.id])).toEqual([
      { status: 'WAITING', room_id: null, starts_at: null },
    ]);
    const approved = await t.gql(ARRANGE, { e: entry.id, r: centre.rooms.A, at: '2026-12-05T02:00:00.000Z', l: '副所长 王某 批准' }, centre.desk);
    expect(approved.data.arrangeQueueEntry.status).toBe('ARRANGED');
    expect(await t.sql('select leader_approval from detention.queue_entry where id = $1', [entry.id])).toEqual([{ leader_approval: '副所长 王某 批准' }]);
  });

  it('CQ-7: two defence lawyers together in one meeting, never three; a quick room takes ≤30 minutes only', async () => {
    const centre = await givenCentre('快速所');
    clock.now = () => new Date('2026-12-07T09:00:00+08:00');
    const both = [lawyerIds.lawyer, lawyerIds.lawyer2];
    const together = {
      requesterType: 'DEFENCE_LAWYER',
      lawyerAccountIds: both,
      credentials: [...defenceDocuments(both[0]), ...defenceDocuments(both[1])],
      minutes: 45,
    };
    const three = {
      ...together,
      lawyerAccountIds: [...both, lawyerIds.dutyLawyer],
      credentials: [...together.credentials, ...defenceDocuments(lawyerIds.dutyLawyer)],
    };
    expect((await t.gql(ACCEPT, { s: centre.suspectIds[0], i: three }, centre.desk)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'CQ-7',
    });
    const entry = (await t.gql(ACCEPT, { s: centre.suspectIds[0], i: together }, centre.desk)).data.acceptLawyerAtDesk;
    const quick = await t.gql(ARRANGE, { e: entry.id, r: centre.rooms.Q, at: '2026-12-07T02:00:00.000Z' }, centre.desk);
    expect(quick.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'CQ-7', messageKey: 'lawyer.quickRoomTooLong' });
    expect((await t.gql(ARRANGE, { e: entry.id, r: centre.rooms.A, at: '2026-12-07T02:00:00.000Z' }, centre.desk)).data.arrangeQueueEntry.status).toBe(
      'ARRANGED',
    );
    expect(await t.sql('select lawyer_account_ids from detention.queue_entry where id = $1', [entry.id])).toEqual([{ lawyer_account_ids: both }]);
  });

  it('CQ-5: a lawyer books online (documents uploaded and checked); the desk’s acceptance gives the place and the 48 hours; the lawyer sees the position', async () => {
    const centre = await givenCentre('预约所');
    const [suspect] = await t.sql('select name, id_number from detention.suspect where id = $1', [centre.suspectIds[1]]);
    const lawyer = await t.login('lawyer');
    clock.now = () => new Date('2026-12-07T10:00:00+08:00');
    const BOOK = `mutation($c: ID!, $n: String!, $id: String!, $i: LawyerMeetingInput!) { bookLawyerMeeting(centreId: $c, suspectName: $n, suspectIdNumber: $id, input: $i) { id status seq channel credentials { kind source } } }`;
    const upload = defenceDocuments(lawyerIds.lawyer).map((c) => ({ ...c, file: Buffer.from('%PDF-1.4 copy').toString('base64'), fileName: `${c.kind}.pdf` }));
    const wrong = await t.gql(BOOK, { c: centre.id, n: suspect.name, id: '500101199001019999', i: defenceInput(lawyerIds.lawyer) }, lawyer);
    expect(code(wrong)).toBe('NOT_FOUND');
    const booked = (
      await t.gql(BOOK, { c: centre.id, n: suspect.name, id: suspect.id_number, i: defenceInput(lawyerIds.lawyer, { credentials: upload }) }, lawyer)
    ).data.bookLawyerMeeting;
    expect(booked).toMatchObject({ status: 'BOOKED', seq: null, channel: 'ONLINE' });
    expect(booked.credentials.map((c: { source: string }) => c.source)).toEqual(['UPLOAD', 'UPLOAD', 'UPLOAD']);
    expect(await t.sql('select length(file)::int as bytes from detention.credential where entry_id = $1 order by kept_at, kind limit 1', [booked.id])).toEqual([
      { bytes: 13 },
    ]);
    clock.now = () => new Date('2026-12-07T10:05:00+08:00');
    const accepted = await t.gql('mutation($e: ID!) { acceptLawyerBooking(entryId: $e) { status seq dueAt } }', { e: booked.id }, centre.desk);
    expect(accepted.data.acceptLawyerBooking).toEqual({ status: 'WAITING', seq: '1', dueAt: '2026-12-09T02:05:00.000Z' });
    const mine = await t.gql('{ myLawyerMeetings { id status position dueAt } }', {}, lawyer);
    expect(mine.data.myLawyerMeetings.find((m: { id: string }) => m.id === booked.id)).toEqual({
      id: booked.id,
      status: 'WAITING',
      position: 1,
      dueAt: '2026-12-09T02:05:00.000Z',
    });
    expect(code(await t.gql('{ lawyerQueue { id } }', {}, lawyer))).toBe('FORBIDDEN');
  });

  it('CQ-3: the suspect’s written refusal to confirm a mandate’s end goes to the lawyer; no meeting is held and the mandate ends', async () => {
    const centre = await givenCentre('解除所');
    clock.now = () => new Date('2026-12-07T09:00:00+08:00');
    const first = (await t.gql(ACCEPT, { s: centre.suspectIds[2], i: defenceInput(lawyerIds.lawyer2) }, centre.desk)).data.acceptLawyerAtDesk;
    const REFUSE = 'mutation($e: ID!, $t: String!) { recordSuspectRefusal(entryId: $e, text: $t) { status refusalText } }';
    expect((await t.gql(REFUSE, { e: first.id, t: '拒绝' }, centre.desk)).errors?.[0].extensions?.messageKey).toBe('lawyer.refusalOnlyForMandateEnd');
    expect(await t.sql('select status from detention.queue_entry where id = $1', [first.id])).toEqual([{ status: 'WAITING' }]);
    await t.gql(ARRANGE, { e: first.id, r: centre.rooms.A, at: '2026-12-07T01:00:00.000Z' }, centre.desk);
    const end = (await t.gql(ACCEPT, { s: centre.suspectIds[2], i: defenceInput(lawyerIds.lawyer2, { purpose: 'MANDATE_END' }) }, centre.desk)).data
      .acceptLawyerAtDesk;
    const refused = await t.gql(REFUSE, { e: end.id, t: '本人书面拒绝会见，已解除委托。' }, centre.desk);
    expect(refused.data.recordSuspectRefusal).toEqual({ status: 'REFUSED_BY_SUSPECT', refusalText: '本人书面拒绝会见，已解除委托。' });
    const lawyerView = await t.gql('{ myLawyerMeetings { id status refusalText } }', {}, await t.login('lawyer2'));
    expect(lawyerView.data.myLawyerMeetings.find((m: { id: string }) => m.id === end.id)).toEqual({
      id: end.id,
      status: 'REFUSED_BY_SUSPECT',
      refusalText: '本人书面拒绝会见，已解除委托。',
    });
    expect(
      await t.sql('select active from detention.mandate where suspect_id = $1 and lawyer_account_id = $2', [centre.suspectIds[2], lawyerIds.lawyer2]),
    ).toEqual([{ active: false }]);
    expect(code(await t.gql(ARRANGE, { e: end.id, r: centre.rooms.A, at: '2026-12-07T03:00:00.000Z' }, centre.desk))).toBe('CONFLICT');
  });

  it('CQ-1: a request for legal help is logged, alerted 4 hours before its 24 hours, and handed to a duty lawyer of the centre only', async () => {
    const desk = await t.login('detention1.clerk');
    clock.now = () => new Date('2026-12-07T20:00:00+08:00');
    const LOG = 'mutation($s: ID!, $k: LegalHelpKind!) { recordLegalHelpRequest(suspectId: $s, kind: $k) { id kind passedTo dueAt alertAt alert } }';
    const retain = (await t.gql(LOG, { s: suspects.K00001, k: 'RETAIN_LAWYER' }, desk)).data.recordLegalHelpRequest;
    expect(retain).toMatchObject({ kind: 'RETAIN_LAWYER', passedTo: '东城区公安分局刑侦大队', dueAt: null, alert: 'NONE' });
    const help = (await t.gql(LOG, { s: suspects.K00001, k: 'LEGAL_HELP' }, desk)).data.recordLegalHelpRequest;
    expect(help).toMatchObject({ dueAt: '2026-12-08T12:00:00.000Z', alertAt: '2026-12-08T08:00:00.000Z', alert: 'NONE' });

    clock.now = () => new Date('2026-12-08T16:00:00+08:00');
    expect(await alertLegalHelpDue(t.platform.subgraphs.detention.orm.em.fork())).toBe(1);
    expect(await alertLegalHelpDue(t.platform.subgraphs.detention.orm.em.fork())).toBe(0);
    expect(
      await t.sql(`select payload->>'handedOver' as handed from detention.outbox where topic = 'legal_help.due' and aggregate_id = $1`, [help.id]),
    ).toEqual([{ handed: 'false' }]);
    const listed = await t.gql('{ legalHelpRequests { id alert } }', {}, desk);
    expect(listed.data.legalHelpRequests.find((r: { id: string }) => r.id === help.id).alert).toBe('DUE_SOON');

    const HAND = 'mutation($r: ID!, $l: ID!) { handLegalHelpToDutyLawyer(requestId: $r, lawyerAccountId: $l) { dutyLawyerAccountId alert } }';
    expect((await t.gql(HAND, { r: help.id, l: lawyerIds.lawyer }, desk)).errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'CQ-1' });
    expect((await t.gql(HAND, { r: help.id, l: lawyerIds.dutyLawyer }, desk)).data.handLegalHelpToDutyLawyer).toEqual({
      dutyLawyerAccountId: lawyerIds.dutyLawyer,
      alert: 'NONE',
    });
    const duty = await t.gql('{ suspects { suspectNumber } }', {}, await t.login('dutyLawyer'));
    expect(duty.data.suspects).toEqual([{ suspectNumber: 'K00001' }]);
  });

  it('CQ-3: a temporarily held suspect with an unclear offence is arranged once the case-handling unit’s answer is recorded; CQ-4: the in-person handover is recorded', async () => {
    const centre = await givenCentre('寄押所', [{ category: 'UNCLEAR', stage: 'INVESTIGATION', temporary: true }]);
    clock.now = () => new Date('2026-12-07T09:00:00+08:00');
    const entry = (await t.gql(ACCEPT, { s: centre.suspectIds[0], i: defenceInput(lawyerIds.lawyer) }, centre.desk)).data.acceptLawyerAtDesk;
    expect((await t.gql(ARRANGE, { e: entry.id, r: centre.rooms.A, at: '2026-12-07T02:00:00.000Z' }, centre.desk)).errors?.[0].extensions).toMatchObject({
      rule: 'CQ-3',
      messageKey: 'lawyer.offenceUnclear',
    });
    await t.gql('mutation($s: ID!) { recordCaseUnitCheck(suspectId: $s, category: ORDINARY) { caseCategory } }', { s: centre.suspectIds[0] }, centre.desk);
    expect((await t.gql(ARRANGE, { e: entry.id, r: centre.rooms.A, at: '2026-12-07T02:00:00.000Z' }, centre.desk)).data.arrangeQueueEntry.status).toBe(
      'ARRANGED',
    );
    const HANDOVER =
      'mutation($e: ID!) { recordHandover(entryId: $e, identityConfirmed: true, computerNote: "笔记本电脑，已关闭网络") { handedOverAt identityConfirmed computerNote } }';
    expect((await t.gql(HANDOVER, { e: entry.id }, centre.desk)).data.recordHandover).toEqual({
      handedOverAt: '2026-12-07T01:00:00.000Z',
      identityConfirmed: true,
      computerNote: '笔记本电脑，已关闭网络',
    });
  });
});

describe('CQ-3 / CQ-1: the centre’s leaders are texted before and at the deadlines', () => {
  it('CQ-3 / CQ-1: a leader’s mobile gets one SMS 4 hours before and one at the 48 hours of an unarranged place and the 24 hours of legal help not with a duty lawyer; a clerk and another centre’s leader get none', async () => {
    const leader = await t.login('detention1.supervisor');
    const desk = await t.login('detention1.clerk');
    const SET_PHONE = 'mutation($p: String!) { setMyAlertPhone(phone: $p) { phoneMasked } }';
    expect((await t.gql(SET_PHONE, { p: '13900000001' }, leader)).data.setMyAlertPhone).toEqual({ phoneMasked: '139****0001' });
    expect(code(await t.gql(SET_PHONE, { p: '12345' }, leader))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(SET_PHONE, { p: '13900000002' }, desk))).toBe('FORBIDDEN'); // only a leader records where alerts go
    await t.sql(`update judicial.account set phone = '13900000002' where username = 'detention1.clerk'`);
    const elsewhere = await givenStaffLogin(t, 'DETENTION_CENTRE', randomUUID(), ['SUPERVISOR']);
    await t.sql(`update judicial.account set phone = '13900000003' where username = $1`, [elsewhere]);

    clock.now = () => new Date('2026-12-14T09:00:00+08:00'); // Monday
    const entry = (await t.gql(ACCEPT, { s: suspects.K00001, i: defenceInput(lawyerIds.lawyer) }, desk)).data.acceptLawyerAtDesk;
    expect(entry.dueAt).toBe('2026-12-16T01:00:00.000Z');
    const help = (await t.gql('mutation($s: ID!) { recordLegalHelpRequest(suspectId: $s, kind: LEGAL_HELP) { id dueAt } }', { s: suspects.K00001 }, desk)).data
      .recordLegalHelpRequest;
    expect(help.dueAt).toBe('2026-12-15T01:00:00.000Z');
    const texts = () =>
      t.sql(`select phone, kind, message_key as key, params->>'rule' as rule from judicial.sms_message
      where kind like 'staff.cq.%' and params->>'due' in ('2026-12-16 09:00', '2026-12-15 09:00') order by created_at, kind`);
    const at = async (time: string) => {
      clock.now = () => new Date(`${time}+08:00`);
      await checkDeadlines(t.platform.subgraphs.detention.orm);
    };
    const leaderSms = (kind: string, key: string, rule: string) => ({ phone: '13900000001', kind, key: `lawyer.leaderSms.${key}`, rule });

    await at('2026-12-15T04:59:00'); // 20 h of legal help and 44 h of the place not yet reached
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await texts()).toEqual([]);
    await at('2026-12-15T05:00:00'); // CQ-1: 4 hours before the 24 hours
    const soonHelp = leaderSms('staff.cq.help.soon', 'LEGAL_HELP.DUE_SOON', 'CQ-1');
    await eventually(async () => expect(await texts()).toEqual([soonHelp]));
    await at('2026-12-15T09:01:00'); // CQ-1: the 24 hours passed without a duty lawyer
    const lateHelp = leaderSms('staff.cq.help.overdue', 'LEGAL_HELP.OVERDUE', 'CQ-1');
    await eventually(async () => expect(await texts()).toEqual([soonHelp, lateHelp]));
    await at('2026-12-16T05:00:00'); // CQ-3: 4 hours before the 48 hours
    const soonPlace = leaderSms('staff.cq.arrange.soon', 'ARRANGEMENT.DUE_SOON', 'CQ-3');
    await eventually(async () => expect(await texts()).toEqual([soonHelp, lateHelp, soonPlace]));
    await at('2026-12-16T09:01:00'); // CQ-3: the 48 hours passed unarranged
    const latePlace = leaderSms('staff.cq.arrange.overdue', 'ARRANGEMENT.OVERDUE', 'CQ-3');
    await eventually(async () => expect(await texts()).toEqual([soonHelp, lateHelp, soonPlace, latePlace]));
    await at('2026-12-16T10:00:00'); // each alert goes once
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await texts()).toHaveLength(4);
    const [body] = await t.sql(`select body from judicial.sms_message where kind = 'staff.cq.arrange.overdue' and params->>'due' = '2026-12-16 09:00'`);
    expect(body.body).toBe('【律师会见】本所有律师会见或提讯受理已超过48小时未安排（期限2026-12-16 09:00，CQ-3），请即安排。');
  });
});

describe('CQ-1: letters to the defence lawyer, passed on unread', () => {
  it('CQ-1: a suspect’s letter is logged without content and passed on; the lawyer sees it; withheld only on the pack’s grounds with a leader’s approval; none for a lawyer without the mandate, none read by another centre or lawyer', async () => {
    const desk = await t.login('detention1.clerk');
    clock.now = () => new Date('2026-12-14T10:00:00+08:00');
    expect((await t.gql(ACCEPT, { s: suspects.K00002, i: defenceInput(lawyerIds.lawyer) }, desk)).errors).toBeUndefined(); // the power of attorney: the mandate
    const RECEIVE = 'mutation($s: ID!, $l: ID!) { receiveSuspectLetter(suspectId: $s, lawyerAccountId: $l) { id status } }';
    const PASS = 'mutation($id: ID!) { passLetterOn(letterId: $id, via: HANDED) { status via passedAt } }';
    const WITHHOLD =
      'mutation($id: ID!, $g: String!, $a: String) { withholdLetter(letterId: $id, ground: $g, approvedBy: $a) { status withheldGround withheldApprovedBy } }';
    const noMandate = await t.gql(RECEIVE, { s: suspects.K00002, l: lawyerIds.dutyLawyer }, desk);
    expect(noMandate.errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'CQ-1' });

    const first = (await t.gql(RECEIVE, { s: suspects.K00002, l: lawyerIds.lawyer }, desk)).data.receiveSuspectLetter;
    expect(first.status).toBe('RECEIVED');
    expect((await t.gql(PASS, { id: first.id }, desk)).data.passLetterOn).toEqual({ status: 'PASSED_ON', via: 'HANDED', passedAt: '2026-12-14T02:00:00.000Z' });
    expect(code(await t.gql(PASS, { id: first.id }, desk))).toBe('CONFLICT');

    const second = (await t.gql(RECEIVE, { s: suspects.K00002, l: lawyerIds.lawyer }, desk)).data.receiveSuspectLetter;
    // CQ-1: not withheld for a ground outside the pack's list, nor without a leader's approval.
    expect((await t.gql(WITHHOLD, { id: second.id, g: 'COMPLAINS_ABOUT_CENTRE', a: '张所长' }, desk)).errors?.[0].extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      rule: 'CQ-1',
      messageKey: 'lawyer.letter.mustPassOn',
    });
    expect((await t.gql(WITHHOLD, { id: second.id, g: 'COLLUSION_OR_EVIDENCE', a: ' ' }, desk)).errors?.[0].extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      rule: 'CQ-1',
      messageKey: 'lawyer.letter.approvalRequired',
    });
    expect((await t.gql(WITHHOLD, { id: second.id, g: 'COLLUSION_OR_EVIDENCE', a: '张所长' }, desk)).data.withholdLetter).toEqual({
      status: 'WITHHELD',
      withheldGround: 'COLLUSION_OR_EVIDENCE',
      withheldApprovedBy: '张所长',
    });

    const MINE = '{ myLetters { id status via withheldGround suspect { suspectNumber } } }';
    expect((await t.gql(MINE, {}, await t.login('lawyer'))).data.myLetters).toEqual([
      { id: second.id, status: 'WITHHELD', via: null, withheldGround: 'COLLUSION_OR_EVIDENCE', suspect: { suspectNumber: 'K00002' } },
      { id: first.id, status: 'PASSED_ON', via: 'HANDED', withheldGround: null, suspect: { suspectNumber: 'K00002' } },
    ]);
    expect((await t.gql(MINE, {}, await t.login('dutyLawyer'))).data.myLetters).toEqual([]);
    const otherCentre = await givenStaff(t, 'DETENTION_CENTRE', randomUUID(), 'INTAKE_CLERK');
    expect((await t.gql('{ lawyerLetters { id } }', {}, otherCentre)).data.lawyerLetters).toEqual([]);
    expect(code(await t.gql(PASS, { id: second.id }, otherCentre))).toBe('NOT_FOUND');
    // Nothing of a letter's content is kept: the record has no column for it.
    const columns = (
      await t.sql(`select column_name from information_schema.columns where table_schema = 'detention' and table_name = 'lawyer_letter' order by column_name`)
    ).map((row) => row.column_name);
    expect(columns).toEqual([
      'centre_id',
      'id',
      'lawyer_account_id',
      'passed_at',
      'passed_by',
      'received_at',
      'received_by',
      'status',
      'suspect_id',
      'via',
      'withheld_approved_by',
      'withheld_at',
      'withheld_ground',
    ]);
  });
});

describe('lawyers register themselves; a justice bureau verifies the practice before the account is usable', () => {
  it('a lawyer registers with certificate and firm; sign-in is refused while pending and after a refusal (with its reason); the chosen bureau alone lists it; once verified the lawyer signs in and the centres know it (lawyer.verified)', async () => {
    const REGISTER = `mutation($u: String!, $c: String!, $b: ID!) { registerLawyer(username: $u, password: "Lawyer2026x", name: "秦律师", phone: "13700000001", certificateNumber: $c, firm: "重庆某某律师事务所", bureauId: $b) { accountId status certificateNumber firm bureauId } }`;
    const LIST = '{ lawyerRegistrations { name phoneMasked profile { accountId certificateNumber } } }';
    const bureau = DEMO_TENANTS.bureau1.id;
    expect(code(await t.gql(REGISTER, { u: 'qin.lawyer', c: '1500120191', b: bureau }))).toBe('BAD_USER_INPUT'); // 17 digits
    expect(code(await t.gql(REGISTER, { u: 'qin.lawyer', c: '15001201910000009', b: randomUUID() }))).toBe('NOT_FOUND');
    expect(code(await t.gql(REGISTER, { u: 'qin.lawyer', c: '15001201910000001', b: bureau }))).toBe('CONFLICT'); // a demo lawyer's certificate
    const registered = await t.gql(REGISTER, { u: 'qin.lawyer', c: '15001201910000009', b: bureau });
    expect(registered.data.registerLawyer).toMatchObject({
      status: 'PENDING',
      certificateNumber: '15001201910000009',
      firm: '重庆某某律师事务所',
      bureauId: bureau,
    });
    const { accountId } = registered.data.registerLawyer;
    expect(code(await t.gql(REGISTER, { u: 'qin.lawyer', c: '15001201910000008', b: bureau }))).toBe('CONFLICT');

    const LOGIN = 'mutation { login(username: "qin.lawyer", password: "Lawyer2026x") { token } }';
    expect((await t.gql(LOGIN)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'lawyer.registration.pending' });
    const reviewer = await t.login('bureau1.supervisor');
    expect((await t.gql(LIST, {}, reviewer)).data.lawyerRegistrations).toEqual([
      { name: '秦律师', phoneMasked: '137****0001', profile: { accountId, certificateNumber: '15001201910000009' } },
    ]);
    expect((await t.gql(LIST, {}, await t.login('bureau2.supervisor'))).data.lawyerRegistrations).toEqual([]); // another bureau's
    expect(code(await t.gql(LIST, {}, await t.login('detention1.clerk')))).toBe('FORBIDDEN');

    const REFUSE = 'mutation($a: ID!) { refuseLawyerRegistration(accountId: $a, reason: "执业证号与律师事务所不符") { status } }';
    expect(code(await t.gql(REFUSE, { a: accountId }, await t.login('bureau2.supervisor')))).toBe('NOT_FOUND');
    expect((await t.gql(REFUSE, { a: accountId }, reviewer)).data.refuseLawyerRegistration).toEqual({ status: 'REFUSED' });
    expect((await t.gql(LOGIN)).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'lawyer.registration.refused',
      params: { reason: '执业证号与律师事务所不符' },
    });
    expect((await t.gql(LIST, {}, reviewer)).data.lawyerRegistrations).toEqual([]);

    const VERIFY =
      'mutation($a: ID!) { verifyLawyer(accountId: $a, practice: { certificateNumber: "15001201910000009", firm: "重庆某某律师事务所", verified: true, dutyCentreIds: [] }) { status refusalReason } }';
    expect((await t.gql(VERIFY, { a: accountId }, reviewer)).data.verifyLawyer).toEqual({ status: 'VERIFIED', refusalReason: null });
    const token = (await t.gql(LOGIN)).data.login.token;
    expect((await t.gql('{ myLawyerProfile { status } }', {}, token)).data.myLawyerProfile).toEqual({ status: 'VERIFIED' });
    await eventually(async () =>
      expect(await t.sql('select name, certificate_number, verified from detention.lawyer where account_id = $1', [accountId])).toEqual([
        { name: '秦律师', certificate_number: '15001201910000009', verified: true },
      ]),
    );

    // The bureau withdraws the verification: the lawyer's session ends there, and signing in again is refused.
    const WITHDRAW =
      'mutation($a: ID!) { verifyLawyer(accountId: $a, practice: { certificateNumber: "15001201910000009", firm: "重庆某某律师事务所", verified: false, dutyCentreIds: [] }) { status } }';
    expect((await t.gql(WITHDRAW, { a: accountId }, reviewer)).errors).toBeUndefined();
    await eventually(async () => expect(code(await t.gql('{ myLawyerProfile { status } }', {}, token))).toBe('UNAUTHENTICATED'));
    expect((await t.gql(LOGIN)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
