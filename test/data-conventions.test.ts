/**
 * The editorial conventions of data/README.md: typography per language, clean
 * source URLs, honest source kinds, mirrored agreement ↔ event links, what
 * "disputed" requires, and events filed in the era whose dates contain them.
 * Each rule is a pure checker returning its problems; every checker is run on
 * the bundled data (no problems) and on a deliberately bad example (problems).
 */
import { expect } from '@open-wc/testing';
import { readDataFiles, type DataFiles } from './helpers.js';
import { compareDates, parseIsoDate, type PartialDate } from '../src/shared/calendar.js';
import { render } from 'lit';
import { loadBundledDataset } from '../src/data/given.js';
import { stringsFor } from '../src/i18n/strings.js';
import { renderSourceList } from '../src/shared/source-list.js';
import type { RawAlliance, RawEra, RawEvent, RawSource } from '../src/data/types.js';


type Locale = 'en' | 'fr' | 'ru';

/** Every string of every localized object (one with an `en` key), per locale, with its path. */
function texts(value: unknown, locale: Locale, path = ''): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, locale, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  const own: Array<[string, string]> = [];
  if ('en' in obj) {
    const text = obj[locale];
    if (typeof text === 'string') own.push([`${path}.${locale}`, text]);
    if (Array.isArray(text)) text.forEach((t, i) => typeof t === 'string' && own.push([`${path}.${locale}[${i}]`, t]));
  }
  const children = Object.entries(obj).filter(([key]) => !('en' in obj && ['en', 'fr', 'ru'].includes(key)));
  return [...own, ...children.flatMap(([key, child]) => texts(child, locale, `${path}.${key}`))];
}

const around = (text: string, index: number) => JSON.stringify(text.slice(Math.max(0, index - 20), index + 20));

function findAll(text: string, pattern: RegExp, why: string, path: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
    out.push(`${path}: ${why} at ${around(text, match.index ?? 0)}`);
  }
  return out;
}

/** Year ranges take an en dash and no spaces: 1756–1762, 1904–05. */
const BAD_YEAR_RANGE = /(?<![\d-])\d{4}(?:[ \u00a0\u202f]*[-—][ \u00a0\u202f]*|[ \u00a0\u202f]+–[ \u00a0\u202f]*|–[ \u00a0\u202f]+)(?:\d{4}|\d{2})(?![\d-])/;

const FR_MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/** "17-20 juin", "avril-juin 1717": a range of days or months takes an en dash. */
const FR_DAY_OR_MONTH_RANGE = new RegExp(`(?<![\\d-])\\d{1,2}-\\d{1,2} (?:${FR_MONTHS})\\b|\\b(?:${FR_MONTHS})-(?:${FR_MONTHS})\\b`);

export function frenchProblems(entries: Array<[string, string]>): string[] {
  return entries.flatMap(([path, text]) => [
    ...findAll(text, /'/, 'straight apostrophe (use ’)', path),
    ...findAll(text, /(?<!\u202f)[;!?]/, 'no narrow no-break space (U+202F) before ; ! ?', path),
    ...findAll(text, /[ \u202f]:/, 'plain or narrow space before : (use U+00A0)', path),
    ...findAll(text, /«(?!\u00a0)/, '« not followed by U+00A0', path),
    ...findAll(text, /(?<!\u00a0)»/, '» not preceded by U+00A0', path),
    ...findAll(text, BAD_YEAR_RANGE, 'year range without en dash or with spaces', path),
    ...findAll(text, FR_DAY_OR_MONTH_RANGE, 'day or month range with a hyphen (use an en dash: 17–20 juin, avril–juin)', path),
    ...findAll(text, /\d[ \u00a0]\d{3}(?!\d)/, 'thousands not separated by U+202F (6\u202f000)', path),
    ...findAll(text, /\d(?:[ \u202f])?%/, 'no U+00A0 between a number and %', path),
  ]);
}

/** Calques and name forms the Russian text must not use (Russian Wikipedia's forms instead). */
const RUSSIAN_FORBIDDEN: Array<[RegExp, string]> = [
  [/Буадефр(?!ф)/, 'Буадеффр'],
  [/Реставрированн/, '«Франция эпохи Реставрации»'],
  [/Инцидент у Доггер-банки|Доггер-банк/, '«Гулльский инцидент»'],
  [/партийн\S* блог/, 'a proper phrasing for a partisan blog'],
  [/президент\S* Французской Республики/, '«президент Франции»'],
  [/Эммануэл/, 'Эмманюэль (Макрон, Бонн)'],
  [/Жискара д’Эстен/, 'Жискар д’Эстен, first part undeclined (Жискар д’Эстена)'],
  [/Французская республика|Французской республик|Соединённое королевство/, 'Французская Республика, Соединённое Королевство'],
];

export function russianProblems(entries: Array<[string, string]>): string[] {
  return entries.flatMap(([path, text]) => {
    // Russia's own statements are quoted in «…»; outside them the narrator says «аннексия».
    const narrator = text.replace(/«[^«»]*»/g, '«»');
    const inner = (text.match(/„/g) ?? []).length;
    return [
      ...findAll(text, /'/, 'straight apostrophe (use ’)', path),
      ...findAll(text, /"/, 'straight quotes (use «» and „“)', path),
      ...findAll(text, /”/, 'English closing quote (use » or “ after „)', path),
      ...((text.match(/“/g) ?? []).length > inner ? [`${path}: “ without an opening „`] : []),
      ...findAll(narrator, /присоединени\S* Крым/, 'narrator says «присоединение» of Crimea (use «аннексия»)', path),
      ...RUSSIAN_FORBIDDEN.flatMap(([re, use]) => findAll(text, re, `use ${use}`, path)),
      ...findAll(text, BAD_YEAR_RANGE, 'year range without en dash or with spaces', path),
      ...findAll(text, /\d[ \u202f]\d{3}(?!\d)/, 'thousands not separated by U+00A0 (26\u00a0299)', path),
      ...findAll(text, /\d(?:[ \u202f])?%/, 'no U+00A0 between a number and %', path),
    ];
  });
}

export function englishProblems(entries: Array<[string, string]>): string[] {
  return entries.flatMap(([path, text]) => [
    ...findAll(text, /[’‘]/, 'curly apostrophe (use \')', path),
    ...findAll(text, /"/, 'straight double quote (use “ ”)', path),
    ...findAll(text, /\b(?:Sergey|Nikolay|Alexey|Evgeny|Evgeniy|Yevgeniy|Petr|Mikhaïl)\b/, 'uncommon English form of a Russian name (Sergei, Nikolai, Alexei, Yevgeny, Pyotr, Mikhail)', path),
    ...findAll(text, BAD_YEAR_RANGE, 'year range without en dash or with spaces', path),
  ]);
}

/** Bare IPs, library proxies, doubled or double-encoded addresses, malformed hosts. */
export function urlProblems(sources: ReadonlyArray<Pick<RawSource, 'id' | 'url'>>): string[] {
  const out: string[] = [];
  for (const { id, url } of sources) {
    if (url === undefined) continue;
    const bad = (why: string) => out.push(`${id}: ${why} (${url})`);
    if (/\s/.test(url)) bad('whitespace in the URL');
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      bad('not a URL');
      continue;
    }
    const host = parsed.hostname;
    if (!/^https?:$/.test(parsed.protocol)) bad('not http(s)');
    if (host.endsWith('.') || /^\[|^\d+\.\d+\.\d+\.\d+$/.test(host)) bad('bare IP address or host with a trailing dot');
    if (!host.includes('.') || /\.\./.test(host)) bad('malformed host');
    if (/ezproxy|libproxy|(^|\.)proxy\.|\.idm\.oclc\.org$|(^|\.)0-[a-z0-9-]+\.|catalogue\.libraries\./i.test(host)) bad('university-library proxy');
    if (/%25[0-9a-f]{2}/i.test(url)) bad('percent-encoded twice');
    const archive = /(^|\.)archive\.org$/.test(host);
    if (!archive && (/https?%3a%2f%2f/i.test(parsed.pathname) || /https?:\/\//i.test(parsed.pathname))) bad('another address inside the path (doubled URL)');
  }
  return out;
}

/** Blog platforms: a page there is a blog (or someone's copy of another text), never news or scholarship. */
const BLOG_HOST = /(?:^|\.)(?:blogspot\.[a-z.]+|canalblog\.com|over-blog\.(?:com|fr|net)|hautetfort\.com|typepad\.(?:com|fr)|wordpress\.com|livejournal\.com|eklablog\.com|home\.blog)$|^blog\./i;

/** News aggregators: what they show is someone else's article or an agency's dispatch, a copy. */
const AGGREGATOR_HOST = /(?:^|\.)(?:urdupoint\.com|onenewspage\.com|news\.yahoo\.com|msn\.com|newsnow\.co\.uk)$/i;

/** Notes (and hosts) that describe a copy or a blog must come with the honest kind. */
export function kindProblems(sources: readonly RawSource[]): string[] {
  return sources.flatMap((s) => {
    const note = s.note?.en ?? '';
    const host = URL.canParse(s.url ?? '') ? new URL(s.url!).hostname : '';
    if (/\b(?:personal|partisan)?\s?blog\b|personal (?:web)?site/i.test(note) && s.kind !== 'blog') return [`${s.id}: its note describes a blog but its kind is ${s.kind}`];
    if (/\bcopy of\b|\bmirror\b|reproduced|reposted|republished|book-sharing|reading site|aggregator|\babstract of\b|\bsummary of\b/i.test(note) && s.kind !== 'mirror') return [`${s.id}: its note describes a copy but its kind is ${s.kind}`];
    if (/\bforum\b|retailer|dealer|party(?:'s)? (?:web)?site|website of a [^.;]*party|popular-history site|walking guide/i.test(note) && s.kind !== 'blog' && s.kind !== 'mirror') return [`${s.id}: its note describes a forum, a shop, a party or a hobby site but its kind is ${s.kind}`];
    if (BLOG_HOST.test(host) && s.kind !== 'blog' && s.kind !== 'mirror') return [`${s.id}: ${host} is a blog platform but its kind is ${s.kind}`];
    if (AGGREGATOR_HOST.test(host) && s.kind !== 'mirror') return [`${s.id}: ${host} is a news aggregator but its kind is ${s.kind}`];
    return [];
  });
}

export function linkProblems(events: readonly RawEvent[], alliances: readonly RawAlliance[]): string[] {
  const out: string[] = [];
  for (const a of alliances) {
    for (const id of a.relatedEvents) {
      const e = events.find((x) => x.id === id);
      if (e && !(e.related?.alliances ?? []).includes(a.id)) out.push(`alliance ${a.id} → event ${id}, but not back`);
    }
  }
  for (const e of events) {
    for (const id of e.related?.alliances ?? []) {
      const a = alliances.find((x) => x.id === id);
      if (a && !a.relatedEvents.includes(e.id)) out.push(`event ${e.id} → alliance ${id}, but not back`);
    }
  }
  return out;
}

/** "No event on a mirror or blog alone": every record needs one source that is neither. */
export function weakSourceProblems(records: ReadonlyArray<{ id: string; sources: readonly string[] }>, sources: readonly RawSource[]): string[] {
  const kind = new Map(sources.map((s) => [s.id, s.kind]));
  return records
    .filter((r) => r.sources.length > 0 && r.sources.every((id) => kind.get(id) === 'blog' || kind.get(id) === 'mirror'))
    .map((r) => `${r.id}: rests only on blogs or mirrors (${r.sources.join(', ')})`);
}

type DataRecord = Pick<RawEvent, 'id' | 'sources' | 'certainty' | 'certaintyNote'>;

export function certaintyProblems(records: readonly DataRecord[], sources: readonly RawSource[]): string[] {
  const seeds = new Set(sources.filter((s) => s.kind === 'seed').map((s) => s.id));
  const out: string[] = [];
  for (const r of records) {
    if (r.certainty === 'disputed') {
      for (const locale of ['en', 'fr', 'ru'] as const) {
        const note = r.certaintyNote?.[locale];
        if (typeof note !== 'string' || note.trim().length < 40) out.push(`${r.id}: disputed without a certaintyNote in ${locale}`);
      }
    }
    for (const id of r.sources) {
      if (seeds.has(id) || id.startsWith('seed-')) out.push(`${r.id}: shows the seed document ${id} as a source`);
    }
  }
  return out;
}

/** The era each event starts in: the last era whose start is not after the event's date. */
export function eraProblems(events: ReadonlyArray<Pick<RawEvent, 'id' | 'date'>>, eras: ReadonlyArray<Pick<RawEra, 'id' | 'start'>>, placed: ReadonlyMap<string, string>): string[] {
  const starts = eras.map((era) => ({ id: era.id, from: parseIsoDate(era.start) as PartialDate }));
  const out: string[] = [];
  for (const e of events) {
    const date = parseIsoDate(e.date)!;
    const i = starts.findIndex((era, k) => compareDates(era.from, date) <= 0 && (k === starts.length - 1 || compareDates(date, starts[k + 1]!.from) < 0));
    const expected = starts[i]?.id;
    if (expected === undefined) out.push(`${e.id} (${e.date}) falls before the first era`);
    else if (placed.get(e.id) !== expected) out.push(`${e.id} (${e.date}) is filed in ${placed.get(e.id)} but falls in ${expected}`);
  }
  return out;
}

describe('dataset conventions', () => {
  let files: DataFiles;
  let placed: Map<string, string>;
  before(async () => {
    files = await readDataFiles();
    const data = await loadBundledDataset('en');
    placed = new Map(data.events.map((e) => [e.id, e.era]));
  });

  describe('typography', () => {
    it('French: ’, U+202F before ; ! ? and in thousands, U+00A0 before : % and inside « », en-dash ranges', () => {
      expect(frenchProblems(texts(files, 'fr'))).to.deep.equal([]);
      expect(frenchProblems([['x', "l'alliance ; 1756-1762 : « bon »"]])).to.have.length(6);
      expect(frenchProblems([['x', 'Du 17-20 juin (avril-juin 1717), 6 000 hommes, soit 25 % ou 30%.']])).to.have.length(5);
      expect(frenchProblems([['x', 'Du 17–20 juin (avril–juin 1717), 6\u202f000 hommes, soit 25\u00a0%\u202f; la France bat la Croatie 4-2.']])).to.deep.equal([]);
    });

    it('Russian: ’, «» and „“, Wikipedia name forms, no calques, «аннексия» in the narrator’s voice, U+00A0 in numbers', () => {
      expect(russianProblems(texts(files, 'ru'))).to.deep.equal([]);
      expect(russianProblems([['x', 'Жискар д\'Эстен, "Буадефр", присоединение Крыма в 1914-1918 годах']])).to.have.length(6);
      expect(russianProblems([['x', 'Москва называет это «присоединением Крыма к России».']])).to.deep.equal([]);
      expect(russianProblems([['x', 'Эммануэль Макрон и Жискара д’Эстена; Французская республика; 26 299 человек, 25% и 30 %.']])).to.have.length(6);
      expect(russianProblems([['x', 'Эмманюэль Макрон и Жискар д’Эстена; Французская Республика; 26\u00a0299 человек, 25\u00a0%, 6496 домов.']])).to.deep.equal([]);
    });

    it('English: ASCII apostrophe, “ ” quotation marks, common forms of Russian names, en-dash year ranges', () => {
      expect(englishProblems(texts(files, 'en'))).to.deep.equal([]);
      expect(englishProblems([['x', 'Sergey Lavrov’s visit, 1904 - 1905']])).to.have.length(3);
      expect(englishProblems([['x', 'a "special military operation"']])).to.have.length(2);
    });
  });

  describe('sources', () => {
    it('link to clean addresses: no bare IP, proxy, doubled or double-encoded URL, malformed host', () => {
      expect(urlProblems(files.sources)).to.deep.equal([]);
      const bad = [
        { id: 'ip', url: 'http://20.210.105.67/txt/time.html' },
        { id: 'dot', url: 'https://en.wikisource.org./wiki/X' },
        { id: 'proxy', url: 'https://0-books-openedition-org.catalogue.libraries.london.ac.uk/pur/1' },
        { id: 'oclc', url: 'https://www-jstor-org.ezp.idm.oclc.org/stable/1' },
        { id: 'doubled', url: 'https://quebec.huffingtonpost.ca/https%3A%2F%2Fquebec.huffingtonpost.ca%2F2014%2Fx.html' },
        { id: 'twice', url: 'https://example.org/a%2520b' },
        { id: 'space', url: 'https://example.org/a b' },
      ];
      expect(urlProblems(bad).map((p) => p.split(':')[0])).to.have.members(bad.map((b) => b.id));
      expect(urlProblems([{ id: 'archive', url: 'http://web.archive.org/web/2013/https://example.org/' }])).to.deep.equal([]);
    });

    it('are labelled honestly: a blog is a blog, a copy is a mirror', () => {
      expect(kindProblems(files.sources)).to.deep.equal([]);
      const base = { title: 'T', publisher: 'P', url: 'https://example.org/', language: 'en' } as const;
      expect(
        kindProblems([
          { ...base, id: 'a', kind: 'scholarship', note: { en: 'Personal blog; secondary.' } },
          { ...base, id: 'b', kind: 'encyclopedia', note: { en: 'Copy of a Wikipedia article.' } },
          { ...base, id: 'c', kind: 'news', note: { en: 'Discussion forum on military history; secondary.' } },
          { ...base, id: 'd', kind: 'news', note: { en: 'Article republished by a news aggregator.' } },
          { ...base, id: 'e', kind: 'scholarship', url: 'https://example.typepad.fr/a.html' },
          { ...base, id: 'f', kind: 'news', url: 'https://blog.example.co.uk/2013/08/01/a' },
          { ...base, id: 'h', kind: 'news', url: 'https://www.urdupoint.com/en/world/a.html' },
        ]).map((p) => p.split(':')[0]),
      ).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'h']);
      expect(kindProblems([{ ...base, id: 'g', kind: 'blog', url: 'https://example.blogspot.com/x', note: { en: 'Website of a communist party; cited for facts only.' } }])).to.deep.equal([]);
    });

    it('mark a title the editors supplied with titleSupplied: true only, shown in square brackets', async () => {
      for (const s of files.sources) if ('titleSupplied' in s) expect(s.titleSupplied, s.id).to.equal(true);
      const data = await loadBundledDataset('en');
      const supplied = files.sources.find((s) => s.titleSupplied)!;
      const own = files.sources.find((s) => !s.titleSupplied)!;
      const host = document.createElement('div');
      render(renderSourceList([data.sources.get(supplied.id)!, data.sources.get(own.id)!], stringsFor('en').data), host);
      const items = [...host.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(items[0]).to.match(new RegExp(`^\\[${supplied.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]`));
      expect(items[1]!.startsWith(own.title)).to.equal(true);
    });
  });

  describe('records', () => {
    it('mirror every agreement ↔ event link', () => {
      expect(linkProblems(files.events, files.alliances)).to.deep.equal([]);
      const event = { ...files.events[0]!, related: {} };
      const alliance = { ...files.alliances[0]!, relatedEvents: [event.id] };
      expect(linkProblems([event], [alliance])).to.have.length(1);
    });

    it('explain every dispute in three languages and never show a seed document as a source', () => {
      const records = [...files.events, ...files.alliances];
      const waves = files.series.flatMap((s) => s.waves.map((w, i) => ({ id: `${s.id}#${i}`, sources: w.sources, certainty: 'established' as const })));
      expect(certaintyProblems([...records, ...files.polls.map((p) => ({ ...p, certainty: 'established' as const })), ...waves], files.sources)).to.deep.equal([]);
      expect(
        certaintyProblems(
          [
            { id: 'a', sources: ['x'], certainty: 'disputed', certaintyNote: { en: 'Sources differ on the day: 17 or 18 August, says who.' } },
            { id: 'b', sources: ['seed-s0-opinion-column'], certainty: 'established' },
          ],
          files.sources,
        ),
      ).to.have.length(3);
    });

    it('rest on at least one source that is not a blog or a mirror (events, agreements, polls, waves)', () => {
      const waves = files.series.flatMap((s) => s.waves.map((w, i) => ({ id: `${s.id}#${i}`, sources: w.sources })));
      expect(weakSourceProblems([...files.events, ...files.alliances, ...files.polls, ...waves], files.sources)).to.deep.equal([]);
      const base = { title: 'T', publisher: 'P', url: 'https://example.org/', language: 'en' } as const;
      const sources: RawSource[] = [
        { ...base, id: 'blog', kind: 'blog' },
        { ...base, id: 'copy', kind: 'mirror' },
        { ...base, id: 'book', kind: 'scholarship' },
      ];
      expect(
        weakSourceProblems(
          [
            { id: 'weak', sources: ['blog', 'copy'] },
            { id: 'copy-only', sources: ['copy'] },
            { id: 'sound', sources: ['copy', 'book'] },
          ],
          sources,
        ).map((p) => p.split(':')[0]),
      ).to.deep.equal(['weak', 'copy-only']);
    });

    it('keep the seeds only as provenance', () => {
      for (const r of [...files.events, ...files.alliances]) {
        for (const id of r.provenance ?? []) expect(id, r.id).to.match(/^seed-s[0-2]-/);
      }
    });
  });

  describe('eras', () => {
    it('file every event in the era whose dates contain it', () => {
      expect(eraProblems(files.events, files.eras, placed)).to.deep.equal([]);
      const eras = [
        { id: 'a', start: '1800' },
        { id: 'b', start: '1807-07-07' },
      ];
      expect(eraProblems([{ id: 'x', date: '1807-06-14' }], eras, new Map([['x', 'b']]))).to.have.length(1);
      expect(eraProblems([{ id: 'y', date: '1790' }], eras, new Map())).to.have.length(1);
    });

    it('place the turning points on the right side', () => {
      const era = (id: string) => placed.get(id);
      expect(era('battle-of-friedland')).to.equal('revolutionary-wars');
      expect(era('treaties-of-tilsit')).to.equal('tilsit-alliance');
      expect(era('holy-alliance-1815')).to.equal('concert-of-europe');
      expect(era('macron-putin-kremlin-talks-2022')).to.equal('ukraine-crisis');
      expect(era('russian-invasion-of-ukraine-2022')).to.equal('war-in-ukraine');
    });

    it('resolve era years from the turning points: first year, last year before the next start', async () => {
      const data = await loadBundledDataset('en');
      for (let i = 0; i < data.eras.length; i++) {
        const era = data.eras[i]!;
        const next = data.eras[i + 1];
        expect(era.start, era.id).to.equal(era.from.year);
        if (!next) {
          expect(era.end, era.id).to.equal(null);
          expect(era.until, era.id).to.equal(undefined);
          continue;
        }
        expect(era.until, era.id).to.deep.equal(next.from);
        const dayBefore = next.from.month === undefined || (next.from.month === 1 && (next.from.day ?? 1) === 1) ? next.from.year - 1 : next.from.year;
        expect(era.end, era.id).to.equal(dayBefore);
      }
    });
  });
});
