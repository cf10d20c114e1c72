import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';

const ELEMENTS = ['relations-timeline', 'alliance-card', 'alliance-gallery', 'opinion-poll-chart'];
const elementFolders = (except) =>
  ELEMENTS.filter((tag) => tag !== except).flatMap((tag) => [`../${tag}/*`, `!../${tag}/define.js`]);

function boundaries() {
  const rule = (files, group, message) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
  });
  return [
    rule(['src/data/**/*.ts'], ['../i18n/*', '../i18n/**', ...ELEMENTS.map((tag) => `../${tag}/*`)], 'src/data/ holds no UI: it may not import i18n or elements.'),
    rule(['src/shared/**/*.ts', 'src/i18n/**/*.ts'], ELEMENTS.flatMap((tag) => [`../${tag}/*`, `../../${tag}/*`]), 'Shared pieces may not depend on an element.'),
    ...ELEMENTS.map((tag) =>
      rule([`src/${tag}/**/*.ts`], elementFolders(tag), 'Elements meet through public properties and events; import another element only through its define.js.'),
    ),
  ];
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'bench/node_modules/', 'bench/generated/', 'src/data/generated/', 'examples/eleventy/_site/'] },
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
  // Boundaries (see ../shared/STYLE.md): data knows no UI; shared and i18n know no element; an
  // element folder reaches another only through its registration (define.js).
  ...boundaries(),
  // An element's class reads top to bottom in one screenful of scrolling (issue 10): derived
  // state, render helpers and side effects live in the modules beside it.
  {
    files: ['src/relations-timeline/relations-timeline.ts', 'src/alliance-card/alliance-card.ts', 'src/alliance-gallery/alliance-gallery.ts', 'src/opinion-poll-chart/opinion-poll-chart.ts'],
    rules: { 'max-lines': ['error', { max: 250 }] },
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
