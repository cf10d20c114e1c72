/**
 * The script-tag (CDN) build: one self-contained, minified ES module that
 * registers every element, with Lit and the default data inlined. It is built
 * from tsc's output in dist/, so one compiler produces everything we ship.
 * Lazily imported data (extra locales) becomes chunks beside it, which the
 * browser resolves relative to the module's own URL.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';

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

export default {
  input: 'dist/all.js',
  // Let lazy chunks import from the entry instead of splitting it behind a facade.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'france-russia-relations.js',
    // No hashes: the CDN URL is versioned, and budgets name files.
    chunkFileNames: 'chunks/[name].js',
    sourcemap: true,
  },
  plugins: [
    // The "production" build of Lit: no dev-mode warnings, smaller.
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
    sizeReport(),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'EMPTY_BUNDLE') return;
    // tsc's decorator helpers test "this &&" at module level, which is undefined in ES modules by design.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
