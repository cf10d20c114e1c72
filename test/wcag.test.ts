/**
 * WCAG 2.2 AA, tested as a reader meets it (issue 13): target size at phone
 * and desktop widths, focus not obscured, dismissible tooltips, focus that
 * never falls to <body>. axe runs with the wcag22aa rules on (see helpers.ts).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/alliance-gallery/define.js';
import '../src/opinion-poll-chart/define.js';
import '../src/relations-timeline/define.js';
import type { OpinionPollChart } from '../src/opinion-poll-chart/opinion-poll-chart.js';
import type { RawEvent } from '../src/data/types.js';
import type { RelationsTimeline } from '../src/relations-timeline/relations-timeline.js';
import { loadTimelineStrings, timelineStrings } from '../src/i18n/strings/relations-timeline.js';
import { SERIES } from './fixtures/poll-chart.js';
import { TIMELINE_EVENTS } from './fixtures/timeline-events.js';
import { $, $$, settled } from './helpers.js';

/** A timeline inside a box `width` px wide (the elements lay out by their own width). */
async function timelineAt(width: number, events: readonly RawEvent[] | 'bundled' = TIMELINE_EVENTS): Promise<RelationsTimeline> {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('relations-timeline');
  if (events !== 'bundled') el.events = events;
  box.append(el);
  await settled(el);
  await el.updateComplete;
  return el;
}

const rect = (node: Element) => node.getBoundingClientRect();

describe('WCAG 2.2', () => {
  describe('target size (2.5.8)', () => {
    for (const width of [320, 390, 1280]) {
      it(`gives every era band a 24 × 24 px target at ${width} px`, async () => {
        const el = await timelineAt(width);
        const bands = $$(el, '[part~="era-band"]');
        expect(bands.length).to.be.at.least(10);
        for (const band of bands) {
          expect(rect(band).width, band.title).to.be.at.least(24);
          expect(rect(band).height, band.title).to.be.at.least(24);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('scrolls the axis with the bands when they do not fit (320 px)', async () => {
      const el = await timelineAt(320, 'bundled');
      const overview = $(el, '[part~="overview"]')!;
      expect(overview.scrollWidth).to.be.greaterThan(overview.clientWidth);
      overview.scrollLeft = overview.scrollWidth;
      await waitUntil(() => overview.scrollLeft > 0, 'the strip did not scroll');
      const bands = $$(el, '[part~="era-band"]');
      const axis = $(el, '.axis')!;
      // The axis' last year ends where the last band ends, and its first year starts with the first band.
      expect(Math.abs(rect(axis).right - rect(bands.at(-1)!).right) < 4).to.equal(true);
      expect(Math.abs(rect(axis).left - rect(bands[0]!).left) < 4).to.equal(true);
    });
  });

  describe('axe (wcag22aa, best practice) on every element at 320 and 1,280 px', () => {
    for (const width of [320, 1280]) {
      it(`finds nothing in a card, a gallery and a chart with its tooltip and table at ${width} px`, async function () {
        this.timeout(30000);
        const box = await fixture<HTMLElement>(html`<div style="width: ${width}px">
          <alliance-card alliance="franco-russian-alliance"></alliance-card>
          <alliance-gallery kinds="entente alliance"></alliance-gallery>
          <opinion-poll-chart series="ifop-putin-good-opinions"></opinion-poll-chart>
        </div>`);
        const elements = [...box.children] as HTMLElement[];
        for (const el of elements) await settled(el);
        const chart: OpinionPollChart = box.querySelector('opinion-poll-chart')!;
        ($(chart, '[part~="table-toggle"]') as HTMLButtonElement).click();
        $(chart, '[part~="mark"][tabindex="0"]')!.focus();
        await chart.updateComplete;
        for (const el of elements) await expect(el).to.be.accessible();
      });
    }
  });

  describe('axe (wcag22aa, best practice) on every state of a timeline at 320 and 1,280 px', () => {
    for (const width of [320, 1280]) {
      it(`finds nothing with its filters shown, an event open, and nothing matching, at ${width} px`, async function () {
        this.timeout(30000);
        const el = await timelineAt(width);
        const toggle = $(el, '[part~="filters-toggle"]');
        if (toggle && toggle.getClientRects().length > 0) toggle.click();
        ($(el, '.toggle[data-id="fixture-tilsit"]') as HTMLButtonElement).click();
        await el.updateComplete;
        await waitUntil(() => $(el, '#fixture-tilsit [part~="details"] [part~="sources"]'), 'the event did not open');
        expect($(el, '[part~="search"]')!.getClientRects().length, 'the search is shown').to.be.greaterThan(0);
        await expect(el).to.be.accessible();
        el.categories = 'espionage';
        await el.updateComplete;
        expect($(el, '[part~="empty"] .clear'), 'the empty state').to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('focus not obscured (2.4.11)', () => {
    it('keeps the focused event below the sticky era heading after End, Home, Page Up and Up', async () => {
      const el = await timelineAt(800);
      el.style.setProperty('--relations-timeline-height', '22rem');
      await el.updateComplete;
      const toggles = () => $$(el, '.toggle');
      toggles()[0]!.focus();
      for (const key of ['End', 'Home', 'PageDown', 'PageUp', 'End', 'ArrowUp', 'ArrowUp']) {
        await sendKeys({ press: key });
        const focused = el.shadowRoot!.activeElement as HTMLElement;
        const list = $(el, '.list')!;
        const heading = focused.closest('[part~="era"]')!.querySelector('.era-title')!;
        // Smooth scrolling may run: the focused title must come to rest in view, below the heading.
        const clear = () => rect(focused).top >= rect(heading).bottom - 1 && rect(focused).bottom <= rect(list).bottom + 1;
        await waitUntil(clear, `after ${key} the focused event is under the era heading or out of view`, { timeout: 2000 });
      }
    });
  });

  describe('focus that is never lost (2.4.3, 2.4.7)', () => {
    const focusedId = (el: RelationsTimeline) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id'];

    it('keeps focus on the same event when the language changes', async () => {
      const el = await timelineAt(800);
      $(el, '.toggle[data-id="fixture-borodino"]')!.focus();
      el.lang = 'fr';
      await waitUntil(() => $(el, '.toggle[data-id="fixture-borodino"]')?.textContent === 'Bataille de la Moskova', 'no French list', { timeout: 5000 });
      await waitUntil(() => focusedId(el) === 'fixture-borodino', 'focus did not come back to the event', { timeout: 3000 });
      expect($(el, '.toggle[data-id="fixture-borodino"]')!.tabIndex).to.equal(0);
    });

    it('keeps focus on the same event when the page\'s <html lang> changes', async () => {
      const before = document.documentElement.lang;
      try {
        const el = await timelineAt(800);
        $(el, '.toggle[data-id="fixture-borodino"]')!.focus();
        document.documentElement.lang = 'ru';
        await waitUntil(() => $(el, '.toggle[data-id="fixture-borodino"]')?.textContent === 'Бородинское сражение', 'no Russian list', { timeout: 5000 });
        await waitUntil(() => focusedId(el) === 'fixture-borodino', 'focus did not come back to the event', { timeout: 3000 });
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('moves focus to the next event still shown when a filter removes the focused one', async () => {
      const el = await timelineAt(800);
      const order = $$(el, '.toggle').map((t) => t.dataset['id']!);
      const borodino = order.indexOf('fixture-borodino');
      $(el, '.toggle[data-id="fixture-borodino"]')!.focus();
      el.categories = 'treaty alliance diplomacy';
      await el.updateComplete;
      const shown = $$(el, '.toggle').map((t) => t.dataset['id']!);
      const expected = order.slice(borodino + 1).find((id) => shown.includes(id)) ?? shown.at(-1);
      expect(focusedId(el)).to.equal(expected);
      // It is now the list's tab stop.
      await waitUntil(() => $(el, `.toggle[data-id="${expected}"]`)!.tabIndex === 0, 'the tab stop did not follow focus');
    });

    it('moves focus to "Clear filters" when a filter leaves no event', async () => {
      const el = await timelineAt(800);
      $(el, '.toggle')!.focus();
      el.categories = 'espionage';
      await el.updateComplete;
      expect((el.shadowRoot!.activeElement as HTMLElement | null)?.className).to.equal('clear');
    });

    it('moves focus to the list when "Clear filters" clears them (the button goes away)', async () => {
      const el = await timelineAt(800);
      el.categories = 'espionage';
      await el.updateComplete;
      $(el, '[part~="empty"] .clear')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $$(el, '.toggle').length > 0, 'the filters were not cleared');
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement as HTMLElement | null;
      expect(focused?.classList.contains('toggle'), `focus is on ${focused?.className ?? document.activeElement?.localName}`).to.equal(true);
      // The list's tab stop: the next Tab leaves the list, Shift+Tab goes back to the controls.
      expect(focused!.tabIndex).to.equal(0);
    });

    it('moves focus to the event a card opens in its for= timeline', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <alliance-card for="wcag-tl" alliance="treaties-of-tilsit"></alliance-card>
        <relations-timeline id="wcag-tl" from="1800" to="1815" controls="none"></relations-timeline>
      </div>`);
      const card = root.querySelector('alliance-card')!;
      const timeline = root.querySelector('relations-timeline')!;
      await settled(card);
      await settled(timeline);
      const link = $(card, '[data-event="erfurt-meeting-1808"]')!;
      link.focus();
      link.click();
      await waitUntil(() => focusedId(timeline) === 'erfurt-meeting-1808', 'focus did not move to the opened event');
      expect($(timeline, '.toggle[data-id="erfurt-meeting-1808"]')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('puts a gallery card\'s details after its "Show details" button, which stays where it was', async () => {
      const el = await fixture(html`<alliance-gallery kinds="alliance"></alliance-gallery>`);
      await settled(el);
      const item = $$(el, '[part~="item"]')[0]!;
      const button = item.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      const card = item.querySelector('alliance-card')!;
      // The button comes first in the DOM (and the tab order), the card it controls after it.
      expect(button.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      // Every card laid out (each loads its own data), then the page still for two frames: a
      // card still loading would move the button by itself and make the check below meaningless.
      await waitUntil(() => $$(el, 'alliance-card').every((c) => c.shadowRoot && !c.shadowRoot.querySelector('[part~="loading"]') && c.shadowRoot.childElementCount > 0), 'cards did not load', { timeout: 15000 });
      button.scrollIntoView({ block: 'center' });
      // Still for three frames in a row (on a loaded machine cards may still be laying out).
      let last = NaN;
      let still = 0;
      await waitUntil(async () => {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = rect(button).top;
        still = now === last ? still + 1 : 0;
        last = now;
        return still >= 3;
      }, 'the button did not come to rest', { timeout: 10000, interval: 0 });
      const top = rect(button).top;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => card.getAttribute('variant') === 'full' && !card.shadowRoot!.querySelector('[part~="loading"]'), 'card did not open');
      // It stays in view, about where it was.
      expect(rect(button).top, 'button top').to.be.at.least(0);
      expect(rect(button).bottom, 'button bottom').to.be.at.most(innerHeight);
      expect(Math.abs(rect(button).top - top), 'button moved').to.be.below(rect(button).height);
      expect(el.shadowRoot!.activeElement === button, 'focus stays on the button').to.equal(true);
    });
  });

  describe('what a screen reader hears', () => {
    it('says the count with the right plural and case in English, French and Russian', async () => {
      await Promise.all([loadTimelineStrings('fr'), loadTimelineStrings('ru')]);
      const count = (lang: 'en' | 'fr' | 'ru') => timelineStrings(lang)!.timeline.count;
      const cases: Record<'en' | 'fr' | 'ru', [number, number, string][]> = {
        en: [
          [1, 1, '1 event'], [2, 2, '2 events'], [161, 161, '161 events'],
          [0, 1, 'Showing 0 of 1 event'], [1, 2, 'Showing 1 of 2 events'], [5, 11, 'Showing 5 of 11 events'], [15, 161, 'Showing 15 of 161 events'],
        ],
        fr: [
          [1, 1, '1 événement'], [2, 2, '2 événements'], [21, 21, '21 événements'],
          [1, 5, '1 événement affiché sur 5'], [2, 11, '2 événements affichés sur 11'], [15, 161, '15 événements affichés sur 161'],
        ],
        ru: [
          [1, 1, '1 событие'], [2, 2, '2 события'], [5, 5, '5 событий'], [11, 11, '11 событий'], [21, 21, '21 событие'], [161, 161, '161 событие'],
          // After «из» the noun is genitive, agreeing with the total: из 1/21/161 события, из 2/5/11 событий.
          [0, 1, 'Показано 0 из 1 события'], [1, 2, 'Показано 1 из 2 событий'], [2, 5, 'Показано 2 из 5 событий'],
          [5, 11, 'Показано 5 из 11 событий'], [11, 21, 'Показано 11 из 21 события'], [15, 161, 'Показано 15 из 161 события'],
        ],
      };
      for (const [lang, list] of Object.entries(cases) as ['en' | 'fr' | 'ru', [number, number, string][]][]) {
        for (const [shown, total, text] of list) expect(count(lang)(shown, total), `${lang} ${shown}/${total}`).to.equal(text);
      }
    });

    it('announces "No events match these filters." in the live count', async () => {
      const el = await timelineAt(800);
      el.categories = 'espionage';
      await el.updateComplete;
      const live = $(el, '[part~="count"]')!;
      expect(live.getAttribute('role')).to.equal('status');
      expect(live.textContent!.trim()).to.contain('No events match these filters.');
    });

    it('puts every rendered event in the accessibility tree, wherever the list is scrolled', async function () {
      this.timeout(30000);
      const el = await timelineAt(800, 'bundled');
      const titles = $$(el, '.toggle').map((t) => t.textContent!.trim());
      expect(titles.length).to.be.at.least(120);
      // Let the browser paint and build its tree.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const { headings } = (await executeServerCommand<{ headings: string[] | null }, undefined>('frr-ax-headings'))!;
      if (headings === null) this.skip(); // no DevTools Protocol (Firefox, WebKit)
      const missing = titles.filter((t) => !headings.includes(t));
      expect(missing.length, `${missing.length} of ${titles.length} events are not headings in the tree: ${missing.slice(0, 3).join('; ')}…`).to.equal(0);
    });

    it('exposes one landmark per timeline besides search', async () => {
      const el = await timelineAt(800, []);
      const full = await timelineAt(800);
      for (const t of [el, full]) {
        const landmarks = $$(t, 'nav, aside, main, [role="region"], [role="navigation"], [role="complementary"], section[aria-label], section[aria-labelledby]');
        expect(landmarks.map((l) => l.getAttribute('aria-label') ?? l.localName)).to.have.length(1);
      }
    });
  });

  describe('what a screen reader hears in a chart and an event', () => {
    it('names the chart\'s figure and leaves no loose axis label in the tree', async () => {
      const el = await fixture<OpinionPollChart>(html`<opinion-poll-chart .data=${SERIES}></opinion-poll-chart>`);
      await settled(el);
      const figure = $(el, 'figure')!;
      const label = figure.getAttribute('aria-labelledby');
      expect(label, 'figure aria-labelledby').to.be.a('string');
      expect(el.shadowRoot!.getElementById(label!)?.textContent?.trim()).to.not.equal('');
      const loose = $$(el, 'svg text').filter((t) => !t.closest('[aria-hidden="true"], [role="img"]'));
      expect(loose.map((t) => t.textContent)).to.deep.equal([]);
    });

    it('heads the detail sections of an open event, one level below its title', async () => {
      const el = await timelineAt(800);
      ($(el, '.toggle[data-id="fixture-tilsit"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const headings = $$(el, '#fixture-tilsit [part~="details"] [role="heading"]');
      expect(headings.map((h) => [h.textContent!.trim(), h.getAttribute('aria-level')])).to.deep.include.members([
        ['Related events', '4'],
        ['Sources', '4'],
      ]);
    });
  });

  describe('legible on a real page', () => {
    it('writes no text under 12 px in a chart with notes, at 390 px and 1,200 px', async () => {
      for (const width of [390, 1200]) {
        const box = await fixture<HTMLElement>(html`<div style="width: ${width}px; font-size: 16px"><opinion-poll-chart series="ifop-putin-good-opinions"></opinion-poll-chart></div>`);
        const el: OpinionPollChart = box.querySelector('opinion-poll-chart')!;
        await settled(el);
        expect($(el, '[part~="notes"]'), 'the chart has notes').to.not.equal(null);
        const small = $$(el, '*')
          .filter((node) => [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()))
          .filter((node) => !node.closest('.visually-hidden, [hidden], template, style') && node.getClientRects().length > 0)
          .filter((node) => parseFloat(getComputedStyle(node).fontSize) < 12)
          .map((node) => `${node.localName}.${node.getAttribute('class')} “${node.textContent!.trim().slice(0, 20)}” ${getComputedStyle(node).fontSize}`);
        expect(small, `at ${width} px`).to.deep.equal([]);
      }
    });
  });

  describe('forced colours', () => {
    afterEach(() => executeServerCommand('frr-emulate-media-features', { features: [] }));

    it('keeps every climate of the overview distinct (a pattern each)', async function () {
      const el = await timelineAt(800);
      const emulated = await executeServerCommand('frr-emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
      if (!emulated) this.skip();
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const byClimate = new Map<string, string>();
      for (const band of $$(el, '[part~="era-band"]')) byClimate.set(band.dataset['climate']!, getComputedStyle(band).backgroundImage);
      expect(byClimate.size).to.be.at.least(5);
      expect(new Set(byClimate.values()).size, JSON.stringify([...byClimate])).to.equal(byClimate.size);
    });

    it('sets the eras that match nothing apart from those that do', async function () {
      const el = await timelineAt(800, 'bundled');
      el.setAttribute('categories', 'culture');
      await waitUntil(() => $$(el, '[part~="era-band"]:disabled').length > 0, 'no era was left without events');
      const emulated = await executeServerCommand('frr-emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
      if (!emulated) this.skip();
      const look = (band: HTMLElement) => {
        const style = getComputedStyle(band);
        return `${style.borderTopStyle} ${style.borderTopColor}`;
      };
      const bands = $$(el, '[part~="era-band"]');
      const enabled = new Set(bands.filter((b) => !(b as HTMLButtonElement).disabled).map(look));
      const disabled = new Set(bands.filter((b) => (b as HTMLButtonElement).disabled).map(look));
      for (const style of disabled) expect(enabled.has(style), `a disabled band looks like an enabled one: ${style}`).to.equal(false);
      expect(getComputedStyle(bands.find((b) => (b as HTMLButtonElement).disabled)!).borderTopStyle).to.equal('dashed');
    });
  });

  describe('dismissible content on hover (1.4.13)', () => {
    it('closes a chart tooltip opened by hovering a mark when Escape is pressed anywhere', async () => {
      const page = await fixture<HTMLElement>(html`<div><button>elsewhere</button><opinion-poll-chart .data=${SERIES}></opinion-poll-chart></div>`);
      const el: OpinionPollChart = page.querySelector('opinion-poll-chart')!;
      await settled(el);
      // The reader's focus is elsewhere on the page; the pointer rests on a mark.
      page.querySelector('button')!.focus();
      const mark = $$(el, '[part~="mark"]')[1]!;
      mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      const tooltipShown = () => $(el, '[part~="tooltip"]') !== null;
      expect(tooltipShown(), 'tooltip on hover').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltipShown(), 'tooltip after Escape').to.equal(false);
    });
  });
});
