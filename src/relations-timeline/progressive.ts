import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { fromServer } from '../shared/hydration.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Draws a long (not virtualized) list in steps, so the first paint does only
 * the work it shows: the first render takes the first `first` events (more
 * than a screen holds), and each later frame, once the previous one is
 * painted, adds `step` more until every event is in the DOM, where
 * find-in-page, printing and screen readers reach it (which
 * `content-visibility: auto` did not give: it hid off-screen events from the
 * accessibility tree). Laying out all 243 bundled events at once was most of
 * the first render's time.
 *
 * A server renders every event, and markup from a server is hydrated whole.
 */
export class ProgressiveRender implements ReactiveController {
  readonly #host: Host;
  readonly #first: number;
  readonly #step: number;
  /** How many events the list may draw now. */
  #limit: number;
  /** Events the last render had to draw. */
  #count = 0;
  #scheduled = false;

  constructor(host: Host, first = 20, step = 32) {
    this.#host = host;
    this.#first = first;
    this.#step = step;
    this.#limit = isServer || fromServer(host) ? Infinity : first;
    host.addController(this);
  }

  /**
   * The number of events to draw out of `count`, at least through `reach`
   * (an index that must be in the DOM now: the selected event).
   */
  limit(count: number, reach = -1): number {
    this.#count = count;
    if (reach >= this.#limit) this.#limit = reach + this.#first;
    return this.#limit;
  }

  /** True while some events of the last render are not drawn yet. */
  get busy(): boolean {
    return this.#limit < this.#count;
  }

  /**
   * Draws every event now, synchronously (before keyboard navigation to the
   * end, or a jump to a late era, looks for them).
   */
  finish(): void {
    if (this.#limit === Infinity) return;
    this.#limit = Infinity;
    if (this.#count === 0) return;
    this.#host.requestUpdate();
    (this.#host as Host & { performUpdate(): void }).performUpdate();
  }

  hostUpdated(): void {
    if (!this.busy) {
      // Done: later renders (filters, another language) draw at once.
      if (this.#count > 0) this.#limit = Infinity;
      return;
    }
    if (this.#scheduled) return;
    this.#scheduled = true;
    // A frame, then a task: the next step runs after this frame is painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.#scheduled = false;
        if (!this.busy) return;
        this.#limit += this.#step;
        this.#host.requestUpdate();
      }),
    );
  }
}
