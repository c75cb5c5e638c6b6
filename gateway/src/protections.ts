import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { ErrorCode } from '@rv/schema';

export const LIMITS = { depth: 10, aliases: 15, directives: 30, cost: 5000, tokens: 3000 };

/** Armor's rejection carries our own code: Apollo would otherwise overwrite it (STACK.md). */
const rejectWith = (code: ErrorCode, message: string) => ({
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null) => ctx?.reportError(new GraphQLError(message, { extensions: { armorCode: code } }))],
});

/** Depth, alias, directive and cost limits; field suggestions hidden. Tokens: parseOptions. */
export function queryProtections() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.depth, ...rejectWith(ErrorCode.QUERY_TOO_DEEP, `查询嵌套过深 (Query deeper than ${LIMITS.depth} levels)`) },
    maxAliases: { n: LIMITS.aliases, ...rejectWith(ErrorCode.TOO_MANY_ALIASES, `别名过多 (More than ${LIMITS.aliases} aliases)`) },
    maxDirectives: { n: LIMITS.directives, ...rejectWith(ErrorCode.QUERY_TOO_COMPLEX, '指令过多 (Too many directives)') },
    costLimit: { maxCost: LIMITS.cost, ...rejectWith(ErrorCode.QUERY_TOO_COMPLEX, '查询过于复杂 (Query too complex)') },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
