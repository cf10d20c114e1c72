import type { Locale } from '../shared/locales.js';
import { en } from './strings/en.js';
import { lazyStrings } from './lazy-strings.js';

import type { LoadFailure } from '../data/load.js';

export type { LoadFailure };

/**
 * Every piece of interface text, in one typed object per locale, so a missing
 * translation is a compile error rather than a blank label.
 */
export interface UiStrings {
  /** Shown while data is loading. */
  readonly loading: string;
  /** A required attribute was not given. */
  readonly missingAttribute: (attribute: string) => string;
  /** An attribute holds a value the element does not know. */
  readonly unknownValue: (attribute: string, value: string) => string;
  /** A dataset given by URL could not be loaded or used. */
  readonly loadFailed: (url: string, failure: LoadFailure) => string;
  /** The button that loads data again after a failure. */
  readonly retry: string;
  /** Abbreviation marking a Julian (Old Style) date. */
  readonly oldStyle: string;
  /** Full name of the Old Style marker, for `<abbr title>` and screen readers. */
  readonly oldStyleLong: string;
  /** Names shared by every element that shows the dataset. */
  readonly data: DataStrings;
}

export interface DataStrings {
  readonly disputed: string;
  readonly people: string;
  readonly sources: string;
  readonly relatedEvents: string;
  readonly relatedAlliances: string;
  /** "1891–1917", "since 2022". */
  readonly yearSpan: (start: number, end: number | null) => string;
  /** Shown after a link that opens in a new tab, for screen readers. */
  readonly opensInNewTab: string;
}


// English is at hand (fallback, server rendering, error messages before any
// load); French and Russian are chunks of their own, loaded with the element's
// data (see DataController), so a page fetches only its own language.
const ui = lazyStrings<UiStrings>(en, 'strings', {
  fr: () => import('./strings/strings.fr.js'),
  ru: () => import('./strings/strings.ru.js'),
});

/** "Loading…" in every language, shown before a language's strings have arrived. */
const LOADING: Readonly<Record<Locale, string>> = { en: en.loading, fr: 'Chargement…', ru: 'Загрузка…' };

/**
 * The interface strings for a locale once loaded (see {@link loadStrings}); until
 * then English, with "Loading…" already in the locale's language.
 */
export function stringsFor(locale: Locale): UiStrings {
  return ui.read(locale) ?? (waiting[locale] ??= { ...en, loading: LOADING[locale] });
}
const waiting: Partial<Record<Locale, UiStrings>> = {};

/** Whether the strings of `locale` are loaded (English always is). */
export const hasStrings = (locale: Locale): boolean => ui.read(locale) !== undefined;

/** Loads the interface strings of `locale`. */
export const loadStrings = (locale: Locale): Promise<UiStrings> => ui.load(locale);
