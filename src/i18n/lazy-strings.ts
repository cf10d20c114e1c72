import { DataError } from '../data/load.js';
import type { Locale } from '../shared/locales.js';
import { STRINGS_BASE } from './strings/base.js';

/**
 * An element's interface strings with English at hand (every page has it) and
 * French and Russian in chunks of their own, loaded with the element's data
 * so a page fetches only its own language. `name` is their modules' name
 * (`<name>.fr.js` beside strings/base.ts, each exporting its locale): a
 * language that failed to load is imported from there again under a new URL
 * on the next load ("Try again"), since a browser keeps a failed module import
 * and replays it.
 */
export function lazyStrings<S>(
  en: S,
  name: string,
  others: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<S>>>,
  /** Imports a module by URL (a test gives its own). */
  importUrl: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url),
) {
  const loaded: Partial<Record<Locale, S>> = { en };
  const failures: Partial<Record<Locale, number>> = {};
  const again = async (locale: Exclude<Locale, 'en'>, retry: number): Promise<S> =>
    ((await importUrl(`${new URL(`${name}.${locale}.js`, STRINGS_BASE).href}?retry=${retry}`)) as Record<string, S>)[locale]!;
  return {
    /** The strings in `locale`, if loaded (English always is). */
    read: (locale: Locale): S | undefined => loaded[locale],
    /** Loads the strings in `locale`. */
    load: async (locale: Locale): Promise<S> => {
      if (locale === 'en') return en;
      const retry = failures[locale];
      try {
        return (loaded[locale] ??= await (retry ? again(locale, retry) : others[locale]()));
      } catch (error) {
        failures[locale] = (retry ?? 0) + 1;
        throw new DataError('part', STRINGS_BASE, `${name}.${locale} (${String(error)})`);
      }
    },
  };
}
