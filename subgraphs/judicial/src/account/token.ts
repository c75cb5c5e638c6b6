import { SignJWT } from 'jose';
import type { Identity, SignInStep } from '@rv/schema';

export const TOKEN_TTL_SECONDS = 8 * 3600;
/** A token of an unfinished sign-in (password change, second factor) lives only this long. */
export const STEP_TOKEN_TTL_SECONDS = 10 * 60;

export interface TokenOptions {
  /** The account's token version (issue 19): a raised version voids this token. Absent: 0. */
  version?: number;
  /** An unfinished sign-in: the token allows only this step's mutations (the gateway enforces it). */
  step?: Exclude<SignInStep, 'DONE'>;
  ttlSeconds?: number;
}

/** A login token: the gateway verifies it with the same secret and derives the caller's identity. */
export async function signToken(identity: Identity, secret: string, options: TokenOptions = {}): Promise<string> {
  const ttl = options.ttlSeconds ?? (options.step ? STEP_TOKEN_TTL_SECONDS : TOKEN_TTL_SECONDS);
  return new SignJWT({
    tk: identity.tenantKind,
    tid: identity.tenantId,
    roles: identity.roles,
    ...(options.version ? { ver: options.version } : {}),
    ...(options.step ? { step: options.step } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.accountId!)
    .setIssuer('rv-judicial')
    .setAudience('rv')
    .setIssuedAt()
    .setExpirationTime(`${ttl}s`)
    .sign(new TextEncoder().encode(secret));
}
