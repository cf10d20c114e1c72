/**
 * The script of every embed page (dist/embed/): a classic script, bundled on
 * its own (scripts/embed/build.mjs), because the page may run in
 * `<iframe sandbox="allow-scripts">` without `allow-same-origin`, where
 * storage, cookies and top-level navigation are off.
 *
 * - Builds the element the URL asks for on the configurable page
 *   (`index.html?element=…&alliance=…`); the static pages already hold theirs,
 *   server-rendered.
 * - Loads the script-tag build beside it, which hydrates the element.
 * - In a frame, keeps the page within 1,000 px, the most WordPress gives an
 *   oEmbed iframe (which it does not let scroll): the elements fit by default
 *   (long lists fold behind disclosures), and what a reader opens beyond that,
 *   or the gallery's long list, scrolls inside the frame's `<main>`.
 * - In a frame, a chart that would not fit in 1,000 px at the frame's width
 *   (a phone's) turns `compact` on: its facts fold behind "Methodology".
 * - Reports the content's height to the parent whenever it changes, in two
 *   protocols at once: WordPress's (`{ message: 'height', value, secret }`,
 *   when the URL's hash holds `#?secret=…`, and at once in answer to its
 *   `{ message: 'ready', secret }`) and ours (`{ type: 'frr:height', height, id }`,
 *   read by dist/embed/resize.js, and at once in answer to its
 *   `{ type: 'frr:ready' }` when it loads after this page).
 */
export {};

const ELEMENTS = ['relations-timeline', 'alliance-card', 'alliance-gallery', 'opinion-poll-chart'];
/** The attributes the configurable page passes on from its query. */
const ATTRIBUTES = [
  'from', 'to', 'era', 'categories', 'selected', 'alliance', 'poll', 'series', 'type', 'variant',
  'lang', 'theme', 'calendar', 'compact', 'controls', 'downloadable', 'heading-level',
];

const script = document.currentScript as HTMLScriptElement | null;
const query = new URLSearchParams(location.search);
// WordPress adds "#?secret=…" to the iframe's URL; read once, as the timeline later writes its own hash.
const secret = /[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];
const id = query.get('id') ?? undefined;

function buildFromQuery(main: HTMLElement): void {
  const tag = query.get('element') ?? '';
  if (!ELEMENTS.includes(tag)) {
    const message = document.createElement('p');
    message.className = 'frr-embed-error';
    message.setAttribute('role', 'alert');
    message.textContent = `Unknown element "${tag}" in the embed URL. Use element=${ELEMENTS.join(', element=')}.`;
    main.append(message);
    console.warn(`france-russia-relations embed: "${tag}" is not a valid value for "element". Allowed: ${ELEMENTS.map((e) => `"${e}"`).join(', ')}.`);
    return;
  }
  const element = document.createElement(tag);
  // Passed on as they are: the element itself reports a bad value, in its own words.
  for (const name of ATTRIBUTES) {
    const value = query.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  if (tag === 'relations-timeline') element.setAttribute('link', '');
  main.append(element);
  main.after(fullPageLink(tag));
}

const OPEN: Record<string, string> = { en: 'Open the full page', fr: 'Ouvrir la page complète', ru: 'Открыть на сайте' };

/** "Open the full page": the static page of the record shown, in its language. */
function fullPageLink(tag: string): HTMLElement {
  const lang = /^(en|fr|ru)\b/.exec(query.get('lang') ?? '')?.[1] ?? 'en';
  const id = (name: string) => encodeURIComponent(query.get(name) ?? '');
  const path =
    tag === 'alliance-card' && query.get('alliance') ? `agreement/${id('alliance')}`
    : tag === 'opinion-poll-chart' && query.get('series') ? `series/${id('series')}`
    : tag === 'opinion-poll-chart' && query.get('poll') ? `poll/${id('poll')}`
    : tag === 'relations-timeline' && query.get('era') ? `era/${id('era')}`
    : tag === 'alliance-gallery' ? 'gallery'
    : 'timeline';
  const footer = document.createElement('p');
  footer.className = 'frr-embed-footer';
  const link = document.createElement('a');
  link.href = new URL(`${lang}/${path}.html`, script?.src ?? location.href).href;
  link.rel = 'noopener';
  link.textContent = `${OPEN[lang]} ↗`;
  footer.append(link);
  return footer;
}

function style(): void {
  const root = document.documentElement;
  if (query.has('transparent')) root.classList.add('frr-transparent');
  const accent = query.get('accent');
  if (accent) {
    if (CSS.supports('color', accent)) root.style.setProperty('--frr-color-accent', accent);
    else console.warn(`france-russia-relations embed: "${accent}" is not a valid value for "accent". Allowed: a CSS colour (#1f4fa8, rebeccapurple…).`);
  }
}

type Drawn = HTMLElement & { updateComplete: Promise<unknown> };

/** Resolves once `el` has rendered, and redrawn at its measured width (a chart does, a frame later). */
async function drawn(el: Drawn): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
}

/**
 * A chart that does not fit in the frame's `<main>` (1,000 px in all) at the
 * frame's width folds its facts (`compact`), as lists fold behind their count.
 * Checked whenever the chart's size changes (it hydrates, then redraws at its
 * width) until the reader first touches or types in the page, and at each new
 * width (a phone turned); never when the page set `compact` itself.
 */
async function fitChart(main: HTMLElement): Promise<void> {
  const chart = main.querySelector<Drawn>('opinion-poll-chart');
  if (!chart || chart.hasAttribute('compact')) return;
  await customElements.whenDefined('opinion-poll-chart');
  let width = -1;
  // What the reader opens later may scroll inside: nothing folds under their hands.
  let touched = false;
  for (const type of ['pointerdown', 'keydown']) main.addEventListener(type, () => (touched = true), { capture: true });
  const fit = async () => {
    // The frame's width, not <main>'s, which its own scrollbar narrows as the chart folds and unfolds.
    if (window.innerWidth !== width) {
      width = window.innerWidth;
      chart.removeAttribute('compact');
      await drawn(chart);
    } else if (touched) {
      return;
    }
    if (!chart.hasAttribute('compact') && main.scrollHeight > main.clientHeight + 1) {
      chart.setAttribute('compact', '');
      await drawn(chart);
    }
  };
  let fitting = Promise.resolve();
  // One check at a time, in order; a failed one does not stop the next.
  const observer = new ResizeObserver(() => (fitting = fitting.then(fit).catch(() => undefined)));
  observer.observe(main);
  observer.observe(chart);
}

let last = 0;
function report(force = false): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (!force && height === last) return;
  last = height;
  if (window.parent === window) return;
  if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
  window.parent.postMessage({ type: 'frr:height', height, id }, '*');
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { message?: unknown; secret?: unknown; type?: unknown } | null;
  if (event.source !== window.parent) return;
  // WordPress's script, or resize.js when it loads after this page has reported.
  if ((data?.message === 'ready' && data.secret === secret) || data?.type === 'frr:ready') report(true);
});

// In WordPress, whose sandbox has no allow-popups, a link cannot open a tab: hand
// it to WordPress's script instead, which opens links to this site in the page.
document.addEventListener('click', (event) => {
  if (!secret || event.defaultPrevented) return;
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.href);
  if (!link || link.dataset['select'] || link.dataset['event']) return;
  event.preventDefault();
  window.parent.postMessage({ message: 'link', value: link.href, secret }, '*');
});

const main = document.querySelector('main');
if (main && !main.firstElementChild) buildFromQuery(main);
style();
// "Open the full page" only where there is a page around this one; in a frame, the
// content keeps within 1,000 px (WordPress's limit) and scrolls inside beyond it.
document.documentElement.classList.add(window.parent === window ? 'frr-top' : 'frr-framed');
new ResizeObserver(() => report()).observe(document.documentElement);
report(true);
if (main && window.parent !== window) void fitChart(main);

const cdn = new URL('../cdn/france-russia-relations.js', script?.src ?? location.href);
import(cdn.href).catch((error: unknown) => {
  // Server-rendered content stays readable; only its interactivity is lost.
  console.warn(`france-russia-relations embed: could not load ${cdn.href} (${String(error)}). In a sandboxed iframe, the host must send "Access-Control-Allow-Origin: *".`);
});
