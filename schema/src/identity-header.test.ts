import { describe, expect, it } from 'vitest';
import { signIdentity, verifyIdentity } from './identity-header.js';
import type { Identity } from './tenants.js';

const clerk: Identity = { accountId: 'a1', tenantKind: 'COUNTY_BUREAU', tenantId: 't1', roles: ['INTAKE_CLERK'] };

describe('signed identity header (gateway → subgraph)', () => {
  it('round-trips with the shared secret', () => {
    expect(verifyIdentity(signIdentity(clerk, 's3cret'), 's3cret')).toEqual(clerk);
  });

  it('is refused with another secret, when tampered with, or when stale', () => {
    const header = signIdentity(clerk, 's3cret', 1_000_000);
    expect(verifyIdentity(header, 'other', 1_000_000)).toBeNull();
    const [, mac] = header.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...clerk, roles: ['ADMIN'], iat: 1_000_000 })).toString('base64url');
    expect(verifyIdentity(`${promoted}.${mac}`, 's3cret', 1_000_000)).toBeNull();
    expect(verifyIdentity(header, 's3cret', 1_000_000 + 6 * 60_000)).toBeNull();
    expect(verifyIdentity(undefined, 's3cret')).toBeNull();
    expect(verifyIdentity('garbage', 's3cret')).toBeNull();
  });
});
