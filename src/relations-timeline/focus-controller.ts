import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { clearOfHeading } from './list.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Focus never falls to `<body>` because of the timeline's own re-rendering
 * (WCAG 2.4.3). When an update removes the event that had focus (a filter
 * leaves it out, a language change reloads the list), focus goes, once the
 * list is back, to the same event, else the next one still shown (the
 * previous at the end), else "Clear filters" or the search box. "Clear
 * filters" itself goes once it has done its work: focus goes to the list's
 * current event. Nothing moves if the reader has put focus elsewhere in the
 * meantime.
 */
export class FocusController implements ReactiveController {
  readonly #host: Host;
  readonly #onFocus: (id: string) => void;
  /** The event whose toggle had focus before this update (none for "Clear filters"), and the order of the list then. */
  #had: { readonly id?: string; readonly order: readonly string[] } | undefined;
  /** Focus to put back once the list is rendered. */
  #lost: { readonly id?: string; readonly order: readonly string[] } | undefined;

  constructor(host: Host, onFocus: (id: string) => void) {
    this.#host = host;
    this.#onFocus = onFocus;
    host.addController(this);
  }

  get #root(): ShadowRoot | undefined {
    return isServer ? undefined : (this.#host.renderRoot as ShadowRoot);
  }

  hostUpdate(): void {
    const focused = this.#root?.activeElement as HTMLElement | null | undefined;
    const id = focused?.classList.contains('toggle') ? focused.dataset['id'] : undefined;
    if (id) this.#had = { id, order: [...this.#root!.querySelectorAll<HTMLElement>('.toggle')].map((t) => t.dataset['id']!) };
    else this.#had = focused?.classList.contains('clear') ? { order: [] } : undefined;
  }

  hostUpdated(): void {
    const root = this.#root;
    if (!root) return;
    if (this.#had && !root.activeElement) this.#lost = this.#had;
    this.#had = undefined;
    const lost = this.#lost;
    if (!lost || !root.querySelector('.list:not([part~="loading"])')) return;
    this.#lost = undefined;
    // The reader went elsewhere meanwhile: leave focus there.
    if (document.activeElement && document.activeElement !== document.body) return;
    const toggle = (id: string) => root.querySelector<HTMLElement>(`.toggle[data-id="${CSS.escape(id)}"]`);
    const at = lost.id === undefined ? -1 : lost.order.indexOf(lost.id);
    const near = lost.id === undefined ? undefined : [lost.id, ...lost.order.slice(at + 1), ...lost.order.slice(0, at).reverse()].map(toggle).find((t) => t);
    const target = near ?? ['.toggle[tabindex="0"]', '[part~="empty"] .clear', '[part~="search"]'].map((s) => root.querySelector<HTMLElement>(s)).find((t) => t);
    if (!target) return;
    if (target.classList.contains('toggle')) {
      this.#onFocus(target.dataset['id']!);
      clearOfHeading(target);
    }
    target.focus();
  }

  /** Focuses the list's tab stop (the open or last focused event); false when there is none. */
  focusActive(options?: FocusOptions): boolean {
    const target = this.#root?.querySelector<HTMLElement>('.toggle[tabindex="0"]');
    if (!target) return false;
    clearOfHeading(target);
    target.focus(options);
    return true;
  }
}
