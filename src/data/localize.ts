import type { Locale } from '../shared/locales.js';
import type { Localized } from './types.js';

/**
 * The text in `locale`, falling back to English. Bundled parts carry only
 * their own locale's key (see scripts/data/generate.mjs), which this reads too.
 */
export function pick<T>(text: Localized<T>, locale: Locale): T;
export function pick<T>(text: Localized<T> | undefined, locale: Locale): T | undefined;
export function pick<T>(text: Localized<T> | undefined, locale: Locale): T | undefined {
  if (!text) return undefined;
  return text[locale] ?? text.en;
}
