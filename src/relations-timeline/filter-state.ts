/**
 * The timeline's filter attributes checked against its data: the filter to
 * run, and a finding (console warning + visible message) for each value it
 * could not use. Pure: the element prints the warnings.
 */
import { CATEGORIES, type Category, type Dataset } from '../data/types.js';
import type { TimelineUiStrings } from '../i18n/strings/relations-timeline.js';
import { isOneOf, type Finding } from '../shared/warn.js';
import { parseList, parseYear, type EventFilter } from './filter.js';

const TAG = 'relations-timeline';

export interface FilterAttributes {
  readonly from?: string;
  readonly to?: string;
  readonly categories?: string;
  readonly era?: string;
  readonly selected?: string;
  readonly query: string;
}

export function filterState(a: FilterAttributes, dataset: Dataset, strings: TimelineUiStrings): { filter: EventFilter; findings: Finding[] } {
  const findings: Finding[] = [];
  const year = (attribute: 'from' | 'to') => {
    const raw = a[attribute];
    if (raw == null || raw === '') return undefined;
    const value = parseYear(raw);
    if (value === undefined) {
      findings.push({ warning: { tag: TAG, attribute, value: raw, allowed: 'a year such as 1812' }, message: strings.timeline.invalidYear(attribute, raw) });
    }
    return value;
  };
  let from = year('from');
  let to = year('to');
  if (from !== undefined && to !== undefined && from > to) {
    findings.push({
      warning: { tag: TAG, attribute: 'from', value: `${from}`, allowed: `a year not after "to" (${to})`, problem: `"from" (${from}) is after "to" (${to})` },
      message: strings.timeline.fromAfterTo(from, to),
    });
    [from, to] = [to, from];
  }
  const categories = new Set<Category>();
  for (const name of parseList(a.categories)) {
    if (isOneOf(CATEGORIES, name)) categories.add(name);
    else findings.push({ warning: { tag: TAG, attribute: 'categories', value: name, allowed: CATEGORIES }, message: strings.unknownValue('categories', name) });
  }
  let era = a.era || undefined;
  if (era && !dataset.eras.some((e) => e.id === era)) {
    findings.push({ warning: { tag: TAG, attribute: 'era', value: era, allowed: dataset.eras.map((e) => e.id) }, message: strings.unknownValue('era', era) });
    era = undefined;
  }
  if (a.selected && !dataset.events.some((e) => e.id === a.selected)) {
    findings.push({
      warning: { tag: TAG, attribute: 'selected', value: a.selected, allowed: 'the id of an event in the data (see data/events.json)' },
      message: strings.timeline.unknownEvent(a.selected),
    });
  }
  return { filter: { from, to, categories, era, query: a.query }, findings };
}

/** Whether any filter narrows the list (so "clear filters" can help). */
export const isFiltering = (filter: EventFilter): boolean =>
  filter.query !== '' || filter.categories.size > 0 || !!filter.era || filter.from !== undefined || filter.to !== undefined;
