/**
 * `npm run data:stats`: what the dataset holds (records per era, category and
 * collection, text per locale) and what it weighs per locale, raw and gzipped,
 * as the generated modules the bundle ships.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { generate, readDataset } from './generate.mjs';

const data = readDataset();
generate();

const table = (title, rows) => {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => String(k).length));
  for (const [key, ...values] of rows) console.log(`  ${String(key).padEnd(width)}  ${values.join('  ')}`);
};

const yearOf = (iso) => Number(iso.slice(0, 4));
table('Collections', Object.entries(data).map(([key, list]) => [key, String(list.length).padStart(4)]));
table(
  'Events per era',
  data.eras.map((era) => {
    const n = data.events.filter((e) => yearOf(e.date) >= era.start && (era.end === null || yearOf(e.date) <= era.end)).length;
    return [`${era.start}–${era.end ?? 'today'} ${era.id}`, String(n).padStart(4), era.climate];
  }),
);
const categories = new Map();
for (const e of data.events) categories.set(e.category, (categories.get(e.category) ?? 0) + 1);
table('Events per category', [...categories].sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, String(n).padStart(4)]));

const texts = { en: [0, 0], fr: [0, 0], ru: [0, 0] };
const walk = (v) => {
  if (Array.isArray(v)) return v.forEach(walk);
  if (!v || typeof v !== 'object') return;
  if (typeof v.en === 'string' || Array.isArray(v.en)) {
    for (const l of Object.keys(texts)) {
      const t = [v[l] ?? ''].flat();
      texts[l][0] += t.filter((s) => s.trim()).length;
      texts[l][1] += t.join('').length;
    }
  }
  Object.values(v).forEach(walk);
};
walk(data);
table('Text per locale', Object.entries(texts).map(([l, [n, chars]]) => [l, `${n} texts`, `${chars.toLocaleString('en')} characters`]));

const kB = (n) => `${(n / 1000).toFixed(1).padStart(7)} kB`;
const size = (file) => {
  const buf = readFileSync(new URL(`../../src/data/generated/${file}`, import.meta.url));
  return [buf.length, gzipSync(buf, { level: 9 }).length];
};
const [baseRaw, baseGz] = size('base.ts');
table('Size per locale (generated modules)', [
  ['en (base: records + English)', kB(baseRaw), `gzip ${kB(baseGz)}`],
  ...['fr', 'ru'].map((l) => {
    const [raw, gz] = size(`text.${l}.ts`);
    return [`${l} (extra chunk)`, kB(raw), `gzip ${kB(gz)}`];
  }),
]);
