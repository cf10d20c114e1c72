/**
 * The folder of the interface-string modules: `dist/i18n/strings/` from npm,
 * `dist/cdn/chunks/` in the script-tag build, whose chunks keep these
 * modules' names (`strings.fr.js`, `alliance-card.fr.js`…). A language's
 * strings that failed to load are imported again from there under a new URL
 * (a browser replays a failed module import), and a failure names it.
 */
export const STRINGS_BASE = new URL('.', import.meta.url).href;
