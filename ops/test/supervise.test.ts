import { metricsRegistry } from '@rv/kit';
import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { stopChild, supervise } from '../src/supervise.js';
import { eventually } from './support/harness.js';

/** Issue 19: what npm start does when its PostgreSQL or Janus dies, with a `sleep` for the child. */
const sleeper = () => {
  const child = spawn('sleep', ['120']);
  return { process: child, stop: () => stopChild(child) };
};

describe('supervise', () => {
  it('a child that dies is started again, said and counted; failed starts are retried after a doubling wait; stop ends it for good', async () => {
    const said: string[] = [];
    const logger = pino(
      { level: 'warn' },
      new Writable({
        write(chunk, _, done) {
          said.push(JSON.parse(String(chunk)).msg);
          done();
        },
      }),
    );
    let attempts = 0;
    const first = sleeper();
    const supervisor = supervise(
      'sleeper',
      first,
      async () => {
        if (++attempts <= 2) throw new Error('port still taken');
        return sleeper();
      },
      { logger, minDelayMs: 100, maxDelayMs: 1000 },
    );

    const killedAt = Date.now();
    first.process.kill('SIGKILL');
    await eventually(() => expect(supervisor.restarts).toBe(1), 15_000);
    expect(Date.now() - killedAt).toBeGreaterThanOrEqual(100 + 200 + 400); // three waits, each twice the last
    expect(attempts).toBe(3);
    expect(supervisor.current).not.toBe(first);
    expect(supervisor.current.process.exitCode).toBeNull();
    expect(said).toEqual([
      'sleeper died: starting it again',
      'sleeper did not start again: retrying',
      'sleeper did not start again: retrying',
      'sleeper started again',
    ]);
    expect(await metricsRegistry.getSingleMetricAsString('rv_child_restarts_total')).toContain('rv_child_restarts_total{child="sleeper"} 1');

    const last = supervisor.current;
    await supervisor.stop();
    expect(last.process.signalCode).toBe('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(supervisor.restarts).toBe(1); // stopped on purpose: not started again
  });
});
