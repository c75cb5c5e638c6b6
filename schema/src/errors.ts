import { GraphQLError } from 'graphql';
import { translate, type MessageKey, type MessageParams } from './messages/index.js';

/**
 * Stable error codes (extensions.code). A keyed error also carries `messageKey` and `params`
 * (the portals translate them into the reader's language); its message is the zh-CN text.
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
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** A meeting's day-of conditions do not hold yet (GD-29 / GD-30 check-in and pledge, YN-12 / YN-19 preparation). */
  NOT_READY: 'NOT_READY',
  /** A deactivated unit (prison, centre, venue) takes no new bookings; the error says which and why. */
  UNIT_INACTIVE: 'UNIT_INACTIVE',
  /** A staff account that must change its temporary password (or set up its second factor) before anything else. */
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  /** An admin's or supervisor's sign-in needs its TOTP code. */
  TOTP_REQUIRED: 'TOTP_REQUIRED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * An error whose words come from the message catalogue: `messageKey` and `params` travel with the code.
 * A decision for the caller, not a fault: made without a stack trace, which no answer or log shows (issue 16:
 * in a booking storm of SLOT_FULL refusals, GraphQL errors' stacks were ~14 % of the platform's CPU, a fifth
 * of it this one's, captured and then formatted when graphql-js copies it onto the located error).
 */
export function keyed(code: ErrorCode, key: MessageKey, params: MessageParams = {}, extra: Record<string, unknown> = {}): GraphQLError {
  return withoutStack(() => new GraphQLError(translate(key, params), { extensions: { code, messageKey: key, params, ...extra } }));
}

/** An error made without capturing a stack trace: for decisions and errors passed on from elsewhere, whose stack here says nothing. */
export function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A rule refused (DOMAIN.md: every decision explains itself): which pack, which rule, which words. */
export interface RefusedDecision {
  pack: string;
  rule: string;
  reasonKey: MessageKey;
  params: MessageParams;
}

export function ruleError(decision: RefusedDecision, code: ErrorCode = ErrorCode.NOT_ELIGIBLE, extra: Record<string, unknown> = {}): GraphQLError {
  // '' is a refusal no rule of the pack speaks to: it cites none (never another pack's).
  return keyed(code, decision.reasonKey, decision.params, { rule: decision.rule || null, pack: decision.pack, ...extra });
}

export type NotFoundEntity = keyof typeof import('./messages/zh-CN.js').zhCN.notFound;

export const forbidden = (key: MessageKey = 'error.forbidden', params: MessageParams = {}) => keyed(ErrorCode.FORBIDDEN, key, params);
export const unauthenticated = () => keyed(ErrorCode.UNAUTHENTICATED, 'error.unauthenticated');
export const notFound = (entity: NotFoundEntity) => keyed(ErrorCode.NOT_FOUND, `notFound.${entity}`);
/** Bad input in a field, in the catalogue's words. */
export const invalid = (key: MessageKey, params: MessageParams = {}, field?: string) => keyed(ErrorCode.BAD_USER_INPUT, key, params, field ? { field } : {});

/** Codes a user can cause; anything else reaching formatError is an internal fault. */
export function isDomainCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && code in ErrorCode && code !== ErrorCode.INTERNAL;
}
