import { GraphQLError } from 'graphql';

/**
 * Stable error codes (extensions.code). Portals translate the code; the message is for a
 * clerk reading a log or an API response, in Chinese with English after it.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  SLOT_FULL: 'SLOT_FULL',
  NOT_ELIGIBLE: 'NOT_ELIGIBLE',
  /** GD-17 / YN-8(1): a visitor's relationship to the subject is not registered yet. */
  RELATIONSHIP_NOT_REGISTERED: 'RELATIONSHIP_NOT_REGISTERED',
  DEADLINE_PASSED: 'DEADLINE_PASSED',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  BAD_CREDENTIALS: 'BAD_CREDENTIALS',
  CONFLICT: 'CONFLICT',
  INTERNAL: 'INTERNAL',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** Janus is not installed, not running or not answering. */
  MEDIA_UNAVAILABLE: 'MEDIA_UNAVAILABLE',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function domainError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const forbidden = (what = '无权访问此数据 (You may not access this)') => domainError(ErrorCode.FORBIDDEN, what);
export const unauthenticated = () => domainError(ErrorCode.UNAUTHENTICATED, '请先登录 (Please sign in first)');
export const notFound = (what: string) => domainError(ErrorCode.NOT_FOUND, `${what}不存在 (${what} not found)`);
export const badInput = (message: string, field?: string) =>
  domainError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

/** Codes a user can cause; anything else reaching formatError is an internal fault. */
export function isDomainCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && code in ErrorCode && code !== ErrorCode.INTERNAL;
}
