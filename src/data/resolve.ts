/**
 * Raw dataset → what elements render: one language (English fallback), dates
 * parsed, people and sources resolved, records sorted and frozen, each event
 * placed in its era. Unknown references and impossible dates are errors, so a
 * broken `src` dataset is reported instead of half-rendered.
 */
import type { Locale } from '../shared/locales.js';
import { compareDates, parseIsoDate, type DayDate, type PartialDate } from '../shared/calendar.js';
import { ValidationError } from './load.js';
import { pick } from './localize.js';
import type {
  Alliance,
  Dataset,
  Localized,
  Era,
  Fieldwork,
  HistoryEvent,
  Person,
  Poll,
  PollSeries,
  RawDataset,
  RawFieldwork,
  RawWording,
  Source,
  Wording,
} from './types.js';

/**
 * Freezes what resolving made, so no reader can change the data every element
 * shares. Run after the next frame (see afterFirstFrame): it is a few
 * milliseconds for the whole index, which the first paint of a timeline need
 * not wait for.
 */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Runs `work` in a task after the next frame (in a task at once where there are no frames, as on a server). */
function afterFirstFrame(work: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(work));
  else setTimeout(work);
}

function parse(iso: string, path: string): PartialDate {
  const date = parseIsoDate(iso);
  if (!date) throw new ValidationError(path, `a real date (got "${iso}")`);
  return date;
}

function parseJulian(iso: string | undefined, path: string): DayDate | undefined {
  if (iso === undefined) return undefined;
  const date = parseIsoDate(iso, 'julian');
  if (date?.day === undefined || date.month === undefined) throw new ValidationError(path, `a real Julian day (got "${iso}")`);
  return { year: date.year, month: date.month, day: date.day };
}

function lookup<T>(map: ReadonlyMap<string, T>, ids: readonly string[], path: string): T[] {
  return ids.map((id, i) => {
    const found = map.get(id);
    if (!found) throw new ValidationError(`${path}[${i}]`, `a known id (no "${id}")`);
    return found;
  });
}

/** The last era that has begun by `date`. */
const eraOf = (eras: readonly Era[], date: PartialDate) =>
  eras.findLast((era) => compareDates(era.from, date) <= 0)?.id ?? '';

/** Year of the day before `date`. */
const lastYearBefore = (date: PartialDate) => (date.month === undefined || (date.month === 1 && (date.day ?? 1) === 1) ? date.year - 1 : date.year);

/** What the bundle knows beside the records themselves (see `Dataset`). */
export interface ResolveExtras {
  readonly names?: Readonly<Record<string, Localized>>;
  readonly withoutDetails?: ReadonlySet<string>;
  readonly known?: Dataset['known'];
}

/**
 * Resolves a raw dataset for one locale. `fallback` supplies eras, people and
 * sources a `src` dataset lacks; `extras` say which events still lack their
 * details and which records exist beside the loaded ones.
 */
export function resolveDataset(raw: RawDataset, locale: Locale, fallback?: Dataset, extras: ResolveExtras = {}): Dataset {
  const text = <T>(value: Localized<T>): T => pick(value, locale);
  const maybe = (value: Localized | undefined): string | undefined => (value ? pick(value, locale) : undefined);
  const wording = (w: RawWording): Wording => ({ original: w.original, text: text(w) });
  const fieldwork = (f: RawFieldwork, path: string): Fieldwork => ({
    start: parse(f.start, `${path}.start`),
    ...(f.end ? { end: parse(f.end, `${path}.end`) } : {}),
  });

  const people = new Map<string, Person>(fallback?.people);
  for (const p of raw.people ?? []) {
    people.set(p.id, { id: p.id, name: text(p.name), role: text(p.role), born: p.born, died: p.died });
  }
  const sources = new Map<string, Source>(fallback?.sources);
  (raw.sources ?? []).forEach((s, i) => {
    sources.set(s.id, {
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      // Only web links are ever rendered as links.
      url: s.url && /^https?:\/\//.test(s.url) ? s.url : undefined,
      date: s.date ? parse(s.date, `sources[${i}].date`) : undefined,
      kind: s.kind,
      language: s.language,
      note: maybe(s.note),
      ...(s.titleSupplied ? { titleSupplied: true } : {}),
    });
  });

  let eras: Era[];
  if (raw.eras) {
    const starts = raw.eras.map((e, i) => ({ era: e, from: parse(e.start, `eras[${i}].start`) }));
    starts.sort((a, b) => compareDates(a.from, b.from));
    eras = starts.map(({ era: e, from }, i) => {
      const until = starts[i + 1]?.from;
      return {
        id: e.id,
        start: from.year,
        end: until ? lastYearBefore(until) : null,
        from,
        ...(until ? { until } : {}),
        climate: e.climate,
        name: text(e.name),
        summary: text(e.summary),
      };
    });
  } else {
    eras = [...(fallback?.eras ?? [])];
  }

  const events: HistoryEvent[] = raw.events.map((e, i) => {
    const path = `events[${i}]`;
    const date = parse(e.date, `${path}.date`);
    const end = e.end ? parse(e.end, `${path}.end`) : undefined;
    if (end && compareDates(end, date) < 0) throw new ValidationError(`${path}.end`, 'a date after "date"');
    return {
      id: e.id,
      date,
      precision: e.precision,
      end,
      julian: parseJulian(e.julian, `${path}.julian`),
      julianEnd: parseJulian(e.julianEnd, `${path}.julianEnd`),
      category: e.category,
      title: text(e.title),
      summary: text(e.summary),
      details: maybe(e.details),
      actors: lookup(people, e.actors ?? [], `${path}.actors`),
      sources: lookup(sources, e.sources ?? [], `${path}.sources`),
      certainty: e.certainty,
      certaintyNote: maybe(e.certaintyNote),
      related: {
        events: e.related?.events ?? [],
        alliances: e.related?.alliances ?? [],
        polls: [...(e.related?.polls ?? []), ...(e.related?.series ?? [])],
      },
      era: eraOf(eras, date),
    };
  });
  events.sort((a, b) => compareDates(a.date, b.date));

  const alliances: Alliance[] = (raw.alliances ?? []).map((a, i) => ({
    id: a.id,
    name: text(a.name),
    kind: a.kind,
    parties: a.parties.map((p) => text(p)),
    summary: text(a.summary),
    stages: a.stages.map((s, j) => ({
      stage: s.stage,
      date: parse(s.date, `alliances[${i}].stages[${j}].date`),
      precision: s.precision,
      julian: parseJulian(s.julian, `alliances[${i}].stages[${j}].julian`),
      note: maybe(s.note),
    })),
    ending: { how: a.ending.how, note: text(a.ending.note) },
    terms: text(a.terms),
    outcome: text(a.outcome),
    relatedEvents: a.relatedEvents,
    sources: lookup(sources, a.sources, `alliances[${i}].sources`),
    certainty: a.certainty,
    certaintyNote: maybe(a.certaintyNote),
  }));
  alliances.sort((a, b) => compareDates(a.stages[0]!.date, b.stages[0]!.date));

  const polls: Poll[] = (raw.polls ?? []).map((p, i) => ({
    id: p.id,
    title: text(p.title),
    pollster: p.pollster,
    sponsor: p.sponsor,
    respondents: p.respondents,
    population: text(p.population),
    fieldwork: fieldwork(p.fieldwork, `polls[${i}].fieldwork`),
    published: p.published ? parse(p.published, `polls[${i}].published`) : undefined,
    sampleSize: p.sampleSize,
    mode: p.mode,
    marginOfError: p.marginOfError,
    questions: p.questions.map((q) => ({
      id: q.id,
      label: text(q.label),
      wording: wording(q.wording),
      multipleChoice: q.multipleChoice ?? false,
      answers: q.answers.map((a) => ({ id: a.id, label: text(a.label), share: a.share, kind: a.kind })),
    })),
    status: p.status,
    sources: lookup(sources, p.sources, `polls[${i}].sources`),
    note: maybe(p.note),
    relatedEvents: p.related?.events ?? [],
  }));

  const series: PollSeries[] = (raw.series ?? []).map((s, i) => ({
    id: s.id,
    title: text(s.title),
    pollster: s.pollster,
    respondents: s.respondents,
    population: text(s.population),
    wording: wording(s.wording),
    answers: s.answers.map((a) => ({ id: a.id, label: text(a.label), kind: a.kind })),
    waves: s.waves
      .map((w, j) => ({
        date: parse(w.date, `series[${i}].waves[${j}].date`),
        fieldwork: w.fieldwork ? fieldwork(w.fieldwork, `series[${i}].waves[${j}].fieldwork`) : undefined,
        sponsor: w.sponsor,
        sampleSize: w.sampleSize,
        mode: w.mode,
        marginOfError: w.marginOfError,
        shares: w.shares,
        status: w.status,
        sources: lookup(sources, w.sources, `series[${i}].waves[${j}].sources`),
        note: maybe(w.note),
      }))
      .sort((a, b) => compareDates(a.date, b.date)),
    sources: lookup(sources, s.sources, `series[${i}].sources`),
    note: maybe(s.note),
    relatedEvents: s.related?.events ?? [],
  }));

  const names = new Map(Object.entries(extras.names ?? {}).map(([id, name]) => [id, text(name)]));
  const withoutDetails = extras.withoutDetails ?? new Set<string>();
  const known = extras.known;
  const dataset = { locale, complete: withoutDetails.size === 0, events, eras, alliances, polls, series, people, sources, names, withoutDetails, ...(known ? { known } : {}) };
  afterFirstFrame(() => deepFreeze(dataset));
  return dataset;
}
