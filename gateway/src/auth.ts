import { jwtVerify } from 'jose';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, ErrorCode, translate, type Identity, type MessageKey, type Role, type SignInStep, type TenantKind } from '@rv/schema';

/** A verified login token: the caller, the account's token version it was signed under, an unfinished sign-in's step, when it expires. */
export interface VerifiedToken {
  identity: Identity;
  version: number;
  step: Exclude<SignInStep, 'DONE'> | null;
  /** Seconds since the epoch. */
  expiresAt: number;
}

/**
 * Tokens already verified, per secret (issue 16: jose's WebCrypto HMAC check was ~9 % of the gateway's
 * CPU per request, for the same few tokens again and again). The same string under the same secret
 * verifies the same way until it expires, so an entry holds only while `exp` is ahead of the clock, as
 * jose checks it; revocation is checked on every request apart from this (tokenFromHeader). Only tokens
 * that verified are kept (a forged one costs its caller a full check every time); the oldest goes first.
 */
const VERIFIED_CACHE_SIZE = 10_000;
const verifiedTokens = new Map<string, Map<string, VerifiedToken>>();

/** Verifies a login token (signed by the judicial subgraph); null when forged, malformed or expired. */
export async function verifyToken(token: string, secret: string): Promise<VerifiedToken | null> {
  let cache = verifiedTokens.get(secret);
  if (!cache) verifiedTokens.set(secret, (cache = new Map()));
  const known = cache.get(token);
  if (known) {
    if (known.expiresAt > Math.floor(Date.now() / 1000)) return known;
    cache.delete(token);
    return null;
  }
  const verified = await verifyTokenSignature(token, secret);
  if (verified) {
    if (cache.size >= VERIFIED_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(token, verified);
  }
  return verified;
}

async function verifyTokenSignature(token: string, secret: string): Promise<VerifiedToken | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { issuer: 'rv-judicial', audience: 'rv', algorithms: ['HS256'] });
    if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return null;
    const step = typeof payload.step === 'string' ? (payload.step as VerifiedToken['step']) : null;
    return {
      // A token of an unfinished sign-in carries no unit and no role, whatever it says.
      identity: step
        ? { accountId: payload.sub, tenantKind: null, tenantId: null, roles: [] }
        : {
            accountId: payload.sub,
            tenantKind: (payload.tk as TenantKind | null) ?? null,
            tenantId: (payload.tid as string | null) ?? null,
            roles: Array.isArray(payload.roles) ? (payload.roles as Role[]) : [],
          },
      version: typeof payload.ver === 'number' ? payload.ver : 0,
      step,
      expiresAt: payload.exp,
    };
  } catch {
    return null;
  }
}

/** Verifies a login token and derives the caller (revocation aside). */
export async function identityFromToken(token: string, secret: string): Promise<Identity | null> {
  return (await verifyToken(token, secret))?.identity ?? null;
}

const unauthenticated = (key: MessageKey) =>
  new GraphQLError(translate(key), { extensions: { code: ErrorCode.UNAUTHENTICATED, messageKey: key, params: {}, http: { status: 401 } } });

/**
 * The caller of an HTTP request: anonymous without a token, refused with a bad or expired one, and
 * (issue 19) with one its account's revocation voided (`isRevoked`).
 */
export async function tokenFromHeader(
  authorization: string | undefined,
  secret: string,
  isRevoked: (token: VerifiedToken) => boolean = () => false,
): Promise<VerifiedToken | null> {
  if (!authorization) return null;
  const verified = await verifyToken(authorization.replace(/^Bearer\s+/i, ''), secret);
  if (!verified) throw unauthenticated('platform.sessionExpired');
  if (isRevoked(verified)) throw unauthenticated('admin.account.signInAgain');
  return verified;
}

/** The caller of an HTTP request: anonymous without a token, refused with a bad one. */
export async function identityFromHeader(authorization: string | undefined, secret: string): Promise<Identity> {
  return (await tokenFromHeader(authorization, secret))?.identity ?? ANONYMOUS;
}
