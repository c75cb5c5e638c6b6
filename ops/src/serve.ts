import { startGateway } from '@rv/gateway';
import { requireEnv, runSubgraphFromEnv } from '@rv/kit';
import { portalsHandler } from './portals.js';
import { SUBGRAPHS } from './subgraphs.js';

/**
 * One component per process, as a deployment runs them (issue 19: more than one machine):
 * `node ops/dist/serve.js <prison|detox|judicial|media|detention|gateway>`. Every process reads
 * DATABASE_URL and INTERNAL_SECRET (TOKEN_SECRET for judicial and the gateway), PORT and HOST; the
 * gateway finds each subgraph at <NAME>_URL and serves the portals and the subgraphs' own routes.
 * Any number of each may run: migrations take turns, periodic jobs are elected, and every gateway
 * replica reads the outboxes for its own subscribers. `npm start` runs them all in one process.
 */
const role = process.argv[2];
const subgraph = SUBGRAPHS.find(({ definition }) => definition.name === role);

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
    proxies: SUBGRAPHS.flatMap(({ definition }) => (definition.routes ?? []).map((route) => ({ prefix: route.prefix, target: new URL(subgraphUrls[definition.name]).origin }))),
    fallback: portalsHandler(),
  });
  const stop = async () => {
    await gateway.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} else {
  console.error(`usage: node ops/dist/serve.js <${[...SUBGRAPHS.map(({ definition }) => definition.name), 'gateway'].join('|')}>`);
  process.exit(2);
}
