import { Inmate, Prison, TreatmentLevel, Ward, registerInmates, registerPrison } from '@rv/prison';
import { publishServiceDays, signToken } from '@rv/judicial';
import { chinaDate, clock, isValidResidentId, nationalCalendar, residentIdCheckCharacter, type Identity } from '@rv/schema';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_PROXY, DEMO_TENANTS, type DemoTenant } from '../../src/demo.js';
import { TEST_SECRETS, eventually, type GraphQLResponse, type TestPlatform } from './harness.js';

export const VISITOR = { name: '李秀英', idNumber: DEMO_PROXY.idNumber, relation: 'SPOUSE' };

export async function givenInmate(t: TestPlatform, prison: DemoTenant = 'prison1', nth = 0): Promise<string> {
  const rows = await t.sql('select id from prison.inmate where prison_id = $1 order by inmate_number offset $2 limit 1', [DEMO_TENANTS[prison].id, nth]);
  return rows[0].id;
}

export async function givenServiceDay(t: TestPlatform, prison: DemoTenant = 'prison1', nth = 0): Promise<{ id: string; date: string }> {
  const rows = await t.sql('select id, date::text from judicial.service_day where institution_id = $1 order by date offset $2 limit 1', [
    DEMO_TENANTS[prison].id,
    nth,
  ]);
  return rows[0];
}

/** A service day with exactly `capacity` slots, published by the prison's supervisor through the gateway. */
export async function givenDayWithSlots(t: TestPlatform, capacity: number, prison: DemoTenant = 'prison1'): Promise<{ id: string; date: string }> {
  const supervisor = await t.login(`${prison}.supervisor`);
  // A day no other test has used: the next one after the last published from 200 days ahead.
  const [{ last }] = await t.sql(
    `select coalesce(max(date), current_date + 200)::text as last from judicial.service_day
    where institution_id = $1 and date >= current_date + 200`,
    [DEMO_TENANTS[prison].id],
  );
  let date = last;
  do date = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  while (!nationalCalendar().isWorkingDay(date)); // GD-13: service days are working days
  const result = await t.gql(
    'mutation($days: [ServiceDayInput!]!) { publishServiceDays(days: $days) { id date capacity } }',
    { days: [{ date, capacity }] },
    supervisor,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.publishServiceDays[0];
}

export const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id status number } }`;

type VisitorLike = { name: string; idNumber: string; relation: string };

/**
 * Given (GD-17): these visitors' relationships to the subject are already registered, as the
 * institution or bureau would have done before the first application. registration.test.ts
 * proves the registration itself through the gateway. 户籍 (SX-1, YN-6): the household proven at
 * registration is `household` (a 6-digit region, or null: none proven); by default, as test data
 * only, the family lives where its ID numbers were issued (the platform itself never assumes so).
 */
export async function givenRelatives(t: TestPlatform, subjectId: string, visitors: VisitorLike[], household?: string | null): Promise<void> {
  for (const visitor of visitors.filter((candidate) => isValidResidentId(candidate.idNumber) && candidate.name.length <= 30)) {
    const region = household === undefined ? visitor.idNumber.slice(0, 6) : household;
    await t.sql(
      `insert into judicial.relationship (id, subject_id, visitor_name, visitor_id_number, relation, proof_kind, proof_reference, registered_by_tenant_id, registered_by, registered_at, household_region, household_proof)
      values (gen_random_uuid(), $1, $2, $3, $4, 'HOUSEHOLD_REGISTER', 'given', $1, $1, now(), $5, $6) on conflict do nothing`,
      [subjectId, visitor.name, visitor.idNumber, visitor.relation, region, region === null ? null : 'HOUSEHOLD_REGISTER'],
    );
  }
}

/** A proxy's online submission; its visitors' relationships are registered first unless told not to. */
export async function submit(
  t: TestPlatform,
  token: string,
  input: { subjectId: string; serviceDayId: string; idempotencyKey: string; venueId?: string; visitors?: unknown[] },
  registerFirst = true,
): Promise<GraphQLResponse> {
  const visitors = (input.visitors ?? [VISITOR]) as VisitorLike[];
  if (registerFirst && typeof input.subjectId === 'string' && /^[0-9a-f-]{36}$/.test(input.subjectId)) await givenRelatives(t, input.subjectId, visitors);
  return t.gql(SUBMIT, { input: { venueId: DEMO_TENANTS.bureau1.id, visitors, ...input } }, token);
}

/**
 * An application at bureau1 for a prison1 inmate, approved by the prison, whose meeting day is then
 * moved to today (days can only be booked ahead): what the meeting-day screens start from.
 */
export async function givenApprovedToday(
  t: TestPlatform,
  nth: number,
  visitors: VisitorLike[] = [VISITOR],
): Promise<{ id: string; subjectId: string; number: string }> {
  const proxy = await t.login('proxy');
  const subjectId = await givenInmate(t, 'prison1', nth);
  const day = await givenDayWithSlots(t, 3);
  const submitted = await submit(t, proxy, { subjectId, serviceDayId: day.id, idempotencyKey: `approved-today-${nth}`, visitors });
  if (!submitted.data) throw new Error(`could not apply for inmate ${nth}: ${JSON.stringify(submitted.errors)}`);
  const { id, number } = submitted.data.submitApplication;
  const reviewer = await t.login('prison1.reviewer');
  await eventually(async () => {
    const decided = await t.gql('mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true) { status } }', { id }, reviewer);
    if (decided.errors?.[0].extensions?.code === 'NOT_FOUND') throw new Error('review case not open yet');
  });
  await eventually(async () => {
    const [row] = await t.sql('select status from judicial.application where id = $1', [id]);
    if (row.status !== 'APPROVED') throw new Error(`still ${row.status}`);
  });
  const today = chinaDate(new Date());
  await t.sql(
    `insert into judicial.service_day (id, institution_id, institution_kind, date, capacity, taken)
    values (gen_random_uuid(), $1, 'PRISON', $2, 50, 0) on conflict (institution_id, date) do nothing`,
    [DEMO_TENANTS.prison1.id, today],
  );
  await t.sql(`update judicial.application set service_day_id = (select id from judicial.service_day where institution_id = $2 and date = $3) where id = $1`, [
    id,
    DEMO_TENANTS.prison1.id,
    today,
  ]);
  await t.sql('update prison.review_case set service_date = $2 where application_id = $1', [id, today]); // the prison's case too
  // The month it uses moves with it (GD-11), so what is given back or barred is today's month.
  await t.sql('update judicial.monthly_allowance set used = used - 1 where subject_id = $1 and month = $2 and used > 0', [subjectId, day.date.slice(0, 7)]);
  await t.sql(
    `insert into judicial.monthly_allowance (subject_id, month, used) values ($1, $2, 1)
    on conflict (subject_id, month) do update set used = judicial.monthly_allowance.used + 1`,
    [subjectId, today.slice(0, 7)],
  );
  await eventually(async () => {
    // its meeting (made by media on approval) is today's too
    if (!(await t.sql('update media.meeting set date = $2 where application_id = $1 returning id', [id, today])).length) throw new Error('no meeting yet');
  });
  return { id, subjectId, number };
}

export interface Subscription {
  results: any[];
  errors: unknown[];
  /** Waits for the nth result (0-based). */
  result(n: number, timeoutMs?: number): Promise<any>;
  close(): Promise<void>;
}

/** A graphql-ws subscriber, as a portal would be. */
export async function subscribe(url: string, token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<Subscription> {
  const results: any[] = [];
  const errors: unknown[] = [];
  let client!: Client;
  await new Promise<void>((resolve, reject) => {
    client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      // The refusal reaches the caller through `closed`; graphql-ws would also print it (its default is console.error).
      onNonLazyError: () => undefined,
      connectionParams: token ? { authToken: token } : {},
      on: { connected: () => resolve(), closed: (event) => reject(event) },
    });
  });
  client.subscribe(
    { query, variables },
    {
      next: (value) => results.push(value),
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  // Let the server register the subscription before the test changes anything.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return {
    results,
    errors,
    async result(n, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (results.length <= n) {
        if (Date.now() > deadline) throw new Error(`no result #${n} within ${timeoutMs} ms (got ${results.length}, errors ${JSON.stringify(errors)})`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return results[n];
    },
    close: () => client.dispose() as Promise<void>,
  };
}

/** A resident ID number registered in a region (first six digits), born on a day (YYYYMMDD). */
export function residentIdNumber(region: string, birth: string, sequence = 123): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A login token for an account, signed as the judicial subgraph signs them (for many accounts at once). */
export async function tokenFor(identity: Identity): Promise<string> {
  return signToken(identity, TEST_SECRETS.tokenSecret);
}

/** A staff account of a tenant made straight in the database (for tenants the demo does not have), and its token. */
export async function givenStaff(t: TestPlatform, tenantKind: string, tenantId: string, role: string): Promise<string> {
  const [row] = await t.sql(
    `insert into judicial.account (id, username, password_hash, display_name, roles, tenant_kind, tenant_id)
    values (gen_random_uuid(), 'staff-' || substr(md5(random()::text), 1, 12), 'scrypt$16384$x$y', '测试工作人员', $1, $2, $3) returning id`,
    [[role], tenantKind, tenantId],
  );
  return tokenFor({ accountId: row.id, tenantKind: tenantKind as Identity['tenantKind'], tenantId, roles: [role as Identity['roles'][number]] });
}

/** Proxy accounts made straight in the database (hundreds at once, without hashing each password). */
export async function givenProxies(t: TestPlatform, count: number): Promise<string[]> {
  const rows = await t.sql(
    `insert into judicial.account (id, username, password_hash, display_name, roles)
     select gen_random_uuid(), 'proxy-' || substr(md5(random()::text), 1, 12), 'scrypt$16384$x$y', '测试代理人', '{PROXY}'
     from generate_series(1, $1) returning id`,
    [count],
  );
  return Promise.all(rows.map((row) => tokenFor({ accountId: row.id, tenantKind: null, tenantId: null, roles: ['PROXY'] })));
}

export interface GivenInmate {
  crimeCategory?: string;
  treatmentLevel?: TreatmentLevel;
  foreign?: boolean;
}

/**
 * A prison under another rule pack, with inmates registered the normal way (events reach the
 * judicial directory) and working service days from `firstDayAhead` days from now on.
 */
export async function givenPrison(
  t: TestPlatform,
  pack: string,
  inmates: GivenInmate[],
  firstDayAhead = 1,
  wardDays: Record<number, number[]> | null = null,
): Promise<{ id: string; inmateIds: string[]; days: { id: string; date: string }[] }> {
  const em = t.platform.subgraphs.prison.orm.em.fork();
  const prison = await registerPrison(
    em,
    em.create(Prison, { name: `测试${pack}监狱${Math.random().toString(36).slice(2, 6)}`, region: '测试', rulePack: pack, wardDays }),
  );
  const ward = em.create(Ward, { prison, number: 1, name: '第1监区' });
  await em.flush();
  const created = inmates.map((inmate, i) =>
    em.create(Inmate, {
      prison,
      ward,
      name: `测试${i}`,
      inmateNumber: `T${Math.random().toString(36).slice(2, 10)}`,
      idNumber: residentIdNumber('140102', '19800101', i),
      crimeCategory: inmate.crimeCategory ?? 'ORDINARY',
      treatmentLevel: inmate.treatmentLevel ?? TreatmentLevel.ORDINARY,
      foreign: inmate.foreign ?? false,
    } as Inmate),
  );
  await registerInmates(em, created);
  const calendar = nationalCalendar();
  const dates: string[] = [];
  for (let ahead = firstDayAhead; dates.length < 30; ahead++) {
    const date = chinaDate(new Date(Date.now() + ahead * 86_400_000));
    if (calendar.isWorkingDay(date)) dates.push(date);
  }
  await eventually(async () => {
    const [{ count }] = await t.sql('select count(*)::int as count from judicial.institution_ref where id = $1', [prison.id]);
    if (count !== 1) throw new Error('institution not yet known to judicial');
  });
  const days = await publishServiceDays(
    t.platform.subgraphs.judicial.orm.em.fork(),
    { id: prison.id, kind: 'PRISON' },
    dates.map((date) => ({ date, capacity: 20 })),
  );
  await eventually(async () => {
    const [{ count }] = await t.sql('select count(*)::int as count from judicial.subject_ref where institution_id = $1', [prison.id]);
    if (count !== created.length) throw new Error('subjects not yet in the directory');
  });
  return { id: prison.id, inmateIds: created.map((inmate) => inmate.id), days: days.map((day) => ({ id: day.id, date: day.date })) };
}

/** Runs `work` with the platform's clock on a working day (YN-14 takes applications on working days only), whatever day CI runs. */
export async function onAWorkingDay<T>(work: () => Promise<T>): Promise<T> {
  const realNow = clock.now;
  let now = new Date();
  while (!nationalCalendar().isWorkingDay(chinaDate(now))) now = new Date(now.getTime() + 86_400_000);
  clock.now = () => now;
  try {
    return await work();
  } finally {
    clock.now = realNow;
  }
}

/** A staff account that signs in with the demo password, for a tenant the demo does not have (a YN prison). */
export async function givenStaffLogin(t: TestPlatform, tenantKind: string, tenantId: string, roles: string[]): Promise<string> {
  // The demo's password, and its authenticator (issue 15: administrators and supervisors give a code).
  const [row] = await t.sql(
    `insert into judicial.account (id, username, password_hash, display_name, roles, tenant_kind, tenant_id, totp_secret, totp_enrolled_at)
    select gen_random_uuid(), 'staff-' || substr(md5(random()::text), 1, 10), password_hash, '测试工作人员', $1, $2, $3, totp_secret, totp_enrolled_at
      from judicial.account where username = 'prison1.supervisor' returning username`,
    [roles, tenantKind, tenantId],
  );
  return row.username;
}

const CHECK_IN_VISITOR = 'mutation($a: ID!, $n: String!) { checkInVisitor(applicationId: $a, idNumber: $n, idOriginalPresent: true) { admitted refusal } }';
const SIGN_PLEDGE = 'mutation($a: ID!, $n: String!) { signPledge(applicationId: $a, idNumber: $n, signature: SIGNATURE) { pledgeSignedAt } }';

/**
 * GD-29 / GD-30: today's visitors checked in at bureau1 and their pledges signed, through the API,
 * and media told the meeting is ready (a meeting starts only then).
 */
export async function givenCheckedIn(t: TestPlatform, applicationId: string, visitors: VisitorLike[] = [VISITOR]): Promise<string> {
  const clerk = await t.login('bureau1.clerk');
  for (const visitor of visitors) {
    const checked = await t.gql(CHECK_IN_VISITOR, { a: applicationId, n: visitor.idNumber }, clerk);
    if (!checked.data?.checkInVisitor.admitted) throw new Error(`not admitted: ${JSON.stringify(checked)}`);
    const signed = await t.gql(SIGN_PLEDGE, { a: applicationId, n: visitor.idNumber }, clerk);
    if (!signed.data) throw new Error(`no pledge: ${JSON.stringify(signed.errors)}`);
  }
  return eventually(async () => {
    const [meeting] = await t.sql('select id, ready from media.meeting where application_id = $1', [applicationId]);
    if (!meeting?.ready) throw new Error('meeting not ready yet');
    return meeting.id as string;
  });
}
