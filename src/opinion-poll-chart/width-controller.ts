import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { fromServer } from '../shared/hydration.js';

/** The width a server draws at (it cannot measure); the browser redraws at the real width. */
export const SERVER_WIDTH = 640;

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/**
 * The drawing width of the chart, in px: the content box of `box()` (the
 * frame), or of the host before the frame exists, since data already loaded
 * draws on the very first render. A ResizeObserver keeps it current, and
 * redraws only when it changes.
 *
 * Not Lit's ResizeController: it re-renders inside the observer's callback,
 * and a redraw changes the chart's height, which would re-enter the
 * observation ("ResizeObserver loop" errors); this waits for the next frame.
 */
export class WidthController implements ReactiveController {
  readonly #host: Host;
  readonly #box: () => HTMLElement | null;
  #observer: ResizeObserver | undefined;
  #width: number | undefined;

  constructor(host: Host, box: () => HTMLElement | null) {
    this.#host = host;
    // Markup from a server was drawn at SERVER_WIDTH: hydrate at that width, then measure.
    if (fromServer(host)) this.#width = SERVER_WIDTH;
    this.#box = box;
    host.addController(this);
  }

  /** The width to draw at now. */
  get width(): number {
    if (this.#width) return this.#width;
    if (isServer) return SERVER_WIDTH;
    const box = this.#box() ?? this.#host;
    const style = getComputedStyle(box);
    const width = Math.round(box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) || 0;
    // Drawn at this width: the observer's first report, usually the same, then asks for no second drawing.
    this.#width = width || undefined;
    return width;
  }

  hostConnected(): void {
    if (this.#host.hasUpdated) this.hostUpdated();
  }

  hostUpdated(): void {
    const box = this.#box();
    if (!box || this.#observer || typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      requestAnimationFrame(() => {
        // Not for a chart removed meanwhile: it would redraw (and warn again) for nothing.
        if (width > 0 && width !== this.#width && this.#host.isConnected) {
          this.#width = width;
          this.#host.requestUpdate();
        }
      });
    });
    this.#observer.observe(box);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
