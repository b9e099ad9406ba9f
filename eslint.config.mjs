// `npm run lint` (with prettier --check): typescript-eslint for the code, eslint-plugin-lit for
// Lit's templates, eslint-plugin-lit-a11y for their accessibility. Formatting is prettier's.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserFiles = [
  'src/**/*.ts',
  'demo/**/*.js',
  'docs/site/**/*.js',
  'test/*.ts',
  'test/pages/**',
  'bench/page/**',
];
const nodeEntries = ['src/server/**', 'src/server.ts', 'src/server-peer.ts', 'src/cli.ts'];

export default tseslint.config(
  {ignores: ['build/', 'dist/', 'src/generated/', 'node_modules/', 'custom-elements.json']},
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      // Prettier's width; it cannot break strings and comments, so this rule holds them to it.
      'max-len': ['error', {code: 120, ignoreUrls: true, ignoreRegExpLiterals: true}],
    },
  },
  // Each file sees the globals of where it runs, never both: the browser's for what ships to it and
  // the pages that tests, docs and bench load; Node's for the rest (tools, Node tests, configs, the
  // server entry). In TypeScript, tsc holds this (tsconfig.json has no Node types).
  {
    files: browserFiles,
    ignores: nodeEntries,
    languageOptions: {globals: globals.browser},
  },
  {
    ignores: browserFiles.filter((pattern) => !nodeEntries.includes(pattern)),
    languageOptions: {globals: globals.node},
  },
  {files: nodeEntries, languageOptions: {globals: globals.node}},
  {
    files: ['src/**/*.ts', 'demo/**/*.js'],
    plugins: {lit, 'lit-a11y': litA11y},
    rules: {...lit.configs.recommended.rules, ...litA11y.configs.recommended.rules},
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: {globals: globals.mocha},
    rules: {
      // Chai's property assertions: expect(x).to.be.true.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
