import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { ErrorCode, translate, type MessageKey, type MessageParams } from '@rv/schema';

export const LIMITS = { depth: 10, aliases: 15, directives: 30, cost: 5000, tokens: 3000 };

/** Armor's rejection carries our own code: Apollo would otherwise overwrite it (STACK.md). */
const rejectWith = (code: ErrorCode, key: MessageKey, params: MessageParams = {}) => ({
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null) => ctx?.reportError(new GraphQLError(translate(key, params), { extensions: { armorCode: code, messageKey: key, params } })),
  ],
});

/** Depth, alias, directive and cost limits; field suggestions hidden. Tokens: parseOptions. */
export function queryProtections() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.depth, ...rejectWith(ErrorCode.QUERY_TOO_DEEP, 'platform.queryTooDeep', { levels: LIMITS.depth }) },
    maxAliases: { n: LIMITS.aliases, ...rejectWith(ErrorCode.TOO_MANY_ALIASES, 'platform.tooManyAliases', { n: LIMITS.aliases }) },
    maxDirectives: { n: LIMITS.directives, ...rejectWith(ErrorCode.QUERY_TOO_COMPLEX, 'platform.tooManyDirectives') },
    costLimit: { maxCost: LIMITS.cost, ...rejectWith(ErrorCode.QUERY_TOO_COMPLEX, 'platform.queryTooComplex') },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
