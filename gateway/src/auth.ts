import { jwtVerify } from 'jose';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, ErrorCode, translate, type Identity, type Role, type TenantKind } from '@rv/schema';

/** Verifies a login token (signed by the judicial subgraph) and derives the caller. */
export async function identityFromToken(token: string, secret: string): Promise<Identity | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { issuer: 'rv-judicial', audience: 'rv', algorithms: ['HS256'] });
    if (typeof payload.sub !== 'string') return null;
    return {
      accountId: payload.sub,
      tenantKind: (payload.tk as TenantKind | null) ?? null,
      tenantId: (payload.tid as string | null) ?? null,
      roles: Array.isArray(payload.roles) ? (payload.roles as Role[]) : [],
    };
  } catch {
    return null;
  }
}

/** The caller of an HTTP request: anonymous without a token, refused with a bad one. */
export async function identityFromHeader(authorization: string | undefined, secret: string): Promise<Identity> {
  if (!authorization) return ANONYMOUS;
  const token = authorization.replace(/^Bearer\s+/i, '');
  const identity = await identityFromToken(token, secret);
  if (!identity)
    throw new GraphQLError(translate('platform.sessionExpired'), {
      extensions: { code: ErrorCode.UNAUTHENTICATED, messageKey: 'platform.sessionExpired', params: {}, http: { status: 401 } },
    });
  return identity;
}
