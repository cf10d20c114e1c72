/**
 * A fix for lit-html 3.3.1–3.3.3 (lit/lit#5298, open upstream): its
 * `removePart()` removes a part's start marker but leaves its end marker, so
 * `repeat()` leaves one comment node behind for every item it removes. The
 * virtualizer (timelines over 400 events) removes rows at one edge on every
 * scroll: a fling through 10,000 events left about 3,000 comments in the list,
 * and every later DOM removal there got slower (a fling's median frame went
 * from 33 to 200 ms over three flings). The fix removes the end marker too, as
 * lit-html 3.3.0 did.
 *
 * Applied to the script-tag build (rollup), the tests and the demo server (Web
 * Dev Server plugins). npm users bundle their own lit-html: the README says
 * so. When lit-html ships a fix, the pattern is gone and this does nothing;
 * a changed file that still leaks fails the build instead of passing silently.
 */

const FILE = /lit-html[\\/](?:development[\\/]|node[\\/](?:development[\\/])?)?directive-helpers\.js$/;

// Production build: `h=o=>{o._$AR(),o._$AA.remove()}` (_$AR is _$clear, _$AA the start marker,
// _$AB the end marker), minified or reformatted by esbuild.
const MINIFIED = /(\(?([\w$]+)\)?\s*=>\s*\{\s*\2\._\$AR\(\),\s*\2\._\$AA\.remove\(\));?(\s*)\}/;
// Development build: `part._$clear();\n    part._$startNode.remove();`.
const READABLE = /(part\._\$clear\(\);\s*part\._\$startNode\.remove\(\);)/;

/** The module text with the fix, or `undefined` if `id` is not lit-html's directive helpers. */
export function fixRemovePart(code, id) {
  if (!FILE.test(id)) return undefined;
  if (/_\$AB\?\.remove\(\)|_\$endNode\?\.remove\(\)/.test(code)) return code;
  if (MINIFIED.test(code)) return code.replace(MINIFIED, (_, head, part, space) => `${head},${part}._$AB?.remove()${space}}`);
  if (READABLE.test(code)) return code.replace(READABLE, '$1\n    part._$endNode?.remove();');
  // An upstream release that rewrote removePart: check it removes both markers, then drop this fix.
  if (/removePart/.test(code) && !/nextSibling[\s\S]{0,200}remove\(\)/.test(code)) {
    throw new Error(`lit-remove-part: ${id} changed; check lit/lit#5298 and update or remove scripts/rollup/lit-remove-part.mjs`);
  }
  return code;
}

/** The fix as a Rollup plugin. */
export const litRemovePart = () => ({
  name: 'frr-lit-remove-part',
  transform(code, id) {
    const fixed = fixRemovePart(code, id);
    return fixed === undefined || fixed === code ? null : { code: fixed, map: null };
  },
});

/** The fix as a Web Dev Server (and Web Test Runner) plugin. */
export const litRemovePartServe = () => ({
  name: 'frr-lit-remove-part',
  transform(context) {
    const fixed = fixRemovePart(typeof context.body === 'string' ? context.body : '', context.path);
    return fixed === undefined ? undefined : { body: fixed };
  },
});
