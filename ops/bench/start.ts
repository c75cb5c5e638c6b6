import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sized } from './smoke.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = sized(Number(process.env.BENCH_START_RUNS ?? 3), 1);

/** Runs a command from the repository root; resolves with the seconds until `ready` appears in its output (then stops it) or it exits. */
function timed(command: string, args: string[], env: Record<string, string>, ready?: string): Promise<number> {
  const started = performance.now();
  // Its own process group, so the whole tree (npm, node, PostgreSQL, Janus) gets the SIGTERM.
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  return new Promise((resolve, reject) => {
    let seconds = 0;
    const seen = (chunk: Buffer) => {
      output += chunk;
      if (ready && !seconds && output.includes(ready)) {
        seconds = (performance.now() - started) / 1000;
        process.kill(-child.pid!, 'SIGTERM');
      }
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.once('exit', (code) => {
      if (ready ? !seconds : code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-3000)}`));
      else resolve(seconds || (performance.now() - started) / 1000);
    });
  });
}

/**
 * `npm start` as a user types it, from the command to "is running" (build, embedded PostgreSQL, migrations, demo
 * data, Janus, gateway), several times over one data folder: the first run also creates and seeds the database;
 * the others are the "nothing changed" start. Then `npm run build` alone with nothing changed (every task from
 * the nx cache). Run after `npm run build`, so the build is cached (`npm run bench` does it).
 */
export async function benchStart(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rv-bench-start-'));
  await chmod(dataDir, 0o755);
  const port = 15000 + Math.floor(Math.random() * 1000);
  const env = {
    DATA_DIR: join(dataDir, 'data'),
    PORT: String(port),
    SUBGRAPH_PORT_BASE: String(port + 1),
    PGPORT: String(port + 10),
    JANUS_WS_PORT: String(port + 11),
    JANUS_RTP_PORT_RANGE: '21100-21199',
    DATABASE_URL: '',
    LOG_LEVEL: 'warn',
  };
  try {
    const starts: number[] = [];
    for (let run = 0; run < RUNS; run++) starts.push(await timed('npm', ['start'], env, 'is running'));
    const builds: number[] = [];
    for (let run = 0; run < RUNS; run++) builds.push(await timed('npm', ['run', 'build'], {}));
    const s = (values: number[]) => values.map((value) => `${value.toFixed(1)} s`).join(', ');
    console.log(`\nnpm start → ready: first (new database, demo data) ${s(starts.slice(0, 1))}; again, nothing changed: ${s(starts.slice(1))}`);
    console.log(`npm run build, nothing changed: ${s(builds)} (median ${median(builds).toFixed(1)} s)`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
