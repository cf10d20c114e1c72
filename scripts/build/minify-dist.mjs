/**
 * Minifies the templates of tsc's output in dist/ in place (the npm modules),
 * before rollup bundles the script-tag build from them. One text for every
 * template everywhere matters for server rendering: Lit hydrates server
 * markup only if the browser's template strings are exactly the server's (a
 * digest of them marks each template), and the server renders dist/ (ssr.js)
 * while pages run dist/ (npm) or dist/cdn/ (script tag). The build writes no
 * source maps (tsconfig.json, rollup.config.mjs), so there are none to follow.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'rollup/parseAst';
import { minifyModule } from '../rollup/minify-templates.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;
let changed = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'cdn' && entry.name !== 'generated') walk(path);
    } else if (entry.name.endsWith('.js')) minify(path);
  }
};
function minify(path) {
  const code = readFileSync(path, 'utf8');
  const result = minifyModule(code, (text) => parseAst(text));
  if (!result) return;
  changed++;
  writeFileSync(path, result.code);
}
walk(dist);
if (changed === 0) throw new Error('minify-dist: no template found in dist/ (was tsc run first?)');
