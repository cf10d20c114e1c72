/** The bundled parts charts read: one per poll and one per series. */
import type { Locale } from '../shared/locales.js';
import { BASE, POLL_IDS, POLLS, SERIES, SERIES_IDS } from './generated/catalog.polls.js';
import { partOf, type Part } from './parts.js';

export { POLL_IDS, SERIES_IDS };

/** One poll with the sources it cites; `undefined` for an unknown id. */
export const pollPart = (id: string, locale: Locale): Part | undefined => partOf(POLLS, 'poll', id, locale, BASE);

/** One series with the sources it and its waves cite; `undefined` for an unknown id. */
export const seriesPart = (id: string, locale: Locale): Part | undefined => partOf(SERIES, 'series', id, locale, BASE);
