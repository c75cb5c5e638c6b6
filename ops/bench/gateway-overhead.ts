import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { IDENTITY_HEADER, signIdentity } from '@rv/schema';
import { sized } from './smoke.ts';
import { SECRETS, cpuMs, givenRelationships, gql, login, startPlatformProcess, startReadFloor, type PlatformProcess } from './platform-process.ts';

/**
 * The same 20-row list from its floor (the equivalent SQL in a bare node:http + pg handler on the
 * platform's core, read-floor.ts), straight from the judicial subgraph (signed header, as the gateway
 * sends it) and through the gateway, alternated, at the same concurrency; and a cross-subgraph query
 * (applications with their inmate and prison) through the gateway.
 */
const CONNECTIONS = 20;
const SECONDS = sized(Number(process.env.BENCH_SECONDS ?? 10), 2);
const ROUNDS = sized(3, 1);
const LIST = '{ applications(limit: 20) { id number status serviceDay { date } venue { name } } }';
const CROSS = '{ applications(limit: 20) { id status subject { ... on Inmate { name inmateNumber prison { name } } } meeting { state } } }';

export async function seedApplications(platform: PlatformProcess): Promise<void> {
  const proxy = await login(platform.url, 'proxy');
  const prisons = await gql(platform.url, '{ prisons { id } countyBureaus { id } }');
  const reviewerToken = await login(platform.url, 'province.supervisor');
  const inmates = await gql(platform.url, '{ inmates(limit: 20) { id prison { id } } }', {}, reviewerToken);
  await givenRelationships(
    platform.databaseUrl,
    inmates.data.inmates.map((inmate: any) => ({ id: inmate.id, institutionId: inmate.prison.id })),
  );
  const month = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 7);
  for (const [i, inmate] of inmates.data.inmates.entries()) {
    const days = await gql(platform.url, 'query($i: ID!, $m: String!) { serviceDays(institutionId: $i, month: $m) { id } }', { i: inmate.prison.id, m: month });
    const submitted = await gql(
      platform.url,
      'mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }',
      {
        input: {
          subjectId: inmate.id,
          serviceDayId: days.data.serviceDays[i % days.data.serviceDays.length].id,
          venueId: prisons.data.countyBureaus[0].id,
          visitors: [{ name: '李秀英', idNumber: '11010519491231002X', relation: 'PARENT' }],
          idempotencyKey: `bench-overhead-${i}`,
        },
      },
      proxy,
    );
    if (!submitted.data?.submitApplication) throw new Error(`seeding failed: ${JSON.stringify(submitted).slice(0, 500)}`);
  }
}

/** `sign` adds headers per request: a direct subgraph call needs a fresh identity header each time (one use only). */
type Figures = Awaited<ReturnType<typeof load>>;

/**
 * `pid` is the serving process: its CPU time (user + system) per request is printed beside the rps, a
 * figure other processes on the shared core disturb far less than the rps. What the process spends
 * with no request at all (the platform's jobs poll the database) is measured first (`background`, ms
 * of CPU per second) and taken off, or it would weigh more per request the slower the machine serves.
 */
const background = new Map<number, number>();
async function measureBackground(pid: number, seconds = 5): Promise<number> {
  const before = cpuMs(pid);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const perSecond = (cpuMs(pid) - before) / seconds;
  background.set(pid, perSecond);
  return perSecond;
}

async function load(
  url: string,
  query: string,
  headers: Record<string, string>,
  pid: number,
  seconds = SECONDS,
  sign?: (body: string) => Record<string, string>,
) {
  const body = JSON.stringify({ query });
  const cpuBefore = cpuMs(pid);
  const started = performance.now();
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    body,
    requests: sign ? [{ setupRequest: (request: any) => ({ ...request, headers: { ...request.headers, ...sign(body) } }) }] : undefined,
  });
  if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors`);
  // No answer within the run (a busy machine, a platform that stopped answering): no figure rather than NaN×.
  if (!result.requests.total) throw new Error(`no request to ${url} was answered in ${seconds} s: no figures`);
  const cpu = cpuMs(pid) - cpuBefore - (background.get(pid) ?? 0) * ((performance.now() - started) / 1000);
  return { rps: result.requests.average, p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, cpu: cpu / result.requests.total };
}

export async function benchGatewayOverhead(): Promise<void> {
  const platform = await startPlatformProcess();
  let floor: Awaited<ReturnType<typeof startReadFloor>> | undefined;
  try {
    await seedApplications(platform);
    floor = await startReadFloor(platform.databaseUrl);
    const token = await login(platform.url, 'province.supervisor');
    const gateway = { authorization: `Bearer ${token}` };
    const identity = {
      accountId: '00000000-0000-4000-8000-0000000000aa',
      tenantKind: 'PROVINCE' as const,
      tenantId: '00000000-0000-4000-8000-000000000001',
      roles: ['SUPERVISOR' as const],
    };
    // Signed per request, as the gateway does: a header is good for one request to one subgraph.
    const sign = (body: string) => ({ [IDENTITY_HEADER]: signIdentity(identity, SECRETS.internalSecret, { audience: 'judicial', body }) });
    const check = await gql(platform.url, LIST, {}, token);
    if (check.data?.applications?.length !== 20) throw new Error(`expected 20 rows, got ${JSON.stringify(check).slice(0, 300)}`);
    // The floor must answer what the platform answers, or its figure means nothing.
    const floorAnswer = await gql(floor.url, LIST);
    if (JSON.stringify(floorAnswer) !== JSON.stringify(check))
      throw new Error(`the floor answers differently:\n${JSON.stringify(floorAnswer).slice(0, 300)}\n${JSON.stringify(check).slice(0, 300)}`);
    const direct = platform.subgraphUrl('judicial');

    console.log(`warming up (${SECONDS * 3} s) …`);
    await load(floor.url, LIST, {}, floor.pid, SECONDS);
    await load(direct, LIST, {}, platform.pid, SECONDS, sign);
    await load(platform.url, LIST, gateway, platform.pid, SECONDS);
    const [platformBackground, floorBackground] = [await measureBackground(platform.pid), await measureBackground(floor.pid)];
    const rounds: { floor: Figures; direct: Figures; gateway: Figures }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      rounds.push({
        floor: await load(floor.url, LIST, {}, floor.pid),
        direct: await load(direct, LIST, {}, platform.pid, SECONDS, sign),
        gateway: await load(platform.url, LIST, gateway, platform.pid),
      });
    }
    const cross = await load(platform.url, CROSS, gateway, platform.pid);
    const show = (f: Figures) => `${f.rps.toFixed(0).padStart(6)} ${String(f.p50).padStart(4)} ${String(f.p99).padStart(4)} ${f.cpu.toFixed(2).padStart(5)}`;
    console.log(
      `\nread path: the 20-row applications list, ${CONNECTIONS} connections, ${SECONDS} s per run, platform and floor on the same core, NODE_ENV=production, load ${loadavg()}`,
    );
    console.log(
      `(cpu: the serving process's CPU ms per request, less its background: platform ${platformBackground.toFixed(0)} ms/s, floor ${floorBackground.toFixed(0)} ms/s with no requests)`,
    );
    console.log('round | floor rps  p50  p99   cpu | direct rps  p50  p99   cpu | gateway rps  p50  p99   cpu | floor/direct | direct/gateway');
    for (const [i, r] of rounds.entries()) {
      console.log(
        `${i + 1}     |   ${show(r.floor)} |    ${show(r.direct)} |     ${show(r.gateway)} | ${(r.floor.rps / r.direct.rps).toFixed(2).padStart(11)}× | ${(r.direct.rps / r.gateway.rps).toFixed(2).padStart(13)}×`,
      );
    }
    const mean = (ratio: (r: (typeof rounds)[number]) => number) => rounds.reduce((sum, r) => sum + ratio(r), 0) / rounds.length;
    console.log(`mean floor/direct (subgraph vs bare SQL handler): ${mean((r) => r.floor.rps / r.direct.rps).toFixed(2)}× (goal ≤ 3×)`);
    console.log(`mean direct/gateway: ${mean((r) => r.direct.rps / r.gateway.rps).toFixed(2)}× (goal ≤ 1.5×)`);
    console.log(
      `CPU per request, mean: floor ${mean((r) => r.floor.cpu).toFixed(2)} ms, direct ${mean((r) => r.direct.cpu).toFixed(2)} ms (${mean((r) => r.direct.cpu / r.floor.cpu).toFixed(2)}× the floor), gateway ${mean((r) => r.gateway.cpu).toFixed(2)} ms (${mean((r) => r.gateway.cpu / r.direct.cpu).toFixed(2)}× direct)`,
    );
    console.log(
      `cross-subgraph query via gateway (judicial → prison → prison, + media): ${cross.rps.toFixed(0)} rps, p50 ${cross.p50} ms, p97.5 ${cross.p97_5} ms, p99 ${cross.p99} ms`,
    );
  } finally {
    await floor?.stop();
    await platform.stop();
  }
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
