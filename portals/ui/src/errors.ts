import type { ApolloError } from '@apollo/client/core';

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown };
}

/** The stable code of an operation's first error (extensions.code), or NETWORK when nothing answered. */
export function errorCode(error: unknown): string {
  const apollo = error as Partial<ApolloError> | undefined;
  const first = (apollo?.graphQLErrors?.[0] ?? null) as GraphQLErrorLike | null;
  if (typeof first?.extensions?.code === 'string') return first.extensions.code;
  return apollo?.networkError ? 'NETWORK' : 'INTERNAL';
}

/**
 * What to show a clerk: the words for the code in the current language, with the server's own
 * message (which names the rule and the specifics) for codes whose words need the detail.
 */
export function errorText(error: unknown, t: (key: string) => string): string {
  const code = errorCode(error);
  const message = ((error as Partial<ApolloError>)?.graphQLErrors?.[0] as GraphQLErrorLike | undefined)?.message;
  const words = t(`errors.${code}`);
  return ['NOT_ELIGIBLE', 'BAD_USER_INPUT', 'CONFLICT', 'SLOT_FULL', 'DEADLINE_PASSED'].includes(code) && message ? `${words}：${message}` : words;
}
