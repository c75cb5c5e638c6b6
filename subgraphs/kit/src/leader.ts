import pg from 'pg';
import type { Logger } from './logger.js';

/** A periodic job of a subgraph: started when this replica is elected, stopped when it no longer is. */
export interface Job {
  stop(): Promise<void>;
}

/** Advisory-lock namespace of the platform's jobs (the second key is the job's name, hashed by PostgreSQL). */
const JOB_LOCKS = 20_261_203;

/**
 * Runs a job on exactly one replica: the one holding the PostgreSQL advisory lock named after it.
 * Each replica keeps a dedicated connection (not a pool: the lock belongs to the session) and tries
 * the lock every `pollMs`; the holder runs the job and checks its connection on the same beat.
 * When the holder dies or loses its connection, PostgreSQL releases the lock and a standby wins it on
 * its next try. The winner waits three beats before starting: by then a holder cut off from the
 * database has failed its check (each query times out after one beat) and stopped. The jobs' own
 * writes are conditional, so even a tick that overlaps does no harm.
 */
export function electedJob(name: string, connectionString: string, logger: Logger, start: () => Job, pollMs = 500): Job {
  let client: pg.Client | null = null;
  let job: Job | null = null;
  let stopped = false;
  let beat: Promise<void> = Promise.resolve();
  let wonAt: number | null = null;
  const takeoverDelayMs = 3 * pollMs;

  const resign = async () => {
    const running = job;
    job = null;
    wonAt = null;
    client?.end().catch(() => undefined);
    client = null;
    if (running) {
      logger.warn({ job: name }, 'job stopped: its lock connection was lost');
      await running.stop();
    }
  };

  const tick = async () => {
    try {
      if (!client) {
        const connecting = new pg.Client({ connectionString, keepAlive: true, query_timeout: pollMs, application_name: `job ${name}` });
        connecting.on('error', () => undefined); // noticed on the next beat's query
        await connecting.connect();
        client = connecting;
      }
      if (wonAt === null) {
        const { rows } = await client.query<{ won: boolean }>('select pg_try_advisory_lock($1, hashtext($2)) as won', [JOB_LOCKS, name]);
        if (rows[0].won) wonAt = Date.now();
        return;
      }
      await client.query('select 1');
      if (!job && !stopped && Date.now() - wonAt >= takeoverDelayMs) {
        job = start();
        logger.info({ job: name }, 'job elected on this replica');
      }
    } catch {
      await resign();
    }
  };

  const timer = setInterval(() => {
    beat = beat.then(tick);
  }, pollMs);
  timer.unref();
  beat = tick();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await beat;
      const running = job;
      job = null;
      await running?.stop();
      await client?.end().catch(() => undefined); // ends the session: the lock goes with it
      client = null;
    },
  };
}

/**
 * The shape of most jobs: `work` every `intervalMs`, one run at a time (a tick while one runs is
 * skipped), its failures logged; `stop` waits for the run under way.
 */
export function intervalJob(name: string, logger: Logger, intervalMs: number, work: () => Promise<unknown>): Job {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    running ??= work()
      .catch((error) => logger.error({ err: error, job: name }, 'job run failed'))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
