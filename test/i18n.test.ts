import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { readyFrame } from './helpers.js';
import { intlTagFor, matchLocale } from '../src/shared/locales.js';
import { inheritedLang, resolveLocale } from '../src/i18n/locale-controller.js';
import { formatDate, formatDualDate, formatNumber, formatPercent, formatDateWithCalendar, knowDateNames } from '../src/i18n/format.js';
import { DATE_NAMES } from '../src/i18n/date-names.js';
import { loadStrings, stringsFor } from '../src/i18n/strings.js';
import { lazyStrings } from '../src/i18n/lazy-strings.js';
import { STRINGS_BASE } from '../src/i18n/strings/base.js';
import { allianceGalleryStrings } from '../src/i18n/strings/alliance-gallery.js';
import { loadCardStrings } from '../src/i18n/strings/alliance-card.js';
import { loadTimelineStrings } from '../src/i18n/strings/relations-timeline.js';
import { loadChartStrings } from '../src/i18n/strings/opinion-poll-chart.js';
import { DataError } from '../src/data/load.js';
import { LOCALES } from '../src/shared/locales.js';
import '../test/fixtures/plumbing-probe.js';
import type { PlumbingProbe } from './fixtures/plumbing-probe.js';

const NO_BREAK_PERCENT = (n: number) => new RegExp(`^${n}[\u00a0\u202f]%$`);

/** Normalises the different spaces Intl uses, where a test does not care which. */
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('i18n', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  describe('matchLocale', () => {
    it('maps tags to supported languages', () => {
      expect(matchLocale('fr')).to.equal('fr');
      expect(matchLocale('fr-CA')).to.equal('fr');
      expect(matchLocale('RU-ru')).to.equal('ru');
      expect(matchLocale('en_GB')).to.equal('en');
      expect(matchLocale('de')).to.equal(undefined);
      expect(matchLocale('')).to.equal(undefined);
      expect(matchLocale(null)).to.equal(undefined);
    });

    it('keeps the page region for Intl, with day-first English by default', () => {
      expect(intlTagFor('en', 'en')).to.equal('en-GB');
      expect(intlTagFor('en', 'en-US')).to.equal('en-US');
      expect(intlTagFor('fr', 'fr-CA')).to.equal('fr-CA');
      expect(intlTagFor('en', 'de-DE')).to.equal('en-GB');
      expect(intlTagFor('ru', undefined)).to.equal('ru');
    });
  });

  describe('locale resolution', () => {
    it('prefers the element’s own lang', async () => {
      const el = await fixture<PlumbingProbe>(html`<div lang="ru"><plumbing-probe lang="fr"></plumbing-probe></div>`);
      const probe = el.querySelector('plumbing-probe')!;
      expect(probe.locale.locale).to.equal('fr');
    });

    it('inherits the nearest ancestor’s lang', async () => {
      const el = await fixture(html`<section lang="fr-CA"><div><plumbing-probe></plumbing-probe></div></section>`);
      const probe = el.querySelector('plumbing-probe')!;
      expect(probe.locale.locale).to.equal('fr');
      expect(probe.locale.intlTag).to.equal('fr-CA');
    });

    it('crosses shadow roots to find an ancestor’s lang', async () => {
      const outer = await fixture(html`<div lang="ru"></div>`);
      const shadowHost = document.createElement('div');
      outer.append(shadowHost);
      const root = shadowHost.attachShadow({ mode: 'open' });
      const inner = document.createElement('span');
      root.append(inner);
      expect(inheritedLang(inner)).to.equal('ru');
      const probe = document.createElement('plumbing-probe');
      root.append(probe);
      await probe.updateComplete;
      expect(probe.locale.locale).to.equal('ru');
      expect(probe.shadowRoot!.querySelector('[part=date]')!.textContent).to.contain('январь');
    });

    it('falls back to <html lang>, then to English', async () => {
      document.documentElement.setAttribute('lang', 'ru');
      const el = await fixture<PlumbingProbe>(html`<plumbing-probe></plumbing-probe>`);
      expect(resolveLocale(el).locale).to.equal('ru');
      document.documentElement.removeAttribute('lang');
      expect(resolveLocale(el).locale).to.equal('en');
      document.documentElement.setAttribute('lang', 'de');
      expect(resolveLocale(el).locale).to.equal('en');
    });

    it('ignores an empty lang and keeps looking up', async () => {
      const el = await fixture(html`<div lang="fr"><plumbing-probe lang=""></plumbing-probe></div>`);
      expect(el.querySelector('plumbing-probe')!.locale.locale).to.equal('fr');
    });

    it('re-renders when its own, an ancestor’s or the page’s lang changes', async () => {
      document.documentElement.setAttribute('lang', 'en');
      const wrapper = await fixture(html`<div><plumbing-probe></plumbing-probe></div>`);
      const probe = wrapper.querySelector('plumbing-probe')!;
      const text = () => probe.shadowRoot!.querySelector('[part=date]')!.textContent!;
      expect(text()).to.contain('January');

      document.documentElement.setAttribute('lang', 'fr');
      await new Promise((r) => setTimeout(r));
      await probe.updateComplete;
      expect(text()).to.contain('janvier');

      wrapper.setAttribute('lang', 'ru');
      await new Promise((r) => setTimeout(r));
      await probe.updateComplete;
      expect(text()).to.contain('январь');

      probe.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r));
      await probe.updateComplete;
      expect(text()).to.contain('January');
    });

    it('does not re-render when an unrelated lang changes', async () => {
      const el = await fixture(html`<div><p lang="fr">x</p><plumbing-probe lang="ru"></plumbing-probe></div>`);
      const probe = el.querySelector('plumbing-probe')!;
      // Settled first: the Russian strings arrive after the first render, and bring one more.
      await loadStrings('ru');
      await new Promise((r) => setTimeout(r));
      await probe.updateComplete;
      const before = probe.renders;
      el.querySelector('p')!.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r));
      await probe.updateComplete;
      expect(probe.renders).to.equal(before);
    });
  });

  describe('strings', () => {
    it('has every string in every locale', async () => {
      await Promise.all(LOCALES.map(loadStrings));
      const keys = Object.keys(stringsFor('en')).sort();
      for (const locale of LOCALES) {
        const strings = stringsFor(locale);
        expect(Object.keys(strings).sort(), locale).to.deep.equal(keys);
        expect(strings.missingAttribute('poll')).to.contain('poll');
        expect(strings.unknownValue('poll', 'x-1')).to.contain('x-1');
        expect(strings.loadFailed('data.json', 'http')).to.contain('data.json');
      }
      expect(stringsFor('fr').loading).to.equal('Chargement…');
      expect(stringsFor('ru').oldStyle).to.equal('ст. ст.');
    });

    it('has every string of the timeline in every locale', async () => {
      const all = await Promise.all(LOCALES.map(loadTimelineStrings));
      // Keys, nested, and what each holds (a text or a function of the counts).
      const shape = (value: object): unknown => Object.fromEntries(Object.entries(value).map(([key, v]) => [key, v && typeof v === 'object' ? shape(v) : typeof v]));
      for (const [i, strings] of all.entries()) expect(shape(strings), LOCALES[i]).to.deep.equal(shape(all[0]!));
      expect(all.map((strings) => strings.categories.treaty)).to.deep.equal(['Treaty', 'Traité', 'Договор']);
    });

    it('fetches only the page language\'s strings, with its data, and never shows English meanwhile (script tag)', async () => {
      const frame = await readyFrame('width: 800px; height: 600px');
      const doc = frame.contentDocument!;
      doc.documentElement.lang = 'fr';
      const texts: string[] = [];
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = new URL('/dist/cdn/france-russia-relations.js', location.href).href;
      doc.head.append(script);
      doc.body.insertAdjacentHTML('beforeend', '<relations-timeline></relations-timeline>');
      const el = doc.querySelector('relations-timeline')!;
      // Everything the element shows, from its first render on.
      await waitUntil(() => el.shadowRoot, 'the element did not upgrade', { timeout: 20000 });
      const record = () => texts.push(el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim());
      record();
      new MutationObserver(record).observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'the timeline did not render', { timeout: 20000 });
      const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop());
      expect(fetched).to.include('strings.fr.js').and.include('relations-timeline.fr.js');
      expect(fetched).to.not.include('strings.ru.js');
      expect(texts.filter(Boolean).length).to.be.greaterThan(0);
      for (const text of texts.filter(Boolean)) expect(text, 'English on a French page').to.not.match(/Loading|events|Search/);
      expect(el.shadowRoot!.querySelector('[part~="search"]')!.getAttribute('placeholder')).to.match(/^Rechercher/);
    });

    it('turns a strings chunk that fails into "could not load part of the library", and loads it again next time, under a new URL', async () => {
      let calls = 0;
      const urls: string[] = [];
      const strings = lazyStrings(
        { hello: 'Hello' },
        'greetings',
        {
          fr: () => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve({ fr: { hello: 'Bonjour' } })),
          ru: () => Promise.resolve({ ru: { hello: 'Привет' } }),
        },
        // A browser replays a failed import of the same URL: the next attempt must use another.
        (url) => (urls.push(url), Promise.resolve({ fr: { hello: 'Bonjour' } })),
      );
      const error = await strings.load('fr').catch((e: unknown) => e);
      expect(error).to.be.instanceOf(DataError);
      expect((error as DataError).failure).to.equal('part');
      expect((error as DataError).url).to.equal(STRINGS_BASE);
      expect(strings.read('fr')).to.equal(undefined);
      expect(await strings.load('fr')).to.deep.equal({ hello: 'Bonjour' });
      expect(strings.read('fr')).to.deep.equal({ hello: 'Bonjour' });
      expect(calls).to.equal(1);
      expect(urls).to.deep.equal([`${STRINGS_BASE}greetings.fr.js?retry=1`]);
      expect(strings.read('en')).to.deep.equal({ hello: 'Hello' });
    });
  });

  describe('plurals and cases of every count (1, 2, 5, 11, 21, 161)', () => {
    const NUMBERS = [1, 2, 5, 11, 21, 161];
    const nb = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

    it('counts agreements in the gallery', () => {
      const count = (locale: 'en' | 'fr' | 'ru') => NUMBERS.map((n) => nb(allianceGalleryStrings[locale].count(n)));
      expect(count('en')).to.deep.equal(['1 agreement', '2 agreements', '5 agreements', '11 agreements', '21 agreements', '161 agreements']);
      expect(count('fr')).to.deep.equal(['1 accord', '2 accords', '5 accords', '11 accords', '21 accords', '161 accords']);
      expect(count('ru')).to.deep.equal(['1 соглашение', '2 соглашения', '5 соглашений', '11 соглашений', '21 соглашение', '161 соглашение']);
    });

    it('counts a series\' waves and a sample\'s people in the chart', async () => {
      const [en, fr, ru] = [await loadChartStrings('en'), await loadChartStrings('fr'), await loadChartStrings('ru')];
      const waves = (s: typeof en) => NUMBERS.map((n) => nb(s.waves(n, String(n))));
      expect(waves(en)).to.deep.equal(['1 wave', '2 waves', '5 waves', '11 waves', '21 waves', '161 waves']);
      expect(waves(fr)).to.deep.equal(['1 vague', '2 vagues', '5 vagues', '11 vagues', '21 vagues', '161 vagues']);
      expect(waves(ru)).to.deep.equal(['1 волна', '2 волны', '5 волн', '11 волн', '21 волна', '161 волна']);
      // A sample of 1,001 (Ifop's usual size): «из 1001 человека», but «из 1000 (1002, 1011) человек».
      const sample = (n: number) => nb(ru.marginComputed(n, String(n), '95 %')).match(/из \d+ (\S+)/)![1];
      expect([1001, 1000, 1002, 1005, 1011, 1021].map(sample)).to.deep.equal(['человека', 'человек', 'человек', 'человек', 'человек', 'человека']);
      expect(nb(fr.marginComputed(1001, '1 001', '95 %'))).to.contain('de 1 001 personnes');
    });

    it('says how long an agreement lasted', async () => {
      const [en, fr, ru] = [await loadCardStrings('en'), await loadCardStrings('fr'), await loadCardStrings('ru')];
      const years = (s: typeof en, approximate = false) => NUMBERS.map((n) => nb(s.duration(n, 0, approximate)));
      expect(years(en)).to.deep.equal(['1 year', '2 years', '5 years', '11 years', '21 years', '161 years']);
      expect(years(fr)).to.deep.equal(['1 an', '2 ans', '5 ans', '11 ans', '21 ans', '161 ans']);
      expect(years(ru)).to.deep.equal(['1 год', '2 года', '5 лет', '11 лет', '21 год', '161 год']);
      // «около» governs the genitive: около 1 (21) года, около 2 (5, 11) лет.
      expect(years(ru, true)).to.deep.equal(['около 1 года', 'около 2 лет', 'около 5 лет', 'около 11 лет', 'около 21 года', 'около 161 года']);
      const months = (s: typeof en) => [1, 2, 5, 11].map((n) => nb(s.duration(0, n, false)));
      expect(months(en)).to.deep.equal(['1 month', '2 months', '5 months', '11 months']);
      expect(months(fr)).to.deep.equal(['1 mois', '2 mois', '5 mois', '11 mois']);
      expect(months(ru)).to.deep.equal(['1 месяц', '2 месяца', '5 месяцев', '11 месяцев']);
    });
  });

  describe('dates', () => {
    it('formats each precision in each language', () => {
      expect(formatDate({ year: 1812 }, 'en-GB')).to.equal('1812');
      expect(formatDate({ year: 1812, month: 6 }, 'en-GB')).to.equal('June 1812');
      expect(formatDate({ year: 1812, month: 6, day: 24 }, 'en-GB')).to.equal('24 June 1812');
      expect(formatDate({ year: 1812, month: 6, day: 24 }, 'en-US')).to.equal('June 24, 1812');
      expect(formatDate({ year: 1812, month: 6 }, 'fr')).to.equal('juin 1812');
      expect(formatDate({ year: 1812, month: 6, day: 24 }, 'fr')).to.equal('24 juin 1812');
      expect(spaces(formatDate({ year: 1812, month: 6, day: 24 }, 'ru'))).to.equal('24 июня 1812 г.');
    });

    it('writes dates in the default tags from build-time names exactly as this browser’s Intl does', () => {
      knowDateNames(DATE_NAMES);
      const viaIntl = (date: { year: number; month?: number; day?: number }, tag: string) => {
        const options = date.day ? { year: 'numeric', month: 'long', day: 'numeric' } : date.month ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
        const instant = new Date(0);
        instant.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
        return new Intl.DateTimeFormat(tag, { ...(options as Intl.DateTimeFormatOptions), timeZone: 'UTC' }).format(instant);
      };
      expect(Object.keys(DATE_NAMES)).to.deep.equal(LOCALES.map((l) => intlTagFor(l, undefined)));
      const differing: string[] = [];
      for (const tag of Object.keys(DATE_NAMES)) {
        for (const year of [1668, 1812, 1900, 2024]) {
          for (let month = 1; month <= 12; month++) {
            for (const date of [{ year }, { year, month }, { year, month, day: 1 }, { year, month, day: 28 }]) {
              if (formatDate(date, tag) !== viaIntl(date, tag)) differing.push(`${tag} ${JSON.stringify(date)}: “${formatDate(date, tag)}” vs Intl “${viaIntl(date, tag)}”`);
            }
          }
        }
      }
      expect(differing.slice(0, 5)).to.deep.equal([]);
      // Another tag, and years outside the names' range, go through Intl.
      expect(formatDate({ year: 1812, month: 6, day: 24 }, 'en-US')).to.equal('June 24, 1812');
      expect(formatDate({ year: 988 }, 'ru')).to.equal(viaIntl({ year: 988 }, 'ru'));
    });

    it('uses the nominative month name when a month stands alone with a year in Russian', () => {
      expect(spaces(formatDate({ year: 1812, month: 1 }, 'ru'))).to.equal('январь 1812 г.');
      expect(spaces(formatDate({ year: 1812, month: 6 }, 'ru'))).to.equal('июнь 1812 г.');
    });

    it('does not shift dates with the reader’s time zone', () => {
      expect(formatDate({ year: 1944, month: 12, day: 10 }, 'en-GB')).to.equal('10 December 1944');
      expect(formatDate({ year: 1668, month: 1, day: 1 }, 'en-GB')).to.equal('1 January 1668');
    });

    it('formats dual Old Style dates in each language', () => {
      const g = { year: 1812, month: 6, day: 24 };
      expect(formatDualDate(g, 'en-GB', 'O.S.')).to.equal('24 June (12 June O.S.) 1812');
      expect(formatDualDate(g, 'en-US', 'O.S.')).to.equal('June 24 (June 12 O.S.), 1812');
      expect(formatDualDate(g, 'fr', 'a. s.')).to.equal('24 juin (12 juin a. s.) 1812');
      expect(spaces(formatDualDate(g, 'ru', 'ст. ст.'))).to.equal('24 июня (12 июня ст. ст.) 1812 г.');
    });

    it('writes the whole Old Style date when the years differ', () => {
      expect(formatDualDate({ year: 1700, month: 1, day: 10 }, 'en-GB', 'O.S.')).to.equal(
        '10 January 1700 (31 December 1699 O.S.)',
      );
    });

    it('uses the Old Style date the sources give', () => {
      expect(
        formatDualDate({ year: 1812, month: 9, day: 7 }, 'en-GB', 'O.S.', { year: 1812, month: 8, day: 26 }),
      ).to.equal('7 September (26 August O.S.) 1812');
    });

    it('adds Old Style only when asked and known to the day', () => {
      const opts = { dual: true, oldStyle: 'O.S.' };
      expect(formatDateWithCalendar({ year: 1812, month: 6 }, 'en-GB', opts)).to.equal('June 1812');
      expect(formatDateWithCalendar({ year: 1812, month: 6, day: 24 }, 'en-GB', { ...opts, dual: false })).to.equal(
        '24 June 1812',
      );
      expect(formatDateWithCalendar({ year: 1812, month: 6, day: 24 }, 'en-GB', opts)).to.contain('O.S.');
    });
  });

  describe('numbers', () => {
    it('formats percentages with each language’s spacing', () => {
      expect(formatPercent(63, 'en-GB')).to.equal('63%');
      // French and Russian put a no-break space before % (narrow in some ICU versions).
      expect(formatPercent(63, 'fr')).to.match(NO_BREAK_PERCENT(63));
      expect(formatPercent(63, 'ru')).to.match(NO_BREAK_PERCENT(63));
      expect(formatPercent(12.5, 'fr')).to.match(/^12,5[\u00a0\u202f]%$/);
      expect(formatPercent(12.25, 'en-GB', 0)).to.equal('12%');
    });

    it('groups digits by locale', () => {
      expect(formatNumber(10000, 'en-GB')).to.equal('10,000');
      expect(spaces(formatNumber(10000, 'fr'))).to.equal('10 000');
      expect(spaces(formatNumber(10000, 'ru'))).to.equal('10 000');
    });
  });
});
