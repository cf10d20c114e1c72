/**
 * The loaded parts of the bundled data: each generated module is imported at
 * most once at a time, kept once loaded (so later reads are synchronous), and
 * forgotten when it fails, so the next attempt fetches it again instead of
 * replaying a cached rejection after one network hiccup (under a new URL: see
 * shared/import-again.ts).
 */
import { importAgain } from '../shared/import-again.js';
import { DataError } from './load.js';
import type { Locale } from '../shared/locales.js';
import type { Fragment, Loaders } from './types.js';

/** One generated module: a stable key (for caching) and its lazy import. */
export interface Part {
  readonly key: string;
  /** The language of its text. */
  readonly locale?: Locale;
  readonly load: () => Promise<{ readonly default: Fragment }>;
  /** The URL of its module, imported again under a new URL after a failure (a browser replays a failed import). */
  readonly url?: string;
  /** Turns the module's stored form into the fragment (the timeline index is stored as columns). */
  readonly expand?: (stored: Fragment) => Fragment;
}

/**
 * The part `key` of a generated catalog in `locale`, or `undefined` if the
 * catalog has no such key. Its module is `<kind>.<key>.<locale>.js` (`<kind>.<locale>.js`
 * when the key is the kind) beside the catalog, at `base`: in the script-tag build too,
 * whose data chunks keep their modules' names.
 */
export function partOf(loaders: Loaders, kind: string, key: string, locale: Locale, base: string): Part | undefined {
  const load = Object.hasOwn(loaders, key) ? loaders[key]![locale] : undefined;
  const file = key === kind ? `${kind}.${locale}.js` : `${kind}.${key}.${locale}.js`;
  return load ? { key: `${kind}.${key}.${locale}`, locale, load, url: new URL(file, base).href } : undefined;
}

const loaded = new Map<string, Fragment>();
const pending = new Map<string, Promise<Fragment>>();

/** The part, fetched if needed; rejects with a {@link DataError} (`part`) when its chunk cannot load. */
export function loadPart(part: Part): Promise<Fragment> {
  const done = loaded.get(part.key);
  if (done) return Promise.resolve(done);
  let promise = pending.get(part.key);
  if (!promise) {
    promise = importAgain(part.url, part.load).then(
      (module) => {
        const fragment = part.expand?.(module.default) ?? module.default;
        loaded.set(part.key, fragment);
        pending.delete(part.key);
        return fragment;
      },
      (error: unknown) => {
        pending.delete(part.key);
        // Named by the folder it was fetched from (dist/cdn/chunks/ through the script tag).
        throw new DataError('part', part.url ? new URL('.', part.url).href : part.key, `${part.key} (${String(error)})`);
      },
    );
    pending.set(part.key, promise);
  }
  return promise;
}

/** Every part, once all are loaded. */
export const loadParts = (parts: readonly Part[]): Promise<Fragment[]> => Promise.all(parts.map(loadPart));

/** The parts if every one is already loaded, else `undefined`: the synchronous path. */
export function readParts(parts: readonly Part[]): Fragment[] | undefined {
  const out: Fragment[] = [];
  for (const part of parts) {
    const fragment = loaded.get(part.key);
    if (!fragment) return undefined;
    out.push(fragment);
  }
  return out;
}

/** Whether a part is loaded. */
export const isLoaded = (part: Part): boolean => loaded.has(part.key);

/** Whether a part is loaded or on its way. */
export const isRequested = (part: Part): boolean => loaded.has(part.key) || pending.has(part.key);
