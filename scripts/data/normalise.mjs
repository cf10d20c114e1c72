/**
 * Applies the typographic conventions of data/README.md to every localized
 * text in data/*.json (objects with an `en` key: `en`, `fr`, `ru` strings or
 * arrays of strings), and rewrites the files as JSON.stringify(data, null, 2)
 * plus a newline, so diffs stay line-based. Run: node scripts/data/normalise.mjs
 *
 * Only safe, mechanical rules live here; wording (calques, names in context)
 * is edited by hand. test/data-conventions.test.ts checks the same rules.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Year ranges: en dash, no spaces (1756–1762, 1904–05); ISO dates are left alone. */
const yearRanges = (s) => s.replace(/(?<![\d-])(\d{4})[ \u00a0\u202f]*[-–—][ \u00a0\u202f]*(\d{4}|\d{2})(?![\d-])/g, '$1–$2');

export function normaliseFr(s) {
  return yearRanges(s)
    .replace(/'/g, '’')
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`);
}

/** Names as Russian Wikipedia writes them. */
const RU_NAMES = [
  [/Буадефр(?!ф)/g, 'Буадеффр'],
  [/президент Французской Республики/g, 'президент Франции'],
];

export function normaliseRu(s) {
  let out = yearRanges(s).replace(/'/g, '’');
  for (const [re, to] of RU_NAMES) out = out.replace(re, to);
  return out;
}

/** Russian names in their common English forms. */
const EN_NAMES = [
  [/\bSergey\b/g, 'Sergei'],
  [/\bNikolay\b/g, 'Nikolai'],
  [/\bAlexey\b/g, 'Alexei'],
  [/\b(?:Evgeny|Evgeniy|Yevgeniy)\b/g, 'Yevgeny'],
  [/\bPetr\b/g, 'Pyotr'],
  [/\bMikhaïl\b/g, 'Mikhail'],
];

export function normaliseEn(s) {
  let out = yearRanges(s).replace(/[’‘]/g, "'");
  for (const [re, to] of EN_NAMES) out = out.replace(re, to);
  return out;
}

const BY_LOCALE = { en: normaliseEn, fr: normaliseFr, ru: normaliseRu };

/** Normalises every localized text under `value`, in place. */
export function normaliseTexts(value) {
  if (Array.isArray(value)) {
    value.forEach(normaliseTexts);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const localized = typeof value.en === 'string' || Array.isArray(value.en);
  for (const [key, child] of Object.entries(value)) {
    if (localized && key in BY_LOCALE) {
      const fix = BY_LOCALE[key];
      value[key] = Array.isArray(child) ? child.map((item) => (typeof item === 'string' ? fix(item) : item)) : typeof child === 'string' ? fix(child) : child;
    } else {
      normaliseTexts(child);
    }
  }
  return value;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL('../../data/', import.meta.url);
  for (const file of ['events.json', 'alliances.json', 'eras.json', 'people.json', 'polls.json', 'poll-series.json', 'sources.json']) {
    const url = new URL(file, dir);
    const before = readFileSync(url, 'utf8');
    const after = JSON.stringify(normaliseTexts(JSON.parse(before)), null, 2) + '\n';
    if (after !== before) {
      writeFileSync(url, after);
      console.log(`normalised ${file}`);
    }
  }
}
