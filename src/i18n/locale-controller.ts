import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, intlTagFor, matchLocale, type Locale } from '../shared/locales.js';
import { hasStrings, loadStrings, stringsFor, type UiStrings } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The nearest non-empty `lang` on the element or its ancestors, crossing shadow
 * roots to their hosts, ending at `<html lang>`.
 */
export function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]:not([lang=""])');
    if (withLang) return withLang.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * Resolves the element's language: its own `lang`, else the nearest ancestor's
 * (across shadow roots), else `<html lang>`, else English. Region tags fall back
 * to their language (`fr-CA` → `fr`); an unsupported language falls back to English.
 */
export function resolveLocale(element: Element): { locale: Locale; tag: string } {
  const lang = inheritedLang(element);
  const locale = matchLocale(lang) ?? DEFAULT_LOCALE;
  return { locale, tag: intlTagFor(locale, lang) };
}

/**
 * On a server, an element has no ancestors to inherit `lang` from: the
 * renderer names the language each element inherits from the markup around
 * it (see src/ssr.ts); an element's own `lang` still comes first.
 */
let serverLang: string | undefined;

/** Sets the language that elements rendered on a server from now on inherit. */
export function setServerLang(lang: string | undefined): void {
  serverLang = lang;
}

// One MutationObserver for every controller: it watches `lang` attributes in the
// document and in each shadow root that holds a host, so changing `<html lang>`,
// an ancestor's `lang` or the element's own re-renders the elements affected.
const controllers = new Set<LocaleController>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function observeRootsOf(element: Element): void {
  observer ??= new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  let root: Node = element.getRootNode();
  for (;;) {
    if (!observedRoots.has(root)) {
      observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang'] });
      observedRoots.add(root);
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

/** Each host's locale controller, for the data controller, which loads the strings with the data. */
export const localeOf = new WeakMap<HTMLElement, LocaleController>();

/**
 * Gives an element its language, its interface strings and the tag to format
 * dates and numbers with, and re-renders it when any `lang` it inherits changes.
 */
export class LocaleController implements ReactiveController {
  readonly #host: Host;
  #locale: Locale = DEFAULT_LOCALE;
  #tag = intlTagFor(DEFAULT_LOCALE, undefined);

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
    localeOf.set(host, this);
  }

  /** The resolved language: `en`, `fr` or `ru`. */
  get locale(): Locale {
    if (isServer) this.#resolve();
    return this.#locale;
  }

  /** The tag to hand to `Intl` (keeps the page's region, e.g. `fr-CA`, `en-US`). */
  get intlTag(): string {
    if (isServer) this.#resolve();
    return this.#tag;
  }

  /** The interface strings in the resolved language (English, "Loading…" apart, until they are loaded). */
  get strings(): UiStrings {
    return stringsFor(this.locale);
  }

  /** Whether the strings of the resolved language are loaded. */
  get ready(): boolean {
    return hasStrings(this.locale);
  }

  /** Loads the strings of the resolved language (the data controller waits for them with the data). */
  load(): Promise<UiStrings> {
    return loadStrings(this.locale);
  }

  hostConnected(): void {
    controllers.add(this);
    observeRootsOf(this.#host);
    this.#resolve();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  hostUpdate(): void {
    this.#resolve();
  }

  /** Re-reads the inherited language and re-renders the host if it changed. */
  refresh(): void {
    const { locale, tag } = resolveLocale(this.#host);
    if (locale !== this.#locale || tag !== this.#tag) this.#host.requestUpdate();
  }

  #resolve(): void {
    if (isServer) {
      // No controller hooks and no DOM ancestors on a server: the own `lang`, else the renderer's.
      const lang = this.#host.getAttribute('lang') || serverLang;
      this.#locale = matchLocale(lang) ?? DEFAULT_LOCALE;
      this.#tag = intlTagFor(this.#locale, lang);
      return;
    }
    ({ locale: this.#locale, tag: this.#tag } = resolveLocale(this.#host));
  }
}
