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
