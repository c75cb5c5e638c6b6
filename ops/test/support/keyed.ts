import { isDeepStrictEqual } from 'node:util';

/**
 * Issue 14: a KeyedText's params as GraphQL gives them (a JSON object whose keys PostgreSQL's jsonb
 * may reorder) equal to these values, whatever the order of the keys.
 */
export const jsonOf = (expected: unknown) => ({
  asymmetricMatch: (actual: unknown) => typeof actual === 'string' && isDeepStrictEqual(JSON.parse(actual), expected),
  toAsymmetricMatcher: () => `jsonOf(${JSON.stringify(expected)})`,
});
