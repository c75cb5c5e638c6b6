import { requireEnv } from '@rv/kit';
import { startGateway } from './gateway.js';

/**
 * Standalone gateway: `node dist/main.js` with DATABASE_URL, INTERNAL_SECRET, TOKEN_SECRET and
 * PRISON_URL, DETOX_URL, JUDICIAL_URL, MEDIA_URL, DETENTION_URL (defaults: the supergraph's loopback ports).
 */
const subgraphUrls = Object.fromEntries(
  ['prison', 'detox', 'judicial', 'media', 'detention']
    .map((name) => [name, process.env[`${name.toUpperCase()}_URL`]])
    .filter(([, url]) => url),
);
const gateway = await startGateway({
  subgraphUrls,
  databaseUrl: requireEnv('DATABASE_URL'),
  internalSecret: requireEnv('INTERNAL_SECRET'),
  tokenSecret: requireEnv('TOKEN_SECRET'),
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? '127.0.0.1',
});
const stop = async () => {
  await gateway.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
