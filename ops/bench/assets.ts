import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PORTALS, portalsHandler } from '../dist/portals.js';
import { measureFirstLoad } from '../test/support/first-load.ts';

/**
 * What each portal's first visit transfers, as the gateway serves the built portals: its index.html and the
 * scripts, module preloads and stylesheets it needs before the app runs (lazy chunks such as the meeting
 * screens excluded), asked for as a browser does (br), as gzip only, and uncompressed. Fails when a portal
 * is not built.
 */
export async function benchAssets(): Promise<void> {
  const handle = portalsHandler();
  const server = createServer((req, res) => void (handle(req, res) || res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    console.log('\nportal      files   br kB   gzip kB   uncompressed kB');
    for (const { prefix } of PORTALS) {
      const [br, gzip, plain] = [
        await measureFirstLoad(origin, prefix, 'br'),
        await measureFirstLoad(origin, prefix, 'gzip'),
        await measureFirstLoad(origin, prefix, 'identity'),
      ];
      const kB = (bytes: number) => (bytes / 1000).toFixed(1).padStart(8);
      console.log(`${(prefix || '/').padEnd(10)} ${String(br.transfers.length).padStart(6)} ${kB(br.bytes)} ${kB(gzip.bytes)}  ${kB(plain.bytes)}`);
    }
  } finally {
    server.close();
  }
}
