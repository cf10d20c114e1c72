/**
 * Embeds fit WordPress's oEmbed iframe, which it clamps to 200–1,000 px and
 * does not let scroll (issue 12): at 640 px wide, every agreement, poll and
 * series page of dist/embed/ fits in 1,000 px with nothing scrolled away.
 * Shared by test/embed-fit-<lang>-<kinds>.test.ts, one file per language and
 * kind of record, so that each stays well within the runner's time for a file
 * in the slowest browser: WebKitGTK takes about 100 s for one language's
 * pages, and once went past 150 s for the Russian polls alone on a busy machine.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { testFrame } from './helpers.js';

export const LIMIT = 1000;
export const WIDTH = 640;

type Hydrating = HTMLElement & { hasUpdated?: boolean; updateComplete: Promise<unknown> };

const files = (await executeServerCommand<string[], { dir: string }>('frr-list-files', { dir: 'dist/embed' }))!;
const pagesOf = (lang: string, kind: string) => files.filter((f) => f.startsWith(`dist/embed/${lang}/${kind}/`) && f.endsWith('.html'));

/** A frame (same origin, to measure it) showing `path` once its element has hydrated and redrawn at its width. */
export async function show(frame: HTMLIFrameElement, path: string): Promise<{ doc: Document; el: Hydrating }> {
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
export function measure(doc: Document): { height: number; hidden: number } {
  const main = doc.querySelector('main')!;
  return { height: doc.documentElement.getBoundingClientRect().height, hidden: main.scrollHeight - main.clientHeight };
}

/** Tests that every page of `kinds` (agreement, poll, series) in `lang` fits at {@link WIDTH} px. */
export function describePagesFit(lang: string, kinds: readonly ('agreement' | 'poll' | 'series')[]): void {
  describe(`embed pages in ${lang} fit in 1,000 px`, function () {
    this.timeout(240_000);
    for (const kind of kinds) {
      it(`every ${kind} page, at ${WIDTH} px wide, with nothing scrolled away`, async () => {
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
  });
}
