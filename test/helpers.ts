/**
 * Shared test helpers: warning capture, shadow-DOM queries, waiting for an
 * element to settle. Importing this module also resets the warn-once memory
 * after every test, so a test sees its own warnings whatever ran before it.
 */
import { waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type * as Axe from 'axe-core';
import { executeServerCommand } from '@web/test-runner-commands';
import type { RawAlliance, RawEra, RawEvent, RawPerson, RawPoll, RawSeries, RawSource } from '../src/data/types.js';
import { resetWarnings } from '../src/shared/warn.js';

afterEach(() => resetWarnings());

// `expect(el).to.be.accessible()` runs axe's default rules (WCAG 2.0/2.1 A and
// AA, best practices); WCAG 2.2's target size (2.5.8, tag wcag22aa) is off by
// default in axe 4, so every accessibility check here turns it on.
(window as unknown as { axe: typeof Axe }).axe.configure({ rules: [{ id: 'target-size', enabled: true }] });

/**
 * Records console.warn calls (as joined strings) until `restore()`, in this
 * window or another (an iframe's). Lit's own dev-mode advice (links to
 * lit.dev/msg/) is passed through, not recorded: the tests count the library's
 * warnings, and dev mode exists only in tests.
 */
export function captureWarnings(scope: { readonly console: Console } = window): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const { console: target } = scope;
  const original = target.warn;
  target.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (/lit\.dev\/msg\//.test(text)) original(...args);
    else warnings.push(text);
  };
  return { warnings, restore: () => (target.warn = original) };
}

/** The first match of `selector` in `el`'s shadow root. */
export const $ = (el: Element, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** Every match of `selector` in `el`'s shadow root. */
export const $$ = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** The texts of the element's error messages. */
export const errorTexts = (el: Element): string[] => $$(el, '[part~="error"]').map((e) => e.textContent!.trim());

/**
 * Waits until the element shows something other than its loading status,
 * and a list drawn in steps has all its entries (no `aria-busy`).
 */
export async function settled(el: Element, what = 'the element did not finish loading'): Promise<void> {
  await waitUntil(
    () => el.shadowRoot && !el.shadowRoot.querySelector('[part~="loading"], [aria-busy="true"]') && el.shadowRoot.childElementCount > 0,
    what,
    { timeout: 30000 },
  );
}

/**
 * An iframe whose own document has loaded, ready to be written into. (Writing
 * into a fresh iframe's initial about:blank races with Firefox, which replaces
 * that document once it loads.)
 */
export async function readyFrame(style = 'width: 800px; height: 600px'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'page';
  frame.setAttribute('style', style);
  frame.srcdoc = '<!doctype html><html><head></head><body></body></html>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The files of data/, parsed (read through the test server, as the data tests need them). */
export interface DataFiles {
  readonly events: RawEvent[];
  readonly people: RawPerson[];
  readonly sources: RawSource[];
  readonly eras: RawEra[];
  readonly alliances: RawAlliance[];
  readonly polls: RawPoll[];
  readonly series: RawSeries[];
}

export async function readDataFiles(): Promise<DataFiles> {
  const read = async <T>(file: string) =>
    JSON.parse((await executeServerCommand<string, { path: string }>('frr-read-file', { path: `data/${file}` }))!) as T;
  const [events, people, sources, eras, alliances, polls, series] = await Promise.all([
    read<RawEvent[]>('events.json'),
    read<RawPerson[]>('people.json'),
    read<RawSource[]>('sources.json'),
    read<RawEra[]>('eras.json'),
    read<RawAlliance[]>('alliances.json'),
    read<RawPoll[]>('polls.json'),
    read<RawSeries[]>('poll-series.json'),
  ]);
  return { events, people, sources, eras, alliances, polls, series };
}

/**
 * The result of a slow test-server command (a child process: the analyzer,
 * npm pack, a build, server rendering), which runs as a job: polled until it
 * is done, so a busy machine never hits the runner's limit on one answer.
 */
export async function serverJob<T, P = undefined>(command: string, payload?: P): Promise<T> {
  let status: { done: boolean; value?: T; error?: string } | null | undefined;
  await waitUntil(
    async () => (status = await executeServerCommand<{ done: boolean; value?: T; error?: string }, P>(command, payload))?.done !== false,
    `${command} did not finish`,
    { interval: 200, timeout: 600_000 },
  );
  if (!status) throw new Error(`${command}: no such test-server command`);
  if (status.error !== undefined) throw new Error(`${command}: ${status.error}`);
  return status.value as T;
}

const testFrames: HTMLIFrameElement[] = [];
afterEach(() => testFrames.splice(0).forEach((frame) => frame.remove()));

/**
 * An iframe with these attributes (`src`, `srcdoc`, `sandbox`…), added to the
 * page now and removed after the test; `loaded` settles on its load event.
 */
export function testFrame(attributes: Record<string, string>, style = 'width: 800px; height: 600px'): { el: HTMLIFrameElement; loaded: Promise<void> } {
  const el = document.createElement('iframe');
  el.title = attributes['title'] ?? 'test page';
  el.style.cssText = style;
  const loaded = new Promise<void>((resolve) => el.addEventListener('load', () => resolve(), { once: true }));
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  testFrames.push(el);
  return { el, loaded };
}

/** {@link testFrame}, once loaded. */
export async function loadedFrame(attributes: Record<string, string>, style?: string): Promise<HTMLIFrameElement> {
  const { el, loaded } = testFrame(attributes, style);
  await loaded;
  return el;
}

/** A node of the page's accessibility tree, as a screen reader gets it. */
export interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly expanded?: boolean;
}

/**
 * The page's accessibility tree (nodes not ignored), once the browser has
 * painted; `null` where there is no DevTools Protocol (Firefox, WebKit).
 */
export async function axNodes(): Promise<AxNode[] | null> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return (await executeServerCommand<{ nodes: AxNode[] | null }, undefined>('frr-ax-nodes'))?.nodes ?? null;
}

/** Opens every native disclosure in the element's shadow root (nested ones too). */
export async function openFolds(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
