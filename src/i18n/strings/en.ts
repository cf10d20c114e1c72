import type { UiStrings } from '../strings.js';

const failures = {
  network: 'the network request failed',
  http: 'the server answered with an error',
  json: 'the file is not valid JSON',
  invalid: 'the data does not follow the dataset schema',
} as const;

export const en: UiStrings = {
  loading: 'Loading…',
  missingAttribute: (attribute) => `The “${attribute}” attribute is required.`,
  unknownValue: (attribute, value) =>
    `“${value}” is not a valid value for “${attribute}”. The browser console lists the valid values.`,
  loadFailed: (url, failure) =>
    failure === 'part' ? `Could not load part of the library from “${url}”; check the connection.` : `Could not load the data from “${url}”: ${failures[failure]}.`,
  retry: 'Try again',
  oldStyle: 'O.S.',
  oldStyleLong: 'Old Style (Julian calendar)',
  data: {
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
    disputed: 'Disputed',
    people: 'People',
    sources: 'Sources',
    relatedEvents: 'Related events',
    relatedAlliances: 'Related agreements',
    yearSpan: (start, end) => (end === null ? `since ${start}` : start === end ? `${start}` : `${start}–${end}`),
    opensInNewTab: '(opens in a new tab)',
  },
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
};
