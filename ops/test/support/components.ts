import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { stopChild, type Child } from '../../src/supervise.js';
import { freePort } from '../../src/postgres.js';
import { eventually } from './harness.js';

const SERVE = fileURLToPath(new URL('../../dist/serve.js', import.meta.url));

/** One component of the platform in its own process (`node ops/dist/serve.js <role>`), as a deployment runs it. */
export interface Component extends Child {
  role: string;
  port: number;
  /** Its GraphQL address. */
  url: string;
  output(): string;
}

/** Starts `role` on `port` (or a free one) and waits until its /healthz answers 200. */
export async function startComponent(role: string, env: Record<string, string>, port?: number): Promise<Component> {
  port ??= await freePort();
  const child = spawn(process.execPath, [SERVE, role], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await eventually(async () => {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${role} exited: ${output}`);
      const health = await fetch(url.replace('/graphql', '/healthz')).catch(() => null);
      expect(health?.status, `${role} not ready:\n${output}`).toBe(200);
    }, 240_000); // generous: seven of them start at once on a shared, loaded machine
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    role,
    port,
    url,
    process: child,
    output: () => output,
    stop: () => stopChild(child, 10_000),
  };
}
