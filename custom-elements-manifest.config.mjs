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
  exclude: ['src/data/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // In this order: fromCode reads the source paths that distPaths then rewrites.
  plugins: [fromCode(), distPaths()],
};
