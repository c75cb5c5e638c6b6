import { describe, expect, it } from 'vitest';
import { NonceCache, signIdentity, verifyIdentity } from './identity-header.js';
import type { Identity } from './tenants.js';

const clerk: Identity = { accountId: 'a1', tenantKind: 'COUNTY_BUREAU', tenantId: 't1', roles: ['INTAKE_CLERK'] };
const body = '{"query":"{ applications { id } }"}';
const at = 1_000_000;
const sign = (identity = clerk, secret = 's3cret') => signIdentity(identity, secret, { audience: 'judicial', body, now: at });
const check = (header: string | undefined, overrides: Partial<{ secret: string; audience: string; body: string; now: number; nonces: NonceCache }> = {}) =>
  verifyIdentity(header, overrides.secret ?? 's3cret', {
    audience: overrides.audience ?? 'judicial',
    body: overrides.body ?? body,
    now: overrides.now ?? at,
    nonces: overrides.nonces ?? new NonceCache(),
  });

describe('signed identity header (gateway → subgraph)', () => {
  it('round-trips with the shared secret, for the subgraph and body it was signed for', () => {
    expect(check(sign())).toEqual({ identity: clerk, client: null });
  });

  it('carries the caller’s address as the gateway saw it', () => {
    const header = signIdentity(clerk, 's3cret', { audience: 'judicial', body, client: '203.0.113.7', now: at });
    expect(check(header)).toEqual({ identity: clerk, client: '203.0.113.7' });
  });

  it('is refused with another secret, when tampered with, missing or garbage', () => {
    const header = sign();
    expect(check(header, { secret: 'other' })).toEqual({ refused: 'forged' });
    const [, mac] = header.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...clerk, roles: ['ADMIN'], iat: at })).toString('base64url');
    expect(check(`${promoted}.${mac}`)).toEqual({ refused: 'forged' });
    expect(check(undefined)).toEqual({ refused: 'missing' });
    expect(check('garbage')).toEqual({ refused: 'forged' });
  });

  it('lives 30 seconds: at 30 s accepted, at 31 s (or 31 s early) expired', () => {
    expect(check(sign(), { now: at + 30_000 })).toEqual({ identity: clerk, client: null });
    expect(check(sign(), { now: at + 31_000 })).toEqual({ refused: 'expired' });
    expect(check(sign(), { now: at - 31_000 })).toEqual({ refused: 'expired' });
  });

  it('is bound to one subgraph and one body', () => {
    expect(check(sign(), { audience: 'prison' })).toEqual({ refused: 'wrongAudience' });
    expect(check(sign(), { body: '{"query":"{ accounts { id } }"}' })).toEqual({ refused: 'bodyMismatch' });
  });

  it('is good for one request: the same header again is a replay', () => {
    const nonces = new NonceCache();
    const header = sign();
    expect(check(header, { nonces })).toEqual({ identity: clerk, client: null });
    expect(check(header, { nonces, now: at + 1_000 })).toEqual({ refused: 'replayed' });
    expect(check(sign(), { nonces })).toEqual({ identity: clerk, client: null });
  });

  it('a refused header does not use up its nonce (a wrong body sent first does not block the real request)', () => {
    const nonces = new NonceCache();
    const header = sign();
    expect(check(header, { nonces, body: '{}' })).toEqual({ refused: 'bodyMismatch' });
    expect(check(header, { nonces })).toEqual({ identity: clerk, client: null });
  });

  it('the nonce cache stays bounded: when full it drops expired entries, then the oldest', () => {
    const nonces = new NonceCache(1_000, 3);
    expect(nonces.claim('a', 0)).toBe(true);
    expect(nonces.claim('b', 0)).toBe(true);
    expect(nonces.claim('c', 500)).toBe(true);
    expect(nonces.claim('d', 1_200)).toBe(true); // a, b expired and pruned
    expect(nonces.claim('c', 1_200)).toBe(false);
  });
});
