/**
 * Hostile pages and zoom (issue 13, item 7). The four elements, loaded from the CDN bundle into
 * a page (an iframe) that links a real-world stylesheet, keep their layout and legibility:
 * - Tailwind CSS v4's preflight, Bootstrap 5's reboot (both vendored in test/fixtures/hostile/
 *   with their licences), and a classic blog theme's `!important` typography;
 * - a page zoomed to 200 % (WCAG 1.4.4) and 400 % (1.4.10 reflow) of a 1,280 px window, emulated
 *   as the CSS viewport such a zoom leaves (640 and 320 px wide), and text alone at 200 %.
 *
 * "Keeps layout" means: each element stays inside the page's column and nothing in it sticks out,
 * the page never scrolls sideways, every box inside is sized as the elements' own styles assume,
 * the timeline is as tall as its custom property says with its list scrolling inside, the chart is
 * drawn at its own width and aspect, and `hidden` hides. "Keeps legibility" means: every visible
 * piece of text is at least 12 px with a sane line height and none of the page's spacing,
 * justification or shadow; no text overlaps other text, runs out of its box or is clipped; focus
 * rings show whole; axe finds nothing (contrast included).
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  axeProblems,
  boxSizingProblems,
  clippedTextProblems,
  focusRingProblems,
  legibilityProblems,
  openPage,
  overflowProblems,
  overlappingTextProblems,
  shownHiddenProblems,
  TAGS,
  type Host,
  type Page,
} from './page-checks.js';

const SHEETS = [
  { name: 'Tailwind’s preflight (v4.3.5)', href: '/test/fixtures/hostile/tailwind-preflight.css' },
  { name: 'Bootstrap’s reboot (5.3.9)', href: '/test/fixtures/hostile/bootstrap-reboot.css' },
  { name: 'a classic blog theme’s !important typography', href: '/test/fixtures/hostile/blog-theme.css' },
];

const sr = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => sr(el).querySelector<T>(selector);
const shown = (el: Element | null) => !!el && el.getClientRects().length > 0;

/** Runs `check` on every element and expects no problem, naming the element of each. */
function expectNone(page: Page, check: (host: Host) => string[]): void {
  const problems = TAGS.flatMap((tag) => check(page.el[tag]).map((p) => `<${tag}> ${p}`));
  expect(problems).to.deep.equal([]);
}

/**
 * The timeline's height per its CSS: `--relations-timeline-height` (44rem, in the page's rem),
 * within the window, and within 85 % of a small one (`--relations-timeline-max-height`).
 */
function expectedTimelineHeight(page: Page): number {
  const rem = parseFloat(page.win.getComputedStyle(page.doc.documentElement).fontSize);
  const small = page.win.innerWidth < 640 || page.win.innerHeight < 640;
  return Math.min(44 * rem, (small ? 0.85 : 1) * page.win.innerHeight);
}

/**
 * A window under 20rem tall (media queries count the initial 16 px) gives that height to
 * the list alone: the controls above it scroll with the page.
 */
const shortWindow = (page: Page) => page.win.innerHeight < 320;

/**
 * The timeline's list: it has room (at least `lines` lines of its events' titles, and `share`
 * of the element's height), and it scrolls inside the element without moving the page.
 */
function expectListScrolls(page: Page, { lines, share = 0 }: { lines: number; share?: number }): void {
  const timeline = page.el['relations-timeline'];
  const list = q(timeline, '[part~="list"]')!;
  const line = parseFloat(page.win.getComputedStyle(q(timeline, '[part~="event"] .title')!).lineHeight);
  expect(page.win.getComputedStyle(list).overflowY).to.equal('auto');
  expect(list.clientHeight / line, 'lines of the list').to.be.at.least(lines);
  expect(list.clientHeight / timeline.getBoundingClientRect().height, 'share of the list').to.be.at.least(share);
  expect(list.scrollHeight, 'the list holds more than it shows').to.be.greaterThan(list.clientHeight);
  const pageTop = page.doc.scrollingElement!.scrollTop;
  list.scrollTo({ top: 300, behavior: 'instant' });
  expect(list.scrollTop, 'the list scrolled').to.be.greaterThan(0);
  expect(page.doc.scrollingElement!.scrollTop, 'the page did not').to.equal(pageTop);
  list.scrollTo({ top: 0, behavior: 'instant' });
}

/** The chart's SVG: drawn at the width of its box, and shown at the size (and aspect) it was drawn at. */
function expectChartDrawnToSize(page: Page): void {
  const chart = page.el['opinion-poll-chart'];
  const svg = q<SVGSVGElement>(chart, 'svg.chart')!;
  const box = svg.getBoundingClientRect();
  const [, , w, h] = svg.getAttribute('viewBox')!.split(/\s+/).map(Number);
  expect(Math.abs(box.width - w!), `drawn ${w} px wide, shown ${box.width}`).to.be.at.most(1);
  expect(Math.abs(box.height - h!), `drawn ${h} px high, shown ${box.height}`).to.be.at.most(1);
  expect(Math.abs(w! - svg.closest('.plot')!.clientWidth), 'drawn at the width of its box').to.be.at.most(2);
}

describe('hostile pages', function () {
  this.timeout(180_000);

  for (const sheet of SHEETS) {
    describe(`under ${sheet.name}`, () => {
      let page: Page;
      before(async () => {
        page = await openPage({ sheet: sheet.href, width: 1280, height: 800 });
      });
      after(() => page?.frame.remove());

      it('keeps every element inside the column, nothing sticking out, every box border-box', () => {
        const problems = TAGS.flatMap((tag) => [...overflowProblems(page, page.el[tag]), ...boxSizingProblems(page.el[tag])].map((p) => `<${tag}> ${p}`));
        // The chart keeps the padding around its content (a page's `* { padding: 0 }` reaches its host).
        const chart = page.el['opinion-poll-chart'];
        const inset = q(chart, '.frame')!.getBoundingClientRect().left - chart.getBoundingClientRect().left;
        if (inset < 6) problems.push(`<opinion-poll-chart> its content is ${inset} px from its edge`);
        expect(problems).to.deep.equal([]);
      });

      it('keeps text legible: at least 12 px, its own line height and spacing, no page shadow', async () => {
        // The chart's tooltip counts too: show it.
        sr(page.el['opinion-poll-chart']).querySelector<SVGElement>('[part~="mark"][tabindex="0"]')!.focus();
        await page.el['opinion-poll-chart'].updateComplete;
        const tooltip = q(page.el['opinion-poll-chart'], '[part~="tooltip"]');
        expect(shown(tooltip), 'tooltip shown').to.equal(true);
        const problems = [
          ...legibilityProblems(page.el['opinion-poll-chart']).map((p) => `<opinion-poll-chart> (tooltip shown) ${p}`),
          ...(parseFloat(page.win.getComputedStyle(tooltip!).fontSize) < 12 ? [`tooltip: ${page.win.getComputedStyle(tooltip!).fontSize} text`] : []),
        ];
        (page.doc.activeElement as HTMLElement | null)?.blur();
        await page.el['opinion-poll-chart'].updateComplete;
        for (const tag of TAGS) problems.push(...legibilityProblems(page.el[tag]).map((p) => `<${tag}> ${p}`));
        expect(problems).to.deep.equal([]);
      });

      it('lets no text overlap other text, run out of its box or be clipped', () => {
        expectNone(page, (host) => [...overlappingTextProblems(host), ...clippedTextProblems(host)]);
      });

      it('keeps the timeline as tall as its custom property says, its list scrolling inside', () => {
        const timeline = page.el['relations-timeline'];
        expect(timeline.getBoundingClientRect().height).to.be.closeTo(expectedTimelineHeight(page), 1);
        // The frame inside fills the element exactly: nothing spills below it.
        expect(q(timeline, '.frame')!.getBoundingClientRect().height).to.be.closeTo(timeline.getBoundingClientRect().height, 1);
        expectListScrolls(page, { lines: 8, share: 0.4 });
      });

      it('draws the chart at its own width and aspect', () => {
        expectChartDrawnToSize(page);
      });

      it('shows whole focus rings', async () => {
        const timeline = page.el['relations-timeline'];
        const chart = page.el['opinion-poll-chart'];
        const card = page.el['alliance-card'];
        const gallery = page.el['alliance-gallery'];
        const targets: [Host, Element][] = [
          [timeline, q(timeline, '[part~="search"]')!],
          [timeline, q(timeline, '[part~="era-band"][tabindex="0"]')!],
          [timeline, q(timeline, '[part~="event"] .toggle')!],
          // The card's links fold behind its sections' disclosures: the first disclosure's summary.
          [card, q(card, '[part~="section-toggle"]')!],
          [gallery, q(gallery, '[part~="toggle"]')!],
          [chart, q(chart, '[part~="table-toggle"]')!],
          [chart, q(chart, '[part~="mark"][tabindex="0"]')!],
        ];
        const problems: string[] = [];
        for (const [host, target] of targets) problems.push(...(await focusRingProblems(host, target)));
        (page.doc.activeElement as HTMLElement | null)?.blur();
        expect(problems).to.deep.equal([]);
      });

      it('keeps hidden things hidden: a `hidden` element and the parts it hides inside', async () => {
        const timeline = page.el['relations-timeline'];
        // An event's closed details are `hidden`.
        expect(sr(timeline).querySelectorAll('[part~="details"][hidden]').length).to.be.greaterThan(0);
        expect(shownHiddenProblems(page)).to.deep.equal([]);
      });

      it('passes axe (contrast included) on every element', async () => {
        const problems: string[] = [];
        for (const tag of TAGS) problems.push(...(await axeProblems(page, page.el[tag])).map((p) => `<${tag}> ${p}`));
        expect(problems).to.deep.equal([]);
      });
    });
  }
});

describe('zoom', function () {
  this.timeout(180_000);

  const CASES = [
    // A 1,280 × 1,024 window at 200 %: its CSS viewport is 640 × 512 px.
    { name: '200 % of a 1,280 px window (640 × 512 CSS px, WCAG 1.4.4)', width: 640, height: 512, lines: 10 },
    // The same window at 400 %: 320 × 256 CSS px, WCAG 1.4.10's reflow width, and a short (landscape) one.
    { name: '400 % of a 1,280 px window (320 × 256 CSS px, WCAG 1.4.10)', width: 320, height: 256, lines: 8 },
    // Text alone at 200 % (a browser's text-only zoom or a larger default font): the page's root font doubled.
    { name: 'text alone at 200 % in a 1,280 × 800 window', width: 1280, height: 800, css: 'html { font-size: 200%; }', lines: 10 },
    { name: 'text alone at 200 % in a 640 × 512 window', width: 640, height: 512, css: 'html { font-size: 200%; }', lines: 3 },
  ];

  for (const zoom of CASES) {
    describe(zoom.name, () => {
      let page: Page;
      before(async () => {
        page = await openPage(zoom);
      });
      after(() => page?.frame.remove());

      it('reflows into the width: nothing sticks out and the page does not scroll sideways', () => {
        expectNone(page, (host) => overflowProblems(page, host));
      });

      it('keeps all text whole: none clipped, none overlapping, labels inside their buttons', () => {
        expectNone(page, (host) => [...overlappingTextProblems(host), ...clippedTextProblems(host)]);
      });

      it('keeps the timeline usable: within the window (its list alone, in a window under 20rem tall), its controls reachable, its list with room to scroll', async () => {
        const timeline = page.el['relations-timeline'];
        if (shortWindow(page)) {
          expect(q(timeline, '[part~="list"]')!.getBoundingClientRect().height).to.be.closeTo(expectedTimelineHeight(page), 1);
        } else {
          expect(timeline.getBoundingClientRect().height).to.be.closeTo(expectedTimelineHeight(page), 1);
        }
        expectListScrolls(page, { lines: zoom.lines });
        // The search is shown, or one button away.
        const toggle = q(timeline, '[part~="filters-toggle"]');
        if (shown(toggle)) {
          toggle!.click();
          await timeline.updateComplete;
          await waitUntil(() => shown(q(timeline, '[part~="search"]')), 'the search did not unfold');
          expectNone(page, overlappingTextProblems);
          toggle!.click();
          await timeline.updateComplete;
        }
        expect(shown(q(timeline, '[part~="search"]')) || shown(toggle)).to.equal(true);
      });

      it('draws the chart at its own width and aspect', () => {
        expectChartDrawnToSize(page);
      });
      // axe at 320 and 1,280 px runs in wcag.test.ts; zoom changes no colour and only enlarges targets.
    });
  }
});
