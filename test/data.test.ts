/**
 * The dataset: schema validity (ajv, run in Node), ids, references, dates,
 * calendars, translations, poll arithmetic, sources, coverage and tone; then
 * the typed loaders that elements read it through.
 */
import { expect } from '@open-wc/testing';
import { readDataFiles, type DataFiles } from './helpers.js';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  compareDates,
  gregorianToJulian,
  parseIsoDate,
  precisionOf,
  toIsoDate,
  type DayDate,
} from '../src/shared/calendar.js';
import { loadBundled, preload, readBundled } from '../src/data/dataset.js';
import { allParts, loadBundledDataset, loadDatasetFrom, resolveGivenDataset } from '../src/data/given.js';
import { isLoaded, loadPart, loadParts } from '../src/data/parts.js';
import { detailsPart, timelinePart } from '../src/data/timeline-parts.js';
import { centuriesHolding } from '../src/data/holders.js';
import { DETAILS } from '../src/data/generated/catalog.timeline.js';
import { DataError, ValidationError } from '../src/data/load.js';
import { validateDataset } from '../src/data/validate.js';
import type { Fragment, RawEvent } from '../src/data/types.js';


const LOCALES = ['en', 'fr', 'ru'] as const;

/** Every object with a `key` key (`en` by default: the localized texts), with its path. */
function localizedFields(value: unknown, path = '', key = 'en'): Array<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedFields(item, `${path}[${i}]`, key));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  const own: Array<[string, Record<string, unknown>]> = key in obj ? [[path, obj]] : [];
  return [...own, ...Object.entries(obj).flatMap(([k, v]) => localizedFields(v, `${path}.${k}`, key))];
}

/** Every string value under a key named `url`, with its path. */
function urls(value: unknown, path = ''): Array<[string, unknown]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => urls(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'url' ? [[`${path}.${k}`, v] as [string, unknown]] : urls(v, `${path}.${k}`)));
}

const day = (iso: string, calendar: 'gregorian' | 'julian' = 'gregorian') => parseIsoDate(iso, calendar) as DayDate;

describe('dataset', () => {
  let files: DataFiles;
  before(async () => {
    files = await readDataFiles();
  });

  describe('files', () => {
    it('are valid against their JSON Schemas', async () => {
      const results = (await executeServerCommand<Record<string, string[]>, undefined>('frr-validate-data'))!;
      expect(Object.keys(results).sort()).to.deep.equal(
        ['alliances.json', 'eras.json', 'events.json', 'people.json', 'poll-series.json', 'polls.json', 'sources.json'],
      );
      for (const [file, errors] of Object.entries(results)) expect(errors, file).to.deep.equal([]);
    });

    it('use unique ids in every collection, and across polls and series', () => {
      for (const [name, list] of Object.entries(files)) {
        const ids = (list as Array<{ id: string }>).map((x) => x.id);
        expect(new Set(ids).size, name).to.equal(ids.length);
      }
      const pollIds = [...files.polls, ...files.series].map((p) => p.id);
      expect(new Set(pollIds).size).to.equal(pollIds.length);
    });

    it('resolve every reference', () => {
      const has = (list: Array<{ id: string }>) => new Set(list.map((x) => x.id));
      const people = has(files.people);
      const sources = has(files.sources);
      const events = has(files.events);
      const alliances = has(files.alliances);
      const polls = has([...files.polls, ...files.series]);
      const missing: string[] = [];
      const need = (set: Set<string>, ids: readonly string[] | undefined, where: string) => {
        for (const id of ids ?? []) if (!set.has(id)) missing.push(`${where} → ${id}`);
      };
      for (const e of files.events) {
        need(people, e.actors, `event ${e.id} actors`);
        need(sources, e.sources, `event ${e.id} sources`);
        need(events, e.related?.events, `event ${e.id} related.events`);
        need(alliances, e.related?.alliances, `event ${e.id} related.alliances`);
        need(polls, [...(e.related?.polls ?? []), ...(e.related?.series ?? [])], `event ${e.id} related.polls`);
      }
      for (const a of files.alliances) {
        need(events, a.relatedEvents, `alliance ${a.id} relatedEvents`);
        need(sources, a.sources, `alliance ${a.id} sources`);
      }
      for (const p of files.polls) {
        need(sources, p.sources, `poll ${p.id}`);
        need(events, p.related?.events, `poll ${p.id} related.events`);
      }
      for (const s of files.series) {
        need(sources, [...s.sources, ...s.waves.flatMap((w) => w.sources)], `series ${s.id}`);
        need(events, s.related?.events, `series ${s.id} related.events`);
      }
      expect(missing).to.deep.equal([]);
    });

    it('cite at least one source in every record, and every source is used', () => {
      const records = [...files.events, ...files.alliances, ...files.polls, ...files.series];
      for (const r of records) expect(r.sources.length, r.id).to.be.greaterThan(0);
      for (const s of files.series) for (const w of s.waves) expect(w.sources.length, `${s.id} ${w.date}`).to.be.greaterThan(0);
      const used = new Set([...records.flatMap((r) => r.sources), ...files.series.flatMap((s) => s.waves.flatMap((w) => w.sources))]);
      expect(files.sources.filter((s) => !used.has(s.id)).map((s) => s.id)).to.deep.equal([]);
    });

    it('link only to http(s) URLs, and give one to every non-seed source', () => {
      for (const [path, url] of urls(files)) expect(url, path).to.match(/^https?:\/\/\S+$/);
      for (const s of files.sources) if (s.kind !== 'seed') expect(s.url, s.id).to.be.a('string');
    });

    it('have every text, non-empty, in English, French and Russian', () => {
      for (const [path, text] of localizedFields(files)) {
        const en = text['en'];
        for (const locale of LOCALES) {
          const value = text[locale];
          if (Array.isArray(en)) {
            expect(value, `${path}.${locale}`).to.be.an('array').with.length(en.length);
            for (const item of value as unknown[]) expect(String(item).trim(), `${path}.${locale}`).to.not.equal('');
          } else {
            expect(value, `${path}.${locale}`).to.be.a('string');
            expect((value as string).trim(), `${path}.${locale}`).to.not.equal('');
          }
        }
        // French and Russian must be written, not left in English (names may coincide in French).
        if (typeof en === 'string' && en.length > 25) {
          expect(text['ru'], `${path}.ru is not Russian`).to.match(/[а-яё]/i);
          if (!path.endsWith('.name')) expect(text['fr'], `${path}.fr is a copy of English`).to.not.equal(en);
        }
      }
    });
  });

  describe('dates', () => {
    it('are real and match their precision; ends come after starts', () => {
      for (const e of files.events) {
        const date = parseIsoDate(e.date);
        expect(date, `${e.id} date`).to.not.equal(undefined);
        expect(precisionOf(date!), `${e.id} precision`).to.equal(e.precision);
        if (e.end) {
          const end = parseIsoDate(e.end);
          expect(end, `${e.id} end`).to.not.equal(undefined);
          expect(compareDates(end!, date!), `${e.id} end after date`).to.be.greaterThan(0);
        }
      }
      for (const a of files.alliances) {
        for (const s of a.stages) {
          const date = parseIsoDate(s.date);
          expect(date, `${a.id} ${s.stage}`).to.not.equal(undefined);
          expect(precisionOf(date!), `${a.id} ${s.stage} precision`).to.equal(s.precision);
        }
        // In order, comparing two stages at the coarser of their precisions ("1856" may follow "1856-03-30").
        for (let i = 1; i < a.stages.length; i++) {
          const [prev, next] = [a.stages[i - 1]!.date, a.stages[i]!.date];
          const length = Math.min(prev.length, next.length);
          expect(next.slice(0, length) >= prev.slice(0, length), `${a.id} stages in order: ${prev} → ${next}`).to.equal(true);
        }
      }
      for (const p of files.polls) {
        expect(parseIsoDate(p.fieldwork.start), `${p.id} fieldwork`).to.not.equal(undefined);
        if (p.fieldwork.end) expect(p.fieldwork.end >= p.fieldwork.start, `${p.id} fieldwork end`).to.equal(true);
      }
      for (const s of files.series) for (const w of s.waves) expect(parseIsoDate(w.date), `${s.id} ${w.date}`).to.not.equal(undefined);
    });

    it('pair Old Style dates with New Style ones by the calendar rules, before 14 February 1918 only', () => {
      const check = (julian: string | undefined, gregorian: string | undefined, where: string) => {
        if (!julian) return;
        expect(gregorian, where).to.be.a('string');
        const g = day(gregorian!);
        expect(g?.day, `${where}: Old Style needs a New Style day`).to.be.a('number');
        expect(toIsoDate(gregorianToJulian(g)), where).to.equal(toIsoDate(day(julian, 'julian')));
        expect(gregorian! < '1918-02-14', `${where}: Russia used the Gregorian calendar by then`).to.equal(true);
      };
      for (const e of files.events) {
        check(e.julian, e.date, `${e.id} julian`);
        check(e.julianEnd, e.end, `${e.id} julianEnd`);
      }
      for (const a of files.alliances) for (const s of a.stages) check(s.julian, s.date, `${a.id} ${s.stage}`);
    });

    it('have eras in order from 1668 to today, each starting at a real date', () => {
      const starts = files.eras.map((e) => parseIsoDate(e.start));
      starts.forEach((start, i) => expect(start, files.eras[i]!.id).to.not.equal(undefined));
      expect(files.eras[0]!.start).to.equal('1668');
      for (let i = 1; i < starts.length; i++) expect(compareDates(starts[i]!, starts[i - 1]!), files.eras[i]!.id).to.be.greaterThan(0);
    });
  });

  describe('coverage and tone', () => {
    it('holds at least 230 events, 12 alliances, and polls and series', () => {
      expect(files.events.length).to.be.at.least(230);
      expect(files.alliances.length).to.be.at.least(12);
      expect(files.polls.length).to.be.at.least(5);
      expect(files.series.length).to.be.at.least(2);
    });

    it('leaves no decade empty from the 1700s to today, and covers the post-war decade and the years since April 2024', () => {
      const years = files.events.map((e) => parseIsoDate(e.date)!.year);
      const thisDecade = Math.floor(new Date().getUTCFullYear() / 10) * 10;
      const empty: number[] = [];
      for (let decade = 1700; decade <= thisDecade; decade += 10) {
        if (!years.some((y) => y >= decade && y < decade + 10)) empty.push(decade);
      }
      expect(empty, 'decades without an event').to.deep.equal([]);
      // Events whose date (read from its first day) falls in [from, until).
      const between = (from: string, until: string) =>
        files.events.filter((e) => compareDates(parseIsoDate(e.date)!, parseIsoDate(from)!) >= 0 && compareDates(parseIsoDate(e.date)!, parseIsoDate(until)!) < 0);
      expect(between('1945-03-01', '1955-06-01').length, 'events from March 1945 to May 1955').to.be.at.least(5);
      expect(between('2024-04-01', '2100-01-01').length, 'events since April 2024').to.be.at.least(5);
    });

    it('leaves no era thin', () => {
      files.eras.forEach((era, i) => {
        const from = parseIsoDate(era.start)!;
        const next = files.eras[i + 1];
        const until = next ? parseIsoDate(next.start)! : undefined;
        const n = files.events.filter((e) => {
          const date = parseIsoDate(e.date)!;
          return compareDates(date, from) >= 0 && (!until || compareDates(date, until) < 0);
        }).length;
        // Short eras (a war of two years) still need a few events; long ones more. Span in years, day to day.
        const time = (d: { year: number; month?: number; day?: number }) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
        const span = ((until ? time(until) : Date.now()) - time(from)) / (365.25 * 864e5);
        expect(n, `${era.id} (${era.start}–${next?.start ?? 'today'})`).to.be.at.least(span < 5 ? 2 : 4);
      });
    });

    it('uses every category the model defines but opinion, which polls carry', () => {
      const used = new Set(files.events.map((e) => e.category));
      for (const category of ['diplomacy', 'alliance', 'treaty', 'war', 'crisis', 'visit', 'economy', 'culture', 'espionage']) {
        expect(used.has(category as RawEvent['category']), category).to.equal(true);
      }
    });

    it('explains every disputed record in three languages', () => {
      for (const r of [...files.events, ...files.alliances]) {
        if (r.certainty === 'disputed') expect(r.certaintyNote, r.id).to.include.keys('en', 'fr', 'ru');
      }
    });

    it('carries none of the seed column’s opinions or slurs', () => {
      const text = JSON.stringify(files).toLowerCase();
      for (const phrase of ['hoax', 'zionism', 'jewish', 'egoist', 'smear', 'capitalist media', 'hate islam', 'lecture putin', 'taken back its territory', 'fanatic']) {
        expect(text, phrase).to.not.contain(phrase);
      }
    });

    it('keeps poll shares to 100 ± 1 unless respondents could pick several answers', () => {
      for (const p of files.polls) {
        for (const q of p.questions) {
          if (q.multipleChoice) continue;
          const sum = q.answers.reduce((total, a) => total + a.share, 0);
          expect(sum, `${p.id}/${q.id}`).to.be.within(99, 101);
        }
      }
      for (const s of files.series) {
        const answers = new Set(s.answers.map((a) => a.id));
        for (const w of s.waves) {
          for (const key of Object.keys(w.shares)) expect(answers.has(key), `${s.id} ${w.date} ${key}`).to.equal(true);
          const known = Object.values(w.shares).filter((v): v is number => v !== null);
          expect(known.reduce((a, b) => a + b, 0), `${s.id} ${w.date}`).to.be.at.most(101);
        }
      }
    });
  });

  describe('loaders', () => {
    it('load the timeline index alone: events for the list, no details yet; then read it synchronously', async () => {
      const part = timelinePart('en');
      const index = await loadBundled([part], 'en');
      expect(index.complete).to.equal(false);
      expect(index.events.length).to.equal(files.events.length);
      expect(index.eras.length).to.equal(files.eras.length);
      expect(index.events.every((e) => e.details === undefined && e.sources.length === 0 && index.withoutDetails.has(e.id))).to.equal(true);
      expect(index.alliances).to.deep.equal([]);
      expect(readBundled([part], 'en')).to.equal(index);
      // Every id comes back whole, those stored as "<id without its year>~" too.
      const stored = (await import('../src/data/generated/timeline.en.js')).default.columns!['events']!['id']!;
      expect(stored.filter((id) => String(id).endsWith('~')).length).to.be.greaterThan(100);
      expect(index.events.map((e) => e.id).sort()).to.deep.equal(files.events.map((e) => e.id).sort());
    });

    it('answer synchronously only once every part is loaded (preload)', async () => {
      const part = timelinePart('ru');
      expect(isLoaded(part) || readBundled([part], 'ru') === undefined).to.equal(true);
      await preload([part]);
      expect(readBundled([part], 'ru')!.events[0]!.title).to.match(/[а-яё]/i);
    });

    it('load a part again after it failed once, instead of caching the failure', async () => {
      let calls = 0;
      const flaky = {
        key: 'test.flaky.en',
        load: () => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve({ default: { events: [] } })),
      };
      const error = await loadPart(flaky).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(DataError);
      expect((error as DataError).failure).to.equal('part');
      expect(isLoaded(flaky)).to.equal(false);
      expect(await loadPart(flaky)).to.deep.equal({ events: [] });
      expect(calls).to.equal(2);
      expect(isLoaded(flaky)).to.equal(true);
    });

    it('resolve the bundled dataset: sorted, frozen, references and eras resolved', async () => {
      const data = await loadBundledDataset('en');
      expect(data.complete).to.equal(true);
      expect(data.events.length).to.equal(files.events.length);
      expect(data.alliances.length).to.equal(files.alliances.length);
      for (let i = 1; i < data.events.length; i++) {
        expect(compareDates(data.events[i]!.date, data.events[i - 1]!.date)).to.be.at.least(0);
      }
      // Frozen after the next frame (the first paint does not wait for it).
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve))));
      expect(Object.isFrozen(data.events)).to.equal(true);
      expect(Object.isFrozen(data.events[0])).to.equal(true);
      expect(Object.isFrozen(data.events[0]!.date)).to.equal(true);
      const eraIds = new Set(data.eras.map((e) => e.id));
      for (const e of data.events) {
        expect(eraIds.has(e.era), e.id).to.equal(true);
        for (const a of e.actors) expect(a.name).to.be.a('string');
        for (const s of e.sources) expect(s.title).to.be.a('string');
      }
      expect(await loadBundledDataset('en')).to.equal(data);
    });

    for (const locale of ['en', 'fr', 'ru'] as const) {
      it(`rebuild exactly the ${locale} text of data/ from the ${locale} parts, keyed by record`, async () => {
        const fragments: Fragment[] = await loadParts(allParts(locale));
        const byId = <K extends keyof Fragment>(key: K) =>
          new Map((fragments.flatMap((f) => (f[key] ?? []) as readonly { id: string }[])).map((r) => [r.id, r]));
        const events = new Map<string, object>();
        for (const f of fragments) for (const e of f.events ?? []) events.set(e.id, { ...events.get(e.id), ...e });
        const rebuilt = Object.fromEntries(
          (['people', 'sources', 'eras', 'alliances', 'polls', 'series'] as const).map((key) => {
            const map = byId(key);
            return [key, files[key].map((r) => map.get(r.id))];
          }),
        );
        const fromModules = localizedFields({ events: files.events.map((e) => events.get(e.id)), ...rebuilt }, '', locale);
        const fromFiles = localizedFields({ events: files.events, people: files.people, sources: files.sources, eras: files.eras, alliances: files.alliances, polls: files.polls, series: files.series });
        expect(fromModules.length).to.equal(fromFiles.length);
        const byPath = new Map(fromModules);
        for (const [path, text] of fromFiles) expect(byPath.get(path)?.[locale], path).to.deep.equal(text[locale]);
        // One language per part: a French page downloads no English or Russian text.
        for (const [path, text] of fromModules) expect(Object.keys(text).filter((k) => ['en', 'fr', 'ru'].includes(k)), path).to.deep.equal([locale]);
      });
    }

    it('pick the element’s language', async () => {
      const [en, fr, ru] = await Promise.all([loadBundledDataset('en'), loadBundledDataset('fr'), loadBundledDataset('ru')]);
      const i = files.events.findIndex((e) => e.certainty === 'established');
      const id = files.events[i]!.id;
      const title = (d: Awaited<ReturnType<typeof loadBundledDataset>>) => d.events.find((e) => e.id === id)!.title;
      expect(title(en)).to.equal(files.events[i]!.title.en);
      expect(title(fr)).to.equal(files.events[i]!.title.fr);
      expect(title(ru)).to.equal(files.events[i]!.title.ru);
    });

    it('know which centuries may hold a bundled person or source, so a given dataset fetches those alone', async () => {
      const centuries = Object.keys(DETAILS);
      let extra = 0;
      let ids = 0;
      for (const century of centuries) {
        const [part] = await loadParts([detailsPart(century, 'en')!]);
        for (const { id } of [...(part!.people ?? []), ...(part!.sources ?? [])]) {
          ids++;
          const holding = centuriesHolding([id]);
          expect(holding, id).to.include(century);
          if (holding.length > 1) extra++;
        }
      }
      // A bucket shared with an id of another century brings one more part: rarely.
      expect(ids).to.be.greaterThan(500);
      expect(extra / ids).to.be.below(0.2);
      expect(centuriesHolding([])).to.deep.equal([]);
    });

    it('accept a dataset by property, falling back to English and to bundled people', async () => {
      const person = files.people[0]!.id;
      const source = files.sources.find((s) => s.kind !== 'seed')!.id;
      const data = await resolveGivenDataset(
        {
          events: [
            {
              id: 'my-event',
              date: '1900-05',
              precision: 'month',
              category: 'culture',
              title: { en: 'My event' },
              summary: { en: 'Only in English.' },
              actors: [person],
              sources: [source],
              certainty: 'established',
            },
          ],
        },
        'ru',
      );
      expect(data.events).to.have.length(1);
      expect(data.events[0]!.title).to.equal('My event');
      expect(data.events[0]!.actors[0]!.name).to.match(/[а-яё]/i);
      expect(data.events[0]!.era).to.equal(files.eras.findLast((e) => e.start <= '1900-05')!.id);
    });

    it('load a dataset by URL and report a broken one', async () => {
      const url = new URL('./fixtures/custom-events.json', import.meta.url).href;
      const data = await loadDatasetFrom(url, 'fr');
      expect(data.events.map((e) => e.id)).to.deep.equal(['custom-exhibition-1900', 'custom-concert-1901']);
      const broken = new URL('./fixtures/probe-data.json', import.meta.url).href;
      const error = await loadDatasetFrom(broken, 'en').catch((e: unknown) => e);
      expect(error).to.be.instanceOf(DataError);
      expect((error as DataError).failure).to.equal('invalid');
    });

    it('point at the offending value in an invalid dataset', () => {
      const event = {
        id: 'x',
        date: '1900',
        precision: 'year',
        category: 'culture',
        title: { en: 'X' },
        summary: { en: 'X.' },
        actors: [],
        sources: ['s'],
        certainty: 'established',
      };
      const fails = (data: unknown) => {
        try {
          validateDataset(data);
        } catch (error) {
          expect(error).to.be.instanceOf(ValidationError);
          return (error as ValidationError).message;
        }
        throw new Error('expected a ValidationError');
      };
      expect(fails({ events: [{ ...event, date: '1900-13' }] })).to.equal('events[0].date: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');
      expect(fails({ events: [{ ...event, category: 'gossip' }] })).to.contain('events[0].category: expected one of diplomacy');
      expect(fails({ events: [event, event] })).to.contain('events[1].id');
      expect(fails({ events: [{ ...event, title: { fr: 'X' } }] })).to.contain('events[0].title.en');
      expect(fails({ events: [{ ...event, sources: [] }] })).to.contain('events[0].sources');
      expect(
        fails({ events: [], sources: [{ id: 's', title: 'T', publisher: 'P', kind: 'news', language: 'en', url: 'javascript:alert(1)' }] }),
      ).to.equal('sources[0].url: expected an http(s) URL');
      expect(validateDataset({ events: [event] }).events).to.have.length(1);
      // Several broken records: the first few problems, each with its path.
      expect(
        fails({ events: [{ ...event, id: 'a', date: 'soon' }, { ...event, id: 'b' }, { ...event, id: 'c', category: 'x' }] }),
      ).to.equal(
        'events[0].date: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); events[2].category: expected one of diplomacy, alliance, treaty, war, crisis, visit, economy, culture, espionage, opinion',
      );
      const many = Array.from({ length: 9 }, (_, i) => ({ ...event, id: `e${i}`, precision: 'hour' }));
      expect(fails({ events: many }).split('; ')).to.have.length(5);
    });

    it('resolve the synthetic events of the stress page and the benchmark against the bundled data', async () => {
      const url = new URL('../demo/synthetic-events.js', import.meta.url).href;
      const { syntheticEvents } = (await import(/* @vite-ignore */ url)) as { syntheticEvents: (count: number) => unknown[] };
      const data = await resolveGivenDataset({ events: syntheticEvents(50) }, 'en');
      expect(data.events).to.have.length(50);
      expect(data.events.every((e) => e.sources.length === 1)).to.equal(true);
    });

    it('rejects unknown references when resolving', async () => {
      const error = await resolveGivenDataset(
        {
          events: [
            {
              id: 'x',
              date: '1900',
              precision: 'year',
              category: 'culture',
              title: { en: 'X' },
              summary: { en: 'X.' },
              actors: ['nobody-at-all'],
              sources: [files.sources[0]!.id],
              certainty: 'established',
            },
          ],
        },
        'en',
      ).catch((e: unknown) => e);
      expect((error as ValidationError).message).to.equal('events[0].actors[0]: expected a known id (no "nobody-at-all")');
    });
  });
});
