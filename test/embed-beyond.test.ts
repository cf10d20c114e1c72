/**
 * Embeds beyond 1,000 px (see embed-fit.ts): a card opened in full scrolls
 * inside the frame, the gallery's list too, and a page opened on its own takes
 * its full height.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LIMIT, measure, show, WIDTH } from './embed-fit.js';
import { testFrame } from './helpers.js';

describe('embeds beyond 1,000 px', function () {
  this.timeout(60_000);

  it('keeps a card whose every section is open within 1,000 px, the rest scrolling inside the frame', async () => {
    const frame = testFrame({ title: 'embed' }, `width: ${WIDTH}px; height: 400px; border: 0`).el;
    const { doc, el } = await show(frame, 'dist/embed/ru/agreement/franco-russian-alliance.html');
    for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
    const main = doc.querySelector('main')!;
    await waitUntil(() => main.scrollHeight > main.clientHeight, 'the open card did not outgrow the frame');
    expect(measure(doc).height).to.be.at.most(LIMIT);
    // The last source is reachable: scrolled into view inside <main>.
    const last = [...el.shadowRoot!.querySelectorAll('[part~="sources"] a')].at(-1)!;
    last.scrollIntoView({ block: 'nearest' });
    await waitUntil(() => main.scrollTop > 0, 'main did not scroll');
    const box = last.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(main.getBoundingClientRect().bottom + 1);
  });

  it('keeps the gallery within 1,000 px, its list scrolling inside the frame', async () => {
    const frame = testFrame({ title: 'embed' }, `width: ${WIDTH}px; height: 400px; border: 0`).el;
    const { doc, el } = await show(frame, 'dist/embed/en/gallery.html');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('alliance-card').length > 10, 'no cards');
    const { height, hidden } = measure(doc);
    expect(height).to.be.at.most(LIMIT);
    expect(height).to.be.greaterThan(LIMIT - 60);
    expect(hidden, 'the list scrolls inside').to.be.greaterThan(1000);
  });

  it('lets a page opened on its own (not in a frame) take its full height', async () => {
    const frame = testFrame({ title: 'embed' }, `width: ${WIDTH}px; height: 400px; border: 0`).el;
    const { doc } = await show(frame, 'dist/embed/en/gallery.html');
    // The same markup, as a top-level page would lay it out: no frame, no cap.
    doc.documentElement.classList.replace('frr-framed', 'frr-top');
    const main = doc.querySelector('main')!;
    await waitUntil(() => main.scrollHeight <= main.clientHeight, 'a top-level page still scrolls inside');
    expect(doc.documentElement.getBoundingClientRect().height).to.be.greaterThan(2000);
  });
});
