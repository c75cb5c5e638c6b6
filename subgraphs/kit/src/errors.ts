import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, translate } from '@rv/schema';
import type { Logger } from './logger.js';

/** Apollo's own codes for a bad request: the caller's fault, passed through as they are. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place errors are mapped (STYLE 7): domain codes pass; anything unexpected is
 * logged and becomes INTERNAL with a plain message, never a stack trace or SQL text.
 */
export function errorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && (code in ErrorCode || REQUEST_CODES.has(code)) && code !== ErrorCode.INTERNAL) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
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
