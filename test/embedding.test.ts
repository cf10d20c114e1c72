/**
 * Pages we do not control: other shadow roots, iframes, aggressive global CSS,
 * two copies of the library, Trusted Types.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/relations-timeline/define.js';
import type { RelationsTimeline } from '../src/relations-timeline/relations-timeline.js';
import { TIMELINE_EVENTS } from './fixtures/timeline-events.js';
import { readyFrame } from './helpers.js';

const loaded = (el: RelationsTimeline) =>
  waitUntil(() => el.shadowRoot?.querySelector('[part~="event"]'), 'timeline did not render', { timeout: 5000 });

describe('embedding', () => {
  it('works inside another shadow root, inheriting its host’s language', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('relations-timeline');
    el.events = TIMELINE_EVENTS;
    root.append(el);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('#fixture-tilsit time')!.textContent).to.equal('7 juillet 1807');
    await expect(el).to.be.accessible();
  });

  it('keeps its look beside aggressive global CSS', async () => {
    const style = document.createElement('style');
    style.textContent = `
      * { color: rgb(255, 0, 0) !important; line-height: 7 !important; letter-spacing: 9px !important;
          text-transform: uppercase !important; font-weight: 900 !important; text-align: center !important; }
      li { list-style: square !important; margin: 50px !important; }
      button, input, select { background: rgb(255, 0, 0) !important; }
      p { display: none !important; }`;
    document.head.append(style);
    try {
      const el = await fixture<RelationsTimeline>(html`<relations-timeline theme="light" .events=${TIMELINE_EVENTS}></relations-timeline>`);
      await loaded(el);
      const summary = el.shadowRoot!.querySelector('#fixture-tilsit [part~="summary"]')!;
      const cs = getComputedStyle(summary);
      expect(cs.display).to.equal('block');
      expect(cs.color).to.not.equal('rgb(255, 0, 0)');
      expect(cs.letterSpacing).to.equal('normal');
      expect(cs.textTransform).to.equal('none');
      expect(cs.textAlign).to.not.equal('center');
      expect(parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)).to.be.below(2);
      const toggle = el.shadowRoot!.querySelector('.toggle')!;
      expect(getComputedStyle(toggle).backgroundColor).to.not.equal('rgb(255, 0, 0)');
    } finally {
      style.remove();
    }
  });

  it('works inside an iframe, with the library loaded there too', async () => {
    const frame = await readyFrame('width: 400px; height: 600px');
    const doc = frame.contentDocument!;
    doc.documentElement.lang = 'ru';
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('/dist/cdn/france-russia-relations.js', location.href).href;
    doc.head.append(script);
    doc.body.append(doc.createElement('relations-timeline'));
    const inner = () => doc.querySelector('relations-timeline')?.shadowRoot;
    await waitUntil(() => inner()?.querySelector('[part~="event"]'), 'timeline in the iframe did not render', { timeout: 8000 });
    expect(inner()!.querySelector('[part~="search"]')!.getAttribute('placeholder')).to.match(/Поиск/);
    frame.remove();
  });

  it('survives a second copy of the library on the page', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const url = new URL('/dist/cdn/france-russia-relations.js', location.href).href;
      await import(/* @vite-ignore */ url);
      await import(/* @vite-ignore */ `${url}?second-copy`);
      const el = await fixture<RelationsTimeline>(html`<relations-timeline .events=${TIMELINE_EVENTS}></relations-timeline>`);
      await loaded(el);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
