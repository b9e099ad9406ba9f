// `npm run lint` (with prettier --check): typescript-eslint for the code, eslint-plugin-lit for
// Lit's templates, eslint-plugin-lit-a11y for their accessibility. Formatting is prettier's.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['build/', 'dist/', 'src/generated/', 'node_modules/', 'custom-elements.json']},
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      // Prettier's width; it cannot break strings and comments, so this rule holds them to it.
      'max-len': ['error', {code: 120, ignoreUrls: true, ignoreRegExpLiterals: true}],
    },
  },
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
