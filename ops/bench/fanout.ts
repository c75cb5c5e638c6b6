import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { gql, login, percentile, startPlatformProcess } from './platform-process.ts';

/**
 * 1,000 graphql-ws subscribers at one county bureau (four staff accounts, so four shared
 * executions per event), one application submitted at that bureau: delivery latency from the
 * event's commit (its outbox created_at) to arrival, and gateway memory per subscriber.
 */
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const EVENTS = 5;
const QUERY = 'subscription { applicationChanged { id status serviceDay { date } subject { ... on Inmate { name prison { name } } } } }';

export async function benchFanout(): Promise<void> {
  const platform = await startPlatformProcess();
  const clients: Client[] = [];
  try {
    const tokens = await Promise.all(['clerk', 'reviewer', 'monitor', 'supervisor'].map((role) => login(platform.url, `bureau1.${role}`)));
    const rssBefore = await platform.rssMb();
    const arrivals: number[][] = Array.from({ length: EVENTS }, () => []);
    let connected = 0;
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const client = createClient({ url: platform.wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authToken: tokens[i % tokens.length] }, on: { connected: () => { connected++; } } });
      clients.push(client);
      let seen = 0;
      client.subscribe({ query: QUERY }, {
        next: (result: any) => { const n = seen++; if (n < EVENTS) arrivals[n].push(Date.now() - Date.parse(result.extensions.event.at)); },
        error: () => undefined, complete: () => undefined,
      });
    }
    while (connected < SUBSCRIBERS) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rssAfter = await platform.rssMb();

    const proxy = await login(platform.url, 'proxy');
    const staff = await login(platform.url, 'province.supervisor');
    const inmates = await gql(platform.url, '{ inmates(limit: 10) { id prison { id } } }', {}, staff);
    const month = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 7);
    const bureaus = await gql(platform.url, '{ countyBureaus { id name } }');
    const bureau1 = bureaus.data.countyBureaus.find((b: any) => b.name.includes('东城区司法局')).id;
    for (let e = 0; e < EVENTS; e++) {
      const inmate = inmates.data.inmates[e];
      const days = await gql(platform.url, 'query($i: ID!, $m: String!) { serviceDays(institutionId: $i, month: $m) { id } }', { i: inmate.prison.id, m: month });
      await gql(platform.url, 'mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }', {
        input: { subjectId: inmate.id, serviceDayId: days.data.serviceDays[e].id, venueId: bureau1,
          visitors: [{ name: '李秀英', idNumber: '11010519491231002X', relation: 'PARENT' }], idempotencyKey: `bench-fanout-${e}` },
      }, proxy);
      const deadline = Date.now() + 10_000;
      while (arrivals[e].length < SUBSCRIBERS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    console.log(`\nsubscription fan-out: ${SUBSCRIBERS} graphql-ws subscribers (4 accounts at one bureau), ${EVENTS} events, platform on its own core`);
    for (const [e, latencies] of arrivals.entries()) {
      const sorted = [...latencies].sort((a, b) => a - b);
      console.log(`event ${e + 1}: delivered to ${sorted.length}/${SUBSCRIBERS}; commit→arrival p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms, max ${sorted.at(-1)} ms`);
    }
    console.log(`gateway process RSS (gateway, subgraphs and embedded PG client side; PG itself excluded): ${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB with ${SUBSCRIBERS} subscribers → ${(((rssAfter - rssBefore) * 1024) / SUBSCRIBERS).toFixed(1)} kB per subscriber`);
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await platform.stop();
  }
}
