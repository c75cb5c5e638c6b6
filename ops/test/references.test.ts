import { Detainee, DetoxCentre, registerDetainees } from '@rv/detox';
import { Inmate, Prison, TreatmentLevel, Ward, registerInmates } from '@rv/prison';
import { ANONYMOUS, clock, type Identity } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PROXY, DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, postToSubgraph, type GraphQLResponse, type TestPlatform } from './support/harness.js';
import { givenDayWithSlots, givenRelatives, givenStaff, residentIdNumber, submit, tokenFor } from './support/scenario.js';

/**
 * Entity references (`_entities`) carry the same scope as the queries: a subgraph answers another
 * subgraph's reference to an inmate or detainee with the public part only (name, number, masked ID
 * number, institution, ward or brigade), and the custody record only to the holding institution and
 * its supervisors, however the person is reached. Each subgraph is called directly, signed as the gateway signs.
 */
let t: TestPlatform;

/** A prison2 inmate with a custody record worth hiding (none of it bars a GD meeting). */
const SUBJECT = { name: '周测试', inmateNumber: 'R90001', idNumber: '440106198001019013', idNumberMasked: '440106********9013' };
const DETAINEE = { name: '吴测试', detaineeNumber: 'DR9001', idNumber: '440106198505059027', idNumberMasked: '440106********9027' };
let subjectId: string;
let detaineeId: string;
let applicationId: string;
let meetingId: string;
const ids: Record<string, Identity> = {};

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

/** A demo account's identity, as the gateway would forward it. */
async function identityOf(username: string): Promise<Identity> {
  const [row] = await t.sql('select id, tenant_kind, tenant_id, roles from judicial.account where username = $1', [username]);
  return { accountId: row.id, tenantKind: row.tenant_kind, tenantId: row.tenant_id, roles: row.roles };
}

/** One subgraph's `_entities`, called directly with a signed identity (what the gateway's query plan sends). */
function entities(
  subgraph: 'prison' | 'detox' | 'judicial' | 'media',
  identity: Identity,
  typename: string,
  id: string,
  selection: string,
): Promise<GraphQLResponse> {
  return postToSubgraph(t, subgraph, identity, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`, {
    r: [{ __typename: typename, id }],
  });
}

beforeAll(async () => {
  t = await givenPlatform();
  const prisonEm = t.platform.subgraphs.prison.orm.em.fork();
  const prison2 = await prisonEm.findOneOrFail(Prison, { id: DEMO_TENANTS.prison2.id });
  const ward = await prisonEm.findOneOrFail(Ward, { prison: prison2, number: 1 });
  const inmate = prisonEm.create(Inmate, {
    prison: prison2,
    ward,
    name: SUBJECT.name,
    inmateNumber: SUBJECT.inmateNumber,
    idNumber: SUBJECT.idNumber,
    treatmentLevel: TreatmentLevel.LENIENT,
    crimeCategory: 'DUTY_CRIME',
    lastWarningOrDemerit: '2026-11-02',
  } as Inmate);
  await registerInmates(prisonEm, [inmate]);
  subjectId = inmate.id;
  const detoxEm = t.platform.subgraphs.detox.orm.em.fork();
  const centre = await detoxEm.findOneOrFail(DetoxCentre, { id: DEMO_TENANTS.detox1.id });
  const detainee = detoxEm.create(Detainee, {
    centre,
    brigade: 2,
    name: DETAINEE.name,
    detaineeNumber: DETAINEE.detaineeNumber,
    idNumber: DETAINEE.idNumber,
  } as Detainee);
  await registerDetainees(detoxEm, [detainee]);
  detaineeId = detainee.id;
  await eventually(async () => {
    const [{ count }] = await t.sql('select count(*)::int as count from judicial.subject_ref where id in ($1, $2)', [subjectId, detaineeId]);
    if (count !== 2) throw new Error('subjects not yet in the directory');
  });

  // The family applies at bureau1 (the relationship registered first); prison2 approves, media opens the meeting.
  const day = await givenDayWithSlots(t, 3, 'prison2');
  const submitted = await submit(t, await t.login('proxy'), { subjectId, serviceDayId: day.id, idempotencyKey: 'references-1' });
  if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
  applicationId = submitted.data.submitApplication.id;
  const reviewer = await t.login('prison2.reviewer');
  await eventually(async () => {
    const decided = await t.gql('mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true) { status } }', { id: applicationId }, reviewer);
    if (!decided.data) throw new Error(JSON.stringify(decided.errors));
  });
  meetingId = await eventually(async () => {
    const [row] = await t.sql('select id from media.meeting where application_id = $1', [applicationId]);
    if (!row) throw new Error('no meeting yet');
    return row.id as string;
  });

  for (const username of [
    'proxy',
    'bureau1.clerk',
    'bureau2.clerk',
    'prison2.reviewer',
    'prison1.reviewer',
    'prisonBureau.supervisor',
    'detoxBureau.supervisor',
    'province.supervisor',
    'detox1.reviewer',
    'prison2.auditor',
    'province.auditor',
  ])
    ids[username] = await identityOf(username);
  ids.otherProxy = { accountId: randomUUID(), tenantKind: null, tenantId: null, roles: ['PROXY'] };
  ids.anonymous = ANONYMOUS;
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const PUBLIC_INMATE = 'id name inmateNumber idNumberMasked prison { id } ward { number }';
const CUSTODY_FIELDS = [
  'custodyStatus',
  'treatmentLevel',
  'inConfinement',
  'underInvestigation',
  'crimeCategory',
  'foreign',
  'isolationReview',
  'inTraining',
  'separateCustody',
  'admonished',
  'lastWarningOrDemerit',
  'lastConfinementPunishment',
  'seriousViolationInvestigationOn',
];
/** The public part, as every case reader gets it. */
const thePublicPart = () => ({
  status: 200,
  data: {
    _entities: [
      {
        id: subjectId,
        name: '周测试',
        inmateNumber: 'R90001',
        idNumberMasked: '440106********9013',
        prison: { id: DEMO_TENANTS.prison2.id },
        ward: { number: 1 },
      },
    ],
  },
});
const THE_CUSTODY_RECORD = {
  status: 200,
  data: {
    _entities: [
      {
        custodyStatus: 'IN_CUSTODY',
        treatmentLevel: 'LENIENT',
        inConfinement: false,
        underInvestigation: false,
        crimeCategory: 'DUTY_CRIME',
        foreign: false,
        isolationReview: false,
        inTraining: false,
        separateCustody: false,
        admonished: false,
        lastWarningOrDemerit: '2026-11-02',
        lastConfinementPunishment: null,
        seriousViolationInvestigationOn: null,
      },
    ],
  },
};

/** Every custody field asked alone: its code (null: answered), so one denial cannot hide another's answer. */
async function custodyCodes(caller: string): Promise<Record<string, string | null>> {
  const codes: Record<string, string | null> = {};
  for (const field of CUSTODY_FIELDS) codes[field] = code(await entities('prison', ids[caller], 'Inmate', subjectId, field)) ?? null;
  return codes;
}
const every = (value: string | null) => Object.fromEntries(CUSTODY_FIELDS.map((field) => [field, value]));

describe('prison: Inmate references give the public part to case readers and the custody record to the prison and its supervisors', () => {
  it.each([
    ['the subject’s own prison’s reviewer', 'prison2.reviewer'],
    ['the prison bureau', 'prisonBureau.supervisor'],
    ['the province', 'province.supervisor'],
  ])('GD-24 / SX-9 / YN-15: %s reads the public part and the whole custody record', async (_who, caller) => {
    expect(await entities('prison', ids[caller], 'Inmate', subjectId, PUBLIC_INMATE)).toEqual(thePublicPart());
    expect(await entities('prison', ids[caller], 'Inmate', subjectId, CUSTODY_FIELDS.join(' '))).toEqual(THE_CUSTODY_RECORD);
    expect(await custodyCodes(caller)).toEqual(every(null));
  });

  it.each([
    ['a proxy with an application for the subject', 'proxy'],
    ['a proxy without one', 'otherProxy'],
    ['the county bureau clerk with the case at its counter', 'bureau1.clerk'],
    ['a county bureau clerk without a case', 'bureau2.clerk'],
    ['another prison’s reviewer', 'prison1.reviewer'],
    ['a detox centre', 'detox1.reviewer'],
    ['the detox bureau', 'detoxBureau.supervisor'],
  ])('%s reads only the public part: every custody field is FORBIDDEN', async (_who, caller) => {
    expect(await entities('prison', ids[caller], 'Inmate', subjectId, PUBLIC_INMATE)).toEqual(thePublicPart());
    const record = await entities('prison', ids[caller], 'Inmate', subjectId, CUSTODY_FIELDS.join(' '));
    expect(record.data).toEqual({ _entities: [null] });
    expect(await custodyCodes(caller)).toEqual(every('FORBIDDEN'));
  });

  it.each([
    ['anonymous', 'anonymous', 'UNAUTHENTICATED'],
    ['the subject’s prison’s auditor', 'prison2.auditor', 'FORBIDDEN'],
    ['the province’s auditor', 'province.auditor', 'FORBIDDEN'],
  ])('%s gets nothing, not even the name', async (_who, caller, expected) => {
    const result = await entities('prison', ids[caller], 'Inmate', subjectId, 'id name');
    expect(result.data).toEqual({ _entities: [null] });
    expect(code(result)).toBe(expected);
    expect(await custodyCodes(caller)).toEqual(every(expected));
  });
});

describe('detox: Detainee references likewise', () => {
  const PUBLIC_DETAINEE = 'id name detaineeNumber idNumberMasked centre { id } brigade';
  const publicPart = () => ({
    status: 200,
    data: {
      _entities: [
        { id: detaineeId, name: '吴测试', detaineeNumber: 'DR9001', idNumberMasked: '440106********9027', centre: { id: DEMO_TENANTS.detox1.id }, brigade: 2 },
      ],
    },
  });
  const RECORD = 'inCustody inPhysiologicalDetox underRestraint';

  it.each([
    ['the subject’s own centre', 'detox1.reviewer'],
    ['the detox bureau', 'detoxBureau.supervisor'],
    ['the province', 'province.supervisor'],
  ])('GD-25: %s reads the public part and the custody record', async (_who, caller) => {
    expect(await entities('detox', ids[caller], 'Detainee', detaineeId, PUBLIC_DETAINEE)).toEqual(publicPart());
    expect(await entities('detox', ids[caller], 'Detainee', detaineeId, RECORD)).toEqual({
      status: 200,
      data: { _entities: [{ inCustody: true, inPhysiologicalDetox: false, underRestraint: false }] },
    });
  });

  it.each([
    ['a proxy', 'proxy'],
    ['a county bureau clerk', 'bureau1.clerk'],
    ['a prison’s reviewer', 'prison2.reviewer'],
    ['the prison bureau', 'prisonBureau.supervisor'],
  ])('%s reads only the public part: each custody field is FORBIDDEN', async (_who, caller) => {
    expect(await entities('detox', ids[caller], 'Detainee', detaineeId, PUBLIC_DETAINEE)).toEqual(publicPart());
    const codes = [];
    for (const field of RECORD.split(' ')) codes.push(code(await entities('detox', ids[caller], 'Detainee', detaineeId, field)));
    expect(codes).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  it.each([
    ['anonymous', 'anonymous', 'UNAUTHENTICATED'],
    ['an auditor', 'province.auditor', 'FORBIDDEN'],
  ])('%s gets nothing', async (_who, caller, expected) => {
    const result = await entities('detox', ids[caller], 'Detainee', detaineeId, 'id name');
    expect(result.data).toEqual({ _entities: [null] });
    expect(code(result)).toBe(expected);
  });
});

describe('judicial and media: case references use the visible scope', () => {
  // Which callers see the application and its meeting: the family's own, its venue, the subject's prison, the prison bureau, the province.
  const CASES: [string, string, string | null][] = [
    ['proxy', 'sees', null],
    ['otherProxy', 'null', null],
    ['bureau1.clerk', 'sees', null],
    ['bureau2.clerk', 'null', null],
    ['prison2.reviewer', 'sees', null],
    ['prison1.reviewer', 'null', null],
    ['prisonBureau.supervisor', 'sees', null],
    ['detoxBureau.supervisor', 'null', null],
    ['province.supervisor', 'sees', null],
    ['detox1.reviewer', 'null', null],
    ['prison2.auditor', 'null', 'FORBIDDEN'],
    ['province.auditor', 'null', 'FORBIDDEN'],
    ['anonymous', 'null', 'UNAUTHENTICATED'],
  ];

  it.each(CASES)('Application reference (judicial) for %s: %s', async (caller, sees, expectedCode) => {
    const result = await entities('judicial', ids[caller], 'Application', applicationId, 'id status');
    expect(result.data).toEqual({ _entities: [sees === 'sees' ? { id: applicationId, status: 'APPROVED' } : null] });
    expect(code(result) ?? null).toBe(expectedCode);
  });

  it.each(CASES)('Meeting reference (media) for %s: %s', async (caller, sees, expectedCode) => {
    const result = await entities('media', ids[caller], 'Meeting', meetingId, 'id state');
    expect(result.data).toEqual({ _entities: [sees === 'sees' ? { id: meetingId, state: 'SCHEDULED' } : null] });
    expect(code(result) ?? null).toBe(expectedCode);
  });

  it.each(CASES)('Application.meeting (media’s stub) and Inmate.applications (judicial’s stub) for %s: %s', async (caller, sees, expectedCode) => {
    const meeting = await entities('media', ids[caller], 'Application', applicationId, 'meeting { id }');
    expect(meeting.data).toEqual({ _entities: [{ meeting: sees === 'sees' ? { id: meetingId } : null }] });
    expect(code(meeting) ?? null).toBe(expectedCode);
    const applications = await entities('judicial', ids[caller], 'Inmate', subjectId, 'applications { id }');
    expect(applications.data).toEqual({ _entities: [expectedCode ? null : { applications: sees === 'sees' ? [{ id: applicationId }] : [] }] });
    expect(code(applications) ?? null).toBe(expectedCode);
  });

  it('a subject stub of judicial carries only the key and the caller’s visible applications', async () => {
    const fields = await postToSubgraph(
      t,
      'judicial',
      ANONYMOUS,
      '{ i: __type(name: "Inmate") { fields { name } } d: __type(name: "Detainee") { fields { name } } }',
      {},
    );
    expect(fields.data).toEqual({ i: { fields: [{ name: 'id' }, { name: 'applications' }] }, d: { fields: [{ name: 'id' }, { name: 'applications' }] } });
  });
});

describe('public units: Prison, DetoxCentre and CountyBureau carry nothing internal', () => {
  async function fieldsOf(subgraph: 'prison' | 'detox' | 'judicial', type: string): Promise<string[]> {
    const result = await postToSubgraph(t, subgraph, ANONYMOUS, `{ __type(name: "${type}") { fields { name } } }`, {});
    return result.data.__type.fields.map((field: { name: string }) => field.name);
  }

  it('their fields are the public ones, and anyone resolves them', async () => {
    // Address, phone, whether it takes bookings (and why not), its pack schedule and wards (SX-2 days) are shown to families.
    expect(await fieldsOf('prison', 'Prison')).toEqual([
      'address',
      'phone',
      'active',
      'inactiveReason',
      'id',
      'name',
      'region',
      'rulePack',
      'emergencyMeetingSteps',
      'emergencyMeetingKind',
      'custodyMeetingReviewedBy',
      'packSchedule',
      'wards',
      'takesInmateRequests',
    ]);
    expect(await fieldsOf('detox', 'DetoxCentre')).toEqual([
      'address',
      'phone',
      'active',
      'inactiveReason',
      'id',
      'name',
      'region',
      'rulePack',
      'custodyMeetingReviewedBy',
      'packSchedule',
      'brigades',
    ]);
    expect(await fieldsOf('judicial', 'CountyBureau')).toEqual([
      'address',
      'phone',
      'active',
      'inactiveReason',
      'id',
      'name',
      'kind',
      'region',
      'rulePack',
      'parentBureauId',
      'actsAsCountyBureau',
      'packSchedule',
    ]);
    expect((await entities('prison', ANONYMOUS, 'Prison', DEMO_TENANTS.prison2.id, 'id rulePack')).data).toEqual({
      _entities: [{ id: DEMO_TENANTS.prison2.id, rulePack: 'GD' }],
    });
    expect((await entities('detox', ANONYMOUS, 'DetoxCentre', DEMO_TENANTS.detox1.id, 'id rulePack')).data).toEqual({
      _entities: [{ id: DEMO_TENANTS.detox1.id, rulePack: 'GD' }],
    });
    expect((await entities('judicial', ANONYMOUS, 'CountyBureau', DEMO_TENANTS.bureau2.id, 'id kind')).data).toEqual({
      _entities: [{ id: DEMO_TENANTS.bureau2.id, kind: 'COUNTY_BUREAU' }],
    });
  });
});

describe('through the gateway: relationships, relatives and applications show the subject’s public part only', () => {
  const RELATIONSHIPS = (fields: string) => `query($s: ID!) { relationships(subjectId: $s) { visitorName subject { ... on Inmate { ${fields} } } } }`;

  it('the examiner’s path: a county bureau clerk without a case reads no relationship of the subject (issue 19); the bureau with the case reads the name, never the custody record', async () => {
    const stranger = await tokenFor(ids['bureau2.clerk']);
    expect(await t.gql(RELATIONSHIPS('name inConfinement'), { s: subjectId }, stranger)).toEqual({ status: 200, data: { relationships: [] } });
    const clerk = await tokenFor(ids['bureau1.clerk']);
    const record = await t.gql(RELATIONSHIPS('name inConfinement'), { s: subjectId }, clerk);
    expect(record.data).toBeNull();
    expect(record.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'forbidden.custodyRecord' });
    for (const field of ['custodyStatus', 'treatmentLevel', 'crimeCategory', 'lastWarningOrDemerit']) {
      expect(code(await t.gql(RELATIONSHIPS(field), { s: subjectId }, clerk)), field).toBe('FORBIDDEN');
    }
    expect((await t.gql(RELATIONSHIPS('name prison { id }'), { s: subjectId }, clerk)).data).toEqual({
      relationships: [{ visitorName: '李秀英', subject: { name: '周测试', prison: { id: DEMO_TENANTS.prison2.id } } }],
    });
    expect(code(await t.gql('query($id: ID!) { inmate(id: $id) { name } }', { id: subjectId }, clerk))).toBe('FORBIDDEN');
  });

  it('the subject’s own prison reads the relationships with the custody record', async () => {
    const result = await t.gql(RELATIONSHIPS('name inConfinement treatmentLevel'), { s: subjectId }, await t.login('prison2.reviewer'));
    expect(result).toEqual({
      status: 200,
      data: { relationships: [{ visitorName: '李秀英', subject: { name: '周测试', inConfinement: false, treatmentLevel: 'LENIENT' } }] },
    });
  });

  it('GD-17 / GD-19: myRelatives gives the family its relative’s name, not the custody record', async () => {
    const proxy = await t.login('proxy');
    const mine = await t.gql('{ myRelatives { subjectId relation subject { ... on Inmate { name prison { id } } } } }', {}, proxy);
    expect(mine.data.myRelatives.filter((relative: { subjectId: string }) => relative.subjectId === subjectId)).toEqual([
      { subjectId, relation: 'SPOUSE', subject: { name: '周测试', prison: { id: DEMO_TENANTS.prison2.id } } },
    ]);
    const record = await t.gql('{ myRelatives { subject { ... on Inmate { custodyStatus } } } }', {}, proxy);
    expect(record.data).toBeNull();
    expect(code(record)).toBe('FORBIDDEN');
  });

  it('GD-20: relativesAtCounter gives the clerk the name, not the custody record', async () => {
    const clerk = await t.login('bureau1.clerk');
    const QUERY = (fields: string) => `query($i: String!) { relativesAtCounter(idNumber: $i) { subjectId subject { ... on Inmate { ${fields} } } } }`;
    const names = await t.gql(QUERY('name'), { i: DEMO_PROXY.idNumber }, clerk);
    expect(names.data.relativesAtCounter.filter((relative: { subjectId: string }) => relative.subjectId === subjectId)).toEqual([
      { subjectId, subject: { name: '周测试' } },
    ]);
    const record = await t.gql(QUERY('crimeCategory'), { i: DEMO_PROXY.idNumber }, clerk);
    expect(record.data).toBeNull();
    expect(code(record)).toBe('FORBIDDEN');
  });

  it('the family and the venue see the subject’s name on the application; the prison’s review queue reads the custody status', async () => {
    const APPLICATION = (fields: string) => `query($id: ID!) { application(id: $id) { subject { ... on Inmate { ${fields} } } } }`;
    for (const login of ['proxy', 'bureau1.clerk']) {
      const token = await t.login(login);
      expect((await t.gql(APPLICATION('name inmateNumber'), { id: applicationId }, token)).data, login).toEqual({
        application: { subject: { name: '周测试', inmateNumber: 'R90001' } },
      });
      expect(code(await t.gql(APPLICATION('treatmentLevel'), { id: applicationId }, token)), login).toBe('FORBIDDEN');
    }
    const decided = await t.gql('{ inmates(search: "R90001") { name custodyStatus treatmentLevel } }', {}, await t.login('prison2.reviewer'));
    expect(decided.data).toEqual({ inmates: [{ name: '周测试', custodyStatus: 'IN_CUSTODY', treatmentLevel: 'LENIENT' }] });
  });
});

describe('issue 19, least privilege: relationships(subjectId) for a bureau', () => {
  it('a bureau lists the relationships of visitors who applied at it, not another visitor of the same subject; another bureau of the pack lists none; the institution lists all', async () => {
    const other = { name: '周其他', idNumber: residentIdNumber('440106', '19820202', 77), relation: 'SIBLING' };
    await givenRelatives(t, subjectId, [other]); // registered, but never applied at a bureau
    const names = async (token: string) =>
      (
        (await t.gql('query($s: ID!) { relationships(subjectId: $s) { visitorName } }', { s: subjectId }, token)).data.relationships as {
          visitorName: string;
        }[]
      ).map((row) => row.visitorName);
    expect(await names(await tokenFor(ids['bureau1.clerk']))).toEqual(['李秀英']);
    expect(await names(await tokenFor(ids['bureau2.clerk']))).toEqual([]);
    expect((await names(await t.login('prison2.reviewer'))).sort()).toEqual(['周其他', '李秀英'].sort());
    expect(await names(await t.login('prison1.reviewer'))).toEqual([]);
  });
});

describe('GD-5 / YN-7: heldRelativeInmate / heldRelativeDetainee give only what filing needs, logged and limited per account', () => {
  const FIND = `query($n: String!, $i: String!) { inmate: heldRelativeInmate(name: $n, idNumber: $i) { id name idNumberMasked institution { id name } } }`;
  const FIND_DETAINEE = `query($n: String!, $i: String!) { detainee: heldRelativeDetainee(name: $n, idNumber: $i) { id name idNumberMasked institution { id } } }`;

  it('GD-5: the filer gets the id, name, masked ID number and institution; no custody field exists on the answer', async () => {
    const clerk = await t.login('prison1.clerk');
    expect((await t.gql(FIND, { n: SUBJECT.name, i: SUBJECT.idNumber }, clerk)).data).toEqual({
      inmate: {
        id: subjectId,
        name: '周测试',
        idNumberMasked: '440106********9013',
        institution: { id: DEMO_TENANTS.prison2.id, name: DEMO_TENANTS.prison2.name },
      },
    });
    expect((await t.gql(FIND_DETAINEE, { n: DETAINEE.name, i: DETAINEE.idNumber }, clerk)).data).toEqual({
      detainee: { id: detaineeId, name: '吴测试', idNumberMasked: '440106********9027', institution: { id: DEMO_TENANTS.detox1.id } },
    });
    const custody = await t.gql(
      'query($n: String!, $i: String!) { heldRelativeInmate(name: $n, idNumber: $i) { custodyStatus } }',
      { n: SUBJECT.name, i: SUBJECT.idNumber },
      clerk,
    );
    expect(code(custody)).toBe('GRAPHQL_VALIDATION_FAILED');
    const fields = await postToSubgraph(t, 'prison', ANONYMOUS, '{ __type(name: "HeldInmate") { fields { name } } }', {});
    expect(fields.data.__type.fields.map((field: { name: string }) => field.name)).toEqual(['id', 'name', 'idNumberMasked', 'institution']);
  });

  it('GD-5: each look-up is logged with who and whom it found, never the name or ID number asked for', async () => {
    const logged = vi.spyOn(t.platform.subgraphs.prison.logger, 'info');
    try {
      const clerk = ids['prison1.reviewer'];
      await t.gql(FIND, { n: SUBJECT.name, i: SUBJECT.idNumber }, await tokenFor(clerk));
      await t.gql(FIND, { n: '别人', i: SUBJECT.idNumber }, await tokenFor(clerk));
      const lines = logged.mock.calls.filter(([fields]) => (fields as { event?: string }).event === 'heldRelative.lookup');
      expect(lines).toEqual([
        [
          {
            event: 'heldRelative.lookup',
            accountId: clerk.accountId,
            tenantKind: 'PRISON',
            tenantId: DEMO_TENANTS.prison1.id,
            kind: 'INMATE',
            outcome: 'FOUND',
            subjectId,
          },
          'held relative look-up',
        ],
        [
          {
            event: 'heldRelative.lookup',
            accountId: clerk.accountId,
            tenantKind: 'PRISON',
            tenantId: DEMO_TENANTS.prison1.id,
            kind: 'INMATE',
            outcome: 'NOT_FOUND',
            subjectId: null,
          },
          'held relative look-up',
        ],
      ]);
      expect(JSON.stringify(logged.mock.calls)).not.toContain(SUBJECT.idNumber);
      expect(JSON.stringify(logged.mock.calls)).not.toContain(SUBJECT.name);
    } finally {
      logged.mockRestore();
    }
  });

  it('GD-5: the 21st look-up within the hour is TOO_MANY_REQUESTS for that account only, counted in one row, and allowed again the next hour', async () => {
    const realNow = clock.now;
    const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
    clock.now = () => new Date(hour + 10 * 60_000); // ten minutes into this hour's window
    try {
      const prisonId = DEMO_TENANTS.prison1.id;
      const filer = await givenStaff(t, 'PRISON', prisonId, 'INTAKE_CLERK');
      const answers = [];
      for (let i = 0; i < 21; i++) answers.push(code(await t.gql(FIND, { n: SUBJECT.name, i: SUBJECT.idNumber }, filer)) ?? 'OK');
      expect(answers).toEqual([...Array(20).fill('OK'), 'TOO_MANY_REQUESTS']);
      const refused = await t.gql(FIND, { n: SUBJECT.name, i: SUBJECT.idNumber }, filer);
      expect(refused.data).toEqual({ inmate: null });
      expect(refused.errors?.[0].extensions).toEqual({
        code: 'TOO_MANY_REQUESTS',
        messageKey: 'error.tooManyLookups',
        params: { minutes: 60 },
        limit: 20,
        windowMinutes: 60,
        serviceName: 'prison',
      });
      const rows = await t.sql('select purpose, used from prison.lookup_quota where used > 20');
      expect(rows).toEqual([{ purpose: 'HELD_RELATIVE', used: 22 }]);
      // Another filer is not held back, nor is the same filer's look-up in a detox centre (counted there).
      expect(code(await t.gql(FIND, { n: SUBJECT.name, i: SUBJECT.idNumber }, await givenStaff(t, 'PRISON', prisonId, 'INTAKE_CLERK')))).toBeUndefined();
      expect(code(await t.gql(FIND_DETAINEE, { n: DETAINEE.name, i: DETAINEE.idNumber }, filer))).toBeUndefined();
      clock.now = () => new Date(hour + 60 * 60_000); // the next window
      expect((await t.gql(FIND, { n: SUBJECT.name, i: SUBJECT.idNumber }, filer)).data).toEqual({ inmate: expect.objectContaining({ id: subjectId }) });
    } finally {
      clock.now = realNow;
    }
  });

  it('families and bureaus still cannot look at all (and are not counted)', async () => {
    expect(code(await t.gql(FIND, { n: SUBJECT.name, i: SUBJECT.idNumber }, await t.login('proxy')))).toBe('FORBIDDEN');
    expect(code(await t.gql(FIND, { n: SUBJECT.name, i: SUBJECT.idNumber }, await t.login('bureau1.clerk')))).toBe('FORBIDDEN');
    expect(
      await t.sql('select count(*)::int as count from prison.lookup_quota where account_id in ($1, $2)', [ids.proxy.accountId, ids['bureau1.clerk'].accountId]),
    ).toEqual([{ count: 0 }]);
  });
});
