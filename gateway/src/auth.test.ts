import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { verifyToken } from './auth.js';

const SECRET = 'auth-test-secret-0123456789abcdef';

const token = (secret: string, expiresInSeconds: number) =>
  new SignJWT({ tk: 'PRISON', tid: 't1', roles: ['REVIEWER'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('a1')
    .setIssuer('rv-judicial')
    .setAudience('rv')
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
    .sign(new TextEncoder().encode(secret));

describe('login token verification (kept once verified, issue 16)', () => {
  it('a verified token is answered again from memory only while it has not expired', async () => {
    const shortLived = await token(SECRET, 2);
    const expected = { identity: { accountId: 'a1', tenantKind: 'PRISON', tenantId: 't1', roles: ['REVIEWER'] }, version: 0, step: null };
    expect(await verifyToken(shortLived, SECRET)).toMatchObject(expected);
    expect(await verifyToken(shortLived, SECRET)).toMatchObject(expected);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(await verifyToken(shortLived, SECRET)).toBeNull();
    expect(await verifyToken(shortLived, SECRET)).toBeNull();
  });

  it('what one secret verified is not taken for another secret; a forged token stays refused', async () => {
    const signed = await token(SECRET, 60);
    expect(await verifyToken(signed, SECRET)).not.toBeNull();
    expect(await verifyToken(signed, 'another-secret-0123456789abcdef00')).toBeNull();
    const forged = `${signed.slice(0, signed.lastIndexOf('.'))}.${'A'.repeat(43)}`;
    expect(await verifyToken(forged, SECRET)).toBeNull();
    expect(await verifyToken(forged, SECRET)).toBeNull();
  });
});
