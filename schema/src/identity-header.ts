import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Identity } from './tenants.js';

/** Header the gateway uses to forward the verified caller to subgraphs. */
export const IDENTITY_HEADER = 'x-rv-identity';
const MAX_AGE_MS = 5 * 60_000;

function mac(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

/** `<base64url(json)>.<hmac>`; the timestamp bounds replay of a captured header. */
export function signIdentity(identity: Identity, secret: string, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ ...identity, iat: now })).toString('base64url');
  return `${body}.${mac(body, secret)}`;
}

/** Returns the identity, or null when the header is missing, forged or stale. */
export function verifyIdentity(header: string | undefined, secret: string, now = Date.now()): Identity | null {
  if (!header) return null;
  const [body, signature] = header.split('.');
  if (!body || !signature) return null;
  const expected = Buffer.from(mac(body, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { iat, ...identity } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (typeof iat !== 'number' || Math.abs(now - iat) > MAX_AGE_MS) return null;
    return identity as Identity;
  } catch {
    return null;
  }
}
