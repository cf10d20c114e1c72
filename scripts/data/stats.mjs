/**
 * `npm run data:stats`: what the dataset holds (records per collection, era,
 * category and decade, text per locale) and what the generated parts weigh per
 * locale, raw and gzipped (level 9). CI prints it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { eventsPerDecade, eventsPerEra } from './coverage.mjs';
import { generate, LOCALES } from './generate.mjs';

const { data } = generate();

const table = (title, rows) => {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => String(k).length));
  for (const [key, ...values] of rows) console.log(`  ${String(key).padEnd(width)}  ${values.join('  ')}`);
};
const n = (value) => String(value).padStart(4);

table('Collections', Object.entries(data).map(([key, list]) => [key, n(list.length)]));
table("Events per era (each from its start to the next era's)", eventsPerEra(data.events, data.eras).map(([era, count]) => [`${era.start.padEnd(10)} ${era.id}`, n(count), era.climate]));
const categories = new Map();
for (const e of data.events) categories.set(e.category, (categories.get(e.category) ?? 0) + 1);
table('Events per category', [...categories].sort((a, b) => b[1] - a[1]).map(([k, count]) => [k, n(count)]));
const decades = eventsPerDecade(data.events);
table('Events per decade', decades.map(([decade, count]) => [`${decade}s`, n(count), '#'.repeat(count)]));
const empty = decades.filter(([decade, count]) => decade >= 1700 && count === 0).map(([decade]) => `${decade}s`);
console.log(`  empty decades since 1700: ${empty.length ? empty.join(', ') : 'none'}`);

const texts = Object.fromEntries(LOCALES.map((l) => [l, [0, 0]]));
const walk = (v) => {
  if (Array.isArray(v)) return v.forEach(walk);
  if (!v || typeof v !== 'object') return;
  if (typeof v.en === 'string' || Array.isArray(v.en)) {
    for (const l of LOCALES) {
      const t = [v[l] ?? ''].flat();
      texts[l][0] += t.filter((s) => s.trim()).length;
      texts[l][1] += t.join('').length;
    }
  }
  Object.values(v).forEach(walk);
};
walk(data);
table('Text per locale', Object.entries(texts).map(([l, [count, chars]]) => [l, `${count} texts`, `${chars.toLocaleString('en')} characters`]));

const dir = fileURLToPath(new URL('../../src/data/generated/', import.meta.url));
const kB = (bytes) => `${(bytes / 1000).toFixed(1).padStart(6)} kB`;
const sizes = new Map();
for (const file of readdirSync(dir)) {
  const match = file.match(/^([a-z]+)(?:\.[^.]+)?\.(en|fr|ru)\.ts$/);
  if (!match) continue;
  const buf = readFileSync(dir + file);
  const key = `${match[1]} ${match[2]}`;
  const [count, raw, gz, max] = sizes.get(key) ?? [0, 0, 0, 0];
  const g = gzipSync(buf, { level: 9 }).length;
  sizes.set(key, [count + 1, raw + buf.length, gz + g, Math.max(max, g)]);
}
table(
  'Generated parts (src/data/generated/, one per purpose and locale)',
  [...sizes].map(([key, [count, raw, gz, max]]) => [key, `${n(count)} modules`, `raw ${kB(raw)}`, `gzip ${kB(gz)}`, `largest ${kB(max)}`]),
);
