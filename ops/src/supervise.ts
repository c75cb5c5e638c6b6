import type { ChildProcess } from 'node:child_process';
import { childRestarts, type Logger } from '@rv/kit';

/** Ends a child: SIGTERM, SIGKILL after `graceMs`; at once when it has already exited. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Something a supervisor keeps running: its process, and the way to stop it on purpose. */
export interface Child {
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface Supervisor<T extends Child> {
  /** The child now running (the latest start). */
  readonly current: T;
  /** How many times it was started again after it died. */
  readonly restarts: number;
  /** Stops supervising (no more restarts), then the child. */
  stop(): Promise<void>;
}

export interface SuperviseOptions<T extends Child> {
  logger: Logger;
  /** First wait before a restart; it doubles while restarts fail or the child dies again soon (up to maxDelayMs). */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** A child that ran this long before it died is restarted after minDelayMs again. */
  stableAfterMs?: number;
  onRestart?: (child: T) => void;
}

/**
 * Issue 19: a child that dies (PostgreSQL, Janus, a component in a test) is noticed and started again
 * with backoff, each death and restart logged and counted (rv_child_restarts_total). `start` brings up
 * a new child on the same address; a failed start is retried after a longer wait, never given up on.
 */
export function supervise<T extends Child>(name: string, first: T, start: () => Promise<T>, options: SuperviseOptions<T>): Supervisor<T> {
  const { logger, minDelayMs = 500, maxDelayMs = 30_000, stableAfterMs = 60_000 } = options;
  let current = first;
  let restarts = 0;
  let stopping = false;
  let delay = minDelayMs;
  let startedAt = Date.now();
  let reviving: Promise<void> | null = null;

  const watch = (child: T) => {
    const died = (code: number | null, signal: NodeJS.Signals | null) => {
      if (!stopping && child === current)
        reviving = revive(code, signal).finally(() => {
          reviving = null;
        });
    };
    if (child.process.exitCode !== null || child.process.signalCode !== null) died(child.process.exitCode, child.process.signalCode);
    else child.process.once('exit', died);
  };

  async function revive(code: number | null, signal: NodeJS.Signals | null): Promise<void> {
    if (Date.now() - startedAt >= stableAfterMs) delay = minDelayMs;
    logger.warn({ child: name, pid: current.process.pid, code, signal, restartInMs: delay }, `${name} died: starting it again`);
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (stopping) return;
      const wait = delay;
      delay = Math.min(delay * 2, maxDelayMs);
      let next: T;
      try {
        next = await start();
      } catch (error) {
        logger.warn({ child: name, err: error, retryInMs: delay, waitedMs: wait }, `${name} did not start again: retrying`);
        continue;
      }
      if (stopping) return next.stop();
      current = next;
      restarts++;
      startedAt = Date.now();
      childRestarts.inc({ child: name });
      logger.warn({ child: name, pid: next.process.pid, restarts }, `${name} started again`);
      watch(next);
      options.onRestart?.(next);
      return;
    }
  }

  watch(first);
  return {
    get current() {
      return current;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      await reviving;
      await current.stop();
    },
  };
}
