/**
 * The script-tag (CDN) build: a tiny, minified ES module that loads each
 * element's code the first time its tag appears (src/cdn.ts), and the chunks
 * it imports beside it: one per element, shared ones (Lit, theme, locale),
 * and one per data part and language. Browsers resolve them relative to the
 * entry's own URL. It is built from tsc's output in dist/, so one compiler
 * produces everything we ship.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
import { minifyTemplates } from './scripts/rollup/minify-templates.mjs';
import { litRemovePart } from './scripts/rollup/lit-remove-part.mjs';
import { dataChunks } from './scripts/rollup/data-chunks.mjs';

/** Prints the raw and gzip size of every file written to dist/cdn. */
function sizeReport() {
  const kB = (n) => `${(n / 1000).toFixed(1).padStart(6)} kB`;
  return {
    name: 'frr-size-report',
    writeBundle(options, bundle) {
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        const gzip = gzipSync(output.code, { level: 9 }).length;
        console.log(`${options.dir}/${file}  ${kB(output.code.length)}  gzip ${kB(gzip)}`);
      }
    },
  };
}

/**
 * Writes into the loader (src/cdn.ts) the static imports of each element's
 * chunk, transitively, so it can preload them beside the element's chunk.
 */
function chunkImports() {
  return {
    name: 'frr-chunk-imports',
    renderChunk(code, chunk, _options, meta) {
      const placeholder = `'{"frr-chunk-imports":[]}'`;
      if (!chunk.isEntry || !code.includes(placeholder)) return null;
      const closure = (file, seen = new Set()) => {
        for (const imported of meta.chunks[file]?.imports ?? []) if (!seen.has(imported)) closure(imported, seen.add(imported));
        return seen;
      };
      const map = {};
      for (const [file, other] of Object.entries(meta.chunks)) {
        // The chunk that holds an element's define.js (the card's also serves the gallery).
        const tag = Object.keys(other.modules).map((id) => id.match(/([a-z-]+)[\\/]define\.js$/)?.[1]).find(Boolean);
        // Names only: the loader adds "./chunks/" and ".js"; the entry itself is loaded already.
        if (tag) map[tag] = [...closure(file)].filter((f) => f !== chunk.fileName).map((f) => f.replace(/^chunks\/(.*)\.js$/, '$1'));
      }
      return { code: code.replace(placeholder, `'${JSON.stringify(map)}'`), map: null };
    },
  };
}

/**
 * In this build every chunk but the entry is in dist/cdn/chunks/: say so to
 * src/shared/import-again.ts (its CDN_CHUNKS is undefined in the npm build), so
 * code loaded on demand can be imported again from there after a failure.
 */
function cdnChunks() {
  const declared = 'export const CDN_CHUNKS = undefined;';
  return {
    name: 'frr-cdn-chunks',
    transform(code, id) {
      if (!/[\\/]shared[\\/]import-again\.js$/.test(id)) return null;
      if (!code.includes(declared)) this.error(`src/shared/import-again.ts no longer says "${declared}"`);
      return { code: code.replace(declared, "export const CDN_CHUNKS = new URL('.', import.meta.url).href;"), map: null };
    },
  };
}

export default {
  input: 'dist/cdn.js',
  // Let lazy chunks import from the entry instead of splitting it behind a facade.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'france-russia-relations.js',
    // No hashes: the CDN URL is versioned, and budgets name files.
    chunkFileNames: (chunk) => {
      // An element's chunk is named after its tag rather than "define".
      const define = [chunk.facadeModuleId ?? '', ...chunk.moduleIds].map((id) => id.match(/([a-z-]+)[\\/]define\.js$/)?.[1]).find(Boolean);
      // Data parts and interface strings keep their modules' names: a part that failed is imported
      // again by name (src/data/parts.ts, src/i18n/lazy-strings.ts).
      return `chunks/${define ?? '[name]'}.js`;
    },
    // No source maps: the package publishes none (they would have to carry every
    // source, the data included, to work outside this repository; see CHANGELOG).
    // Set this to true locally to debug a minified chunk.
    sourcemap: false,
  },
  plugins: [
    // The "production" build of Lit: no dev-mode warnings, smaller.
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    // lit-html 3.3.1–3.3.3 leaks a comment per row the virtualizer removes (lit/lit#5298).
    litRemovePart(),
    // The static text of our css``/html``/svg`` templates, without indentation or comments.
    minifyTemplates(),
    // Each data part a chunk of its own, imported by name rather than through a table of imports.
    dataChunks(),
    chunkImports(),
    cdnChunks(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
    sizeReport(),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'EMPTY_BUNDLE') return;
    warn(warning);
  },
};
