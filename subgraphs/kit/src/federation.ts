import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';

import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

/** Federation version and imported directives, pinned once for every subgraph. */
const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])';

type ReferenceResolvers = Record<string, { __resolveReference: (ref: any, context: any) => unknown }>;

/**
 * A Federation 2 subgraph schema from type-graphql resolvers (the pattern of type-graphql's
 * apollo-federation-2 example): print with directives, then let @apollo/subgraph add `_entities`.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as Record<string, any>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
