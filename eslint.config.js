// ESLint 9 flat config (issue 19: the codebase guards itself). `npm run lint`; part of `npm test`.
import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One list of what is generated or frozen (dist, composed schema, released migrations…), shared with Prettier.
const ignores = readFileSync(new URL('./.prettierignore', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => (line.endsWith('/') ? `${line}**` : line));

export default tseslint.config(
  { ignores },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // GraphQL answers in tests, benches and the lab are untyped JSON read field by field; typing each by hand
      // would copy the schema into every test (the hand-written GraphQL types STYLE.md asks us to retire).
      '@typescript-eslint/no-explicit-any': 'off',
      // `const { stacktrace: _stack, ...rest } = …` is how a field is dropped from an object.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Chinese forms and notices put the ideographic space (U+3000) in their text, in template literals too.
      'no-irregular-whitespace': ['error', { skipTemplates: true }],
      // Components are imported by each <script setup>, never registered globally by name, so a one-word
      // domain name (Recordings) cannot clash with an HTML element, which is what this rule guards against.
      'vue/multi-word-component-names': 'off',
    },
  },
  {
    files: ['portals/**/*.{ts,vue}', 'ops/lab/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    // A unit test mounts small throw-away components beside the one it tests.
    files: ['**/*.test.ts'],
    rules: { 'vue/one-component-per-file': 'off' },
  },
  // Layout is Prettier's (npm run format): no rule that it would fight. eslint-config-prettier leaves
  // vue/first-attribute-linebreak on, yet Prettier keeps the first attribute beside the tag when the tag fits.
  prettier,
  { rules: { 'vue/first-attribute-linebreak': 'off' } },
);
