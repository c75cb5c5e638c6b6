import { signToken } from '@rv/judicial';
import type { Identity } from '@rv/schema';
import { createClient, type Client } from 'graphql-ws';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import WebSocket from 'ws';
import { sized } from './smoke.ts';
import { SECRETS, givenRelationships, gql, login, percentile, startPlatformProcess, type PlatformProcess } from './platform-process.ts';

/**
 * graphql-ws subscribers at one county bureau, one application submitted at that bureau per event:
 * delivery latency from the event's commit (its outbox created_at) to arrival, and gateway memory per
 * subscriber. Two layouts, each on a fresh platform: the bureau's four staff accounts (one per role), and
 * 500 staff accounts of the same four roles. Subscribers of one unit with the same roles share one
 * execution per event (gateway/src/subscriptions.ts), so both layouts cost four executions per event.
 */
const SUBSCRIBERS = sized(Number(process.env.BENCH_SUBSCRIBERS ?? 1000), 12);
const EVENTS = 5;
const ROLES = ['clerk', 'reviewer', 'monitor', 'supervisor'];
const QUERY = 'subscription { applicationChanged { id status serviceDay { date } subject { ... on Inmate { name prison { name } } } } }';

export async function benchFanout(): Promise<void> {
  const figures = [await layout(4), await layout(sized(500, 8))];
  console.log(`\nsubscription fan-out: ${SUBSCRIBERS} graphql-ws subscribers at one bureau, ${EVENTS} events, platform on its own core`);
  for (const f of figures) console.log(f);
}

async function layout(accounts: number): Promise<string> {
  const platform = await startPlatformProcess();
  const clients: Client[] = [];
  try {
    const tokens = await staffTokens(platform, accounts);
    const rssBefore = await platform.rssMb();
    const arrivals: number[][] = Array.from({ length: EVENTS }, () => []);
    let connected = 0;
    let failed = 0;
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const client = createClient({
        url: platform.wsUrl,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        connectionParams: { authToken: tokens[i % tokens.length] },
        on: {
          connected: () => {
            connected++;
          },
          closed: () => {
            failed++;
          },
        },
        onNonLazyError: () => undefined,
      });
      clients.push(client);
      let seen = 0;
      client.subscribe(
        { query: QUERY },
        {
          next: (result: any) => {
            const n = seen++;
            if (n < EVENTS) arrivals[n].push(Date.now() - Date.parse(result.extensions.event.at));
          },
          error: () => {
            failed++;
          },
          complete: () => undefined,
        },
      );
      // At most 100 handshakes in flight, as portals reconnecting after a restart would spread out
      // (thousands at once miss graphql-ws's 3 s connection_init window on one busy core).
      while (i + 1 - connected - failed > 100) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const connectDeadline = Date.now() + 120_000;
    while (connected < SUBSCRIBERS) {
      if (failed || Date.now() > connectDeadline) throw new Error(`fan-out: ${connected}/${SUBSCRIBERS} connected, ${failed} closed or refused`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, sized(3000, 200)));
    const rssAfter = await platform.rssMb();

    const proxy = await login(platform.url, 'proxy');
    const staff = await login(platform.url, 'province.supervisor');
    const inmates = (await gql(platform.url, '{ inmates(limit: 10) { id prison { id } } }', {}, staff)).data.inmates;
    await givenRelationships(
      platform.databaseUrl,
      inmates.map((inmate: any) => ({ id: inmate.id, institutionId: inmate.prison.id })),
    );
    const month = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 7);
    const bureaus = await gql(platform.url, '{ countyBureaus { id name } }');
    const bureau1 = bureaus.data.countyBureaus.find((b: any) => b.name.includes('东城区司法局')).id;
    for (let e = 0; e < EVENTS; e++) {
      const inmate = inmates[e];
      const days = await gql(platform.url, 'query($i: ID!, $m: String!) { serviceDays(institutionId: $i, month: $m) { id } }', {
        i: inmate.prison.id,
        m: month,
      });
      const submitted = await gql(
        platform.url,
        'mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }',
        {
          input: {
            subjectId: inmate.id,
            serviceDayId: days.data.serviceDays[e].id,
            venueId: bureau1,
            visitors: [{ name: '李秀英', idNumber: '11010519491231002X', relation: 'PARENT' }],
            idempotencyKey: `bench-fanout-${e}`,
          },
        },
        proxy,
      );
      if (!submitted.data?.submitApplication) throw new Error(`fan-out: the event's submission failed: ${JSON.stringify(submitted).slice(0, 400)}`);
      const deadline = Date.now() + 20_000;
      while (arrivals[e].length < SUBSCRIBERS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      if (arrivals[e].length < SUBSCRIBERS) throw new Error(`fan-out: event ${e + 1} reached ${arrivals[e].length}/${SUBSCRIBERS} subscribers in 20 s`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const lines = [`${accounts} accounts (${ROLES.length} roles), load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}:`];
    for (const [e, latencies] of arrivals.entries()) {
      const sorted = [...latencies].sort((a, b) => a - b);
      lines.push(
        `  event ${e + 1}: delivered to ${sorted.length}/${SUBSCRIBERS}; commit→arrival p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms, max ${sorted.at(-1)} ms`,
      );
    }
    const all = arrivals
      .slice(1)
      .flat()
      .sort((a, b) => a - b); // the first event warms the path up
    lines.push(`  events 2–${EVENTS}: p99 ${percentile(all, 99)} ms (goal ≤ 200 ms)`);
    lines.push(
      `  gateway process RSS (gateway and subgraphs; PostgreSQL excluded): ${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB with ${SUBSCRIBERS} subscribers → ${(((rssAfter - rssBefore) * 1024) / SUBSCRIBERS).toFixed(1)} kB per subscriber (goal ≤ 30 kB)`,
    );
    return lines.join('\n');
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await platform.stop();
  }
}

/**
 * Login tokens of `accounts` staff accounts of bureau1, spread over its four roles: the demo's own four,
 * or that many accounts made in the database like the demo's (signed as the judicial subgraph signs them).
 */
async function staffTokens(platform: PlatformProcess, accounts: number): Promise<string[]> {
  const demo = await Promise.all(ROLES.map((role) => login(platform.url, `bureau1.${role}`)));
  if (accounts === ROLES.length) return demo;
  const identities = demo.map((token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()));
  const client = new pg.Client({ connectionString: platform.databaseUrl });
  await client.connect();
  try {
    const tokens: string[] = [];
    for (let i = 0; i < accounts; i++) {
      const { tk, tid, roles } = identities[i % identities.length];
      const {
        rows: [row],
      } = await client.query(
        `insert into judicial.account (id, username, password_hash, display_name, roles, tenant_kind, tenant_id)
        values (gen_random_uuid(), 'bench-staff-' || $1, 'scrypt$16384$x$y', '压测工作人员', $2, $3, $4) returning id`,
        [i, roles, tk, tid],
      );
      tokens.push(await signToken({ accountId: row.id, tenantKind: tk, tenantId: tid, roles } as Identity, SECRETS.tokenSecret));
    }
    return tokens;
  } finally {
    await client.end();
  }
}
