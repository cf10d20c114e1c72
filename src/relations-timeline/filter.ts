/**
 * Finding events: attribute parsing and the pure filter the timeline runs on
 * every keystroke. Search is case- and diacritic-insensitive in every script
 * ("Петр" finds "Пётр", "elysee" finds "Élysée").
 */
import { CATEGORIES, type Category, type HistoryEvent } from '../data/types.js';

/** Lower case without diacritics (ё → е, é → e), for matching. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface EventFilter {
  readonly from?: number;
  readonly to?: number;
  /** Empty: every category. */
  readonly categories: ReadonlySet<Category>;
  readonly era?: string;
  /** Raw search text; words must all match. */
  readonly query: string;
}

// Folding every event's text once per dataset keeps each keystroke cheap, even
// at 10,000 events.
const haystacks = new WeakMap<HistoryEvent, string>();

function haystack(event: HistoryEvent): string {
  let text = haystacks.get(event);
  if (text === undefined) {
    text = foldText([event.title, event.summary, ...event.actors.map((a) => a.name)].join('\n'));
    haystacks.set(event, text);
  }
  return text;
}

/** Whether an event passes the filter. */
export function matches(event: HistoryEvent, filter: EventFilter, words = foldText(filter.query).split(/\s+/).filter(Boolean)): boolean {
  const year = event.date.year;
  const lastYear = event.end?.year ?? year;
  if (filter.from !== undefined && lastYear < filter.from) return false;
  if (filter.to !== undefined && year > filter.to) return false;
  if (filter.categories.size > 0 && !filter.categories.has(event.category)) return false;
  if (filter.era && event.era !== filter.era) return false;
  if (words.length === 0) return true;
  const text = haystack(event);
  return words.every((word) => text.includes(word));
}

/** The events that pass the filter, in order. */
export function filterEvents(events: readonly HistoryEvent[], filter: EventFilter): HistoryEvent[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  return events.filter((event) => matches(event, filter, words));
}

/** Parses a year attribute ("1812", " 1812 ") or returns `undefined` when it is not a whole year. */
export function parseYear(value: string | null | undefined): number | undefined {
  if (value == null || !/^\s*-?\d{1,4}\s*$/.test(value)) return undefined;
  return Number(value);
}

/** Splits a space- or comma-separated list attribute. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** The `categories` attribute with `category` added or removed (unknown names dropped); `undefined` when empty. */
export function withCategory(list: string | undefined, category: Category, on: boolean): string | undefined {
  const set = new Set(parseList(list).filter((c) => (CATEGORIES as readonly string[]).includes(c)));
  if (on) set.add(category);
  else set.delete(category);
  return [...set].join(' ') || undefined;
}
