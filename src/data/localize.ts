import type { Locale } from '../i18n/locales.js';
import type { Localized } from './types.js';

type Json = unknown;

function isLocalized(value: Json): value is Localized<unknown> & Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const en = (value as { en?: unknown }).en;
  return typeof en === 'string' || Array.isArray(en);
}

/**
 * Rebuilds `value` with `texts` zipped into its localized fields under `locale`,
 * in the depth-first order scripts/data/generate.mjs wrote them.
 */
export function withLocale<T>(value: T, texts: readonly unknown[], locale: Locale): T {
  let next = 0;
  const walk = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const localized = isLocalized(node);
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) out[key] = localized && key === 'en' ? child : walk(child);
    if (localized) {
      if (next >= texts.length) throw new Error(`withLocale: too few ${locale} texts`);
      out[locale] = texts[next++];
    }
    return out;
  };
  const result = walk(value) as T;
  if (next !== texts.length) throw new Error(`withLocale: ${texts.length - next} ${locale} texts left over`);
  return result;
}

/** The text in `locale`, falling back to English. */
export function pick<T>(text: Localized<T>, locale: Locale): T;
export function pick<T>(text: Localized<T> | undefined, locale: Locale): T | undefined;
export function pick<T>(text: Localized<T> | undefined, locale: Locale): T | undefined {
  if (!text) return undefined;
  return text[locale] ?? text.en;
}
