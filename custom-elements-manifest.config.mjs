/**
 * `npm run analyze` → custom-elements.json. The analyzer reads the sources;
 * the plugins in scripts/manifest/ make the result tell the truth: types,
 * events and custom properties from the code (through the TypeScript checker),
 * the class JSDoc checked against it, and paths that point at what ships.
 */
import { fromCode } from './scripts/manifest/elements.mjs';
import { distPaths } from './scripts/manifest/paths.mjs';

export default {
  globs: ['src/**/*.ts'],
  // Stylesheets are internal: their CSS text in the manifest only made it
  // drift with every style edit, and no tool reads it.
  exclude: ['src/data/generated/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // In this order: fromCode reads the source paths that distPaths then rewrites.
  plugins: [fromCode(), distPaths()],
};
