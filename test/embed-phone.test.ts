/**
 * Embeds at a phone's width (390 px): what was tallest there keeps within
 * WordPress's 1,000 px. A chart that would pass it folds its facts
 * (`compact`, set by the page's script in a frame, undone when the frame
 * widens); cards fold a long list of parties and long stage notes by
 * themselves; the page's footer keeps to one line.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LIMIT, measure, show } from './embed-fit.js';
import { testFrame } from './helpers.js';

const PHONE = 390;
const phoneFrame = () => testFrame({ title: 'embed' }, `width: ${PHONE}px; height: 400px; border: 0`).el;

describe('embeds at a phone’s width', function () {
  this.timeout(60_000);

  it('folds the facts of a chart that would pass 1,000 px, and unfolds them when the frame widens', async () => {
    const frame = phoneFrame();
    // 1,258 px at 390 px with its facts in sight.
    const { doc, el } = await show(frame, 'dist/embed/ru/series/pew-france-opinion-of-russia.html');
    await waitUntil(() => el.hasAttribute('compact'), 'the chart did not fold its facts');
    await el.updateComplete;
    const methodology = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="methodology"]')!;
    expect(methodology.open).to.equal(false);
    await waitUntil(() => measure(doc).hidden <= 1, 'the folded chart still scrolls inside the frame');
    expect(measure(doc).height).to.be.at.most(LIMIT);
    // Wider, it fits with its facts in sight.
    frame.style.width = '640px';
    await waitUntil(() => !el.hasAttribute('compact'), 'the chart did not unfold its facts in a wider frame');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="meta"]')!.checkVisibility()).to.equal(true);
    await waitUntil(() => measure(doc).hidden <= 1 && measure(doc).height <= LIMIT, 'the unfolded chart does not fit at 640 px');
  });

  it('leaves a chart that fits as it is', async () => {
    const { doc, el } = await show(phoneFrame(), 'dist/embed/en/poll/bbc-globescan-2013-russia-influence.html');
    // Drawn at the phone's width, and checked: the page's script has had its frames.
    await waitUntil(() => Number(el.shadowRoot!.querySelector('svg.chart')?.getAttribute('width')) < PHONE, 'the chart was not redrawn at its width');
    const win = doc.defaultView!;
    for (let i = 0; i < 3; i++) await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    await el.updateComplete;
    expect(measure(doc).height).to.be.at.most(LIMIT);
    expect(el.hasAttribute('compact')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~="meta"]')!.checkVisibility()).to.equal(true);
  });

  for (const page of ['treaty-of-paris-1856', 'alliance-amendments-1899-1900', 'treaty-1992']) {
    it(`keeps the Russian card of ${page} within 1,000 px, nothing scrolled away`, async () => {
      // 1,100–1,165 px at 390 px before parties and long notes folded.
      const { doc } = await show(phoneFrame(), `dist/embed/ru/agreement/${page}.html`);
      const { height, hidden } = measure(doc);
      expect(hidden).to.be.at.most(1);
      expect(height).to.be.at.most(LIMIT);
    });
  }

  it('keeps the footer on one line, its link whole', async () => {
    const { doc } = await show(phoneFrame(), 'dist/embed/ru/agreement/bonds-settlement-1997.html');
    const footer = doc.querySelector<HTMLElement>('.frr-embed-footer')!;
    const link = footer.querySelector('a')!;
    expect(link.getClientRects()).to.have.length(1);
    expect(footer.getBoundingClientRect().height).to.be.below(1.5 * parseFloat(doc.defaultView!.getComputedStyle(footer).lineHeight));
    expect(link.getBoundingClientRect().right).to.be.at.most(footer.getBoundingClientRect().right);
  });
});
