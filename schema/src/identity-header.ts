import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Identity } from './tenants.js';

/** Header the gateway uses to forward the verified caller to subgraphs. */
export const IDENTITY_HEADER = 'x-rv-identity';

/**
 * How long a signed header is accepted. The gateway signs just before it sends, so this only has to
 * cover the hop and clock skew between processes; a captured header is useless after it.
 */
export const IDENTITY_MAX_AGE_MS = 30_000;

/** Why a header was refused; each becomes its own message key (security.identity.*). */
export type IdentityRefusal = 'missing' | 'forged' | 'expired' | 'wrongAudience' | 'bodyMismatch' | 'replayed';

/** `client` is the caller's network address as the gateway saw it (for per-client throttling). */
export type IdentityCheck = { identity: Identity; client: string | null } | { refused: IdentityRefusal };

/** What one header is good for: one request (nonce) with this body (digest) to this subgraph (audience). */
interface Claims {
  aud: string;
  /** The caller's address as the gateway saw it, or null. */
  cip: string | null;
  iat: number;
  nonce: string;
  digest: string;
}

function mac(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** The request body's digest; the header is worth nothing with another query or other variables. */
export function bodyDigest(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('base64url');
}

/**
 * `<base64url(json)>.<hmac>` binding the caller to one request: the target subgraph, the body's
 * digest, the time and a fresh nonce (a random UUID: 122 random bits from Node's cached entropy,
 * cheaper per request than randomBytes, issue 16).
 */
export function signIdentity(
  identity: Identity,
  secret: string,
  request: { audience: string; body: string | Uint8Array; client?: string | null; now?: number },
): string {
  const claims: Claims = {
    aud: request.audience,
    cip: request.client ?? null,
    iat: request.now ?? Date.now(),
    nonce: randomUUID(),
    digest: bodyDigest(request.body),
  };
  const payload = Buffer.from(JSON.stringify({ ...identity, ...claims })).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

/**
 * Nonces seen within the header's lifetime. Kept in the subgraph's memory: a replay to the same process
 * is refused; after IDENTITY_MAX_AGE_MS the header is refused as expired anyway, so entries can go.
 */
export class NonceCache {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = IDENTITY_MAX_AGE_MS * 2,
    private readonly maxEntries = 200_000,
  ) {}

  /** True the first time a nonce is offered, false on every later offer within its lifetime. */
  claim(nonce: string, now: number): boolean {
    if (this.seen.size >= this.maxEntries) this.prune(now);
    const expires = this.seen.get(nonce);
    if (expires !== undefined && expires > now) return false;
    this.seen.set(nonce, now + this.ttlMs);
    return true;
  }

  /** Insertion order is expiry order (one ttl for all), so stop at the first live entry. */
  private prune(now: number): void {
    for (const [nonce, expires] of this.seen) {
      if (expires > now) break;
      this.seen.delete(nonce);
    }
    // Still full of live entries: drop the oldest rather than grow without bound.
    while (this.seen.size >= this.maxEntries) this.seen.delete(this.seen.keys().next().value!);
  }
}

/** Checks a header against the request it came with; the nonce is claimed only when all else holds. */
export function verifyIdentity(
  header: string | undefined,
  secret: string,
  request: { audience: string; body: string | Uint8Array; nonces: NonceCache; now?: number },
): IdentityCheck {
  if (!header) return { refused: 'missing' };
  const [payload, signature] = header.split('.');
  if (!payload || !signature) return { refused: 'forged' };
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { refused: 'forged' };
  let parsed: Partial<Claims> & Identity;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { refused: 'forged' };
  }
  const { aud, cip, iat, nonce, digest, ...identity } = parsed;
  const now = request.now ?? Date.now();
  if (typeof iat !== 'number' || Math.abs(now - iat) > IDENTITY_MAX_AGE_MS) return { refused: 'expired' };
  if (aud !== request.audience) return { refused: 'wrongAudience' };
  if (typeof digest !== 'string' || digest !== bodyDigest(request.body)) return { refused: 'bodyMismatch' };
  if (typeof nonce !== 'string' || !request.nonces.claim(nonce, now)) return { refused: 'replayed' };
  return { identity: identity as Identity, client: typeof cip === 'string' ? cip : null };
}
