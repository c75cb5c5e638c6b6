import type { ApolloError } from '@apollo/client/core';
import { oneLanguage, portalLocale } from './i18n.js';

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown; messageKey?: unknown; params?: unknown };
}

/** vue-i18n's `t` (or anything that translates a key with named parameters). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Codes whose words are general ("check what you entered"): the specific reason follows them. */
const WITH_DETAIL = ['NOT_ELIGIBLE', 'BAD_USER_INPUT', 'CONFLICT', 'SLOT_FULL', 'DEADLINE_PASSED'];

function firstError(error: unknown): GraphQLErrorLike | null {
  const apollo = error as Partial<ApolloError> | undefined;
  // Refused before it ran (413, 503 platform.busy): Apollo Client reports an HTTP error, its GraphQL body in `result`.
  const refused = (apollo?.networkError as { result?: { errors?: GraphQLErrorLike[] } } | null | undefined)?.result?.errors?.[0];
  return (apollo?.graphQLErrors?.[0] ?? refused ?? null) as GraphQLErrorLike | null;
}

/** The stable code of an operation's first error (extensions.code), or NETWORK when nothing answered. */
export function errorCode(error: unknown): string {
  const first = firstError(error);
  if (typeof first?.extensions?.code === 'string') return first.extensions.code;
  return (error as Partial<ApolloError> | undefined)?.networkError ? 'NETWORK' : 'INTERNAL';
}

/**
 * What to show a clerk, in the portal's language only: the server's decision by its key
 * (extensions.messageKey + params, from the shared catalogue), after the code's words where those
 * are general; the code's words alone when there is no key this portal knows.
 */
export function errorText(error: unknown, t: Translate): string {
  const code = errorCode(error);
  const first = firstError(error);
  const words = t(`errors.${code}`);
  const detail = detailOf(first, code, t);
  if (!detail) return words;
  return WITH_DETAIL.includes(code) ? t('errors.withDetail', { words, detail }) : detail;
}

function detailOf(first: GraphQLErrorLike | null, code: string, t: Translate): string | null {
  const key = first?.extensions?.messageKey;
  if (typeof key === 'string') {
    const params = (first?.extensions?.params ?? {}) as Record<string, unknown>;
    const text = t(key, params);
    return text === key ? null : text; // a key this portal does not know yet: the code's words
  }
  // Not yet keyed: a "中文 (English)" message shows the side in the portal's language, never both.
  const message = first?.message;
  if (!message || !WITH_DETAIL.includes(code)) return null;
  return oneLanguage(message, portalLocale());
}
