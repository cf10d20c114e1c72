import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'bench/node_modules/', 'bench/generated/', 'src/data/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit['flat/recommended'],
  wc['flat/best-practice'],
  {
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Tests assert on values the type system already knows are present.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // LitElement implements every lifecycle callback, so super calls need no guard.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
