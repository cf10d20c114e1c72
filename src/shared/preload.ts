import { preload as preloadParts } from '../data/dataset.js';
import type { Part } from '../data/parts.js';
import { loadStrings } from '../i18n/strings.js';

/**
 * Loads bundled parts now, with the interface strings of their languages, so
 * that the elements showing them draw their content on their first render.
 */
export async function preload(parts: readonly Part[]): Promise<void> {
  const locales = new Set(parts.flatMap((part) => (part.locale ? [part.locale] : [])));
  await Promise.all([preloadParts(parts), ...[...locales].map(loadStrings)]);
}
