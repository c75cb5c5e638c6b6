import { startGateway } from '@rv/gateway';
import { requireEnv, runSubgraphFromEnv, startTracing, stopTracing } from '@rv/kit';
import { startJanus } from './janus.js';
import { portalsHandler } from './portals.js';
import { SUBGRAPHS } from './subgraphs.js';

/**
 * One component per process, as a deployment runs them (issue 19: more than one machine):
 * `node ops/dist/serve.js <prison|detox|judicial|media|detention|gateway|janus>`. Every process reads
 * DATABASE_URL and INTERNAL_SECRET (TOKEN_SECRET for judicial and the gateway), PORT and HOST; the
 * gateway finds each subgraph at <NAME>_URL and serves the portals and the subgraphs' own routes;
 * `janus` renders Janus's configuration from the same JANUS_* variables `npm start` uses and runs it.
 * Any number of each may run: migrations take turns, periodic jobs are elected, and every gateway
 * replica reads the outboxes for its own subscribers. `npm start` runs them all in one process.
 */
const role = process.argv[2];
const subgraph = SUBGRAPHS.find(({ definition }) => definition.name === role);
// Traces of this component when OTEL_EXPORTER_OTLP_ENDPOINT is set (README, Observability).
if (role) await startTracing(role);

if (subgraph) {
  await runSubgraphFromEnv(subgraph.definition, subgraph.port);
} else if (role === 'gateway') {
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map(({ definition }) => [definition.name, requireEnv(`${definition.name.toUpperCase()}_URL`)]));
  const gateway = await startGateway({
    subgraphUrls,
    databaseUrl: requireEnv('DATABASE_URL'),
    internalSecret: requireEnv('INTERNAL_SECRET'),
    tokenSecret: requireEnv('TOKEN_SECRET'),
    port: Number(process.env.PORT ?? 4000),
    host: process.env.HOST ?? '127.0.0.1',
    proxies: SUBGRAPHS.flatMap(({ definition }) =>
      (definition.routes ?? []).map((route) => ({ prefix: route.prefix, target: new URL(subgraphUrls[definition.name]).origin })),
    ),
    fallback: portalsHandler(),
  });
  const stop = async () => {
    await gateway.close();
    await stopTracing();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} else if (role === 'janus') {
  const janus = await startJanus({
    workDir: process.env.JANUS_WORK_DIR ?? '/tmp/janus',
    recordingsDir: requireEnv('RECORDINGS_DIR'),
    adminKey: requireEnv('JANUS_ADMIN_KEY'),
    adminSecret: requireEnv('JANUS_ADMIN_SECRET'),
    apiSecret: requireEnv('JANUS_API_SECRET'),
    tokenSecret: requireEnv('JANUS_TOKEN_SECRET'),
    wsIp: process.env.JANUS_WS_IP ?? '0.0.0.0',
    wsPort: Number(process.env.JANUS_WS_PORT ?? 8188),
    iceInterface: process.env.JANUS_ICE_INTERFACE,
    iceEnforceList: process.env.JANUS_ICE_ENFORCE_LIST,
    nat11Mapping: process.env.JANUS_NAT_1_1_MAPPING,
    rtpPortRange: process.env.JANUS_RTP_PORT_RANGE,
  });
  const stop = async () => {
    await janus.stop();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} else {
  console.error(`usage: node ops/dist/serve.js <${[...SUBGRAPHS.map(({ definition }) => definition.name), 'gateway', 'janus'].join('|')}>`);
  process.exit(2);
}
