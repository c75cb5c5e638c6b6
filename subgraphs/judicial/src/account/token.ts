import { SignJWT } from 'jose';
import type { Identity } from '@rv/schema';

export const TOKEN_TTL_SECONDS = 8 * 3600;

/** A login token: the gateway verifies it with the same secret and derives the caller's identity. */
export async function signToken(identity: Identity, secret: string): Promise<string> {
  return new SignJWT({ tk: identity.tenantKind, tid: identity.tenantId, roles: identity.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.accountId!)
    .setIssuer('rv-judicial')
    .setAudience('rv')
    .setIssuedAt()
    .setExpirationTime(`${TOKEN_TTL_SECONDS}s`)
    .sign(new TextEncoder().encode(secret));
}
