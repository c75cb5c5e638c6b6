import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * Issue 19: the benches once measured nothing for weeks ("0/1000 delivered": no application seeded after the
 * relationship rule came). Every bench runs here end to end at a tiny size (BENCH_SMOKE=1, ops/bench/smoke.ts),
 * as `npm run bench -- <name>` runs it, and must end well and print its figures; each one throws when its setup
 * did not produce what it measures, so a broken seed fails `npm test`.
 */
const RUN = fileURLToPath(new URL('../bench/run.ts', import.meta.url));

const running = new Set<ChildProcess>();
// A bench that overran its time is ended with its platform (its own process group), or it would hold ports for the next.
afterEach(() => {
  for (const child of running) if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  running.clear();
});

function bench(name: string, env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [RUN, name], { env: { ...process.env, BENCH_SMOKE: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/** Each bench and a line it prints only once it has measured something. */
const BENCHES: [string, RegExp][] = [
  ['overhead', /mean direct\/gateway: [\d.]+×/],
  ['fanout', /event 5: delivered to 12\/12;[^]*event 5: delivered to 12\/12;/],
  [
    'storm',
    /10 accepted and 30 SLOT_FULL each time\nfirst storm after the start: wall \d+ ms[^]*median warm storm \(the figure\): wall \d+ ms[^]*median raw loop: wall \d+ ms[^]*CPU of the whole machine \(the medians\): storm \d+ ms, raw loop \d+ ms/,
  ],
  ['janus', /1 recorded meetings took [\d.]+ % of one core/],
  ['janus-chromium', /1 recorded meetings took [\d.]+ % of one core/],
  ['assets', /\/detention +\d+ +[\d.]+[^]*\n\/ +\d+ +[\d.]+/], // the family portal is at /, last
  ['start', /npm start → ready: first \(new database, demo data\) [\d.]+ s[^]*npm run build, nothing changed: [\d.]+ s/],
  ['roster', /the same roster as sync batches of 1,000: \d+ ms \(unchanged 50\)/],
  ['reset-timing', /difference of medians -?[\d.]+[^]*token-version read \(50 in a row\)/],
  ['report', /a year \(\d+ rows, 2,000 applications\): report through the gateway/],
];

describe('issue 19: a smoke run of every bench (BENCH_SMOKE=1)', () => {
  it.each(BENCHES)(
    '%s runs end to end and prints its figures',
    async (name, figures) => {
      const { code, output } = await bench(name);
      expect(output).toMatch(figures);
      expect(code, output.slice(-3000)).toBe(0);
    },
    300_000,
  );

  it('a bench whose seeding fails stops with an error instead of printing figures (the relationships not registered)', async () => {
    const { code, output } = await bench('overhead', { BENCH_BREAK_SEEDING: '1' });
    expect(code).toBe(1);
    expect(output).toContain('seeding failed');
    expect(output).not.toMatch(/mean direct\/gateway/);
  }, 300_000);

  it('an unknown bench name is refused rather than running every bench', async () => {
    const { code, output } = await bench('overheaad');
    expect(code).toBe(1);
    expect(output).toContain('no bench named overheaad');
  }, 60_000);
});
