/**
 * The data parts of the script-tag build, without a table of imports in the
 * chunks of the elements.
 *
 * Each generated catalog (src/data/generated/catalog.*.ts, see
 * scripts/data/generate.mjs) lists a lazy `import()` per part and language, so
 * that any bundler finds every part: 69 agreements × 3 languages cost a card's
 * page about 1 kB gzipped of `()=>import("./agreement.<id>.<locale>.js")`. In
 * this build every part is a chunk of its own, named after its module, beside
 * the catalogs' chunks in dist/cdn/chunks/; so this plugin emits each part as
 * a chunk under that name, and rewrites each catalog entry as a call that
 * imports `./<name>.<locale>.js` from the catalog's own URL: the same files,
 * fetched the same way, from a list of names.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../data/generate.mjs';

const GENERATED = /[\\/]dist[\\/]data[\\/]generated[\\/]/;
/** One catalog entry as tsc writes it: `{ en: () => import('./<name>.en.js'), fr: …, ru: … }`. */
const ENTRY = new RegExp(`\\{ ${LOCALES.map((l) => `${l}: \\(\\) => import\\('\\./([\\w.-]+)\\.${l}\\.js'\\)`).join(', ')} \\}`, 'g');

export function dataChunks({ dir = 'dist/data/generated' } = {}) {
  return {
    name: 'frr-data-chunks',
    buildStart() {
      const parts = readdirSync(dir).filter((file) => LOCALES.some((locale) => file.endsWith(`.${locale}.js`)));
      if (parts.length === 0) this.error(`no data parts in ${dir}: run the generator (npm run data) and tsc first`);
      for (const file of parts) this.emitFile({ type: 'chunk', id: join(process.cwd(), dir, file), fileName: `chunks/${file}` });
    },
    transform(code, id) {
      if (!GENERATED.test(id) || !/[\\/]catalog\.[\w-]+\.js$/.test(id)) return null;
      const rewritten = code.replace(ENTRY, (whole, ...names) => {
        if (!names.slice(0, LOCALES.length).every((name) => name === names[0])) this.error(`${id}: an entry imports parts of different names: ${whole}`);
        return `frrPart(${JSON.stringify(names[0])})`;
      });
      if (rewritten === code) return null;
      if (/\bimport\(/.test(rewritten)) this.error(`${id}: an import() is not in the form this plugin rewrites (see scripts/rollup/data-chunks.mjs)`);
      // A table whose every part is named `<prefix><key>` becomes its prefix and its keys.
      const tables = rewritten.replace(/= \{\n((?:\s*"[^"]+": frrPart\("[^"]+"\),\n)+)\};/g, (whole, body) => {
        const pairs = [...body.matchAll(/"([^"]+)": frrPart\("([^"]+)"\)/g)].map(([, key, name]) => [key, name]);
        const prefix = pairs[0][1].slice(0, pairs[0][1].length - pairs[0][0].length);
        return pairs.every(([key, name]) => name === prefix + key) ? `= frrParts(${JSON.stringify(prefix)}, ${JSON.stringify(pairs.map(([key]) => key))});` : whole;
      });
      const helpers =
        `const frrPart = (name) => ({ ${LOCALES.map((l) => `${l}: () => import(new URL(\`./\${name}.${l}.js\`, import.meta.url).href)`).join(', ')} });\n` +
        'const frrParts = (prefix, keys) => Object.fromEntries(keys.map((key) => [key, frrPart(prefix + key)]));\n';
      return { code: helpers + tables, map: null };
    },
  };
}
