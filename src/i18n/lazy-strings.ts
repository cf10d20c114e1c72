import { DataError } from '../data/load.js';
import type { Locale } from '../shared/locales.js';

/**
 * An element's interface strings with English at hand (every page has it) and
 * French and Russian in chunks of their own, loaded with the element's data
 * so a page fetches only its own language.
 */
export function lazyStrings<S>(en: S, others: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<S>>>) {
  const loaded: Partial<Record<Locale, S>> = { en };
  return {
    /** The strings in `locale`, if loaded (English always is). */
    read: (locale: Locale): S | undefined => loaded[locale],
    /** Loads the strings in `locale`. */
    load: async (locale: Locale): Promise<S> => {
      if (locale === 'en') return en;
      // A chunk that failed is not remembered: the next load (the "Try again" button) imports again.
      try {
        return (loaded[locale] ??= await others[locale]());
      } catch (error) {
        throw new DataError('part', new URL('.', import.meta.url).href, `strings.${locale} (${String(error)})`);
      }
    },
  };
}
