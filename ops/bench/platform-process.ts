import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import { freshTotpCode } from '../dist/authenticator.js';

export const SECRETS = { internalSecret: 'bench-internal-secret-0123456789abcdef', tokenSecret: 'bench-token-secret-0123456789abcdef' };
const START = fileURLToPath(new URL('../dist/start.js', import.meta.url));

export interface PlatformProcess {
  url: string;
  databaseUrl: string;
  wsUrl: string;
  subgraphUrl(name: 'prison' | 'detox' | 'judicial' | 'media'): string;
  pid: number;
  /**
   * Starts counting the CPU time of PostgreSQL's processes (postmaster and backends; a backend that ends
   * in between is not counted: the subgraphs' pools keep theirs open); the function returned gives the ms since.
   */
  postgresCpuFrom(): () => number;
  output(): string;
  rssMb(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The whole platform as `npm start` runs it (embedded PostgreSQL, demo data, NODE_ENV=production),
 * pinned to the last core when there are two or more, so the load generator keeps the other.
 */
export async function startPlatformProcess(extraEnv: Record<string, string> = {}): Promise<PlatformProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startPlatformOnPorts(14000 + Math.floor(Math.random() * 1000), extraEnv);
    } catch (error) {
      // Another process on the machine held a port of the random block (seen in CI twice on 2026-12-04): the
      // platform refused to start, as it should; the bench tries another block rather than fail.
      const taken = /EADDRINUSE[^"\\]*/.exec(String((error as Error).message))?.[0];
      if (!taken || attempt === 3) throw error;
      console.warn(`platform did not start (${taken}); trying other ports`);
    }
  }
}

async function startPlatformOnPorts(port: number, extraEnv: Record<string, string>): Promise<PlatformProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rv-bench-'));
  await chmod(dataDir, 0o755);
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    SUBGRAPH_PORT_BASE: String(port + 1),
    PGPORT: String(port + 10),
    INTERNAL_SECRET: SECRETS.internalSecret,
    TOKEN_SECRET: SECRETS.tokenSecret,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
    // Janus on ports of its own too: another platform on the machine (a bench, a test, `npm start`) holds the default 8188.
    JANUS_WS_PORT: String(port + 11),
    JANUS_RTP_PORT_RANGE: `${22000 + (port % 100) * 100}-${22000 + (port % 100) * 100 + 99}`,
    ...extraEnv,
  };
  const cores = availableParallelism();
  const { child, output } = await spawnPinned([...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), START], env, 'is running', 'platform').catch(
    async (error: unknown) => {
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    },
  );
  const nodePid = child.pid!; // taskset execs node in place: same pid
  if (cores >= 2) unpinPostgres(nodePid, cores);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    databaseUrl: `postgres://postgres:postgres@127.0.0.1:${port + 10}/remote_visit`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    subgraphUrl: (name) => `http://127.0.0.1:${port + 1 + ['prison', 'detox', 'judicial', 'media'].indexOf(name)}/graphql`,
    pid: nodePid,
    postgresCpuFrom() {
      const processes = postgresProcesses(nodePid);
      // Counting nothing would print 0 ms as a figure.
      if (!processes.length) throw new Error('bench: no PostgreSQL processes under the platform: its CPU cannot be counted');
      const before = new Map(processes.map((pid) => [pid, cpuMs(pid, true)]));
      return () => postgresProcesses(nodePid).reduce((sum, pid) => sum + cpuMs(pid, true) - (before.get(pid) ?? 0), 0);
    },
    async rssMb() {
      const status = await readFile(`/proc/${nodePid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
    },
    output,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The node flags `npm start` runs the platform with (package.json): the bench runs the platform, and the
 * read floor beside it on its core, the same way.
 */
function npmStartNodeFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
  const flags = /\bnode ((?:--[\w-]+(?:=\S+)? )*)ops\/dist\/start\.js/.exec(scripts.start)?.[1];
  if (flags === undefined) throw new Error(`bench: cannot read how npm start runs node from "${scripts.start}"`);
  return flags.split(' ').filter(Boolean);
}

/** `node <args>` on the platform's core (the last one, when there are two or more), once it prints `ready`. */
async function spawnPinned(nodeArgs: string[], env: NodeJS.ProcessEnv, ready: string, what: string): Promise<{ child: ChildProcess; output: () => string }> {
  const cores = availableParallelism();
  nodeArgs = [...npmStartNodeFlags(), ...nodeArgs];
  const [command, args] = cores >= 2 ? ['taskset', ['-c', String(cores - 1), process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const child = spawn(command, args as string[], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const deadline = Date.now() + 120_000;
  while (!output.includes(ready)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${what} did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, output: () => output };
}

/**
 * The read path's floor (ops/bench/read-floor.ts): a bare node:http + pg handler for the bench's list,
 * on the platform's core, as the platform's own process is (a floor on a free core would flatter the
 * platform's ratio less than it should: STACK.md).
 */
export async function startReadFloor(databaseUrl: string): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const script = fileURLToPath(new URL('./read-floor.ts', import.meta.url));
  const { child, output } = await spawnPinned([script, databaseUrl], process.env, 'listening', 'read floor');
  const port = Number(/listening (\d+)/.exec(output())![1]);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid!,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * PostgreSQL is started by the pinned platform and would inherit its core. In production it runs
 * on its own machine, and the raw-SQL anchor gives it any core: unpin the postmaster and its
 * backends so both measurements treat the database the same way.
 */
function unpinPostgres(platformPid: number, cores: number): void {
  for (const pid of postgresProcesses(platformPid)) execFileSync('taskset', ['-a', '-p', '-c', `0-${cores - 1}`, String(pid)], { stdio: 'ignore' });
}

/** The embedded PostgreSQL's postmaster (a child of the platform's process) and its backends. */
function postgresProcesses(platformPid: number): number[] {
  const children = (pid: number) => {
    try {
      return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map(Number);
    } catch {
      return []; // pgrep exits 1 when a process has no children
    }
  };
  const postmasters = children(platformPid).filter((pid) => /postgres/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8')));
  return postmasters.flatMap((postmaster) => [postmaster, ...children(postmaster)]);
}

export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

export async function login(url: string, username: string): Promise<string> {
  // Demo administrators and supervisors give their authenticator code (issue 15); others ignore it.
  const result = await gql(url, 'mutation($u: String!, $c: String) { login(username: $u, password: "Demo#2026", totpCode: $c) { token step } }', {
    u: username,
    c: await freshTotpCode(username),
  });
  if (result.data?.login.step !== 'DONE') throw new Error(`login ${username}: ${JSON.stringify(result.errors ?? result.data)}`);
  return result.data.login.token;
}

/** CPU time (user + system) a process has used so far, in ms (/proc, 100 ticks a second). */
export function cpuMs(pid: number, mayHaveEnded = false): number {
  return statCpuMs(`/proc/${pid}/stat`, mayHaveEnded);
}

/** The CPU time in a `/proc` stat file: a process's (all its threads), or one thread's under `task/`. */
function statCpuMs(path: string, mayHaveEnded: boolean): number {
  let stat: string;
  try {
    stat = readFileSync(path, 'utf8');
  } catch (error) {
    if (mayHaveEnded) return 0; // a backend (or thread) that ended between the listing and the read
    throw error;
  }
  const fields = stat.split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * A process's CPU time so far split by thread, in ms: its main thread (the one whose id is the process's) and all
 * others (V8's workers: its optimizing compilers; libuv's pool). A CPU profile samples only the main thread.
 */
export function threadCpuMs(pid: number): { main: number; others: number } {
  let main = 0;
  let others = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const ms = statCpuMs(`/proc/${pid}/task/${tid}/stat`, true);
    if (Number(tid) === pid) main = ms;
    else others += ms;
  }
  return { main, others };
}

/** V8's GC pauses so far in a platform process, in ms, by kind (scavenges, full GCs), from its own `/metrics`. */
export async function gcPausesMs(platformUrl: string): Promise<{ scavenges: number; full: number }> {
  const response = await fetch(new URL('/metrics', platformUrl));
  if (!response.ok) throw new Error(`bench: /metrics answered ${response.status}`);
  const text = await response.text();
  const sum = (kind: string) => {
    const found = new RegExp(`^nodejs_gc_duration_seconds_sum\\{[^}]*kind="${kind}"[^}]*\\} (\\S+)$`, 'm').exec(text);
    if (!found) throw new Error(`bench: /metrics has no GC time of kind ${kind}`);
    return Number(found[1]) * 1000;
  };
  return { scavenges: sum('minor'), full: sum('major') };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** GD-17: the bench visitor (李秀英, PARENT) registered for these subjects beforehand, as the demo's relatives are. */
export async function givenRelationships(databaseUrl: string, subjects: { id: string; institutionId: string }[]): Promise<void> {
  // ops/test/bench-smoke.test.ts: with no relationship registered the benches seed nothing (how they once measured
  // "0/1000 delivered" without a word), and must stop with an error instead.
  if (process.env.BENCH_BREAK_SEEDING === '1') return;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `insert into judicial.relationship (id, subject_id, visitor_name, visitor_id_number, relation, proof_kind, proof_reference, registered_by_tenant_id, registered_by, registered_at)
      select gen_random_uuid(), s.id, '李秀英', '11010519491231002X', 'PARENT', 'HOUSEHOLD_REGISTER', 'bench', s.institution, s.institution, now()
        from unnest($1::uuid[], $2::uuid[]) as s(id, institution)
      on conflict do nothing`,
      [subjects.map((s) => s.id), subjects.map((s) => s.institutionId)],
    );
  } finally {
    await client.end();
  }
}
