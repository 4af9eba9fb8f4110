// ESLint (flat config): TypeScript and Svelte 5, type-aware only where it pays (floating promises);
// formatting is Prettier's (eslint-config-prettier turns the stylistic rules off).
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'geodata/', 'public/', 'tests/e2e/screenshots/', 'dev-dist/', '.library/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // State here is replaced, never mutated in place (`this.layers = [...set].sort()`): the Sets,
      // Maps and URLSearchParams it flags are local scratch values and caches, not reactive state.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
