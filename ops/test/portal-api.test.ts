import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readSupergraph } from '@rv/schema';
import { describe, expect, it } from 'vitest';
import { typedDocuments } from '../../portals/ui/vite.ts';
import { API_SCHEMA_PATH, apiSchemaSdl } from '../src/compose.js';

/**
 * Issue 17: each portal's GraphQL documents are static `graphql()` calls in its `src/api/<area>.ts`,
 * typed by the client preset's output in `src/gql/` (committed), generated from the API schema the
 * gateway serves. These checks read files only: no platform, no browser.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PORTALS = readdirSync(join(ROOT, 'portals'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' || entry.name === 'node_modules' ? [] : sources(path);
    return /\.(ts|vue)$/.test(entry.name) ? [path] : [];
  });
}
const files = PORTALS.flatMap((portal) => sources(join(ROOT, 'portals', portal, 'src'))).map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));
const inApi = (path: string) => /^portals\/[^/]+\/src\/api\/[^/]+\.ts$/.test(path);

/** What the rule forbids in one file: tagged documents, documents built with `${}`, documents outside src/api. */
export function documentProblems(path: string, text: string): string[] {
  const problems: string[] = [];
  if (/(?<![\w/.$-])(gql|graphql)\s*`/.test(text)) problems.push(`${path}: a gql\`\`/graphql\`\` tagged template (use graphql(\`…\`) in src/api)`);
  if (/import\s*\{[^}]*\bgql\b[^}]*\}\s*from\s*'@apollo\/client/.test(text)) problems.push(`${path}: imports Apollo's gql`);
  for (const [, document] of text.matchAll(/\bgraphql\(\s*`([^`]*)`/g)) {
    if (document.includes('${')) problems.push(`${path}: a document built by interpolation: ${document.slice(0, 60)}`);
  }
  if (!inApi(path)) {
    if (/\bgraphql\(\s*`/.test(text)) problems.push(`${path}: a document outside src/api`);
    const literal = /[`'"]\s*(query|mutation|subscription)\s+\w+\s*[({]|[`'"]\s*fragment\s+\w+\s+on\s+\w+/.exec(text);
    if (literal) problems.push(`${path}: a document string outside src/api: ${literal[0]}`);
  }
  return problems;
}

/**
 * What the rule forbids outside src/api: Apollo's query, mutation and subscription composables, and
 * importing a document (the SCREAMING_CASE constants of src/api) — screens call src/api's composables.
 * Imperative requests (`useApolloClient`) are src/api's too, but for PortalLayout, which clears the cache on sign-out.
 */
const CLIENT_ALLOWED = 'portals/ui/src/PortalLayout.vue';
export function composableProblems(path: string, text: string): string[] {
  if (inApi(path)) return [];
  const problems: string[] = [];
  for (const [, names] of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@vue\/apollo-composable'/g)) {
    for (const name of names!.split(',').map((part) => part.trim())) {
      if (/^(useQuery|useMutation|useSubscription|useLazyQuery)\b/.test(name) || (/^useApolloClient\b/.test(name) && path !== CLIENT_ALLOWED))
        problems.push(`${path}: imports ${name} from @vue/apollo-composable (use a composable of src/api)`);
    }
  }
  for (const [, names, from] of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'((?:\.\.?\/)+api\/[^']+)'/g)) {
    for (const name of names!.split(',').map((part) => part.trim())) {
      if (/^[A-Z][A-Z0-9_]+$/.test(name)) problems.push(`${path}: imports the document ${name} from ${from} (use a composable of src/api)`);
    }
  }
  return problems;
}

describe('portal API layer (issue 17)', () => {
  it('schema/api.graphql is the API schema of the checked-in supergraph with the gateway’s subscriptions (run `npm run compose`)', () => {
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(`${apiSchemaSdl(readSupergraph())}\n`);
  });

  it('every portal’s src/gql is what codegen makes of its documents now (run `npm run codegen`)', async () => {
    const run = promisify(execFile)(join(ROOT, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--check'], { cwd: ROOT });
    await expect(
      run.then(
        () => 'up to date',
        (error: { stdout?: string; stderr?: string }) => `${error.stdout}${error.stderr}`,
      ),
    ).resolves.toBe('up to date');
  }, 180_000);

  it('the rule catches a tagged template, an interpolated document and a document outside src/api; static documents in src/api pass', () => {
    expect(documentProblems('portals/x/src/A.vue', 'const Q = gql`query A { a }`;')[0]).toMatch(/tagged template/);
    expect(documentProblems('portals/x/src/apollo.ts', 'const url = `ws://${host}/graphql`;')).toEqual([]);
    expect(documentProblems('portals/x/src/api/a.ts', 'export const Q = graphql(`query A { ${FIELDS} }`);')).toEqual([
      'portals/x/src/api/a.ts: a document built by interpolation: query A { ${FIELDS} }',
    ]);
    expect(documentProblems('portals/x/src/A.vue', 'useQuery(graphql(`query A { a }`))')).toEqual([
      'portals/x/src/A.vue: a document outside src/api',
      'portals/x/src/A.vue: a document string outside src/api: `query A {',
    ]);
    expect(documentProblems('portals/x/src/A.vue', "const FIELDS = 'fragment F on Meeting { id }';")).toHaveLength(1);
    expect(documentProblems('portals/x/src/api/a.ts', 'export const Q = graphql(`query A($id: ID!) { a(id: $id) { ...F } }`);')).toEqual([]);
  });

  it('no portal source holds a tagged or interpolated document, or a document outside src/api', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(({ path, text }) => documentProblems(path, text))).toEqual([]);
  });

  it('the composables rule catches Apollo’s useQuery/useMutation/useSubscription/useLazyQuery/useApolloClient and a document imported outside src/api; src/api and PortalLayout’s clearStore pass', () => {
    expect(composableProblems('portals/x/src/A.vue', "import { useApolloClient, useQuery } from '@vue/apollo-composable';")).toEqual([
      'portals/x/src/A.vue: imports useApolloClient from @vue/apollo-composable (use a composable of src/api)',
      'portals/x/src/A.vue: imports useQuery from @vue/apollo-composable (use a composable of src/api)',
    ]);
    expect(composableProblems('portals/x/src/a/B.vue', "import {\n  DECIDE,\n  useDecide,\n  type Row,\n} from '../api/review.ts';")).toEqual([
      'portals/x/src/a/B.vue: imports the document DECIDE from ../api/review.ts (use a composable of src/api)',
    ]);
    expect(composableProblems('portals/ui/src/PortalLayout.vue', "import { useApolloClient } from '@vue/apollo-composable';")).toEqual([]);
    expect(composableProblems('portals/x/src/api/a.ts', "import { useMutation, useQuery } from '@vue/apollo-composable';")).toEqual([]);
  });

  it('screens reach the API through src/api’s composables only: no Apollo query/mutation/subscription composable or client (but PortalLayout’s), no document imported outside src/api', () => {
    expect(files.flatMap(({ path, text }) => composableProblems(path, text))).toEqual([]);
  });

  it('rule codes are tooltips (RuleTip), never in the running text of a portal’s messages: no “（GD-4）” in a sentence', () => {
    const inline = files
      .filter(({ path }) => /messages\.ts$|i18n\.ts$/.test(path))
      .flatMap(({ path, text }) => [...text.matchAll(/[（(]\s*(GD|YN|SX|CQ|GZ)-\d+[^）)]*[）)]/g)].map(([found]) => `${path}: ${found}`));
    expect(inline).toEqual([]);
  });

  it('a portal build imports each document it uses from src/gql/graphql.ts, so the map of every document’s source stays out of the bundle', () => {
    const plugin = typedDocuments() as { transform: (code: string, id: string) => { code: string } | null };
    const code =
      "import { graphql } from '../gql/index.ts';\nexport const A = graphql(`query Apply { a }`);\nexport const F = graphql(`fragment MineFields on Application { id }`);";
    expect(plugin.transform(code, '/w/portals/family/src/api/apply.ts')?.code).toBe(
      'import { ApplyDocument as __ApplyDocument, MineFieldsFragmentDoc as __MineFieldsFragmentDoc } from "/w/portals/family/src/gql/graphql.ts";' +
        "import { graphql } from '../gql/index.ts';\nexport const A = __ApplyDocument;\nexport const F = __MineFieldsFragmentDoc;",
    );
    expect(plugin.transform('const x = 1;', '/w/portals/family/src/App.vue')).toBeNull();
  });
});
