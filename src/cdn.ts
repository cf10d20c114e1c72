/**
 * The script-tag (CDN) entry. It registers nothing eagerly: a tiny loader
 * watches the page for our tags and imports an element's implementation (its
 * code, strings and the data it needs) the first time one of them appears —
 * in the document, inside any shadow root (declarative or attached later by a
 * framework or another component), at load or later. A page that shows one
 * element fetches that element's code only.
 *
 * A page whose elements were rendered on a server (declarative shadow DOM,
 * see src/ssr.ts) gets Lit's hydrate support first, so the elements adopt the
 * server's markup instead of drawing it again.
 *
 * Loading this file twice, or beside another copy of the library, never
 * throws: each element's registration checks `customElements.get` first.
 */
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'relations-timeline': () => import('./relations-timeline/define.js'),
  'alliance-card': () => import('./alliance-card/define.js'),
  'alliance-gallery': () => import('./alliance-gallery/define.js'),
  'opinion-poll-chart': () => import('./opinion-poll-chart/define.js'),
};
const SELECTOR = Object.keys(ELEMENTS).join(',');
const requested = new Set<string>();
/** How many times each element's chunk failed to load. */
const failures = new Map<string, number>();

/**
 * What each element's chunk imports (Lit, the shared plumbing…), written in by
 * the build (rollup.config.mjs): fetched beside the element's chunk rather
 * than after it, one round trip fewer before the element shows. Preloaded, not
 * run, so Lit still runs after the hydrate support.
 */
const CHUNK_IMPORTS = JSON.parse('{"frr-chunk-imports":[]}') as Readonly<Record<string, readonly string[] | undefined>>;

/** Fetches `chunks/<name>.js` without running it. */
function preload(name: string): void {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(`./chunks/${name}.js`, import.meta.url).href;
  document.head.append(link);
}

/** `fr` or `ru` for a `lang` value in those languages; otherwise undefined (English). */
const localeOf = (lang: string | null | undefined) => /^(fr|ru)\b/i.exec(lang ?? '')?.[1]?.toLowerCase();

// Must run before Lit itself, hence decided once, before the first element loads. (A shadow root
// holding only the failure line of another copy of this loader, see showFailure, is not a server's.)
const hydrating = [...document.querySelectorAll(SELECTOR)].some((element) => element.shadowRoot && !element.shadowRoot.querySelector('[data-frr-failed]'))
  ? import('@lit-labs/ssr-client/lit-element-hydrate-support.js').catch(() => undefined)
  : undefined;

/**
 * The language an element will read: its own `lang`, its ancestors' (across
 * shadow roots), the page's; `fr`, `ru` or undefined (English).
 */
function langOf(element: Element | undefined): string | undefined {
  const found = element?.closest('[lang]');
  return found ? localeOf(found.getAttribute('lang')) : element && langOf((element.getRootNode() as Partial<ShadowRoot>).host);
}

/** The chunks preloaded so far (beyond each element's code). */
const preloaded = new Set<string>();

/** `<kind>.<id>` for an id attribute that can name one of our chunks. */
const named = (kind: string, element: Element, attribute: string) => {
  const id = /^[\w-]+$/.exec(element.getAttribute(attribute)?.trim() ?? '')?.[0];
  return id && `${kind}.${id}`;
};

/** The bundled part an element reads first, from its attributes (a chart's `poll` before its `series`, as it reads them). */
function firstPart(element: Element): string | undefined {
  if (element.hasAttribute('src')) return undefined;
  const tag = element.localName;
  if (tag === 'relations-timeline') return 'timeline';
  // A gallery's cards read the gallery's part (found here in a server's markup).
  if (tag === 'alliance-card') return (element.getRootNode() as Partial<ShadowRoot>).host?.localName === 'alliance-gallery' ? undefined : named('agreement', element, 'alliance');
  if (tag === 'alliance-gallery') return element.getAttribute('variant') === 'full' ? 'agreements' : 'agreements.brief';
  if (tag === 'opinion-poll-chart') return element.getAttribute('poll') ? named('poll', element, 'poll') : named('series', element, 'series');
  return undefined;
}

/**
 * What an element reads first, fetched beside its code rather than once that
 * code has run and asked for it, one round trip sooner: a timeline's index
 * (the biggest part: 31 kB gzipped in English), a card's agreement, a
 * gallery's agreements (in brief for compact cards), a chart's poll or series, and in French or Russian the
 * interface strings (the shared ones, and the element's own). A misspelt
 * id costs one failed request, and the element says what is wrong.
 */
function preloadData(element: Element): void {
  const lang = langOf(element);
  const tag = element.localName;
  // The card's strings serve the gallery too.
  const ownStrings = tag === 'alliance-gallery' ? 'alliance-card' : tag;
  for (const name of [firstPart(element), lang && ownStrings, lang && 'strings']) {
    const file = name && `${name}.${lang ?? 'en'}`;
    if (file && !preloaded.has(file)) {
      preloaded.add(file);
      preload(file);
    }
  }
}

/**
 * The first `Intl` formatter of a page loads the language's ICU data: 25–40 ms
 * of main thread that would otherwise fall inside the element's first render.
 * Done once, in a task of its own, while the element's code downloads.
 * Measured on the bundled timeline (eight runs each, emulated 2 MB/s): first
 * screen 527 → 504 ms at 60 ms latency and 772 → 733 ms at 120 ms, most runs
 * then without a long task; no change in time on localhost.
 */
let intlWarmed = false;
function warmIntl(element: Element): void {
  // A timeline's first render needs no Intl formatter in the languages' default tags (see i18n/date-names.ts).
  if (intlWarmed || element.localName === 'relations-timeline') return;
  intlWarmed = true;
  // The tags the elements use (see intlTagFor): bare English is en-GB.
  const tag = langOf(element) ?? 'en-GB';
  setTimeout(() => {
    new Intl.NumberFormat(tag).format(1);
    new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }).format(0);
  });
}

/**
 * What a reader sees in place of an element whose code failed to load three
 * times: a line in a shadow root of the element's own (the host page's CSS
 * cannot hide it), in the language of its page, since an undefined element has
 * nothing to show. The element adopts that shadow root if its code loads later
 * (Lit draws into an existing one): the line goes before each new attempt, and
 * hides if another copy of the library defines the tag (Lit then draws before
 * it, and needs it to stay). Not on a page that hydrates server markup: Lit
 * would take an attached shadow root for the server's, and there the server's
 * markup shows anyway.
 */
const MESSAGES: Readonly<Record<string, string>> = {
  en: 'Could not load this content. Reload the page to try again.',
  fr: 'Impossible de charger ce contenu. Rechargez la page.',
  ru: 'Не удалось загрузить содержимое. Обновите страницу.',
};
/** The elements of each tag seen before its code loaded. */
const waiting = new Map<string, Set<Element>>();
/** The line shown in each element whose code failed. */
const lines = new WeakMap<Element, HTMLElement>();

function showFailure(tag: string): void {
  if (hydrating) return;
  for (const element of waiting.get(tag)!) {
    let line = lines.get(element);
    if (!line) {
      // Markup of its own (from a server) stays as it is.
      if (element.shadowRoot) continue;
      const created = (line = document.createElement('p'));
      created.setAttribute('role', 'alert');
      created.toggleAttribute('data-frr-failed');
      created.textContent = MESSAGES[langOf(element) ?? 'en']!;
      element.attachShadow({ mode: 'open' });
      lines.set(element, created);
      void customElements.whenDefined(tag).then(() => (created.hidden = true));
    }
    element.shadowRoot!.append(line);
  }
}

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  for (const element of waiting.get(tag) ?? []) lines.get(element)?.remove();
  for (const file of CHUNK_IMPORTS[tag] ?? []) preload(file);
  // A browser replays a module import that failed, so a new attempt imports the element's chunk
  // under a new URL: a second later, then two, and at the next sighting of the tag. (As
  // shared/import-again.ts does for the chunks loaded later; this file imports nothing, so that
  // it stays a few hundred bytes and its chunks' folder is its own `./chunks/`.)
  const failed = failures.get(tag) ?? 0;
  (hydrating ?? Promise.resolve())
    .then(failed ? () => import(/* @vite-ignore */ new URL(`./chunks/${tag}.js?retry=${failed}`, import.meta.url).href) : ELEMENTS[tag]!)
    .then(() => waiting.delete(tag))
    .catch((error: unknown) => {
      requested.delete(tag);
      failures.set(tag, failed + 1);
      console.warn(`<${tag}>: could not load the element's code (${String(error)}). Host the files of dist/cdn/chunks/ beside the script.`);
      if (failed < 2) setTimeout(() => load(tag), 1000 << failed);
      else showFailure(tag);
    });
}

/** Loads every one of our tags found in `root` or below it (not inside nested shadow roots). */
function discover(root: ParentNode): void {
  const found = [...(root instanceof Element && root.matches(SELECTOR) ? [root] : []), ...root.querySelectorAll(SELECTOR)];
  for (const element of found) {
    if (!customElements.get(element.localName)) {
      preloadData(element);
      warmIntl(element);
      waiting.set(element.localName, (waiting.get(element.localName) ?? new Set()).add(element));
    }
    load(element.localName);
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
});

function watch(root: Document | ShadowRoot): void {
  discover(root);
  observer.observe(root, { childList: true, subtree: true });
}

// Shadow roots attached from now on, by any code, are watched too; not our own
// elements' (each imports what it renders), whose lists add and remove rows in
// every frame of a scroll.
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  if (!(this.localName in ELEMENTS)) watch(root);
  return root;
};

// And those already on the page (declarative shadow DOM, components defined earlier).
watch(document);
for (const element of document.querySelectorAll('*')) if (element.shadowRoot) watch(element.shadowRoot);
