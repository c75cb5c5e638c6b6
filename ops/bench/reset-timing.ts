import { residentIdCheckCharacter } from '@rv/schema';
import pg from 'pg';
import { percentile, startPlatformProcess } from './platform-process.ts';
import { sized } from './smoke.ts';

/**
 * Issue 15: a forgotten-password request must not tell by its timing whether the account exists.
 * Families registered through the API, then requests alternating a real username and a name of no
 * account (each from its own client address, so no throttle answers instead), through the gateway:
 * the two medians and their difference, beside the floor (an anonymous `__typename` round trip in
 * the same run). Fails loudly when a registration or a request is not answered as expected.
 */
const PAIRS = sized(Number(process.env.BENCH_RESET_PAIRS ?? 60), 4);
const LOOKUPS = sized(2000, 50);

let clients = 0;
async function post(url: string, query: string, variables: Record<string, unknown>): Promise<{ ms: number; body: any }> {
  clients++;
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.77.${Math.floor(clients / 250)}.${(clients % 250) + 1}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  return { ms: performance.now() - started, body };
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const p90 = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    90,
  );

export async function benchResetTiming(): Promise<void> {
  const platform = await startPlatformProcess({ TRUSTED_PROXY_HOPS: '1' });
  try {
    const usernames: string[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const first17 = `44010619${String(70 + (i % 30))}0101${String(500 + i).padStart(3, '0')}`;
      const username = `bench.family.${i}`;
      const registered = await post(
        platform.url,
        'mutation($u: String!, $i: String!, $p: String!) { registerProxy(username: $u, password: "Family2026", name: "测试", idNumber: $i, phone: $p) { token } }',
        { u: username, i: first17 + residentIdCheckCharacter(first17), p: `1370000${String(i).padStart(4, '0')}` },
      );
      if (!registered.body.data) throw new Error(`registration ${i} failed: ${JSON.stringify(registered.body.errors)}`);
      usernames.push(username);
    }
    const REQUEST = 'mutation($n: String!) { requestPasswordReset(name: $n) { ticket expiresInSeconds } }';
    const ask = async (name: string) => {
      const answer = await post(platform.url, REQUEST, { n: name });
      if (answer.body.data?.requestPasswordReset?.expiresInSeconds !== 600) throw new Error(`request not answered: ${JSON.stringify(answer.body)}`);
      return answer.ms;
    };
    for (let i = 0; i < 5; i++) await ask(`warm.up.${i}`);
    const real: number[] = [];
    const unknown: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      // Alternating which goes first, so a warming cache or a load swing favours neither.
      if (i % 2) {
        real.push(await ask(usernames[i]));
        unknown.push(await ask(`no.such.${i}`));
      } else {
        unknown.push(await ask(`no.such.${i}`));
        real.push(await ask(usernames[i]));
      }
      floor.push((await post(platform.url, '{ __typename }', {})).ms);
    }
    console.log(`\nforgotten-password timing: ${PAIRS} pairs through the gateway (ms)`);
    console.log(`  real account   median ${median(real).toFixed(1)}  p90 ${p90(real).toFixed(1)}`);
    console.log(`  no account     median ${median(unknown).toFixed(1)}  p90 ${p90(unknown).toFixed(1)}`);
    console.log(`  difference of medians ${(median(real) - median(unknown)).toFixed(1)}`);
    console.log(`  floor (anonymous __typename) median ${median(floor).toFixed(1)}`);

    // What the gateway adds to every authenticated request: its token-version read (gateway/src/token-versions.ts).
    const pool = new pg.Pool({ connectionString: platform.databaseUrl, max: 4 });
    try {
      const [{ id }] = (await pool.query(`select id from judicial.account where username = $1`, [usernames[0]])).rows;
      const lookups: number[] = [];
      for (let i = 0; i < LOOKUPS; i++) {
        const started = performance.now();
        await pool.query('select token_version from judicial.account where id = $1', [id]);
        lookups.push(performance.now() - started);
      }
      console.log(
        `  token-version read (${LOOKUPS.toLocaleString('en')} in a row): median ${median(lookups).toFixed(3)} ms, p90 ${p90(lookups).toFixed(3)} ms`,
      );
    } finally {
      await pool.end();
    }
  } finally {
    await platform.stop();
  }
}
