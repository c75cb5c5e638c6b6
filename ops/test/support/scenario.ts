import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_PROXY, DEMO_TENANTS, type DemoTenant } from '../../src/demo.js';
import type { GraphQLResponse, TestPlatform } from './harness.js';

export const VISITOR = { name: '李秀英', idNumber: DEMO_PROXY.idNumber, relation: 'SPOUSE' };

export async function givenInmate(t: TestPlatform, prison: DemoTenant = 'prison1', nth = 0): Promise<string> {
  const rows = await t.sql('select id from prison.inmate where prison_id = $1 order by inmate_number offset $2 limit 1', [DEMO_TENANTS[prison].id, nth]);
  return rows[0].id;
}

export async function givenServiceDay(t: TestPlatform, prison: DemoTenant = 'prison1', nth = 0): Promise<{ id: string; date: string }> {
  const rows = await t.sql('select id, date::text from judicial.service_day where institution_id = $1 order by date offset $2 limit 1', [DEMO_TENANTS[prison].id, nth]);
  return rows[0];
}

/** A service day with exactly `capacity` slots, published by the prison's supervisor through the gateway. */
export async function givenDayWithSlots(t: TestPlatform, capacity: number, prison: DemoTenant = 'prison1'): Promise<{ id: string; date: string }> {
  const supervisor = await t.login(`${prison}.supervisor`);
  const date = new Date(Date.now() + 200 * 86_400_000 + Math.floor(Math.random() * 100) * 86_400_000).toISOString().slice(0, 10);
  const result = await t.gql('mutation($days: [ServiceDayInput!]!) { publishServiceDays(days: $days) { id date capacity } }',
    { days: [{ date, capacity }] }, supervisor);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.publishServiceDays[0];
}

export const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id status number } }`;

export function submit(t: TestPlatform, token: string, input: { subjectId: string; serviceDayId: string; idempotencyKey: string; venueId?: string; visitors?: unknown[] }): Promise<GraphQLResponse> {
  return t.gql(SUBMIT, { input: { venueId: DEMO_TENANTS.bureau1.id, visitors: [VISITOR], ...input } }, token);
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
      url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false,
      connectionParams: token ? { authToken: token } : {},
      on: { connected: () => resolve(), closed: (event) => reject(event) },
    });
  });
  client.subscribe({ query, variables }, {
    next: (value) => results.push(value),
    error: (error) => errors.push(error),
    complete: () => undefined,
  });
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
