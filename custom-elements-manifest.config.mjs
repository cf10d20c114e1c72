/** Points manifest paths at what npm users import (`dist/x.js`), not at the sources, in a stable order. */
function distPaths() {
  const rewrite = (value) => {
    if (typeof value === 'string') return value.replace(/^src\/(.+)\.[jt]s$/, 'dist/$1.js');
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
    }
    return value;
  };
  return {
    name: 'frr-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      // Sorted by path: the analyzer's file walk runs in parallel and its order
      // can change between runs, which would look like drift.
      customElementsManifest.modules = rewrite(customElementsManifest.modules).sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/data/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [distPaths()],
};
