import { preload as preloadParts } from '../data/dataset.js';
import type { Part } from '../data/parts.js';
import { loadStrings } from '../i18n/strings.js';
import { loadCardStrings } from '../i18n/strings/alliance-card.js';
import { loadChartStrings } from '../i18n/strings/opinion-poll-chart.js';
import { loadTimelineStrings } from '../i18n/strings/relations-timeline.js';
import type { Locale } from './locales.js';

/** The strings of the element that reads each kind of part (`<kind>.<key>.<locale>`). */
const OWN_STRINGS: Readonly<Record<string, (locale: Locale) => Promise<unknown>>> = {
  timeline: loadTimelineStrings,
  details: loadTimelineStrings,
  agreement: loadCardStrings,
  agreements: loadCardStrings,
  poll: loadChartStrings,
  series: loadChartStrings,
};

/**
 * Loads bundled parts now, with the interface strings of their languages (the
 * shared ones, and those of the elements that read them), so that the
 * elements showing them draw their content on their first render.
 */
export async function preload(parts: readonly Part[]): Promise<void> {
  const strings = parts.flatMap((part) => (part.locale ? [loadStrings(part.locale), OWN_STRINGS[part.key.split('.')[0]!]?.(part.locale)] : []));
  await Promise.all([preloadParts(parts), ...strings]);
}
