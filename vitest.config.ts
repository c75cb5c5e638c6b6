import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // type-graphql and MikroORM read decorator metadata, which esbuild does not emit (STACK.md).
  plugins: [
    swc.vite({
      jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
    }),
  ],
  resolve: {
    alias: [
      // One graphql module in the process, or graphql-ws rejects the schema as from another realm.
      { find: /^graphql$/, replacement: here('node_modules/graphql/index.js') },
      // Tests run the TypeScript sources of the workspace packages.
      { find: /^@rv\/schema\/contract$/, replacement: here('schema/src/contract.ts') },
      { find: /^@rv\/schema$/, replacement: here('schema/src/index.ts') },
      { find: /^@rv\/kit$/, replacement: here('subgraphs/kit/src/index.ts') },
      { find: /^@rv\/(prison|detox|judicial|media|detention)$/, replacement: here('subgraphs/$1/src/index.ts') },
      { find: /^@rv\/gateway$/, replacement: here('gateway/src/index.ts') },
    ],
  },
  test: {
    include: ['**/src/**/*.test.ts', 'ops/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    setupFiles: ['reflect-metadata'],
    globalSetup: ['ops/test/global-setup.ts'],
    // One file at a time: each starts PostgreSQL work, a platform and often Chromium or Janus, and on two cores
    // two such files only slowed each other (the sum of file times ≈ the parallel wall time) into timing flakes.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { APOLLO_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'silent' },
  },
});
