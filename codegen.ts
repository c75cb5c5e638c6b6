import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Issue 17: each portal's typed GraphQL documents, generated from the API schema the gateway serves
 * (schema/api.graphql, written by `npm run compose`). Documents live only in `src/api/*.ts`, as static
 * `graphql(...)` calls; the output in `src/gql/` is committed (`npm run codegen`, checked by
 * ops/test/portal-api.test.ts), so building a portal needs neither the platform nor the network.
 */
export const PORTALS = ['ui', 'family', 'bureau', 'prison', 'detox', 'province', 'lawyer', 'detention'];

const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  ignoreNoDocuments: true,
  generates: Object.fromEntries(
    PORTALS.map((portal) => [
      `portals/${portal}/src/gql/`,
      {
        documents: [`portals/${portal}/src/api/**/*.ts`],
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string', ID: 'string' } },
      },
    ]),
  ),
};

export default config;
