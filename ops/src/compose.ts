import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildSubgraph } from '@rv/kit';
import { Supergraph } from '@apollo/federation-internals';
import { SUPERGRAPH_PATH, readSubscriptionsSdl } from '@rv/schema';
import { extendSchema, parse, printSchema } from 'graphql';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS } from './subgraphs.js';

export interface Composition {
  supergraphSdl: string;
  subgraphSdl: Record<string, string>;
}

/** Composes the supergraph in-process with Apollo's composition library (no rover download). */
export async function composeSupergraph(): Promise<Composition> {
  const subgraphSdl: Record<string, string> = {};
  for (const { definition } of SUBGRAPHS) subgraphSdl[definition.name] = printSubgraphSchema(await buildSubgraph(definition));
  const result = composeServices(
    SUBGRAPHS.map(({ definition, port }) => ({
      name: definition.name,
      url: `http://127.0.0.1:${port}/graphql`,
      typeDefs: parse(subgraphSdl[definition.name]),
    })),
  );
  if (result.errors?.length) throw new Error(`composition failed:\n${result.errors.map((error) => error.message).join('\n')}`);
  return { supergraphSdl: result.supergraphSdl!, subgraphSdl };
}

export const SUBGRAPH_SDL_DIR = join(dirname(SUPERGRAPH_PATH), 'subgraphs');
/** The schema the gateway serves (the portals' typed documents are generated from it: `npm run codegen`). */
export const API_SCHEMA_PATH = join(dirname(SUPERGRAPH_PATH), 'api.graphql');

/** The API schema of a supergraph as the gateway serves it: no federation machinery, plus the gateway's own subscriptions. */
export function apiSchemaSdl(supergraphSdl: string): string {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return printSchema(extendSchema(api, parse(readSubscriptionsSdl())));
}

async function main(): Promise<void> {
  const { supergraphSdl, subgraphSdl } = await composeSupergraph();
  await writeFile(SUPERGRAPH_PATH, supergraphSdl);
  await writeFile(API_SCHEMA_PATH, `${apiSchemaSdl(supergraphSdl)}\n`);
  await mkdir(SUBGRAPH_SDL_DIR, { recursive: true });
  for (const [name, sdl] of Object.entries(subgraphSdl)) await writeFile(join(SUBGRAPH_SDL_DIR, `${name}.graphql`), sdl);
  console.log(`wrote ${SUPERGRAPH_PATH}, ${API_SCHEMA_PATH} and ${Object.keys(subgraphSdl).length} subgraph schemas`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
