/**
 * Server rendering (`france-russia-relations/ssr`): the built renderer runs in
 * Node (through the `frr-ssr` test-server command); its output is read here
 * with JavaScript off (a sandboxed frame without scripts), then hydrated by
 * the script tag in a page of its own, as a static site would serve it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { readDataFiles, readyFrame, serverJob, type DataFiles } from './helpers.js';
import type { Locale } from '../src/shared/locales.js';
import { SERVER_WIDTH } from '../src/opinion-poll-chart/width-controller.js';

interface Rendered {
  results: ({ html: string } | { error: string })[];
  warnings: string[];
}

async function serverRender(jobs: { html: string; lang?: string }[]): Promise<{ html: string[]; warnings: string[] }> {
  const out = await serverJob<Rendered, { jobs: typeof jobs }>('frr-ssr', { jobs });
  return {
    html: out.results.map((r) => {
      if ('error' in r) throw new Error(r.error);
      return r.html;
    }),
    warnings: out.warnings,
  };
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** `markup` in a frame that runs no script, as a reader with JavaScript off (or a crawler) gets it. */
async function withoutScripts(markup: string, width = 1200): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = 'static page';
  // Same origin so the test can read it; no allow-scripts, so nothing runs.
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${markup}</body></html>`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

/** Visible text of an element's shadow root (declarative, so present without scripts). */
const shadowText = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

const ENTRY = new URL('/dist/cdn/france-russia-relations.js', location.href).href;

describe('server rendering', function () {
  this.timeout(30000);
  let data: DataFiles;
  before(async () => {
    data = await readDataFiles();
  });

  const nameOf = (id: string, locale: Locale) => data.alliances.find((a) => a.id === id)!.name[locale]!;
  const seriesTitle = (id: string, locale: Locale) => data.series.find((s) => s.id === id)!.title[locale]!;
  const eventTitle = (id: string, locale: Locale) => data.events.find((e) => e.id === id)!.title[locale]!;

  for (const locale of ['en', 'fr', 'ru'] as const) {
    it(`draws every element's real content in ${locale}, readable with JavaScript off`, async () => {
      const { html } = await serverRender([
        {
          lang: locale,
          html: `<alliance-card alliance="franco-russian-alliance"></alliance-card>
            <opinion-poll-chart series="pew-france-opinion-of-russia"></opinion-poll-chart>
            <relations-timeline selected="franco-russian-military-convention-1892"></relations-timeline>
            <alliance-gallery></alliance-gallery>`,
        },
      ]);
      const doc = await withoutScripts(html[0]!);
      const text = (tag: string) => shadowText(doc.querySelector(tag));
      for (const tag of ['alliance-card', 'opinion-poll-chart', 'relations-timeline', 'alliance-gallery']) {
        expect(doc.querySelector(tag)!.shadowRoot, tag).to.not.equal(null);
        expect(doc.querySelector(tag)!.shadowRoot!.querySelector('[part~="loading"]'), tag).to.equal(null);
        expect(doc.querySelector(tag)!.getBoundingClientRect().height, tag).to.be.greaterThan(100);
      }
      expect(text('alliance-card')).to.contain(nameOf('franco-russian-alliance', locale));
      expect(text('opinion-poll-chart')).to.contain(seriesTitle('pew-france-opinion-of-russia', locale));
      expect(text('relations-timeline')).to.contain(eventTitle('franco-russian-military-convention-1892', locale));
      // The selected event is drawn open, with its details (people, sources).
      const timeline = doc.querySelector('relations-timeline')!.shadowRoot!;
      const open = timeline.getElementById('franco-russian-military-convention-1892')!;
      expect(open.querySelector('[aria-expanded="true"]')).to.not.equal(null);
      expect(open.querySelector('[part~="sources"]')).to.not.equal(null);
      // Cards inside the gallery's shadow root are drawn too.
      const cards = doc.querySelector('alliance-gallery')!.shadowRoot!.querySelectorAll('alliance-card');
      expect(cards.length).to.be.greaterThan(10);
      expect(shadowText(cards[0]!)).to.not.equal('');
    });
  }

  it('checks only the categories the timeline filters by (a server writes .checked=${false} as checked="false")', async () => {
    const { html } = await serverRender([{ html: '<relations-timeline></relations-timeline><relations-timeline categories="war treaty"></relations-timeline>' }]);
    const doc = await withoutScripts(html[0]!);
    const [all, some] = [...doc.querySelectorAll('relations-timeline')].map((el) =>
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="filters"] input[type="checkbox"]')],
    );
    expect(all!.length).to.be.greaterThan(5);
    expect(all!.filter((box) => box.checked)).to.deep.equal([]);
    expect(some!.filter((box) => box.checked).map((box) => box.closest<HTMLElement>('[data-category]')!.dataset['category'])).to.have.members(['war', 'treaty']);
  });

  it('takes the language from the element, then the markup around it, then the option', async () => {
    const { html } = await serverRender([
      {
        lang: 'ru',
        html: `<div lang="fr"><alliance-card alliance="treaty-1992"></alliance-card>
          <alliance-card alliance="treaty-1992" lang="en"></alliance-card></div>
          <alliance-card alliance="treaty-1992"></alliance-card>`,
      },
    ]);
    const doc = await withoutScripts(html[0]!);
    const [fr, en, ru] = [...doc.querySelectorAll('alliance-card')].map(shadowText);
    expect(fr).to.contain(nameOf('treaty-1992', 'fr'));
    expect(en).to.contain(nameOf('treaty-1992', 'en'));
    expect(ru).to.contain(nameOf('treaty-1992', 'ru'));
    // Attributes are kept as written; no language is added to the element.
    expect(doc.querySelectorAll('alliance-card')[0]!.hasAttribute('lang')).to.equal(false);
  });

  it('renders the error message of a bad attribute, and warns on the server', async () => {
    const { html, warnings } = await serverRender([
      { html: '<alliance-card alliance="no-such-treaty"></alliance-card><opinion-poll-chart poll="nope"></opinion-poll-chart>' },
    ]);
    const doc = await withoutScripts(html[0]!);
    const errors = [...doc.querySelectorAll('alliance-card, opinion-poll-chart')].map((el) =>
      [...el.shadowRoot!.querySelectorAll('[part~="error"]')].map((e) => e.textContent!.trim()).join(' '),
    );
    expect(errors[0]).to.contain('no-such-treaty');
    expect(errors[1]).to.contain('nope');
    expect(warnings.join('\n')).to.contain('"no-such-treaty" is not a valid value for "alliance"');
  });

  it('leaves the rest of the fragment as written', async () => {
    const before = '<h1 class="x">Title &amp; more</h1><p>Text <b>bold</b></p>';
    const { html } = await serverRender([{ html: `${before}<alliance-card alliance="treaty-1992"></alliance-card><footer>End</footer>` }]);
    expect(html[0]!.startsWith(before)).to.equal(true);
    expect(html[0]!.endsWith('</alliance-card><footer>End</footer>')).to.equal(true);
  });

  describe('hydration through the script tag', () => {
    /**
     * A page holding the server's markup, then the script: returns the
     * elements once hydrated, the server's nodes found before, and the layout
     * shifts seen (Chromium reports them; elsewhere the heights are compared).
     */
    async function hydrate(markup: string, width: number, height = 900) {
      const frame = await readyFrame(`width: ${width}px; height: ${height}px`);
      frames.push(frame);
      const doc = frame.contentDocument!;
      const win = frame.contentWindow! as Window & typeof globalThis;
      const shifts: number[] = [];
      if (win.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift')) {
        new win.PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      }
      const errors: unknown[] = [];
      win.addEventListener('error', (e) => errors.push(e.error ?? e.message));
      win.addEventListener('unhandledrejection', (e) => errors.push(e.reason));
      doc.body.setHTMLUnsafe(`${markup}<p id="after">After the elements</p>`);
      const elements = [...doc.body.children].filter((el) => el.localName.includes('-'));
      const serverNodes = elements.map((el) => [...el.shadowRoot!.querySelectorAll('*')].filter((n) => n.localName !== 'style').slice(0, 40));
      const boxes = elements.map((el) => el.getBoundingClientRect().height);
      const after = doc.getElementById('after')!.getBoundingClientRect().top;
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = ENTRY;
      doc.head.append(script);
      await waitUntil(() => elements.every((el) => (el as Element & { hasUpdated?: boolean }).hasUpdated), 'elements did not hydrate', { timeout: 15000 }).catch((e: Error) => {
        const state = elements.map((el) => `${el.localName}: defined ${!!win.customElements.get(el.localName)}, updated ${(el as Element & { hasUpdated?: boolean }).hasUpdated}`);
        throw new Error(`${e.message}: ${state.join('; ')}; errors: ${errors.map(String).join(' | ')}`);
      });
      for (const el of elements) await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
      // Let a redraw at the measured width (the chart) land.
      const drawnByServer = () => elements.some((el) => el.shadowRoot!.querySelector(`svg.chart[width="${SERVER_WIDTH}"]`));
      await waitUntil(() => !drawnByServer(), 'a chart was not redrawn at its width');
      for (const el of elements) await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
      return { doc, win, elements, serverNodes, boxes, after, shifts, errors };
    }

    // A chart is drawn at its measured width, which a server cannot know: every form
    // keeps the height it was drawn with at any width (bars lay out their labels and
    // values at a width of their own), so nothing below it moves once redrawn.
    const CHARTS = [
      { what: 'a line chart', markup: '<opinion-poll-chart series="pew-france-opinion-of-russia"></opinion-poll-chart>' },
      { what: 'separate bars', markup: '<opinion-poll-chart poll="ifop-2024-06-allies-and-threats"></opinion-poll-chart>' },
      { what: 'a stacked bar', markup: '<opinion-poll-chart poll="bbc-globescan-2005-russia-influence"></opinion-poll-chart>' },
      { what: 'a stacked bar with a value below it', markup: '<opinion-poll-chart poll="vciom-2017-05-relations-with-france"></opinion-poll-chart>' },
      { what: 'stacked bars per wave', markup: '<opinion-poll-chart type="stacked" series="ifop-putin-good-opinions"></opinion-poll-chart>' },
    ];
    for (const width of [390, 1200]) {
      const timeline = '<relations-timeline selected="franco-russian-military-convention-1892"></relations-timeline>';
      // Each in view (a frame tall enough for the tallest chart at 390 px): a shift
      // below the frame's fold is not counted. (The timeline's category chips moved
      // once: the server checked every box, see "checks only the categories".)
      for (const { what, markup } of [
        { what: 'a card', markup: '<alliance-card alliance="franco-russian-alliance"></alliance-card>' },
        ...CHARTS,
        { what: 'a timeline', markup: timeline },
      ]) {
        it(`adopts the server's markup of ${what} without a jump at ${width} px`, async () => {
          const { html } = await serverRender([{ html: markup }]);
          const page = await hydrate(html[0]!, width, 1600);
          expect(page.errors).to.deep.equal([]);
          page.elements.forEach((el, i) => {
            // The same nodes: adopted, not redrawn or duplicated.
            for (const node of page.serverNodes[i]!) expect(node.isConnected, `${el.localName} ${node.localName}`).to.equal(true);
            expect(el.shadowRoot!.querySelectorAll('.frame').length, el.localName).to.equal(1);
            expect(Math.abs(el.getBoundingClientRect().height - page.boxes[i]!), `${el.localName} height`).to.be.below(1);
          });
          expect(page.doc.getElementById('after')!.getBoundingClientRect().top).to.be.closeTo(page.after, 1);
          expect(page.shifts.reduce((a, b) => a + b, 0)).to.equal(0);
        });
      }
    }

    for (const { what, markup } of CHARTS.slice(1)) {
      it(`hydrates ${what} drawn at ${SERVER_WIDTH} px, then redraws it at a phone's width in the same height`, async () => {
        const { html } = await serverRender([{ html: markup }]);
        expect(html[0]).to.contain(`viewBox="0 0 ${SERVER_WIDTH} `);
        const page = await hydrate(html[0]!, 390, 1600);
        expect(page.errors).to.deep.equal([]);
        const chart = page.elements[0]!;
        await waitUntil(() => !chart.shadowRoot!.querySelector(`svg.chart[width="${SERVER_WIDTH}"]`), 'the chart was not redrawn');
        const svg = chart.shadowRoot!.querySelector('svg.chart')!;
        expect(Number(svg.getAttribute('width'))).to.be.below(390);
        expect(Math.abs(chart.getBoundingClientRect().height - page.boxes[0]!)).to.be.below(1);
        expect(page.shifts).to.deep.equal([]);
      });
    }

    it('hydrates a compact gallery from its agreements in brief, without a request per card', async () => {
      const { html } = await serverRender([{ html: '<alliance-gallery kinds="entente alliance"></alliance-gallery>' }]);
      const page = await hydrate(html[0]!, 1200);
      expect(page.errors).to.deep.equal([]);
      const cards = [...page.elements[0]!.shadowRoot!.querySelectorAll('alliance-card')] as (Element & { hasUpdated: boolean })[];
      expect(cards.length).to.be.greaterThan(3);
      await waitUntil(() => cards.every((card) => card.hasUpdated), 'the cards did not hydrate');
      const parts = page.win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name.match(/\/chunks\/(agreements?\.[^/?]+)\.js/)?.[1])
        .filter(Boolean);
      expect(parts, JSON.stringify(parts)).to.deep.equal(['agreements.brief.en']);
    });

    it('is interactive once hydrated', async () => {
      const { html } = await serverRender([{ html: '<relations-timeline></relations-timeline>' }]);
      const page = await hydrate(html[0]!, 1200);
      const timeline = page.elements[0]!;
      const toggle = timeline.shadowRoot!.querySelector<HTMLButtonElement>('.toggle[aria-expanded="false"]')!;
      toggle.click();
      await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'the event did not open');
      const search = timeline.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = 'Tilsit';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(() => timeline.shadowRoot!.querySelectorAll('[part~="event"]').length < 10, 'the search did not filter');
    });
  });
});
