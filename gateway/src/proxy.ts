import { request, type IncomingMessage, type ServerResponse } from 'node:http';

/** A path prefix the gateway passes through to a subgraph's own HTTP route (e.g. recordings). */
export interface ProxyRoute {
  prefix: string;
  /** The subgraph's origin, e.g. http://127.0.0.1:4004 */
  target: string;
}

/** Headers worth passing on for media: ranges and caching, nothing that identifies the caller. */
const FORWARDED = ['range', 'if-range', 'if-none-match', 'if-modified-since'];

/** Streams the request to the subgraph and its answer back (GET and HEAD only). */
export function proxy(route: ProxyRoute, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  // `/recordings/../healthz` must not reach another path of the subgraph: refuse anything that
  // normalises (or decodes) out of the route's prefix.
  if (!staysUnder(route.prefix, req.url ?? '/')) {
    res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'bad path' }));
    return;
  }
  const headers = Object.fromEntries(FORWARDED.filter((name) => req.headers[name]).map((name) => [name, req.headers[name] as string]));
  const upstream = request(new URL(req.url!, route.target), { method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'upstream unavailable' }));
    else res.destroy();
  });
  req.on('close', () => upstream.destroy());
  upstream.end();
}

/** True when the path, raw, normalised and percent-decoded, has no dot segments and stays under the prefix. */
export function staysUnder(prefix: string, rawUrl: string): boolean {
  const rawPath = rawUrl.split('?')[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return false;
  }
  if (decoded.split(/[\\/]/).some((segment) => segment === '..' || segment === '.')) return false;
  return new URL(rawPath, 'http://x').pathname.startsWith(prefix) && rawPath.startsWith(prefix);
}
