/**
 * The loaded parts of the bundled data: each generated module is imported at
 * most once at a time, kept once loaded (so later reads are synchronous), and
 * forgotten when it fails, so the next attempt fetches it again instead of
 * replaying a cached rejection after one network hiccup.
 */
import { DataError } from './load.js';
import type { Locale } from '../shared/locales.js';
import type { Fragment, Loaders } from './types.js';

/** One generated module: a stable key (for caching) and its lazy import. */
export interface Part {
  readonly key: string;
  /** The language of its text. */
  readonly locale?: Locale;
  readonly load: () => Promise<{ readonly default: Fragment }>;
}

/** The part `key` of a generated catalog in `locale`, or `undefined` if the catalog has no such key. */
export function partOf(loaders: Loaders, kind: string, key: string, locale: Locale): Part | undefined {
  const load = Object.hasOwn(loaders, key) ? loaders[key]![locale] : undefined;
  return load ? { key: `${kind}.${key}.${locale}`, locale, load } : undefined;
}

const loaded = new Map<string, Fragment>();
const pending = new Map<string, Promise<Fragment>>();

/** The part, fetched if needed; rejects with a {@link DataError} (`part`) when its chunk cannot load. */
export function loadPart(part: Part): Promise<Fragment> {
  const done = loaded.get(part.key);
  if (done) return Promise.resolve(done);
  let promise = pending.get(part.key);
  if (!promise) {
    promise = part.load().then(
      (module) => {
        loaded.set(part.key, module.default);
        pending.delete(part.key);
        return module.default;
      },
      (error: unknown) => {
        pending.delete(part.key);
        throw new DataError('part', part.key, `could not load part of the library (${String(error)})`);
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
