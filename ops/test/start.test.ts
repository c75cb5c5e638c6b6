import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo.js';
import { freePort } from '../src/postgres.js';
import { SUBGRAPHS } from '../src/subgraphs.js';
import { eventually, postGraphQL } from './support/harness.js';

const START = fileURLToPath(new URL('../dist/start.js', import.meta.url));
const children: ChildProcess[] = [];
let dataDir = '';
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The direct children of a process (npm start's PostgreSQL and Janus). */
function childrenOf(pid: number): { pid: number; command: string }[] {
  return execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.trim().split(/\s+/))
    .map(([child, command]) => ({ pid: Number(child), command }));
}

async function portsFree(base: number, count: number): Promise<boolean> {
  for (let port = base; port < base + count; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (!free) return false;
  }
  return true;
}

async function startPlatformProcess(env: Record<string, string>): Promise<{ child: ChildProcess; output: () => string; exited: Promise<number | null> }> {
  let output = '';
  const child = spawn(process.execPath, [START], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  while (!output.includes('is running')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`platform did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, output: () => output, exited };
}

describe('npm start (ops/dist/start.js, built by npm test)', () => {
  it('starts everything on embedded PostgreSQL with demo data, serves logins, stops cleanly on SIGTERM, keeps its data; with its port taken it ends and stops its PostgreSQL and Janus', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'rv-start-'));
    await chmod(dataDir, 0o755);
    // Below the kernel's ephemeral range (32768+), where an outgoing connection could take a subgraph's port
    // between this check and the platform's listen; one port per subgraph.
    let base = 22_000 + Math.floor(Math.random() * 9000);
    while (!(await portsFree(base, SUBGRAPHS.length))) base += 10;
    const env = {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      PGPORT: String(await freePort()),
      SUBGRAPH_PORT_BASE: String(base),
      DATABASE_URL: '',
      JANUS_WS_PORT: String(await freePort()),
      JANUS_RTP_PORT_RANGE: '21000-21099',
    };

    const first = await startPlatformProcess(env);
    expect(first.output()).toContain('DEMO DATA');
    expect(first.output()).toContain('loaded now');
    // Janus (installed by .ci/run) is started with the project's configuration, bound to loopback.
    expect(first.output()).toContain(`Janus (video meetings):         ws://127.0.0.1:${env.JANUS_WS_PORT}`);
    const url = `http://127.0.0.1:${env.PORT}/graphql`;
    expect((await fetch(url.replace('/graphql', '/healthz'))).status).toBe(200);
    // The portals are served by the gateway: families at /, the prison at /prison/ (a screen's address reloads too).
    for (const path of ['/', '/prison/', '/prison/queue', '/detox/', '/bureau/', '/province/']) {
      const page = await fetch(url.replace('/graphql', path));
      expect(page.status, path).toBe(200);
      expect(await page.text()).toContain('<div id="app">');
    }
    expect(first.output()).toContain(`prison   portal:               http://127.0.0.1:${env.PORT}/prison/`);
    const login = await postGraphQL(url, 'mutation { login(username: "prison1.reviewer", password: "' + DEMO_PASSWORD + '") { token } }');
    const inmates = await postGraphQL(url, '{ inmates(limit: 200) { id } }', {}, login.data.login.token);
    expect(inmates.data.inmates.length).toBe(150);
    const prisons = await postGraphQL(url, '{ prisons { id } countyBureaus { id } detoxCentres { id } }');
    expect(prisons.data).toMatchObject({ prisons: expect.any(Array), countyBureaus: expect.any(Array) });
    expect(prisons.data.prisons).toHaveLength(2);
    expect(prisons.data.countyBureaus).toHaveLength(4);
    expect(prisons.data.detoxCentres).toHaveLength(1);
    // No personal data in what the platform printed.
    expect(first.output()).not.toMatch(/\d{17}[\dX]/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await startPlatformProcess(env);
    expect(second.output()).toContain('present');
    expect(second.output()).not.toContain('loaded now');

    // Issue 19: its PostgreSQL and its Janus die (kill -9); npm start notices and starts each again on its
    // port, says so and counts it; the platform answers again, and SIGTERM still ends it cleanly.
    const own = childrenOf(second.child.pid!);
    expect(own.map(({ command }) => command).sort()).toEqual(['janus', 'postgres']);
    for (const { pid } of own) process.kill(pid, 'SIGKILL');
    const killedAt = Date.now();
    await eventually(async () => {
      expect(second.output()).toContain('postgres started again');
      expect(second.output()).toContain('janus started again');
      const health = await fetch(url.replace('/graphql', '/healthz'));
      expect(await health.json()).toMatchObject({ status: 'ok' });
      const again = await postGraphQL(url, 'mutation { login(username: "prison1.reviewer", password: "' + DEMO_PASSWORD + '") { token } }');
      expect(again.errors).toBeUndefined();
    }, 90_000);
    console.log(`npm start: PostgreSQL and Janus killed, both back and the platform ready after ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);
    expect(childrenOf(second.child.pid!).map(({ pid }) => pid)).not.toContain(own[0].pid);
    const metrics = await (await fetch(url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toContain('rv_child_restarts_total{child="postgres"} 1');
    expect(metrics).toContain('rv_child_restarts_total{child="janus"} 1');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    // Its port already taken: npm start says so and ends, and stops the PostgreSQL and Janus it had started.
    const taken = createServer().listen(Number(env.PORT), '127.0.0.1');
    await new Promise((resolve) => taken.once('listening', resolve));
    try {
      const third = spawn(process.execPath, [START], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(third);
      let said = '';
      third.stdout!.on('data', (chunk) => (said += chunk));
      third.stderr!.on('data', (chunk) => (said += chunk));
      const code = await new Promise<number | string | null>((resolve) => {
        third.once('exit', resolve);
        setTimeout(() => resolve('still running after 60 s'), 60_000);
      });
      expect(code).toBe(1);
      expect(said).toContain('EADDRINUSE');
      expect(said).toContain('start failed');
      const leftBehind = execFileSync('ps', ['-eo', 'args='], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.includes(dataDir) || line.includes(`-p ${env.PGPORT} `));
      expect(leftBehind).toEqual([]);
    } finally {
      taken.close();
    }
  }, 300_000);
});
