/** The bundled parts a timeline reads: its index, and event details by century. */
import type { Locale } from '../shared/locales.js';
import { BASE, DETAILS, TIMELINE } from './generated/catalog.timeline.js';
import { expandColumns } from './columns.js';
import { partOf, type Part } from './parts.js';

/** The timeline index (each event's date, category, title, summary) and the eras; its events are stored as columns. */
export const timelinePart = (locale: Locale): Part => ({ ...partOf(TIMELINE, 'timeline', 'timeline', locale, BASE)!, expand: expandColumns });

/** The century whose details part holds an event of `year` (as scripts/data/generate.mjs groups them). */
export const centuryOf = (year: number): string => String(Math.floor(year / 100));

/** Details (text, people, sources) of the events of one century; `undefined` if no event falls in it. */
export const detailsPart = (century: string, locale: Locale): Part | undefined => partOf(DETAILS, 'details', century, locale, BASE);

/** Every details part. */
export const allDetailsParts = (locale: Locale): Part[] => Object.keys(DETAILS).map((c) => detailsPart(c, locale)!);
