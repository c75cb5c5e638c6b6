import { chromium, type Browser, type Page } from 'playwright-core';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NetworkNamespace } from './netns.js';

const CLIENT = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../lab/meeting-client.js'), 'utf8');

export interface MeetingBrowser {
  /** A new page (its own context: camera and microphone granted) that takes this seat. */
  seat(seat: Record<string, string>, publish: boolean): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with fake camera and microphone, run inside the test's network namespace (via
 * a two-line wrapper) so its media can only flow to Janus there (STACK.md: the recipe and why).
 * Pages come from the host end of the veth; `origins` may use the camera although plain HTTP.
 */
export async function launchChromiumIn(ns: NetworkNamespace, origins: string[]): Promise<Browser> {
  const wrapper = join(mkdtempSync(join(tmpdir(), 'rv-chromium-')), 'chromium');
  writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec ${ns.name} /usr/bin/chromium "$@"\n`);
  chmodSync(wrapper, 0o755);
  return chromium.launch({
    executablePath: wrapper,
    args: [
      '--no-sandbox',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--autoplay-policy=no-user-gesture-required',
      `--unsafely-treat-insecure-origin-as-secure=${origins.join(',')}`,
      `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${ns.hostIp}, EXCLUDE ${ns.namespaceIp}`,
    ],
  });
}

/** A bare page with the lab's meeting client (ops/lab/meeting-client.js), for the media tests and benchmarks. */
export async function givenMeetingBrowser(ns: NetworkNamespace): Promise<MeetingBrowser> {
  const server: Server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><meta charset="utf-8"><title>meeting</title><script>${CLIENT}</script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, ns.hostIp, resolve));
  const origin = `http://${ns.hostIp}:${(server.address() as { port: number }).port}`;
  const browser = await launchChromiumIn(ns, [origin]);
  return {
    async seat(seat, publish) {
      const context = await browser.newContext({ permissions: ['camera', 'microphone'] });
      const page = await context.newPage();
      await page.goto(origin);
      await page.evaluate(([s, p]) => (globalThis as unknown as { takeSeat(seat: unknown, publish: boolean): Promise<void> }).takeSeat(s, p), [
        seat,
        publish,
      ] as const);
      return page;
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

export function mediaStats(
  page: Page,
): Promise<{ received: { audio: number; video: number }; sent: number; receiverKinds: string[]; offeredMedia: string[]; errors: string[] }> {
  return page.evaluate(() => (globalThis as unknown as { mediaStats(): Promise<never> }).mediaStats());
}
