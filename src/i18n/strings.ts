import type { Locale } from './locales.js';
import { en } from './strings/en.js';
import { fr } from './strings/fr.js';
import { ru } from './strings/ru.js';

/** Why a dataset given by URL could not be used. */
export type LoadFailure = 'network' | 'http' | 'json' | 'invalid';

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
  /** Abbreviation marking a Julian (Old Style) date. */
  readonly oldStyle: string;
  /** Full name of the Old Style marker, for `<abbr title>` and screen readers. */
  readonly oldStyleLong: string;
}

const STRINGS: Readonly<Record<Locale, UiStrings>> = { en, fr, ru };

/** The interface strings for a locale. */
export function stringsFor(locale: Locale): UiStrings {
  return STRINGS[locale];
}
