/**
 * Points the manifest at what npm users get (`dist/x.js`), not at the sources,
 * in a stable order, with references that resolve inside the manifest:
 *
 * - every path, `src/x.ts` or the analyzer's `/src/x.js`, becomes `dist/x.js`;
 *   a re-export's module, which the analyzer leaves as written (`./shared/x.js`),
 *   becomes the module's path too;
 * - a `custom-element-definition` refers to the class through the module that
 *   registers it and exports it, `dist/<tag>/define.js` (what package.json
 *   exports as `./<tag>.js`): the schema wants references to public exports;
 * - a module that re-exports an imported class (`export { X }` in define.js)
 *   refers to the module that declares it, not to itself.
 */
import { posix } from 'node:path';

export function distPaths() {
  const rewrite = (value) => {
    if (typeof value === 'string') return value.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/$1.js');
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
    }
    return value;
  };
  return {
    name: 'frr-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const exported of mod.exports ?? []) {
          const ref = exported.declaration;
          if (ref.module?.startsWith('.')) ref.module = posix.join(posix.dirname(mod.path), ref.module);
        }
      }
      // Sorted by path: the analyzer's file walk runs in parallel and its order
      // can change between runs, which would look like drift.
      const modules = rewrite(customElementsManifest.modules).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const declaredIn = (name) => {
        const found = modules.filter((m) => m.declarations?.some((d) => d.name === name));
        return found.length === 1 ? found[0].path : undefined;
      };
      for (const mod of modules) {
        const own = new Set((mod.declarations ?? []).map((d) => d.name));
        for (const exported of mod.exports ?? []) {
          const ref = exported.declaration;
          if (exported.kind === 'js' && ref.module === mod.path && !own.has(ref.name)) {
            ref.module = declaredIn(ref.name) ?? ref.module;
          }
        }
        for (const definition of (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition')) {
          const ref = definition.declaration;
          const exportedHere = mod.exports.some((e) => e.kind === 'js' && e.name === ref.name);
          ref.module = exportedHere ? mod.path : (declaredIn(ref.name) ?? ref.module);
        }
      }
      customElementsManifest.modules = modules;
    },
  };
}
