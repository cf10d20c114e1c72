/**
 * Measurements of elements on a page we do not control (test/hostile-pages.test.ts): pages in
 * iframes that load the CDN bundle, and checks that walk every shadow tree (the gallery's cards
 * included) and return what they find as readable problems, so a failure names the part and the
 * value.
 */
import { waitUntil } from '@open-wc/testing';
import type * as Axe from 'axe-core';
import { readyFrame } from './helpers.js';

export const BUNDLE = new URL('/dist/cdn/france-russia-relations.js', location.href).href;
const AXE = new URL('/node_modules/axe-core/axe.min.js', location.href).href;

/** The four elements the tests put on every page, as a blog post would. */
export const TAGS = ['relations-timeline', 'alliance-card', 'alliance-gallery', 'opinion-poll-chart'] as const;
export type Tag = (typeof TAGS)[number];
const MARKUP = `
  <relations-timeline></relations-timeline>
  <alliance-card alliance="franco-russian-alliance"></alliance-card>
  <alliance-gallery></alliance-gallery>
  <opinion-poll-chart series="pew-france-opinion-of-russia"></opinion-poll-chart>
  <alliance-card alliance="treaties-of-tilsit" hidden></alliance-card>`;

export type Host = HTMLElement & { updateComplete?: Promise<unknown> };

export interface Page {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  readonly win: Window & typeof globalThis;
  /** The column the elements sit in (an `<article>`). */
  readonly column: HTMLElement;
  readonly el: Record<Tag, Host>;
  /** An element with the `hidden` attribute. */
  readonly hidden: Host;
}

export interface PageOptions {
  /** A stylesheet to link, e.g. `/test/fixtures/hostile/blog-theme.css`. */
  readonly sheet?: string;
  /** Extra CSS for the page (e.g. `html { font-size: 200% }` for text-only zoom). */
  readonly css?: string;
  readonly width: number;
  readonly height: number;
}

const shadow = (el: Element) => el.shadowRoot!;
const cardDone = (card: Element) => !!card.shadowRoot?.querySelector('[part~="card"]') && !card.shadowRoot.querySelector('[part~="loading"]');

/** Whether every element has rendered its content and the chart is drawn at its own width. */
function ready(el: Record<Tag, Host>): boolean {
  const timeline = el['relations-timeline'].shadowRoot;
  if (!timeline?.querySelector('[part~="event"]')) return false;
  if (!cardDone(el['alliance-card'])) return false;
  const cards = [...(el['alliance-gallery'].shadowRoot?.querySelectorAll('alliance-card') ?? [])];
  if (cards.length === 0 || !cards.every(cardDone)) return false;
  const chart = el['opinion-poll-chart'].shadowRoot;
  const svg = chart?.querySelector<SVGSVGElement>('svg.chart');
  const plot = svg?.closest('.plot');
  if (!svg || !plot || chart!.querySelector('[part~="loading"]')) return false;
  return Math.abs(svg.width.baseVal.value - plot.clientWidth) <= 2;
}

/** A page of the given size, with the stylesheet, the bundle and the four elements in an article. */
export async function openPage({ sheet, css, width, height }: PageOptions): Promise<Page> {
  const frame = await readyFrame(`width: ${width}px; height: ${height}px; border: 0`);
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & typeof globalThis;
  doc.documentElement.lang = 'en';
  if (sheet) {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(sheet, location.href).href;
    const loaded = new Promise((resolve, reject) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', () => reject(new Error(`${sheet} did not load`)), { once: true });
    });
    doc.head.append(link);
    await loaded;
  }
  if (css) {
    const style = doc.createElement('style');
    style.textContent = css;
    doc.head.append(style);
  }
  doc.body.innerHTML = `<main><article><h1>France and Russia</h1><p>A post with the elements in its column.</p>${MARKUP}</article></main>`;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = BUNDLE;
  doc.head.append(script);
  const el = Object.fromEntries(TAGS.map((tag) => [tag, doc.querySelector<Host>(`${tag}:not([hidden])`)!])) as Record<Tag, Host>;
  await waitUntil(() => ready(el), `the elements did not render on a ${width} × ${height} page${sheet ? ` with ${sheet}` : ''}`, {
    interval: 100,
    timeout: 60_000,
  });
  for (const host of Object.values(el)) await host.updateComplete;
  return { frame, doc, win, column: doc.querySelector('article')!, el, hidden: doc.querySelector<Host>('[hidden]')! };
}

// ---------------------------------------------------------------------------
// Walking the shadow trees

interface Visit {
  readonly el: Element;
  readonly style: CSSStyleDeclaration;
  /** An ancestor (in the element) clips or scrolls its content. */
  readonly inClipper: boolean;
  /** Inside a `.visually-hidden` box: not laid out for the eye. */
  readonly offLayout: boolean;
  /** Inside the chart's tooltip, which floats over the chart by design. */
  readonly floating: boolean;
  /** The element's own text, trimmed, when it has any. */
  readonly text: string;
}

const isSvg = (el: Element) => el.namespaceURI === 'http://www.w3.org/2000/svg';
const clips = (style: CSSStyleDeclaration) => style.overflowX !== 'visible' || style.overflowY !== 'visible';
const ownText = (el: Element) =>
  [...el.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent!)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** Every rendered element in `host`'s shadow tree and the shadow trees nested in it, in tree order. */
export function visit(host: Element): Visit[] {
  const out: Visit[] = [];
  const win = host.ownerDocument.defaultView!;
  const walk = (parent: Element | ShadowRoot, inClipper: boolean, offLayout: boolean, floating: boolean) => {
    for (const el of parent.children) {
      if (el.localName === 'style' || el.localName === 'defs' || el.localName === 'pattern' || el.classList.contains('defs')) continue;
      const style = win.getComputedStyle(el);
      // Not rendered: display none, or skipped content such as a closed <details>' body.
      if (style.display === 'none' || (style.display !== 'contents' && !el.checkVisibility())) continue;
      const off = offLayout || el.classList.contains('visually-hidden');
      const float = floating || el.matches('[part~="tooltip"]');
      out.push({ el, style, inClipper, offLayout: off, floating: float, text: isSvg(el) && el.localName !== 'text' ? '' : ownText(el) });
      const clipped = inClipper || clips(style);
      if (el.shadowRoot) walk(el.shadowRoot, clipped, off, float);
      walk(el, clipped, off, float);
    }
  };
  walk(shadow(host), false, false, false);
  return out;
}

const describeEl = (el: Element): string => {
  const part = el.getAttribute('part');
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  return `${el.localName}${part ? `[part=${part}]` : ''}${cls}`;
};
const short = (text: string) => (text.length > 30 ? `${text.slice(0, 28)}…` : text);

/** Rectangles of `el`'s own text: per line for HTML text, the whole box for SVG text. */
function textRects(el: Element): DOMRect[] {
  if (isSvg(el)) return [el.getBoundingClientRect()];
  const rects: DOMRect[] = [];
  for (const node of el.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(node);
    rects.push(...[...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5));
  }
  return rects;
}

/** Unique problems, each counted: "x (×12)". */
function tally(problems: string[]): string[] {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].map(([p, n]) => (n > 1 ? `${p} (×${n})` : p));
}

// ---------------------------------------------------------------------------
// Checks: each returns the problems it finds ([] when all is well)

/**
 * Layout: the element stays inside the page's column; nothing in it sticks out of it (except
 * inside a scroller or a clipping box, which keeps its content); the page does not scroll sideways.
 */
export function overflowProblems(page: Page, host: Host): string[] {
  const problems: string[] = [];
  const box = host.getBoundingClientRect();
  const column = page.column.getBoundingClientRect();
  if (box.left < column.left - 1 || box.right > column.right + 1) {
    problems.push(`${host.localName} is ${Math.round(box.width)} px wide in a ${Math.round(column.width)} px column`);
  }
  const root = page.doc.scrollingElement!;
  if (root.scrollWidth > page.win.innerWidth + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} px in ${page.win.innerWidth}`);
  for (const v of visit(host)) {
    if (v.inClipper || v.offLayout) continue;
    const rects = [v.el.getBoundingClientRect(), ...(v.text ? textRects(v.el) : [])];
    for (const r of rects) {
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1) {
        problems.push(`${describeEl(v.el)} sticks out of ${host.localName} by ${Math.round(Math.max(box.left - r.left, r.right - box.right))} px`);
        break;
      }
    }
  }
  return tally(problems);
}

/** Every HTML box inside is sized as the elements' styles assume (border-box), whatever the page says. */
export function boxSizingProblems(host: Host): string[] {
  return tally(
    visit(host)
      .filter((v) => !isSvg(v.el) && v.style.boxSizing !== 'border-box')
      .map((v) => `${describeEl(v.el)}: box-sizing ${v.style.boxSizing}`),
  );
}

/**
 * Legibility of every piece of visible text: at least 12 px, a line height between 1.1 and 1.8
 * times the size, no page letter- or word-spacing, indent, justification or text shadow.
 */
export function legibilityProblems(host: Host): string[] {
  const problems: string[] = [];
  for (const v of visit(host)) {
    if (!v.text || v.offLayout) continue;
    const s = v.style;
    const size = parseFloat(s.fontSize);
    const what = `${describeEl(v.el)} "${short(v.text)}"`;
    if (size < 12 - 0.01) problems.push(`${what}: ${+size.toFixed(2)} px text`);
    if (!isSvg(v.el) && s.lineHeight !== 'normal') {
      const ratio = parseFloat(s.lineHeight) / size;
      if (ratio < 1.1 || ratio > 1.8) problems.push(`${what}: line height ${ratio.toFixed(2)}`);
    }
    const letter = s.letterSpacing === 'normal' ? 0 : parseFloat(s.letterSpacing);
    if (Math.abs(letter) > 0.05 * size) problems.push(`${what}: letter-spacing ${s.letterSpacing}`);
    const word = s.wordSpacing === 'normal' ? 0 : parseFloat(s.wordSpacing);
    if (Math.abs(word) > 0.5) problems.push(`${what}: word-spacing ${s.wordSpacing}`);
    if (s.textShadow !== 'none') problems.push(`${what}: text-shadow ${s.textShadow}`);
    if (parseFloat(s.textIndent) !== 0) problems.push(`${what}: text-indent ${s.textIndent}`);
    if (s.textAlign === 'justify') problems.push(`${what}: justified`);
  }
  return tally(problems);
}

/**
 * Text that cannot be read whole: text running out of its own box (a button's label wider than
 * the button), and boxes that clip (overflow hidden or clip, not a scroller) holding more text
 * than they show.
 */
export function clippedTextProblems(host: Host): string[] {
  const problems: string[] = [];
  for (const v of visit(host)) {
    if (v.offLayout || isSvg(v.el)) continue;
    const hasText = (v.el.textContent ?? '').trim() !== '';
    if (!hasText) continue;
    const { el, style } = v;
    const hidden = (o: string) => o === 'hidden' || o === 'clip';
    if (hidden(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`${describeEl(el)} clips its text sideways (${el.scrollWidth} px in ${el.clientWidth})`);
    }
    if (hidden(style.overflowY) && el.scrollHeight > el.clientHeight + 1) {
      problems.push(`${describeEl(el)} clips its text below (${el.scrollHeight} px in ${el.clientHeight})`);
    }
    if (v.text && style.display !== 'inline' && style.display !== 'contents') {
      const box = el.getBoundingClientRect();
      for (const r of textRects(el)) {
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
          problems.push(`${describeEl(el)} "${short(v.text)}" runs out of its box`);
          break;
        }
      }
    }
  }
  return tally(problems);
}

/** Pieces of text (lines of HTML text, SVG labels) that overlap one another. */
export function overlappingTextProblems(host: Host): string[] {
  const pieces = visit(host)
    .filter((v) => v.text && !v.offLayout && !v.floating)
    .flatMap((v) => textRects(v.el).map((r) => ({ v, r })))
    .sort((a, b) => a.r.top - b.r.top);
  const problems: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const a = pieces[i]!;
    for (let j = i + 1; j < pieces.length && pieces[j]!.r.top < a.r.bottom; j++) {
      const b = pieces[j]!;
      if (a.v.el === b.v.el && !isSvg(a.v.el)) continue; // lines of one text never overlap
      const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      // Lines of text nearly touch; a third of the smaller height is a real overlap.
      if (x > 1 && y > Math.min(a.r.height, b.r.height) / 3) {
        problems.push(`"${short(a.v.text)}" (${describeEl(a.v.el)}) overlaps "${short(b.v.text)}" (${describeEl(b.v.el)})`);
      }
    }
  }
  return tally(problems);
}

/** Parts with the `hidden` attribute that are shown anyway. */
export function shownHiddenProblems(page: Page): string[] {
  const problems: string[] = [];
  if (page.hidden.getClientRects().length > 0) problems.push(`<${page.hidden.localName} hidden> is shown`);
  const check = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.hasAttribute('hidden') && el.getClientRects().length > 0) problems.push(`${describeEl(el)}[hidden] is shown`);
      if (el.shadowRoot) check(el.shadowRoot);
    }
  };
  for (const host of Object.values(page.el)) check(shadow(host));
  return tally(problems);
}

/** The element deepest in focus, through shadow roots. */
export function deepActive(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The composed parent: through shadow roots to their hosts. */
const composedParent = (el: Element): Element | null => el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);

/**
 * Focuses `target` as a keyboard would and returns what hides its focus indicator: no outline
 * (or, for an SVG mark, no visible ring), one thinner than 2 px, or one cut off by a box that
 * clips or scrolls around it.
 */
export async function focusRingProblems(host: Host, target: Element): Promise<string[]> {
  const win = host.ownerDocument.defaultView!;
  (target as HTMLElement).focus({ focusVisible: true } as FocusOptions);
  await host.updateComplete;
  const what = describeEl(target);
  if (deepActive(host.ownerDocument) !== target) return [`${what} did not take focus`];
  let ring: DOMRect;
  let reach: number;
  if (isSvg(target)) {
    const svgRing = target.querySelector('.ring');
    if (!svgRing || win.getComputedStyle(svgRing).visibility !== 'visible') return [`${what} shows no focus ring`];
    ring = svgRing.getBoundingClientRect();
    reach = parseFloat(win.getComputedStyle(svgRing).strokeWidth) / 2;
    if (reach * 2 < 2) return [`${what}: focus ring ${reach * 2} px`];
  } else {
    const s = win.getComputedStyle(target);
    if (!target.matches(':focus-visible')) return [`${what} does not match :focus-visible`];
    if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) return [`${what}: outline ${s.outlineStyle} ${s.outlineWidth}`];
    ring = target.getBoundingClientRect();
    reach = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth);
  }
  const outer = { left: ring.left - reach, right: ring.right + reach, top: ring.top - reach, bottom: ring.bottom + reach };
  const problems: string[] = [];
  for (let a = composedParent(target); a; a = composedParent(a)) {
    if (a === host.ownerDocument.documentElement) break;
    const s = win.getComputedStyle(a);
    if (!clips(s)) continue;
    const r = a.getBoundingClientRect();
    const cut = Math.max(r.left - outer.left, outer.right - r.right, r.top - outer.top, outer.bottom - r.bottom);
    // A scroller cuts what is scrolled out of view; the ring must be whole where the target is in view.
    if (cut > 0.5) problems.push(`${what}: focus ring cut by ${describeEl(a)} (${cut.toFixed(1)} px)`);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// axe, run inside the page's own frame

type AxeWindow = Window & { axe?: typeof Axe };

/** axe's default rules plus WCAG 2.2's target size (as in helpers.ts), run in the page on `el`. */
export async function axeProblems(page: { readonly win: Window; readonly doc: Document }, el: Element): Promise<string[]> {
  const win = page.win as AxeWindow;
  if (!win.axe) {
    const script = page.doc.createElement('script');
    script.src = AXE;
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error('axe did not load in the page')), { once: true });
    });
    page.doc.head.append(script);
    await loaded;
    win.axe!.configure({ rules: [{ id: 'target-size', enabled: true }] });
  }
  const results = await win.axe!.run(el);
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
