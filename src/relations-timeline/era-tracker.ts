import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jumpToEra } from './list.js';

/**
 * Tracks which era section is at the top of the scrolling list, for the
 * overview's marker: one IntersectionObserver rooted at the list, watching each
 * rendered era section (sections come and go with filters), or each row of a
 * virtualized list (its rows come and go as it scrolls). A jump from the
 * overview sets it at once.
 */
export class EraTracker implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #list: () => HTMLElement | null;
  #observer: IntersectionObserver | undefined;
  /** Id of the era at the top of the list. */
  current: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, list: () => HTMLElement | null) {
    this.#host = host;
    this.#list = list;
    host.addController(this);
  }

  hostUpdated(): void {
    this.watch();
  }

  /**
   * Watches the era sections in the list now: after each update, and
   * `again` (forgetting the removed ones) as a virtualized list draws other rows.
   */
  watch(again = false): void {
    const list = this.#list();
    if (!list || typeof IntersectionObserver === 'undefined') return;
    if (again) this.#observer?.disconnect();
    if (this.#observer?.root !== list) {
      this.#observer = new IntersectionObserver(
        (entries) => {
          const top = entries.filter((entry) => entry.isIntersecting).sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)[0];
          const id = (top?.target as HTMLElement | undefined)?.dataset['era'];
          if (id && id !== this.current) {
            this.current = id;
            this.#host.requestUpdate();
          }
        },
        { root: list, rootMargin: '0px 0px -80% 0px' },
      );
    }
    // A virtualized list's rows are its era headings and events, each marked with its era.
    for (const section of list.querySelectorAll(again ? '.vlist > [data-era]' : '[part~="era"]')) this.#observer.observe(section);
  }

  /** Scrolls the list to era `id` and marks it current; `activate` gets its first event, focused. */
  jump(id: string, activate: (eventId: string) => void): void {
    const list = this.#list();
    if (!list || !jumpToEra(list, id, activate)) return;
    this.current = id;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
