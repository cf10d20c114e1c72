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
    disputed: 'Disputed',
    people: 'People',
    sources: 'Sources',
    relatedEvents: 'Related events',
    relatedAlliances: 'Related agreements',
    yearSpan: (start, end) => (end === null ? `since ${start}` : start === end ? `${start}` : `${start}–${end}`),
    opensInNewTab: '(opens in a new tab)',
  },
};
