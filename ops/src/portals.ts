import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const PORTALS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../portals');

/** The portals the gateway serves: URL prefix → app folder (each built into its `dist/` by `npm run build`); families at `/`. */
export const PORTALS = [{ prefix: '/prison', app: 'prison' }, { prefix: '/detox', app: 'detox' }, { prefix: '/bureau', app: 'bureau' }, { prefix: '/province', app: 'province' }, { prefix: '', app: 'family' }];

/**
 * Serves every built portal from the gateway (GD: one address for everything). Unknown paths under
 * a portal get its index.html, so a reload on a screen's address works. Assets are immutable
 * (hashed names); index.html is revalidated so a new build is picked up. The build writes a brotli
 * and a gzip copy beside each file: sent by the browser's Accept-Encoding (br first), with
 * Content-Encoding and Vary set, so nothing is compressed per request.
 */
export function portalsHandler(): (req: IncomingMessage, res: ServerResponse) => boolean {
  const served = PORTALS.map(({ prefix, app }) => ({ prefix, dist: join(PORTALS_DIR, app, 'dist') }))
    .filter(({ dist }) => existsSync(join(dist, 'index.html')))
    .map(({ prefix, dist }) => ({
      prefix,
      handler: sirv(dist, {
        single: true, etag: true, brotli: true, gzip: true,
        setHeaders: (res, path) => res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
      }),
    }));
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    // Families at the root, so the portals with a prefix are tried first.
    const portal = served.find(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`));
    if (!portal) return false;
    if (portal.prefix && path === portal.prefix) {
      res.writeHead(301, { location: `${portal.prefix}/` }).end();
      return true;
    }
    req.url = req.url!.slice(portal.prefix.length);
    portal.handler(req, res, () => void res.writeHead(404).end());
    return true;
  };
}
