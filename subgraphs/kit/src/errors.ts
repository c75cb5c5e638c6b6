import {
  defaultFieldResolver,
  locatedError,
  responsePathAsArray,
  type GraphQLFieldResolver,
  type GraphQLFormattedError,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { ErrorCode, translate, withoutStack } from '@rv/schema';
import type { Logger } from './logger.js';

/** Apollo's own codes for a bad request: the caller's fault, passed through as they are. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** PostgreSQL's classes for "the server is not there" (08 connection exception, 57P0x shutdown, 53300 too many connections). */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-4]|53300)/;
const UNAVAILABLE_NODE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
const UNAVAILABLE_TEXT =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended|database system is (shutting down|starting up)|is not currently accepting connections/i;

/**
 * True when an error (or what it wraps) says the database cannot be reached now: the caller may retry,
 * so it is SERVICE_UNAVAILABLE, not INTERNAL (issue 19). Drivers and the ORM wrap errors (`cause`,
 * `originalError`, `previous`); the chain is followed a few levels.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_NODE.has(code))) return true;
  if (name === 'ConnectionException' || (typeof message === 'string' && UNAVAILABLE_TEXT.test(message))) return true;
  const wrapped = error as { cause?: unknown; originalError?: unknown; previous?: unknown; errors?: unknown[] };
  return [wrapped.cause, wrapped.originalError, wrapped.previous, ...(Array.isArray(wrapped.errors) ? wrapped.errors : [])].some((inner) =>
    isDatabaseUnavailable(inner, depth + 1),
  );
}

/** PostgreSQL's class 22 (data exception: bad uuid, date, number, NUL byte, negative limit …) anywhere in the chain. */
function sqlState(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== 'object' || depth > 5) return null;
  const { code, sqlState: state } = error as { code?: unknown; sqlState?: unknown };
  for (const candidate of [code, state]) if (typeof candidate === 'string' && /^[0-9A-Z]{5}$/.test(candidate)) return candidate;
  const wrapped = error as { cause?: unknown; originalError?: unknown; previous?: unknown };
  return sqlState(wrapped.cause, depth + 1) ?? sqlState(wrapped.originalError, depth + 1) ?? sqlState(wrapped.previous, depth + 1);
}

/**
 * The one place errors are mapped (STYLE 7): domain codes pass; a database that cannot be reached
 * is SERVICE_UNAVAILABLE (retryable); anything else unexpected is logged and becomes INTERNAL with a
 * plain message, never a stack trace or SQL text.
 */
export function errorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && (code in ErrorCode || REQUEST_CODES.has(code)) && code !== ErrorCode.INTERNAL) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err: error, path: formatted.path }, 'database unavailable');
      return {
        message: translate('security.databaseUnavailable'),
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, messageKey: 'security.databaseUnavailable', params: {}, retryable: true },
      };
    }
    // A value the database could not take (an argument no validator caught): the caller's input, not a fault.
    // Logged without the value (it may be personal data); the field is the operation's path.
    const state = sqlState(error);
    if (state?.startsWith('22')) {
      logger.warn({ sqlState: state, path: formatted.path }, 'input refused by the database');
      return {
        message: translate('security.badValue'),
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT, messageKey: 'security.badValue', params: {}, field: formatted.path?.join('.') ?? null },
      };
    }
    logger.error({ err: error, path: formatted.path }, 'unexpected error');
    return {
      message: translate('error.internal'),
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL, messageKey: 'error.internal', params: {} },
    };
  };
}

/**
 * Errors from the root fields (every service call) are located at their field here, as graphql-js would
 * locate them, but without capturing a stack for the located copy: it carries the thrown error's own
 * stack (if any), so its capture only cost time. In a storm of SLOT_FULL refusals graphql-js's capture
 * was ~5 % of the platform's CPU (issue 16). The answer is the same: message, locations, path, extensions.
 */
export function locateRootFieldErrors(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) field.resolve = locatingErrors(field.resolve ?? defaultFieldResolver);
  }
  return schema;
}

function locatingErrors(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  const located = (error: unknown, info: GraphQLResolveInfo) => withoutStack(() => locatedError(error, info.fieldNodes, responsePathAsArray(info.path)));
  return (root, args, context, info) => {
    try {
      const result = resolve(root, args, context, info);
      return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(located(error, info))) : result;
    } catch (error) {
      throw located(error, info);
    }
  };
}
