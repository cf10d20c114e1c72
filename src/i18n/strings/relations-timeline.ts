/**
 * Interface text of `<relations-timeline>`: its shape and the English text,
 * which every page has; French and Russian are chunks of their own
 * (relations-timeline.fr.ts, .ru.ts), loaded with the timeline's data by
 * `loadTimelineStrings`, so a card's or a chart's page does not carry them.
 * Names shared with the other elements (sources, people, "Disputed", year
 * spans) live in `UiStrings.data`.
 */
import type { Category, Climate } from '../../data/types.js';
import type { DataStrings, UiStrings } from '../strings.js';
import { lazyStrings } from '../lazy-strings.js';

export interface TimelineStrings {
  /** Accessible name of the whole element. */
  readonly label: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly categories: string;
  readonly era: string;
  readonly allEras: string;
  readonly overview: string;
  /** The button that shows the search and filters on narrow widths. */
  readonly filtersToggle: string;
  /** How many filters are set, said after the toggle's name: "2 active filters". */
  readonly activeFilters: (count: number) => string;
  readonly climate: string;
  /** Live count: "Showing 12 of 150 events". */
  readonly count: (shown: number, total: number) => string;
  readonly noResults: string;
  readonly clearFilters: string;
  /** Hint for keyboard users, read once by screen readers. */
  readonly keyboardHint: string;
  /** `from`/`to` are not years, or `from` is after `to`. */
  readonly invalidYear: (attribute: string, value: string) => string;
  readonly fromAfterTo: (from: number, to: number) => string;
  /** `selected` names no event. */
  readonly unknownEvent: (id: string) => string;
}

export interface RelationsTimelineStrings {
  readonly timeline: TimelineStrings;
  /** Category names, as labels. */
  readonly categories: Readonly<Record<Category, string>>;
  /** The climate of an era's relations. */
  readonly climates: Readonly<Record<Climate, string>>;
}

export const en: RelationsTimelineStrings = {
  timeline: {
    label: 'Timeline of France–Russia relations',
    search: 'Search events',
    searchPlaceholder: 'Search: Tilsit, de Gaulle, Mistral…',
    categories: 'Categories',
    era: 'Era',
    allEras: 'All eras',
    overview: 'Eras at a glance',
    filtersToggle: 'Search and filters',
    activeFilters: (n) => `${n} active ${n === 1 ? 'filter' : 'filters'}`,
    climate: 'Climate',
    count: (shown, total) =>
      `${shown === total ? '' : `Showing ${shown} of `}${total} ${total === 1 ? 'event' : 'events'}`,
    noResults: 'No events match these filters.',
    clearFilters: 'Clear filters',
    keyboardHint: 'Use the up and down arrow keys to move between events, Enter to open one, Escape to close it.',
    invalidYear: (attribute, value) => `“${value}” is not a year: “${attribute}” takes a year such as 1812.`,
    fromAfterTo: (from, to) => `The start year (${from}) is after the end year (${to}).`,
    unknownEvent: (id) => `No event has the id “${id}”.`,
  },
  categories: {
    diplomacy: 'Diplomacy',
    alliance: 'Alliance',
    treaty: 'Treaty',
    war: 'War',
    crisis: 'Crisis',
    visit: 'Visit',
    economy: 'Economy',
    culture: 'Culture',
    espionage: 'Espionage',
    opinion: 'Opinion',
  },
  climates: {
    allied: 'Allied',
    cordial: 'Cordial',
    mixed: 'Mixed',
    tense: 'Tense',
    hostile: 'Hostile',
    'at-war': 'At war',
  },
};

const strings = lazyStrings(en, 'relations-timeline', {
  fr: () => import('./relations-timeline.fr.js'),
  ru: () => import('./relations-timeline.ru.js'),
});

/** The strings in `locale`, if loaded (English always is). */
export const timelineStrings = strings.read;

/** Loads the strings in `locale` (a chunk per language beside English). */
export const loadTimelineStrings = strings.load;

/** The shared strings with the timeline's own, in the shape the timeline's render helpers read. */
export type TimelineUiStrings = UiStrings & {
  readonly timeline: TimelineStrings;
  readonly data: DataStrings & Pick<RelationsTimelineStrings, 'categories' | 'climates'>;
};

const merged = new WeakMap<UiStrings, WeakMap<RelationsTimelineStrings, TimelineUiStrings>>();

/**
 * `ui` and `own` as one object, the same object for the same pair (the
 * timeline remembers its last view per strings object).
 */
export function withTimelineStrings(ui: UiStrings, own: RelationsTimelineStrings): TimelineUiStrings {
  let byOwn = merged.get(ui);
  if (!byOwn) merged.set(ui, (byOwn = new WeakMap()));
  let both = byOwn.get(own);
  if (!both) byOwn.set(own, (both = { ...ui, timeline: own.timeline, data: { ...ui.data, categories: own.categories, climates: own.climates } }));
  return both;
}
