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
  loadFailed: (url, failure) => `Could not load the data from “${url}”: ${failures[failure]}.`,
  oldStyle: 'O.S.',
  oldStyleLong: 'Old Style (Julian calendar)',
};
