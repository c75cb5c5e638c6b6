import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import helmet from 'helmet';
import sirv from 'sirv';

const PORTALS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../portals');

/** The portals the gateway serves: URL prefix → app folder (each built into its `dist/` by `npm run build`); families at `/`. */
export const PORTALS = [
  { prefix: '/prison', app: 'prison' },
  { prefix: '/detox', app: 'detox' },
  { prefix: '/bureau', app: 'bureau' },
  { prefix: '/province', app: 'province' },
  { prefix: '/lawyer', app: 'lawyer' },
  { prefix: '/detention', app: 'detention' },
  { prefix: '', app: 'family' },
];

/**
 * Serves every built portal from the gateway (GD: one address for everything). Unknown paths under
 * a portal get its index.html, so a reload on a screen's address works. Assets are immutable
 * (hashed names); index.html is revalidated so a new build is picked up. The build writes a brotli
 * and a gzip copy beside each file: sent by the browser's Accept-Encoding (br first), with
 * Content-Encoding and Vary set, so nothing is compressed per request.
 */
/** Where browsers reach Janus for the meetings (the media subgraph gives them the same address). */
function publicJanusOrigin(): string {
  const url = process.env.JANUS_PUBLIC_WS_URL ?? process.env.JANUS_WS_URL ?? process.env.JANUS_URL ?? 'ws://127.0.0.1:8188';
  return new URL(url).origin;
}

/**
 * Security headers on every portal response (issue 19), from helmet: scripts only from the portal's
 * own origin (no inline script: Vite emits none), no framing (clickjacking), nosniff, no Referer
 * (URLs can carry playback tickets). Inline styles stay allowed: Element Plus and Vue set style
 * attributes at run time. Connections: the gateway (HTTP and its WebSocket, named explicitly for
 * browsers that do not match ws: to 'self') and Janus. Plain HTTP stays possible on a LAN, so no
 * upgrade-insecure-requests.
 */
function securityHeaders() {
  const janus = publicJanusOrigin();
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'", (req) => sameHostSockets(req as IncomingMessage), janus],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false, // set by the TLS terminator that knows the real scheme
  });
}

/** ws: and wss: of the host the page came from; a Host header that is not a plain host[:port] gets none. */
function sameHostSockets(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  return /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/.test(host) ? `ws://${host} wss://${host}` : "'self'";
}

export function portalsHandler(): (req: IncomingMessage, res: ServerResponse) => boolean {
  const headers = securityHeaders();
  const served = PORTALS.map(({ prefix, app }) => ({ prefix, dist: join(PORTALS_DIR, app, 'dist') }))
    .filter(({ dist }) => existsSync(join(dist, 'index.html')))
    .map(({ prefix, dist }) => ({
      prefix,
      handler: sirv(dist, {
        single: true,
        etag: true,
        brotli: true,
        gzip: true,
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
    headers(req, res, () => portal.handler(req, res, () => void res.writeHead(404).end()));
    return true;
  };
}
