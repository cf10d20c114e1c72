/**
 * Lazy modules that load on the next attempt after a failure. A browser keeps
 * a module import that failed in its module map and replays the failure for
 * the same URL until the page reloads, so forgetting a rejected promise is not
 * enough: after `n` failures the module at `url` is imported as `url?retry=n`.
 * Used by the data parts (data/parts.ts) and the interface strings
 * (i18n/lazy-strings.ts), whose modules keep their names in every build, and by
 * code loaded on demand in the script-tag build (the virtualizer, the CSV
 * download), which is in CDN_CHUNKS.
 */

/**
 * The folder of the script-tag build's chunks (`dist/cdn/chunks/`); `undefined`
 * in the npm build, where the page's bundler decides where such code goes.
 * rollup.config.mjs writes it in the script-tag build.
 */
export const CDN_CHUNKS: string | undefined = undefined;

/** The URL of the script-tag build's chunk `file` (`virtualize.js`), to import again; `undefined` in the npm build. */
export const cdnChunk = (file: string): string | undefined => (CDN_CHUNKS ? new URL(file, CDN_CHUNKS).href : undefined);

/** How many times the module at each URL failed to load. */
const failures = new Map<string, number>();

/**
 * `load()` (the bundler-visible import) the first time, and after a failure the
 * module at `url` under a new URL; without a `url`, `load()` every time.
 * `importUrl` imports by URL (a test gives its own).
 */
export async function importAgain<M>(
  url: string | undefined,
  load: () => Promise<M>,
  importUrl: (url: string) => Promise<unknown> = (href) => import(/* @vite-ignore */ href),
): Promise<M> {
  const retry = url ? failures.get(url) : undefined;
  try {
    return await (retry ? (importUrl(`${url}?retry=${retry}`) as Promise<M>) : load());
  } catch (error) {
    if (url) failures.set(url, (retry ?? 0) + 1);
    throw error;
  }
}
