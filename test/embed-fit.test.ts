/**
 * Embeds fit WordPress's oEmbed iframe, which it clamps to 200–1,000 px and
 * does not let scroll (issue 12): at 640 px wide, every agreement, poll and
 * series page of dist/embed/ fits in 1,000 px with nothing scrolled away;
 * what a reader opens beyond that, and the gallery's long list, scroll inside
 * the frame, which never grows past 1,000 px.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { testFrame } from './helpers.js';

const LIMIT = 1000;
const WIDTH = 640;

type Hydrating = HTMLElement & { hasUpdated?: boolean; updateComplete: Promise<unknown> };

const files = (await executeServerCommand<string[], { dir: string }>('frr-list-files', { dir: 'dist/embed' }))!;
const pagesOf = (lang: string, kind: string) => files.filter((f) => f.startsWith(`dist/embed/${lang}/${kind}/`) && f.endsWith('.html'));

/** A frame (same origin, to measure it) showing `path` once its element has hydrated and redrawn at its width. */
async function show(frame: HTMLIFrameElement, path: string): Promise<{ doc: Document; el: Hydrating }> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/${path}`;
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow!;
  const el = doc.querySelector<Hydrating>('main > *')!;
  await waitUntil(() => win.customElements.get(el.localName) && el.hasUpdated, `${path} did not hydrate`, { timeout: 20000 });
  await el.updateComplete;
  // A chart redraws at its measured width a frame later.
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  await el.updateComplete;
  return { doc, el };
}

/** The page's height, and how much of its content its <main> scrolls away. */
function measure(doc: Document): { height: number; hidden: number } {
  const main = doc.querySelector('main')!;
  return { height: doc.documentElement.getBoundingClientRect().height, hidden: main.scrollHeight - main.clientHeight };
}

describe('embeds fit in 1,000 px', function () {
  this.timeout(240_000);

  for (const lang of ['en', 'fr', 'ru']) {
    for (const kind of ['agreement', 'poll', 'series']) {
      it(`every ${kind} page in ${lang}, at ${WIDTH} px wide, with nothing scrolled away`, async () => {
        const pages = pagesOf(lang, kind);
        expect(pages.length).to.be.greaterThan(4);
        // Three frames side by side, each going through its share of the pages.
        const frames = [0, 1, 2].map(() => testFrame({ title: 'embed' }, `width: ${WIDTH}px; height: 400px; border: 0`).el);
        const over: string[] = [];
        await Promise.all(
          frames.map(async (frame, i) => {
            for (const path of pages.filter((_, k) => k % frames.length === i)) {
              const { doc } = await show(frame, path);
              const { height, hidden } = measure(doc);
              if (height > LIMIT || hidden > 1) over.push(`${path}: ${Math.ceil(height)} px, ${Math.ceil(hidden)} px scrolled away`);
            }
          }),
        );
        expect(over, `${over.length} of ${pages.length} pages do not fit`).to.deep.equal([]);
      });
    }
  }

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
