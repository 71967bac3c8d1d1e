// `npm run lint`: ESLint for code (TypeScript, Lit templates, custom-element rules), Prettier for format.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'custom-elements.json', '**/*.d.ts']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      // Lit's `declare global { interface HTMLElementTagNameMap … }` is the typing convention.
      '@typescript-eslint/no-namespace': 'off',
    },
  },
  {
    files: ['scripts/**', '*.config.*', 'test/server/**', 'demo/server/**', 'src/service/**'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['test/**'],
    languageOptions: {globals: {...globals.mocha}},
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
);
