/**
 * Runtime validation of a dataset given by URL (`src`) or by property. It is
 * hand-written rather than a JSON Schema engine because the usual engines
 * compile validators with `new Function`, which a strict CSP forbids. It checks
 * what the elements rely on; the full JSON Schemas in data/schema/ are applied
 * to the bundled data by the tests.
 */
import { parseIsoDate } from '../shared/calendar.js';
import { ValidationError } from './load.js';
import {
  ALLIANCE_KINDS,
  ANSWER_KINDS,
  CATEGORIES,
  CERTAINTIES,
  CLIMATES,
  ENDINGS,
  POLL_MODES,
  POLL_STATUSES,
  SOURCE_KINDS,
  STAGES,
  type RawDataset,
} from './types.js';

type Obj = Record<string, unknown>;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function object(value: unknown, path: string): Obj {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ValidationError(path, 'an object');
  return value as Obj;
}

function array(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new ValidationError(path, 'an array');
  return value;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ValidationError(path, 'a non-empty string');
  return value;
}

function id(value: unknown, path: string): string {
  if (typeof value !== 'string' || !ID.test(value)) throw new ValidationError(path, 'a kebab-case id');
  return value;
}

function ids(value: unknown, path: string, { min = 0 } = {}): void {
  const list = array(value, path);
  if (list.length < min) throw new ValidationError(path, `at least ${min} id(s)`);
  list.forEach((item, i) => id(item, `${path}[${i}]`));
}

function oneOf(value: unknown, allowed: readonly string[], path: string): void {
  if (typeof value !== 'string' || !allowed.includes(value)) throw new ValidationError(path, `one of ${allowed.join(', ')}`);
}

function date(value: unknown, path: string, { day = false } = {}): void {
  const parsed = typeof value === 'string' ? parseIsoDate(value) : undefined;
  if (!parsed || (day && parsed.day === undefined)) throw new ValidationError(path, day ? 'a YYYY-MM-DD date' : 'an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');
}

function numberOrNull(value: unknown, path: string): void {
  if (value !== null && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) {
    throw new ValidationError(path, 'a non-negative number or null');
  }
}

function text(value: unknown, path: string): void {
  const obj = object(value, path);
  string(obj['en'], `${path}.en`);
  for (const locale of ['fr', 'ru'] as const) if (obj[locale] !== undefined) string(obj[locale], `${path}.${locale}`);
}

function optional(obj: Obj, key: string, path: string, check: (value: unknown, path: string) => void): void {
  if (obj[key] !== undefined) check(obj[key], `${path}.${key}`);
}

// Problems found in top-level records are collected (up to MAX_PROBLEMS), so
// one warning can list the first few with their paths; nested problems stop at
// the first, as the record is already known to be broken.
const MAX_PROBLEMS = 5;
let problems: ValidationError[] | undefined;

function each(value: unknown, path: string, check: (item: Obj, path: string) => void, { min = 0 } = {}): void {
  const list = array(value, path);
  if (list.length < min) throw new ValidationError(path, `at least ${min} item(s)`);
  const seen = new Set<unknown>();
  const collect = problems;
  problems = undefined; // records nested in this one throw at their first problem
  try {
    list.forEach((item, i) => {
      try {
        const obj = object(item, `${path}[${i}]`);
        if ('id' in obj) {
          if (seen.has(obj['id'])) throw new ValidationError(`${path}[${i}].id`, 'an id not used before in the collection');
          seen.add(obj['id']);
        }
        check(obj, `${path}[${i}]`);
      } catch (error) {
        if (!collect || !(error instanceof ValidationError)) throw error;
        if (collect.length < MAX_PROBLEMS) collect.push(error);
      }
    });
  } finally {
    problems = collect;
  }
}

function checkEvent(e: Obj, path: string): void {
  id(e['id'], `${path}.id`);
  date(e['date'], `${path}.date`);
  optional(e, 'end', path, (v, p) => date(v, p));
  optional(e, 'julian', path, (v, p) => date(v, p, { day: true }));
  optional(e, 'julianEnd', path, (v, p) => date(v, p, { day: true }));
  oneOf(e['precision'], ['year', 'month', 'day'], `${path}.precision`);
  oneOf(e['category'], CATEGORIES, `${path}.category`);
  text(e['title'], `${path}.title`);
  text(e['summary'], `${path}.summary`);
  optional(e, 'details', path, text);
  ids(e['actors'], `${path}.actors`);
  ids(e['sources'], `${path}.sources`, { min: 1 });
  oneOf(e['certainty'], CERTAINTIES, `${path}.certainty`);
  optional(e, 'certaintyNote', path, text);
  optional(e, 'related', path, (v, p) => {
    const related = object(v, p);
    for (const key of ['events', 'alliances', 'polls', 'series']) optional(related, key, p, ids);
  });
}

function checkSource(s: Obj, path: string): void {
  id(s['id'], `${path}.id`);
  string(s['title'], `${path}.title`);
  string(s['publisher'], `${path}.publisher`);
  oneOf(s['kind'], SOURCE_KINDS, `${path}.kind`);
  string(s['language'], `${path}.language`);
  optional(s, 'date', path, (v, p) => date(v, p));
  optional(s, 'note', path, text);
  optional(s, 'titleSupplied', path, (v, p) => {
    if (typeof v !== 'boolean') throw new ValidationError(p, 'a boolean');
  });
  optional(s, 'url', path, (v, p) => {
    if (typeof v !== 'string' || !/^https?:\/\/\S+$/.test(v)) throw new ValidationError(p, 'an http(s) URL');
  });
}

function checkWording(value: unknown, path: string): void {
  text(value, path);
  const original = object(object(value, path)['original'], `${path}.original`);
  string(original['lang'], `${path}.original.lang`);
  string(original['text'], `${path}.original.text`);
}

function checkShared(p: Obj, path: string): void {
  id(p['id'], `${path}.id`);
  text(p['title'], `${path}.title`);
  string(p['pollster'], `${path}.pollster`);
  oneOf(p['respondents'], ['FR', 'RU'], `${path}.respondents`);
  text(p['population'], `${path}.population`);
  ids(p['sources'], `${path}.sources`, { min: 1 });
  optional(p, 'note', path, text);
}

function checkPoll(p: Obj, path: string): void {
  checkShared(p, path);
  date(object(p['fieldwork'], `${path}.fieldwork`)['start'], `${path}.fieldwork.start`);
  oneOf(p['mode'], POLL_MODES, `${path}.mode`);
  oneOf(p['status'], POLL_STATUSES, `${path}.status`);
  numberOrNull(p['sampleSize'], `${path}.sampleSize`);
  numberOrNull(p['marginOfError'], `${path}.marginOfError`);
  each(p['questions'], `${path}.questions`, (q, qp) => {
    id(q['id'], `${qp}.id`);
    text(q['label'], `${qp}.label`);
    checkWording(q['wording'], `${qp}.wording`);
    each(q['answers'], `${qp}.answers`, (a, ap) => {
      id(a['id'], `${ap}.id`);
      text(a['label'], `${ap}.label`);
      oneOf(a['kind'], ANSWER_KINDS, `${ap}.kind`);
      if (typeof a['share'] !== 'number' || a['share'] < 0 || a['share'] > 100) throw new ValidationError(`${ap}.share`, 'a percentage from 0 to 100');
    }, { min: 1 });
  }, { min: 1 });
}

function checkSeries(s: Obj, path: string): void {
  checkShared(s, path);
  checkWording(s['wording'], `${path}.wording`);
  each(s['answers'], `${path}.answers`, (a, ap) => {
    id(a['id'], `${ap}.id`);
    text(a['label'], `${ap}.label`);
    oneOf(a['kind'], ANSWER_KINDS, `${ap}.kind`);
  }, { min: 1 });
  each(s['waves'], `${path}.waves`, (w, wp) => {
    date(w['date'], `${wp}.date`);
    oneOf(w['status'], POLL_STATUSES, `${wp}.status`);
    ids(w['sources'], `${wp}.sources`, { min: 1 });
    const shares = object(w['shares'], `${wp}.shares`);
    for (const [key, value] of Object.entries(shares)) numberOrNull(value, `${wp}.shares.${key}`);
  });
}

function checkAlliance(a: Obj, path: string): void {
  id(a['id'], `${path}.id`);
  text(a['name'], `${path}.name`);
  oneOf(a['kind'], ALLIANCE_KINDS, `${path}.kind`);
  array(a['parties'], `${path}.parties`).forEach((party, i) => text(party, `${path}.parties[${i}]`));
  text(a['summary'], `${path}.summary`);
  each(a['stages'], `${path}.stages`, (s, sp) => {
    oneOf(s['stage'], STAGES, `${sp}.stage`);
    date(s['date'], `${sp}.date`);
    oneOf(s['precision'], ['year', 'month', 'day'], `${sp}.precision`);
  }, { min: 1 });
  const ending = object(a['ending'], `${path}.ending`);
  oneOf(ending['how'], ENDINGS, `${path}.ending.how`);
  text(ending['note'], `${path}.ending.note`);
  array(object(a['terms'], `${path}.terms`)['en'], `${path}.terms.en`);
  text(a['outcome'], `${path}.outcome`);
  ids(a['relatedEvents'], `${path}.relatedEvents`);
  ids(a['sources'], `${path}.sources`, { min: 1 });
  oneOf(a['certainty'], CERTAINTIES, `${path}.certainty`);
}

function checkEra(e: Obj, path: string): void {
  id(e['id'], `${path}.id`);
  date(e['start'], `${path}.start`);
  oneOf(e['climate'], CLIMATES, `${path}.climate`);
  text(e['name'], `${path}.name`);
  text(e['summary'], `${path}.summary`);
}

function checkPerson(p: Obj, path: string): void {
  id(p['id'], `${path}.id`);
  text(p['name'], `${path}.name`);
  text(p['role'], `${path}.role`);
}

/**
 * Checks that `input` is a dataset in our schema (`{ events, people?, sources?,
 * eras?, alliances?, polls?, series? }`), throwing a {@link ValidationError}
 * that points at the first offending value. Localized texts need English only.
 */
export function validateDataset(input: unknown): RawDataset {
  const found: ValidationError[] = [];
  problems = found;
  try {
    return checkDataset(input, found);
  } finally {
    problems = undefined;
  }
}

function checkDataset(input: unknown, found: ValidationError[]): RawDataset {
  const data = object(input, '');
  const keys = ['events', 'people', 'sources', 'eras', 'alliances', 'polls', 'series'];
  for (const key of Object.keys(data)) {
    if (!keys.includes(key)) throw new ValidationError(key, `one of the collections ${keys.join(', ')}`);
  }
  if (!['events', 'alliances', 'polls', 'series'].some((key) => key in data)) {
    throw new ValidationError('', 'a dataset with events, alliances, polls or series');
  }
  each(data['events'] ?? [], 'events', checkEvent);
  optional(data, 'people', '', (v) => each(v, 'people', checkPerson));
  optional(data, 'sources', '', (v) => each(v, 'sources', checkSource));
  optional(data, 'eras', '', (v) => each(v, 'eras', checkEra));
  optional(data, 'alliances', '', (v) => each(v, 'alliances', checkAlliance));
  optional(data, 'polls', '', (v) => each(v, 'polls', checkPoll));
  optional(data, 'series', '', (v) => each(v, 'series', checkSeries));
  const [first, ...more] = found;
  if (first) throw new ValidationError(first.path, first.expected, more);
  return { ...data, events: (data['events'] ?? []) as RawDataset['events'] } as RawDataset;
}

