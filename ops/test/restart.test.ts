import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { freshJanusSecrets, startJanus } from '../src/janus.js';
import { clearOrphanedPostgres, freePort } from '../src/postgres.js';

/** Issue 19: what a start finds left over from a run that was killed (kill -9). */
const work = mkdtempSync(join(tmpdir(), 'rv-restart-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('starting again after a kill -9', () => {
  it('nothing to clear: no lock, or a lock whose process is gone, is left to PostgreSQL', async () => {
    const said: string[] = [];
    await clearOrphanedPostgres(join(work, 'absent'), (message) => said.push(message));
    expect(said).toEqual([]);
    expect(existsSync(join(work, 'absent'))).toBe(false);
  });

  it('a Janus an earlier start left running (its pid file, our configuration) is stopped, saying so, and ours started', async () => {
    const options = {
      workDir: join(work, 'reclaim'),
      recordingsDir: join(work, 'recordings'),
      ...freshJanusSecrets(),
      wsPort: await freePort(),
      rtpPortRange: '21100-21199',
    };
    const leftover = await startJanus(options);
    const gone = new Promise((done) => leftover.process.once('exit', done));
    const said: string[] = [];
    const ours = await startJanus({ ...options, onWarn: (message) => said.push(message) });
    try {
      await gone;
      expect(said).toEqual([
        `a Janus left running by an earlier start (pid ${leftover.process.pid}, probably after kill -9) uses ${options.workDir}: stopping it`,
      ]);
      expect(ours.process.exitCode).toBeNull();
      expect(ours.process.pid).not.toBe(leftover.process.pid);
    } finally {
      await ours.stop();
    }
  }, 60_000);

  it('a Janus (or anything) still answering on the port is reported, not taken for the new one', async () => {
    const port = await freePort();
    const leftover = new WebSocketServer({ host: '127.0.0.1', port, handleProtocols: () => 'janus-protocol' });
    try {
      await expect(startJanus({ workDir: join(work, 'janus'), recordingsDir: join(work, 'recordings'), ...freshJanusSecrets(), wsPort: port })).rejects.toThrow(
        `something already answers on ws://127.0.0.1:${port} (a Janus left from an earlier run?)`,
      );
    } finally {
      leftover.close();
    }
  });
});
