import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadBundled, preload, readBundled } from '../data/dataset.js';
import type { Locale } from '../shared/locales.js';
import { isLoaded, loadPart, type Part } from '../data/parts.js';
import { allDetailsParts, centuryOf, detailsPart, timelinePart } from '../data/timeline-parts.js';
import type { Dataset } from '../data/types.js';

/** The details parts that hold these events of the bundled index. */
export function detailsPartsOf(index: Dataset, ids: Iterable<string>): Part[] {
  const parts = new Map<string, Part>();
  for (const id of ids) {
    const event = index.events.find((e) => e.id === id);
    const part = event && detailsPart(centuryOf(event.date.year), index.locale);
    if (part) parts.set(part.key, part);
  }
  return [...parts.values()];
}

/** Loads the bundled index, and the details of the event `selected` if any. */
export async function preloadWithDetails(locale: Locale, selected: string | undefined): Promise<void> {
  const index = await loadBundled([timelinePart(locale)], locale);
  if (selected) await preload(detailsPartsOf(index, [selected]));
}

/**
 * Event details, people and sources of the bundled timeline come in one lazy
 * part per century. This controller fetches a part on the reader's first sign
 * of interest in one of its events (pointer over it, focus on it) or when one
 * opens, so a reader who only scrolls past downloads none, and one who opens an
 * event usually finds it already there. A part that failed to load is asked for
 * again on the next sign of interest.
 */
export class DetailsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** The bundled index being shown, or undefined for a dataset given by `src` or property. */
  readonly #index: () => Dataset | undefined;
  /** Parts asked for, by key; rendering merges those loaded so far. */
  readonly #parts = new Map<string, Part>();
  /** The events whose details are wanted after each update (the open ones); `undefined` for all (printing). */
  readonly #wanted: () => readonly string[] | undefined;

  constructor(host: ReactiveControllerHost, index: () => Dataset | undefined, wanted: () => readonly string[] | undefined) {
    this.#host = host;
    this.#index = index;
    this.#wanted = wanted;
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const ids = this.#wanted();
    if (!ids || ids.length > 0) this.want(ids);
  }

  /** Asks for the details of these events; `undefined` asks for every century (printing). */
  want(ids: readonly string[] | undefined): void {
    const index = this.#index();
    if (!index || index.complete) return;
    const parts = ids ? detailsPartsOf(index, ids) : allDetailsParts(index.locale);
    for (const part of parts) {
      if (this.#parts.has(part.key) && isLoaded(part)) continue;
      this.#parts.set(part.key, part);
      // Already loaded (by another timeline): render with it — after the update that
      // asked, since this runs in updated() — else fetch it.
      if (isLoaded(part)) queueMicrotask(() => this.#host.requestUpdate());
      else
        loadPart(part).then(
          () => this.#host.requestUpdate(),
          () => undefined,
        );
    }
  }

  /** A pointerover or focusin listener: wants the details of the event under it. */
  readonly onInterest = (e: Event): void => {
    const id = (e.target as Element).closest?.('[part~="event"]')?.id;
    if (id) this.want([id]);
  };

  /**
   * `index` with the details loaded so far merged in, those of the `open`
   * events included when loaded (on a server, or hydrating its markup, they
   * are loaded before the first render, which no controller hook precedes).
   */
  merged(index: Dataset, open: Iterable<string>): Dataset {
    if (index !== this.#index() || index.complete) return index;
    const parts = new Map([...this.#parts.values(), ...detailsPartsOf(index, open)].map((part) => [part.key, part]));
    const loaded = [...parts.values()].filter((part) => part.key.endsWith(`.${index.locale}`) && isLoaded(part));
    loaded.sort((a, b) => (a.key < b.key ? -1 : 1));
    return loaded.length ? (readBundled([timelinePart(index.locale), ...loaded], index.locale) ?? index) : index;
  }
}
