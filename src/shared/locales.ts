/** The languages the library speaks. English is the fallback. */
export const LOCALES = ['en', 'fr', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * Maps a BCP 47 language tag to a supported locale: `fr-CA` → `fr`, `RU` → `ru`.
 * Returns `undefined` for an empty, malformed or unsupported tag.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === language);
}

/**
 * The tag handed to `Intl` for a resolved language: the page's own tag when it
 * names a region of that language (so `en-US` keeps US date order), else a
 * default region. Bare `en` becomes `en-GB` because historical writing, and our
 * dual Old Style dates, read day-month-year.
 */
export function intlTagFor(locale: Locale, tag: string | null | undefined): string {
  if (tag && matchLocale(tag) === locale && tag.includes('-')) {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? locale;
    } catch {
      // A malformed region subtag: fall through to the default.
    }
  }
  return locale === 'en' ? 'en-GB' : locale;
}

/** The tags `intlTagFor` gives a language when the page names no region. */
export const DEFAULT_TAGS: readonly string[] = LOCALES.map((locale) => intlTagFor(locale, undefined));
