import { createLogger, electedJob, runSubgraph, type Job } from '@rv/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '../src/subgraphs.js';
import { TEST_SECRETS, eventually, givenPlatform, type TestPlatform } from './support/harness.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform({ demo: false });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const logger = createLogger('replicas-test');

/** A job that records when it runs, as the meeting clock or the SMS dispatcher would run. */
function recordingJob(replica: string, log: { replica: string; event: 'start' | 'stop'; at: number }[]): () => Job {
  return () => {
    log.push({ replica, event: 'start', at: Date.now() });
    return {
      stop: async () => {
        log.push({ replica, event: 'stop', at: Date.now() });
      },
    };
  };
}

/** Who holds the advisory lock of a job, by the application name its connection carries. */
async function holders(job: string): Promise<string[]> {
  const rows = await t.sql<{ application_name: string }>(
    `select a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'advisory' and l.granted and l.classid = 20261203 and l.objid = hashtext($1)::oid`,
    [job],
  );
  return rows.map((row) => row.application_name);
}

describe('issue 19: periodic jobs run on exactly one replica, elected by a PostgreSQL advisory lock', () => {
  it('of two replicas one runs the job; when it stops or loses its connection the other takes over, never both at once', async () => {
    const log: { replica: string; event: 'start' | 'stop'; at: number }[] = [];
    const a = electedJob('test.clock', t.databaseUrl, logger, recordingJob('a', log), 100);
    await eventually(() => expect(log).toHaveLength(1));
    const b = electedJob('test.clock', t.databaseUrl, logger, recordingJob('b', log), 100);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(log.map(({ replica, event }) => `${replica} ${event}`)).toEqual(['a start']); // b stands by
    expect(await holders('test.clock')).toEqual(['job test.clock']);

    await a.stop();
    await eventually(() => expect(log.map(({ replica, event }) => `${replica} ${event}`)).toEqual(['a start', 'a stop', 'b start']));
    const c = electedJob('test.clock', t.databaseUrl, logger, recordingJob('c', log), 100);

    // The leader's connection is cut (a network fault, PostgreSQL killing the session): it stops its job and c takes over.
    await t.sql(
      `select pg_terminate_backend(l.pid) from pg_locks l where l.locktype = 'advisory' and l.granted and l.classid = 20261203 and l.objid = hashtext('test.clock')::oid`,
    );
    await eventually(() => expect(log.map(({ replica, event }) => `${replica} ${event}`)).toEqual(['a start', 'a stop', 'b start', 'b stop', 'c start']), 5000);
    await b.stop();
    await c.stop();
    // Never two at once: each start comes after the previous holder's stop.
    for (let i = 2; i < log.length; i += 2) expect(log[i].at).toBeGreaterThanOrEqual(log[i - 1].at);
  });

  it('a second replica of the media subgraph on the same database leaves the meeting clock to the first, and takes it over when the first closes', async () => {
    const media = SUBGRAPHS.find(({ definition }) => definition.name === 'media')!.definition;
    expect(await holders('media.job0')).toHaveLength(1);
    const second = await runSubgraph(media, { databaseUrl: t.databaseUrl, internalSecret: TEST_SECRETS.internalSecret, port: 0 });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const [{ count }] = await t.sql(`select count(*)::int as count from pg_stat_activity where application_name = 'job media.job0'`);
      expect(count).toBe(2); // both replicas are there, trying
      expect(await holders('media.job0')).toHaveLength(1);
      await t.platform.subgraphs.media.close();
      await eventually(async () => expect(await holders('media.job0')).toEqual(['job media.job0']), 5000);
      const [{ still }] = await t.sql(`select count(*)::int as still from pg_stat_activity where application_name = 'job media.job0'`);
      expect(still).toBe(1); // the one left is the second replica's
    } finally {
      await second.close();
    }
  });
});
