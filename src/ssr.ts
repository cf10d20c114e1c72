/**
 * `france-russia-relations/ssr`: server rendering in Node, for static sites,
 * CMS templates and the embed pages.
 *
 *     import { renderToString } from 'france-russia-relations/ssr';
 *     const page = await renderToString('<alliance-card alliance="franco-russian-alliance"></alliance-card>', { lang: 'fr' });
 *
 * Each of our elements in the fragment (or a whole document) gets a
 * declarative shadow root with its real content (the bundled data is loaded
 * first, so nothing renders as "Loading…"), in its language: its own `lang`,
 * else the nearest ancestor's in the markup, else the document's `<html lang>`,
 * else `options.lang`, else English. Bad attributes render the element's error message, as in a
 * browser. Everything else in the fragment is left as it is. A browser that
 * then loads the script (after `@lit-labs/ssr-client`'s hydrate support, which
 * the script tag brings itself) adopts this markup instead of redrawing it.
 *
 * Needs `@lit-labs/ssr` and `parse5` (optional peer dependencies).
 */
// First: installs the DOM shim the elements are defined against.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import './all.js';
import { preload } from './data/dataset.js';
import { allParts } from './data/given.js';
import { setServerLang } from './i18n/locale-controller.js';
import { loadTimelineStrings } from './i18n/strings/relations-timeline.js';
import { loadCardStrings } from './i18n/strings/alliance-card.js';
import { loadChartStrings } from './i18n/strings/opinion-poll-chart.js';
import { loadStrings } from './i18n/strings.js';
import { DEFAULT_LOCALE, LOCALES, matchLocale, type Locale } from './shared/locales.js';

export { SERVER_WIDTH } from './opinion-poll-chart/width-controller.js';
export { setServerLang };

/**
 * Loads the whole bundled dataset in these languages, so that our elements
 * render their content synchronously in your own `@lit-labs/ssr` templates
 * (`renderToString` does this itself).
 */
export async function preloadAll(locales: readonly Locale[] = LOCALES): Promise<void> {
  await Promise.all(locales.flatMap((locale) => [preload(allParts(locale)), loadStrings(locale), loadChartStrings(locale), loadCardStrings(locale), loadTimelineStrings(locale)]));
}

/** Options of {@link renderToString}. */
export interface RenderToStringOptions {
  /** The language of the page around the fragment (its `<html lang>`); English if not given. */
  readonly lang?: string;
}

/** The elements this renders; any other tag is left as written. */
export const SERVER_RENDERED_TAGS = ['relations-timeline', 'alliance-card', 'alliance-gallery', 'opinion-poll-chart'] as const;

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

interface Found {
  readonly start: number;
  readonly end: number;
  /** The language it inherits from around it (its own `lang` is read by the element). */
  readonly inherited: string | undefined;
  readonly own: string | undefined;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value || undefined;

/** Our outermost elements in the fragment, with the `lang` each inherits. */
function findElements(fragment: string, lang: string | undefined): Found[] {
  const found: Found[] = [];
  const walk = (node: Node, inherited: string | undefined) => {
    if (!isElement(node)) {
      if ('childNodes' in node) for (const child of node.childNodes) walk(child, inherited);
      return;
    }
    const own = attribute(node, 'lang');
    const location = node.sourceCodeLocation;
    if ((SERVER_RENDERED_TAGS as readonly string[]).includes(node.tagName) && location) {
      // Rendered whole: elements nested in it (slotted, or in its shadow root) render with it.
      found.push({ start: location.startOffset, end: location.endOffset, inherited, own });
      return;
    }
    const content = node.tagName === 'template' && 'content' in node ? (node.content as Node) : node;
    if ('childNodes' in content) for (const child of content.childNodes) walk(child, own ?? inherited);
  };
  // A whole document: the fragment parser drops <html>, so its `lang` is read here.
  const documentLang = /^\s*(?:<!doctype[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<html\b[^>]*?\slang\s*=\s*["']?([^"'\s>]+)/i.exec(fragment)?.[1];
  walk(parseFragment(fragment, { sourceCodeLocationInfo: true }), documentLang ?? lang);
  return found;
}

/** The outer `<!--lit-part-->` markers of a render of static markup hydrate nothing: left out. */
const unwrap = (rendered: string) => rendered.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');

/** Comments and indentation out of the `<style>` each shadow root carries. */
const compactStyles = (rendered: string) =>
  rendered.replace(/(<style>)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close: string) =>
    open +
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .trim() +
    close,
  );

/**
 * `fragment` with each of our elements in it rendered: a declarative shadow
 * root (`<template shadowrootmode="open">`) holding its content, in its language.
 */
export async function renderToString(fragment: string, options: RenderToStringOptions = {}): Promise<string> {
  const found = findElements(fragment, options.lang);
  const localeOf = (f: Found): Locale => matchLocale(f.own ?? f.inherited) ?? DEFAULT_LOCALE;
  // Every bundled part in each language needed: then every read is synchronous.
  await preloadAll([...new Set(found.map(localeOf))]);
  let out = '';
  let at = 0;
  try {
    for (const element of found) {
      setServerLang(element.inherited);
      const markup = fragment.slice(element.start, element.end);
      const rendered = await collectResult(render(html`${unsafeStatic(markup)}`));
      out += fragment.slice(at, element.start) + compactStyles(unwrap(rendered));
      at = element.end;
    }
  } finally {
    setServerLang(undefined);
  }
  return out + fragment.slice(at);
}
