import autocannon from 'autocannon';
import { IDENTITY_HEADER, signIdentity } from '@rv/schema';
import { SECRETS, gql, login, startPlatformProcess, type PlatformProcess } from './platform-process.ts';

/**
 * The same 20-row query straight to the judicial subgraph (signed header, as the gateway sends it)
 * and through the gateway, alternated, at the same concurrency; and a cross-subgraph query
 * (applications with their inmate and prison) through the gateway.
 */
const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LIST = '{ applications(limit: 20) { id number status serviceDay { date } venue { name } } }';
const CROSS = '{ applications(limit: 20) { id status subject { ... on Inmate { name inmateNumber prison { name } } } meeting { state } } }';

async function seedApplications(platform: PlatformProcess): Promise<void> {
  const proxy = await login(platform.url, 'proxy');
  const prisons = await gql(platform.url, '{ prisons { id } countyBureaus { id } }');
  const reviewerToken = await login(platform.url, 'province.supervisor');
  const inmates = await gql(platform.url, '{ inmates(limit: 20) { id prison { id } } }', {}, reviewerToken);
  const month = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 7);
  for (const [i, inmate] of inmates.data.inmates.entries()) {
    const days = await gql(platform.url, 'query($i: ID!, $m: String!) { serviceDays(institutionId: $i, month: $m) { id } }', { i: inmate.prison.id, m: month });
    await gql(platform.url, 'mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }', {
      input: { subjectId: inmate.id, serviceDayId: days.data.serviceDays[i % days.data.serviceDays.length].id, venueId: prisons.data.countyBureaus[0].id,
        visitors: [{ name: '李秀英', idNumber: '11010519491231002X', relation: 'PARENT' }], idempotencyKey: `bench-overhead-${i}` },
    }, proxy);
  }
}

/** `sign` adds headers per request: a direct subgraph call needs a fresh identity header each time (one use only). */
async function load(url: string, query: string, headers: Record<string, string>, seconds = SECONDS, sign?: (body: string) => Record<string, string>) {
  const body = JSON.stringify({ query });
  const result = await autocannon({
    url, method: 'POST', connections: CONNECTIONS, duration: seconds,
    headers: { 'content-type': 'application/json', ...headers }, body,
    requests: sign ? [{ setupRequest: (request: any) => ({ ...request, headers: { ...request.headers, ...sign(body) } }) }] : undefined,
  });
  if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 };
}

export async function benchGatewayOverhead(): Promise<void> {
  const platform = await startPlatformProcess();
  try {
    await seedApplications(platform);
    const token = await login(platform.url, 'province.supervisor');
    const gateway = { authorization: `Bearer ${token}` };
    const identity = { accountId: '00000000-0000-4000-8000-0000000000aa', tenantKind: 'PROVINCE' as const, tenantId: '00000000-0000-4000-8000-000000000001', roles: ['SUPERVISOR' as const] };
    // Signed per request, as the gateway does: a header is good for one request to one subgraph.
    const sign = (body: string) => ({ [IDENTITY_HEADER]: signIdentity(identity, SECRETS.internalSecret, { audience: 'judicial', body }) });
    const check = await gql(platform.url, LIST, {}, token);
    if (check.data.applications.length !== 20) throw new Error(`expected 20 rows, got ${JSON.stringify(check).slice(0, 300)}`);

    console.log(`warming up (${SECONDS * 2} s) …`);
    await load(platform.subgraphUrl('judicial'), LIST, {}, SECONDS, sign);
    await load(platform.url, LIST, gateway, SECONDS);
    const rounds: { direct: any; gateway: any }[] = [];
    for (let round = 0; round < 3; round++) {
      rounds.push({ direct: await load(platform.subgraphUrl('judicial'), LIST, {}, SECONDS, sign), gateway: await load(platform.url, LIST, gateway) });
    }
    const cross = await load(platform.url, CROSS, gateway);
    console.log(`\ngateway overhead: ${CONNECTIONS} connections, ${SECONDS} s per run, platform on its own core, NODE_ENV=production`);
    console.log('round  direct rps  p50  p97.5  p99 ms | gateway rps  p50  p97.5  p99 ms | rps ratio');
    for (const [i, { direct: d, gateway: g }] of rounds.entries()) {
      console.log(`${i + 1}      ${d.rps.toFixed(0).padStart(6)}  ${d.p50} ${d.p97_5} ${d.p99}    | ${g.rps.toFixed(0).padStart(6)}  ${g.p50} ${g.p97_5} ${g.p99}   | ${(d.rps / g.rps).toFixed(2)}×`);
    }
    const ratio = rounds.reduce((sum, r) => sum + r.direct.rps / r.gateway.rps, 0) / rounds.length;
    console.log(`mean direct/gateway throughput ratio: ${ratio.toFixed(2)}× (goal ≤ 2.5×)`);
    console.log(`cross-subgraph query via gateway (judicial → prison → prison, + media): ${cross.rps.toFixed(0)} rps, p50 ${cross.p50} ms, p97.5 ${cross.p97_5} ms, p99 ${cross.p99} ms`);
  } finally {
    await platform.stop();
  }
}
