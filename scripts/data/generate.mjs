/**
 * data/*.json → src/data/generated/, the modules the loaders import: one per
 * collection and purpose, and per locale, so a page fetches only the records it
 * shows, in the one language it shows them in.
 *
 * - `timeline.<locale>`: the timeline index (each event's date, precision,
 *   category, title, summary, certainty) and the eras; what a timeline's list needs.
 * - `details.<century>.<locale>`: the rest of the events of one century, with the
 *   people and sources they cite and the names of the agreements they mention;
 *   fetched when a reader opens an event of that century.
 * - `agreement.<id>.<locale>`, `poll.<id>.<locale>`, `series.<id>.<locale>`: one
 *   record with the sources it cites (and, for an agreement, the index entries
 *   of its related events, without their summaries, which a card does not
 *   show); what one card or one chart needs.
 * - `agreements.<locale>`: every agreement with what it cites, in one module;
 *   what a gallery of full cards needs (one request, and a third fewer bytes
 *   than the agreements one by one: they share sources and events).
 * - `agreements.brief.<locale>`: every agreement with only what a compact card
 *   shows (name, kind, dates, summary, certainty); what a compact gallery needs
 *   until a reader opens one of its cards, which then reads its own module.
 * - `catalog.<purpose>.ts`: a lazy `import()` per module (rollup makes each a
 *   chunk) and the ids of each kind, split by the elements that use them (the
 *   script-tag build writes them as lists of ids: scripts/rollup/data-chunks.mjs).
 *
 * Each module holds its records with every localized text already in its locale
 * (`{ "fr": "…" }` where data/ has `{ "en": …, "fr": …, "ru": … }`): one walk,
 * here, picks the language, keyed by the record itself rather than by position.
 * The data is validated against data/schema before anything is written; the
 * browser does not validate bundled data again.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaProblems } from './schema-check.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const COLLECTIONS = {
  events: 'events.json',
  people: 'people.json',
  sources: 'sources.json',
  eras: 'eras.json',
  alliances: 'alliances.json',
  polls: 'polls.json',
  series: 'poll-series.json',
};
export const LOCALES = ['en', 'fr', 'ru'];

/** Fields of an event the timeline's list needs; the rest waits for its details. */
export const INDEX_FIELDS = ['id', 'date', 'precision', 'end', 'julian', 'julianEnd', 'category', 'title', 'summary', 'certainty'];
/** Fields the data keeps for its editors but no element shows. */
const UNSHIPPED = new Set(['provenance']);

const isLocalized = (value) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && (typeof value.en === 'string' || Array.isArray(value.en));

/**
 * The one walk over localized text: `value` with each `{ en, fr, ru, …rest }`
 * replaced by `{ [locale]: text, …rest }`. Fails on missing text.
 */
export function inLocale(value, locale, path = '') {
  if (Array.isArray(value)) return value.map((item, i) => inLocale(item, locale, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return value;
  const localized = isLocalized(value);
  if (localized && value[locale] === undefined) throw new Error(`${path}: missing "${locale}" text`);
  const out = {};
  for (const [key, child] of Object.entries(value)) {
    if (UNSHIPPED.has(key) || (localized && LOCALES.includes(key) && key !== locale)) continue;
    out[key] = localized && key === locale ? child : inLocale(child, locale, `${path}.${key}`);
  }
  return out;
}

export function readDataset() {
  return Object.fromEntries(
    Object.entries(COLLECTIONS).map(([key, file]) => [key, JSON.parse(readFileSync(`${root}data/${file}`, 'utf8'))]),
  );
}

const only = (record, keep) => Object.fromEntries(Object.entries(record).filter(([key]) => keep(key)));
const yearOf = (iso) => Number(iso.slice(0, 4));
/** The details group of an event: its century (`17` for 1700–1799). src/data/catalog.ts computes the same. */
export const centuryOf = (iso) => String(Math.floor(yearOf(iso) / 100));

/**
 * An agreement with what a compact card shows: its name, kind, summary,
 * certainty, stages (without their notes) and the way it ended. The fields a
 * full card shows are left empty (a record keeps its shape, so that it
 * resolves as any other); src/data/agreement-parts.ts gives such records to
 * compact cards only.
 */
function brief(a) {
  const empty = (value) => Object.fromEntries(LOCALES.map((l) => [l, value]));
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    parties: [],
    summary: a.summary,
    stages: a.stages.map((stage) => only(stage, (key) => key !== 'note')),
    ending: { how: a.ending.how, note: empty('') },
    terms: empty([]),
    outcome: empty(''),
    relatedEvents: [],
    sources: [],
    certainty: a.certainty,
  };
}

/** Every module to write, as `{ name: fragment }` (fragments in all languages). */
export function modules(data) {
  const sourcesById = new Map(data.sources.map((s) => [s.id, s]));
  const peopleById = new Map(data.people.map((p) => [p.id, p]));
  const allianceById = new Map(data.alliances.map((a) => [a.id, a]));
  const indexById = new Map(data.events.map((e) => [e.id, only(e, (key) => INDEX_FIELDS.includes(key))]));
  const cited = (ids) => [...new Set(ids)].map((id) => sourcesById.get(id)).filter(Boolean);

  const out = {
    timeline: { events: [...indexById.values()], eras: data.eras },
  };
  const centuries = new Map();
  for (const event of data.events) {
    const key = centuryOf(event.date);
    if (!centuries.has(key)) centuries.set(key, []);
    centuries.get(key).push(event);
  }
  for (const [century, events] of centuries) {
    out[`details.${century}`] = {
      events: events.map((e) => only(e, (key) => key === 'id' || !INDEX_FIELDS.includes(key))),
      people: [...new Set(events.flatMap((e) => e.actors ?? []))].map((id) => peopleById.get(id)).filter(Boolean),
      sources: cited(events.flatMap((e) => e.sources)),
      names: Object.fromEntries(
        [...new Set(events.flatMap((e) => e.related?.alliances ?? []))]
          .filter((id) => allianceById.has(id))
          .map((id) => [id, allianceById.get(id).name]),
      ),
    };
  }
  // A card lists its related events by date and title: their index entries without the summaries.
  const agreementsPart = (alliances) => ({
    alliances,
    sources: cited(alliances.flatMap((a) => a.sources)),
    events: [...new Set(alliances.flatMap((a) => a.relatedEvents))]
      .map((id) => indexById.get(id))
      .filter(Boolean)
      .map((e) => only(e, (key) => key !== 'summary')),
  });
  for (const a of data.alliances) out[`agreement.${a.id}`] = agreementsPart([a]);
  out.agreements = agreementsPart(data.alliances);
  out['agreements.brief'] = { alliances: data.alliances.map(brief) };
  for (const p of data.polls) out[`poll.${p.id}`] = { polls: [p], sources: cited(p.sources) };
  for (const s of data.series) {
    out[`series.${s.id}`] = { series: [s], sources: cited([...s.sources, ...s.waves.flatMap((w) => w.sources)]) };
  }
  return out;
}

/** JSON in a single-quoted JavaScript string. */
const quoted = (value) =>
  `'${JSON.stringify(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\u2028|\u2029/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}'`;

/**
 * `records` as columns, as src/data/columns.ts reads them back: one array per
 * field in record order (`null` where a record lacks the field); a localized
 * text, `{ [locale]: text }` in a one-language module, becomes a column named
 * `field.locale` of plain strings. An id that ends with its record's year is
 * stored with `~` in place of `-<year>`.
 */
export function toColumns(records) {
  const names = new Map();
  for (const record of records) {
    for (const [field, value] of Object.entries(record)) {
      const keys = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
      const locale = keys.length === 1 && LOCALES.includes(keys[0]) ? keys[0] : undefined;
      const name = locale ? `${field}.${locale}` : field;
      if (names.has(field) && names.get(field) !== name) throw new Error(`toColumns: field "${field}" is written two ways`);
      names.set(field, name);
    }
  }
  const columns = Object.fromEntries(
    [...names].map(([field, name]) => {
      const locale = name.split('.')[1];
      return [name, records.map((r) => (r[field] === undefined ? null : locale ? r[field][locale] : r[field]))];
    }),
  );
  // Most ids end with their record's year ("tilsit-peace-1807"): stored as "tilsit-peace~" (0.4 kB less for the index).
  if (columns.id && columns.date) columns.id = columns.id.map((id, i) => (id.endsWith(`-${columns.date[i].slice(0, 4)}`) ? `${id.slice(0, -5)}~` : id));
  return columns;
}

/**
 * A module whose default export is the fragment, parsed from a string (V8 parses JSON faster than a
 * literal). Its `columns` lists of records are stored as columns under `columns` (see `toColumns`),
 * which the loader expands again (src/data/parts.ts).
 */
function moduleText(fragment, columns = []) {
  const stored = Object.fromEntries(Object.entries(fragment).filter(([key]) => !columns.includes(key)));
  if (columns.length) stored.columns = Object.fromEntries(columns.map((key) => [key, toColumns(fragment[key])]));
  return `${BANNER}import type { Fragment } from '../types.js';\n\nconst fragment: Fragment = JSON.parse(${quoted(stored)});\nexport default fragment;\n`;
}

/** Lists stored as columns, by module: the timeline index, the largest module every timeline loads. */
const COLUMNS = { timeline: ['events'] };

const BANNER = '// Generated by scripts/data/generate.mjs from data/*.json. Do not edit.\n';

/**
 * FNV-1a (32 bits) of `id`, in `buckets` buckets. src/data/holders.ts computes the
 * same to read `HOLDERS`; test/data.test.ts checks the two agree on every id.
 */
export function bucketOf(id, buckets) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
}

/** Buckets of `HOLDERS`: about six per person or source (715 today): one id in seven brings a part it is not in; 1 kB gzip. */
const HOLDER_BUCKETS = 4096;

/**
 * Which details parts may hold a person or source, in one base-36 digit per
 * bucket of ids: bit i set if an id of that bucket is in the i-th details part.
 * A page that gives its own events and cites a bundled person or source then
 * fetches the one century that holds it rather than every century (a bucket
 * shared by two ids may bring one more; the loader checks what it got).
 */
function holders(all) {
  // In DETAILS order: its keys are integers as strings, which JavaScript lists in ascending order.
  const parts = Object.keys(all)
    .filter((name) => name.startsWith('details.'))
    .sort((a, b) => Number(a.slice(8)) - Number(b.slice(8)));
  if (parts.length > 5) throw new Error(`holders: ${parts.length} details parts do not fit one base-36 digit`);
  const masks = new Array(HOLDER_BUCKETS).fill(0);
  parts.forEach((name, bit) => {
    for (const record of [...all[name].people, ...all[name].sources]) masks[bucketOf(record.id, HOLDER_BUCKETS)] |= 1 << bit;
  });
  return `export const HOLDERS = ${JSON.stringify(masks.map((m) => m.toString(36)).join(''))};
`;
}

/** One catalog module per purpose, so an element's chunk carries only the loaders it can use. */
function catalogs(names, data, all) {
  const thunks = (prefix) =>
    names
      .filter((name) => name.startsWith(`${prefix}.`) || name === prefix)
      .map((name) => {
        const key = name === prefix ? prefix : name.slice(prefix.length + 1);
        const locales = LOCALES.map((l) => `${l}: () => import('./${name}.${l}.js')`).join(', ');
        return `  ${JSON.stringify(key)}: { ${locales} },`;
      })
      .join('\n');
  // Where this catalog's modules are (dist/cdn/chunks/ in the script-tag build): a part that failed is imported again from there under a new URL.
  const head = `${BANNER}import type { Loaders } from '../types.js';\n\nexport const BASE = new URL('.', import.meta.url).href;\n`;
  const ids = (list) => JSON.stringify(list.map((r) => r.id));
  return {
    'catalog.timeline': `${head}export const TIMELINE: Loaders = {\n${thunks('timeline')}\n};\n/** Event details by century (\`17\` for 1700–1799). */\nexport const DETAILS: Loaders = {\n${thunks('details')}\n};\n`,
    'catalog.agreements': `${head}export const AGREEMENTS: Loaders = {\n${thunks('agreement')}\n};\n/** Every agreement in one module (a gallery's): in full, and brief (what compact cards show). */\nexport const ALL_AGREEMENTS: Loaders = {\n${thunks('agreements')}\n};\nexport const AGREEMENT_IDS: readonly string[] = ${ids(data.alliances)};\n`,
    // Read only by src/data/given.ts, which a page loads when it gives its own data.
    'catalog.given': `${BANNER}/** Details parts (in DETAILS order) that may hold each bucket's people and sources; see holders() in scripts/data/generate.mjs. */\n${holders(all)}`,
    'catalog.polls': `${head}export const POLLS: Loaders = {\n${thunks('poll')}\n};\nexport const SERIES: Loaders = {\n${thunks('series')}\n};\nexport const POLL_IDS: readonly string[] = ${ids(data.polls)};\nexport const SERIES_IDS: readonly string[] = ${ids(data.series)};\n`,
  };
}

export function generate() {
  const problems = Object.entries(schemaProblems(root)).flatMap(([file, list]) => list.map((p) => `data/${file}: ${p}`));
  if (problems.length) throw new Error(`the dataset does not follow its schema:\n  ${problems.slice(0, 20).join('\n  ')}`);
  const data = readDataset();
  const all = modules(data);
  const outDir = `${root}src/data/generated/`;
  // Start from nothing, so a removed record leaves no stale module behind.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const names = Object.keys(all);
  for (const [name, fragment] of Object.entries(all)) {
    for (const locale of LOCALES) writeFileSync(`${outDir}${name}.${locale}.ts`, moduleText(inLocale(fragment, locale, name), COLUMNS[name]));
  }
  const catalogModules = catalogs(names, data, all);
  for (const [name, text] of Object.entries(catalogModules)) writeFileSync(`${outDir}${name}.ts`, text);
  const expected = names.length * LOCALES.length + Object.keys(catalogModules).length;
  const written = readdirSync(outDir).length;
  if (written !== expected) throw new Error(`wrote ${written} modules to ${outDir}, expected ${expected}`);
  return { data, modules: all };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { modules: all } = generate();
    console.log(`data: ${Object.keys(all).length * LOCALES.length} modules in src/data/generated/`);
  } catch (error) {
    console.error(`data: ${error.message}`);
    process.exit(1);
  }
}
