import { DetentionCentre, RoomKind, registerDetentionCentre } from '@rv/detention';
import { clock, type Identity } from '@rv/schema';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LAWYERS, DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, postToSubgraph, type GraphQLResponse, type TestPlatform } from './support/harness.js';
import { givenStaffLogin } from './support/scenario.js';

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
const defenceInput = (lawyer: string, extra: object = {}) => ({ requesterType: 'DEFENCE_LAWYER', lawyerAccountIds: [lawyer], credentials: defenceDocuments(lawyer), minutes: 30, ...extra });

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
    const other = await registerDetentionCentre(em, em.create(DetentionCentre, { name: '另一看守所', region: '西城市', rulePack: 'CQ' } as DetentionCentre), [{ name: '会见室', kind: RoomKind.STANDARD }]);
    const otherDesk = await t.login(await givenStaffLogin(t, 'DETENTION_CENTRE', other.id, ['INTAKE_CLERK']));
    expect((await t.gql('{ suspects { id } lawyerQueue { id } }', {}, otherDesk)).data).toEqual({ suspects: [], lawyerQueue: [] });
    expect(code(await t.gql('query($id: ID!) { suspect(id: $id) { name } }', { id: suspects.K00001 }, otherDesk))).toBe('NOT_FOUND');
    const before = await rows('queue_entry');
    expect(code(await t.gql(ACCEPT, { s: suspects.K00001, i: defenceInput(lawyerIds.lawyer) }, otherDesk))).toBe('NOT_FOUND');
    expect(await rows('queue_entry')).toBe(before);
  });

  it('a suspect reference (_entities) resolves for its centre only; a family account gets nothing', async () => {
    const [proxy] = await t.sql('select id, roles from judicial.account where username = $1', ['proxy']);
    const ask = (identity: Identity) => postToSubgraph(t, 'detention', identity,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Suspect { name caseCategory } } }',
      { r: [{ __typename: 'Suspect', id: suspects.K00004 }] });
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
    expect((await t.gql('{ suspects { suspectNumber } myMandates { kind suspect { suspectNumber } } }', {}, lawyer2)).data)
      .toEqual({ suspects: [{ suspectNumber: 'K00003' }], myMandates: [{ kind: 'DEFENCE', suspect: { suspectNumber: 'K00003' } }] });
    const mine = await t.gql('{ myLawyerMeetings { id status position credentials { kind source } } }', {}, lawyer2);
    expect(mine.data.myLawyerMeetings[0].credentials.map((c: { kind: string }) => c.kind)).toEqual(['PRACTICE_CERTIFICATE', 'FIRM_LETTER', 'POWER_OF_ATTORNEY']);
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

    const permitted = defenceInput(lawyerIds.lawyer, { credentials: [...defenceDocuments(lawyerIds.lawyer), { holder: lawyerIds.lawyer, kind: 'INVESTIGATOR_PERMISSION', reference: '许可会见决定书' }] });
    expect((await t.gql(ACCEPT, { s: suspects.K00004, i: permitted }, desk)).data.acceptLawyerAtDesk.status).toBe('WAITING');
  });

  it('CQ-2: a missing document is named; an assistant and a translator show their own sets', async () => {
    const desk = await t.login('detention1.clerk');
    const short = defenceInput(lawyerIds.lawyer, { credentials: defenceDocuments(lawyerIds.lawyer).slice(0, 2) });
    expect((await t.gql(ACCEPT, { s: suspects.K00002, i: short }, desk)).errors?.[0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'CQ-2', messageKey: 'lawyer.credentialsMissing', params: { missing: 'POWER_OF_ATTORNEY/LEGAL_AID_LETTER' } });
    const withCompanions = defenceInput(lawyerIds.lawyer, {
      companions: [{ role: 'ASSISTANT', name: '张助理' }, { role: 'TRANSLATOR', name: '马翻译' }],
      credentials: [...defenceDocuments(lawyerIds.lawyer), { holder: '张助理', kind: 'FIRM_LETTER', reference: '所函' }, { holder: '张助理', kind: 'INTERN_CARD', reference: '实习证' },
        { holder: '马翻译', kind: 'APPROVAL_DOCUMENT', reference: '许可决定' }],
    });
    expect((await t.gql(ACCEPT, { s: suspects.K00002, i: withCompanions }, desk)).errors?.[0].extensions).toMatchObject({ rule: 'CQ-2', params: { missing: 'IDENTITY_DOCUMENT' } });
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
    expect(schema.data.kinds.enumValues.map((v: { name: string }) => v.name)).toEqual(['PRACTICE_CERTIFICATE', 'LEGAL_AID_WORK_CARD', 'FIRM_LETTER', 'POWER_OF_ATTORNEY', 'LEGAL_AID_LETTER', 'HELP_REQUEST', 'HELP_NOTICE', 'INTERN_CARD', 'APPROVAL_DOCUMENT', 'IDENTITY_DOCUMENT', 'INVESTIGATOR_PERMISSION']);
    const required = schema.data.form.inputFields.filter((f: { type: { kind: string }; defaultValue: string | null }) => f.type.kind === 'NON_NULL' && f.defaultValue === null).map((f: { name: string }) => f.name);
    expect(required).toEqual(['requesterType', 'lawyerAccountIds', 'credentials']);
    expect(schema.data.centre.fields.map((f: { name: string }) => f.name)).toEqual(['id', 'name', 'region', 'rulePack']);
    // Only the two ways a lawyer's request is filed take the form; no mutation sets what a form requires.
    const typeNames = (type: { name: string | null; ofType?: unknown } | null): string[] => (type ? [type.name ?? '', ...typeNames(type.ofType as never)] : []);
    const takingForm = schema.data.mutations.mutationType.fields
      .filter((m: { args: { type: never }[] }) => m.args.some((a) => typeNames(a.type).some((n) => /LawyerMeeting|Credential|Requirement/.test(n))))
      .map((m: { name: string }) => m.name);
    expect(takingForm).toEqual(['acceptLawyerAtDesk', 'bookLawyerMeeting']);

    const before = await rows('queue_entry');
    const extra = defenceInput(lawyerIds.lawyer, { credentials: [...defenceDocuments(lawyerIds.lawyer), { holder: lawyerIds.lawyer, kind: 'HOUSEHOLD_REGISTER', reference: '户口本' }] });
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
    const centre = await registerDetentionCentre(em, em.create(DetentionCentre, { name: '繁忙看守所', region: '东城市', rulePack: 'CQ' } as DetentionCentre),
      [{ name: 'A', kind: RoomKind.STANDARD }, { name: 'B', kind: RoomKind.STANDARD }, { name: 'C', kind: RoomKind.STANDARD }, { name: 'D', kind: RoomKind.QUICK }]);
    const suspectIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const [row] = await t.sql(`insert into detention.suspect (id, centre_id, name, suspect_number, id_number, case_stage, case_category, case_unit)
        values (gen_random_uuid(), $1, $2, $3, '500101199001011234', 'PROSECUTION', 'ORDINARY', '检察院') returning id`, [centre.id, `嫌疑人${i}`, `B0000${i}`]);
      suspectIds.push(row.id);
    }
    const lawyers = (await t.sql(`insert into detention.lawyer (account_id, name, certificate_number, firm, verified)
      select gen_random_uuid(), '律师' || n, lpad(n::text, 17, '9'), '律所', true from generate_series(1, 100) n returning account_id`)).map((r) => r.account_id as string);
    const desk = await t.login(await givenStaffLogin(t, 'DETENTION_CENTRE', centre.id, ['INTAKE_CLERK', 'SUPERVISOR']));
    clock.now = () => new Date('2026-12-07T08:30:00+08:00'); // Monday morning

    const arrivals = [
      ...lawyers.map((lawyer, i) => () => t.gql(ACCEPT, { s: suspectIds[i % 3], i: defenceInput(lawyer) }, desk).then((r) => r.data?.acceptLawyerAtDesk ?? r.errors)),
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
