/**
 * The timeline on a phone (issue 13, item 4): the search and filters fold
 * behind one button on narrow widths, the overview is one tab stop, and the
 * whole element stays within a small screen so the list gets the height.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/relations-timeline/define.js';
import type { RelationsTimeline } from '../src/relations-timeline/relations-timeline.js';
import { loadTimelineStrings } from '../src/i18n/strings/relations-timeline.js';
import { $, $$, readyFrame, settled } from './helpers.js';

async function timelineAt(width: number, attributes = ''): Promise<RelationsTimeline> {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px"></div>`);
  box.insertAdjacentHTML('beforeend', `<relations-timeline ${attributes}></relations-timeline>`);
  const el = box.querySelector('relations-timeline')!;
  await settled(el);
  await el.updateComplete;
  return el;
}

const shown = (node: Element | null) => !!node && node.getClientRects().length > 0;

/** What Tab reaches before the list, in order: focusable, visible, not taken out of the tab order. */
function tabStopsBeforeList(el: RelationsTimeline): HTMLElement[] {
  const list = $(el, '[part~="list"]')!;
  return $$(el, 'button, input, select, a[href], [tabindex]').filter(
    (node) =>
      node.tabIndex >= 0 &&
      !(node as HTMLButtonElement).disabled &&
      shown(node) &&
      list.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING,
  );
}

describe('<relations-timeline> on a phone', () => {
  for (const width of [320, 390]) {
    it(`folds the search and filters behind one button at ${width} px, with the count in view`, async function () {
      this.timeout(30000);
      const el = await timelineAt(width);
      const toggle = $(el, '[part~="filters-toggle"]')!;
      expect(shown(toggle)).to.equal(true);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('filter-panel');
      expect(shown($(el, '[part~="search"]'))).to.equal(false);
      expect(shown($(el, '[part~="filters"]'))).to.equal(false);
      expect(shown($(el, '[part~="count"]'))).to.equal(true);
      // The toggle and the count share one row.
      expect(Math.abs(toggle.getBoundingClientRect().top - $(el, '[part~="count"]')!.getBoundingClientRect().top)).to.be.below(24);
      await expect(el).to.be.accessible();

      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(shown($(el, '[part~="search"]'))).to.equal(true);
      expect(shown($(el, '[part~="filters"]'))).to.equal(true);
      expect(shown($(el, '[part~="era-select"]'))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('reaches the list in two tab stops at 390 px (the toggle and the overview), all of them at 1,280 px', async () => {
    const phone = await timelineAt(390);
    const stops = tabStopsBeforeList(phone);
    expect(stops.map((node) => node.getAttribute('part'))).to.deep.equal(['filters-toggle', 'era-band']);
    const desk = await timelineAt(1280);
    const parts = tabStopsBeforeList(desk).map((node) => node.getAttribute('part'));
    expect(parts).to.not.include('filters-toggle');
    expect(parts.filter((p) => p === 'era-band')).to.have.length(1);
    expect(parts).to.include.members(['search', 'era-select']);
  });

  it('shows everything and no toggle at 1,280 px', async () => {
    const el = await timelineAt(1280);
    expect(shown($(el, '[part~="filters-toggle"]'))).to.equal(false);
    expect(shown($(el, '[part~="search"]'))).to.equal(true);
    expect(shown($(el, '[part~="filters"]'))).to.equal(true);
  });

  it('has no toggle with controls="search": one field needs no fold', async () => {
    const el = await timelineAt(320, 'controls="search"');
    expect($(el, '[part~="filters-toggle"]')).to.equal(null);
    expect(shown($(el, '[part~="search"]'))).to.equal(true);
    // One column: the search across the width, the count under it.
    const search = $(el, '[part~="search"]')!.getBoundingClientRect();
    const controls = $(el, '[part~="controls"]')!.getBoundingClientRect();
    expect(search.width).to.be.closeTo(controls.width, 1);
    expect(search.bottom).to.be.at.most($(el, '[part~="count"]')!.getBoundingClientRect().top);
  });

  it('says on the folded button how many filters are set', async () => {
    const el = await timelineAt(390, 'categories="war treaty"');
    const toggle = $(el, '[part~="filters-toggle"]')!;
    expect($(el, '.badge')!.textContent).to.equal('2');
    expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Search and filters2, 2 active filters');
    toggle.click();
    await el.updateComplete;
    const search = $(el, '[part~="search"]') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'Tilsit' });
    await waitUntil(() => $(el, '.badge')?.textContent === '3', 'the search did not count as a filter');
    el.categories = undefined;
    el.era = undefined;
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '.badge')).to.equal(null);
    expect($(el, '[part~="filters-toggle"]')!.textContent!.trim()).to.equal('Search and filters');
  });

  it('counts active filters in French and Russian with the right plural forms', async () => {
    const [inEn, inFr, inRu] = await Promise.all([loadTimelineStrings('en'), loadTimelineStrings('fr'), loadTimelineStrings('ru')]);
    const [en, fr, ru] = [inEn.timeline.activeFilters, inFr.timeline.activeFilters, inRu.timeline.activeFilters];
    expect([1, 2, 5, 11, 21, 161].map(en)).to.deep.equal(
      ['1 active filter', '2 active filters', '5 active filters', '11 active filters', '21 active filters', '161 active filters'],
    );
    expect([1, 2, 5, 11, 21, 161].map(fr)).to.deep.equal(
      ['1 filtre actif', '2 filtres actifs', '5 filtres actifs', '11 filtres actifs', '21 filtres actifs', '161 filtres actifs'],
    );
    expect([1, 2, 5, 11, 21, 161].map(ru)).to.deep.equal([
      '1 активный фильтр',
      '2 активных фильтра',
      '5 активных фильтров',
      '11 активных фильтров',
      '21 активный фильтр',
      '161 активный фильтр',
    ]);
  });

  it('moves along the overview with arrows, Home and End, skipping eras with nothing to show', async () => {
    const el = await timelineAt(390, 'categories="alliance"');
    const enabled = $$(el, '[part~="era-band"]:not([disabled])');
    const all = $$(el, '[part~="era-band"]');
    expect(enabled.length).to.be.at.least(3);
    expect(enabled.length).to.be.below(all.length);
    expect(all.filter((b) => b.tabIndex === 0)).to.have.length(1);
    const first = all.find((b) => b.tabIndex === 0)!;
    first.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => el.shadowRoot!.activeElement === enabled.at(-1), 'End did not reach the last band with events');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => el.shadowRoot!.activeElement === enabled[0], 'Home did not reach the first band with events');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.shadowRoot!.activeElement === enabled[1], 'ArrowRight skipped or stayed');
    // The strip keeps one tab stop, on the band last reached.
    await waitUntil(() => enabled[1]!.tabIndex === 0, 'the tab stop did not follow');
    expect(all.filter((b) => b.tabIndex === 0)).to.deep.equal([enabled[1]]);
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => el.shadowRoot!.activeElement === enabled[0], 'ArrowLeft did not go back');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="era-band"][aria-current="true"]') === enabled[0], 'Enter did not jump to the era');
    await expect(el).to.be.accessible();
  });

  describe('height within a small screen', () => {
    async function heightIn(frameStyle: string, style = ''): Promise<number> {
      return measureIn(frameStyle, style, (el) => el.getBoundingClientRect().height);
    }

    async function measureIn<T>(frameStyle: string, style: string, measure: (el: Element) => T): Promise<T> {
      const frame = await readyFrame(frameStyle);
      const doc = frame.contentDocument!;
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = new URL('/dist/cdn/france-russia-relations.js', location.href).href;
      doc.head.append(script);
      doc.body.insertAdjacentHTML('beforeend', `<relations-timeline style="${style}"></relations-timeline>`);
      const el = doc.querySelector('relations-timeline')!;
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="event"]'), 'the timeline in the frame did not render', { timeout: 20000 });
      const result = measure(el);
      frame.remove();
      return result;
    }

    it('takes at most 85 % of a phone screen (320 × 568) and keeps 44rem on a large one', async () => {
      expect(await heightIn('width: 320px; height: 568px; border: 0')).to.be.closeTo(568 * 0.85, 1);
      expect(await heightIn('width: 1200px; height: 900px; border: 0')).to.be.closeTo(704, 1);
    });

    it('gives the list most of a window zoomed to 400 % (320 × 256): the controls scroll with the page, the era headings with the list', async () => {
      const { list, host, heading } = await measureIn('width: 320px; height: 256px; border: 0', '', (el) => {
        const root = el.shadowRoot!;
        return {
          list: root.querySelector('[part~="list"]')!.getBoundingClientRect().height,
          host: el.getBoundingClientRect().height,
          heading: getComputedStyle(root.querySelector('[part~="era-title"]')!).position,
        };
      });
      expect(list).to.be.closeTo(256 * 0.85, 1);
      expect(host).to.be.greaterThan(list + 40);
      expect(heading).to.equal('static');
      // A taller window keeps the whole element within the screen and the heading stuck.
      const tall = await measureIn('width: 320px; height: 568px; border: 0', '', (el) => getComputedStyle(el.shadowRoot!.querySelector('[part~="era-title"]')!).position);
      expect(tall).to.equal('sticky');
    });

    it('fits a phone held sideways (844 × 390) and keeps an author height smaller than the screen', async () => {
      expect(await heightIn('width: 844px; height: 390px; border: 0')).to.be.closeTo(390 * 0.85, 1);
      expect(await heightIn('width: 390px; height: 844px; border: 0', '--relations-timeline-height: 20rem')).to.be.closeTo(320, 1);
      expect(await heightIn('width: 390px; height: 500px; border: 0', '--relations-timeline-max-height: 44rem')).to.be.closeTo(704, 1);
    });
  });
});
