import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { givenPlatform, type TestPlatform } from './support/harness.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform();
}, 60_000);
afterAll(async () => {
  await t?.close();
  delete process.env.METRICS_TOKEN;
});

const metricsOf = (url: string, headers: Record<string, string> = {}) => fetch(new URL('/metrics', url), { headers });

describe('issue 19: Prometheus metrics on every process', () => {
  it('times operations per service, operation and outcome; counts errors by code; reads outbox lag, live meetings, SMS and subscriptions', async () => {
    expect((await t.gql('{ countyBureaus { id } }')).errors).toBeUndefined();
    const denied = await t.gql('{ smsLog { id } }');
    expect(denied.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const response = await metricsOf(t.platform.gateway.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/rv_graphql_operation_seconds_count\{service="gateway",type="query",operation="countyBureaus",outcome="ok"\} 1\n/);
    expect(text).toMatch(/rv_graphql_operation_seconds_count\{service="judicial",type="query",operation="countyBureaus",outcome="ok"\} 1\n/);
    expect(text).toMatch(/rv_graphql_operation_seconds_count\{service="gateway",type="query",operation="smsLog",outcome="UNAUTHENTICATED"\} 1\n/);
    expect(text).toMatch(/rv_graphql_errors_total\{service="gateway",code="UNAUTHENTICATED"\} 1\n/);
    expect(text).toMatch(/rv_outbox_lag_events\{consumer="prison",source="judicial"\} \d+\n/);
    expect(text).toMatch(/rv_outbox_lag_seconds\{consumer="judicial",source="prison"\} [\d.e-]+\n/);
    expect(text).toMatch(/\nrv_live_meetings 0\n/);
    expect(text).toMatch(/\nrv_sms_pending \d+\n/);
    expect(text).toMatch(/\nrv_lawyer_queue_waiting \d+\n/);
    expect(text).toMatch(/\nrv_subscriptions 0\n/);
    expect(text).toMatch(/\nrv_gateway_requests_waiting 0\n/);
    expect(text).toMatch(/\nprocess_resident_memory_bytes \d+/);
    // Each subgraph serves the same registry on its own (internal) port, for processes run apart.
    expect(await (await metricsOf(t.platform.subgraphs.media.url)).text()).toMatch(/rv_graphql_operation_seconds/);
  });

  it('outbox lag costs one query per consumer and scrape, for both of its gauges', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past the previous scrape's answer
    const connection = t.platform.subgraphs.prison.orm.em.getConnection();
    const execute = vi.spyOn(connection, 'execute');
    try {
      const text = await (await metricsOf(t.platform.gateway.url)).text();
      expect(text).toMatch(/rv_outbox_lag_events\{consumer="prison",source="judicial"\} \d+\n/);
      expect(text).toMatch(/rv_outbox_lag_seconds\{consumer="prison",source="judicial"\} [\d.e-]+\n/);
      const lagQueries = execute.mock.calls.filter(([sql]) => typeof sql === 'string' && sql.includes('"prison"."event_cursor"') && sql.includes('count(o.*)'));
      expect(lagQueries).toHaveLength(1);
    } finally {
      execute.mockRestore();
    }
  });

  it('the public never reads them: a request through a proxy is refused; with METRICS_TOKEN set only its bearer reads them', async () => {
    expect((await metricsOf(t.platform.gateway.url, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(403);
    process.env.METRICS_TOKEN = 'scrape-secret-0123456789';
    expect((await metricsOf(t.platform.gateway.url)).status).toBe(403);
    expect((await metricsOf(t.platform.gateway.url, { authorization: 'Bearer wrong' })).status).toBe(403);
    expect((await metricsOf(t.platform.gateway.url, { authorization: 'Bearer scrape-secret-0123456789' })).status).toBe(200);
    expect((await metricsOf(t.platform.subgraphs.judicial.url)).status).toBe(403);
  });
});
