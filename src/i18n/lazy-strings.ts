import { DataError } from '../data/load.js';
import { importAgain } from '../shared/import-again.js';
import type { Locale } from '../shared/locales.js';
import { STRINGS_BASE } from './strings/base.js';

type Other = Exclude<Locale, 'en'>;

/**
 * An element's interface strings with English at hand (every page has it) and
 * French and Russian in chunks of their own, loaded with the element's data
 * so a page fetches only its own language. `name` is their modules' name
 * (`<name>.fr.js` beside strings/base.ts, each exporting its locale), so that a
 * language that failed to load is imported again on the next load ("Try
 * again"), under a new URL (see shared/import-again.ts).
 */
export function lazyStrings<S>(
  en: S,
  name: string,
  modules: Readonly<Record<Other, () => Promise<Partial<Record<Other, S>>>>>,
  /** Imports a module by URL (a test gives its own). */
  importUrl?: (url: string) => Promise<unknown>,
) {
  const loaded: Partial<Record<Locale, S>> = { en };
  return {
    /** The strings in `locale`, if loaded (English always is). */
    read: (locale: Locale): S | undefined => loaded[locale],
    /** Loads the strings in `locale`. */
    load: async (locale: Locale): Promise<S> => {
      if (locale === 'en') return en;
      try {
        const module = await importAgain(new URL(`${name}.${locale}.js`, STRINGS_BASE).href, modules[locale], importUrl);
        return (loaded[locale] ??= module[locale]!);
      } catch (error) {
        throw new DataError('part', STRINGS_BASE, `${name}.${locale} (${String(error)})`);
      }
    },
  };
}
