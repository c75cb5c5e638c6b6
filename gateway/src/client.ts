import type { IncomingMessage } from 'node:http';

/**
 * The caller's network address, for per-client throttling. Behind `trustedProxyHops` reverse proxies
 * (an ingress, a load balancer) the socket's peer is the proxy: take the address the last trusted hop
 * saw, counted from the right of X-Forwarded-For (entries further left are the client's own words).
 */
export function clientAddress(req: IncomingMessage, trustedProxyHops = 0): string | null {
  const peer = req.socket.remoteAddress ?? null;
  if (trustedProxyHops <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - trustedProxyHops] ?? forwarded[0] ?? peer;
}
