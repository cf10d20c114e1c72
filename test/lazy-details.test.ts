/**
 * The timeline's first render needs only its index: event details come in one
 * part per century, fetched when the reader opens (or shows interest in) an
 * event of that century — and not before. This file runs in a page of its
 * own, so nothing else has fetched a details part yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/relations-timeline/define.js';
import type { RelationsTimeline } from '../src/relations-timeline/relations-timeline.js';
import { $, $$, settled } from './helpers.js';

/** Details parts this page has fetched so far, as `century.locale`. */
const fetchedDetails = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.match(/generated\/details\.(\d+\.[a-z]+)\.(?:js|ts)/)?.[1])
    .filter((name): name is string => !!name);

describe('<relations-timeline> details on demand', () => {
  it('fetches no details for the first render, then only the opened event’s century', async () => {
    const el = await fixture<RelationsTimeline>(html`<relations-timeline></relations-timeline>`);
    await settled(el);
    expect($$(el, '[part~="event"]').length).to.be.greaterThan(100);
    expect(fetchedDetails()).to.deep.equal([]);
    // The first event is from the 1660s: its part is the seventeenth century's.
    ($(el, '.toggle') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[part~="event"] [part~="details"] [part~="sources"]'), 'details did not arrive', { timeout: 15000 });
    expect(fetchedDetails()).to.deep.equal(['16.en']);
  });

  it('prefetches a century’s details when the pointer comes over one of its events', async () => {
    const el = await fixture<RelationsTimeline>(html`<relations-timeline></relations-timeline>`);
    await settled(el);
    const modern = $$(el, '[part~="event"]').find((e) => e.id.endsWith('2022'))!;
    expect(fetchedDetails()).to.not.include('20.en');
    modern.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => fetchedDetails().includes('20.en'), 'the 2000s part was not prefetched');
    expect(fetchedDetails()).to.not.include('18.en');
  });
});

describe('<relations-timeline> with its index preloaded', () => {
  it('draws the list on its first render, with no loading state; without preload it shows one', async () => {
    const { preload } = await import('../src/shared/preload.js');
    const { timelinePart } = await import('../src/data/timeline-parts.js');
    const first = async (lang: string) => {
      const el = document.createElement('relations-timeline');
      el.lang = lang;
      document.body.append(el);
      await el.updateComplete;
      const state = { loading: !!$(el, '[part~="loading"]'), events: $$(el, '[part~="event"]').length };
      el.remove();
      return state;
    };
    // Russian has not been loaded by this page yet: the first render waits for it.
    expect(await first('ru')).to.deep.equal({ loading: true, events: 0 });
    // The index and the French interface strings (preload loads both): the content shows once both are here.
    const { preload: preloadPartsOnly } = await import('../src/data/dataset.js');
    await preloadPartsOnly([timelinePart('fr')]);
    expect((await first('fr')).loading, 'French strings not loaded yet').to.equal(true);
    await preload([timelinePart('fr')]);
    const fr = await first('fr');
    expect(fr.loading).to.equal(false);
    // The first step of a list drawn in steps (progressive.ts): the rest follows frame by frame.
    expect(fr.events).to.be.at.least(20);
  });
});
