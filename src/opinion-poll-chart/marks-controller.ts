import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MOVE_KEYS, moveMark } from '../shared/roving.js';
import { isOneOf } from '../shared/warn.js';
import type { Chart } from './charts.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
interface MarkRef {
  readonly group: string;
  readonly key: string;
}

/**
 * The focusable marks of every chart of the element: one tab stop per chart
 * (roving focus with the arrows, Home and End), and the tooltip of the mark
 * under the pointer or with focus (Escape closes it).
 */
export class MarksController implements ReactiveController {
  readonly #host: Host;
  /** The charts of the last render, by group id. */
  charts = new Map<string, Chart>();
  /** Per chart, the key of the mark holding its tab stop. */
  #active: ReadonlyMap<string, string> = new Map();
  /** The mark whose tooltip is open. */
  tip: MarkRef | undefined;
  #focusNext: MarkRef | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The key of the mark holding `group`'s tab stop. */
  active(group: string): string | undefined {
    return this.#active.get(group);
  }

  hostUpdated(): void {
    const next = this.#focusNext;
    if (!next) return;
    this.#focusNext = undefined;
    this.#host.renderRoot
      .querySelector<SVGElement>(`.plot[data-group="${CSS.escape(next.group)}"] [data-key="${CSS.escape(next.key)}"]`)
      ?.focus();
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onDocumentKey, true);
  }

  #set(changes: { active?: MarkRef; tip?: MarkRef | undefined }) {
    if (changes.active && this.#active.get(changes.active.group) !== changes.active.key) {
      this.#active = new Map([...this.#active, [changes.active.group, changes.active.key]]);
    }
    if ('tip' in changes) {
      this.tip = changes.tip;
      // Escape closes a tooltip wherever focus is, also one opened by hovering (WCAG 1.4.13).
      if (this.tip) document.addEventListener('keydown', this.#onDocumentKey, true);
      else document.removeEventListener('keydown', this.#onDocumentKey, true);
    }
    this.#host.requestUpdate();
  }

  readonly #onDocumentKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.tip) this.#set({ tip: undefined });
  };

  #markOf(e: Event): MarkRef | undefined {
    const key = (e.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
    const group = (e.currentTarget as HTMLElement).dataset['group'];
    return group !== undefined && key ? { group, key } : undefined;
  }

  /** Listeners for each chart's plot (`data-group` on it). */
  readonly handlers = {
    focusin: (e: FocusEvent) => {
      const mark = this.#markOf(e);
      if (mark) this.#set({ active: mark, tip: mark });
    },
    focusout: (e: FocusEvent) => {
      if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) this.#set({ tip: undefined });
    },
    pointerover: (e: PointerEvent) => {
      const mark = this.#markOf(e);
      if (mark) this.#set({ tip: mark });
    },
    pointerleave: (e: PointerEvent) => {
      const plot = e.currentTarget as HTMLElement;
      const key = plot.querySelector('[data-key]:focus')?.getAttribute('data-key');
      this.#set({ tip: key ? { group: plot.dataset['group']!, key } : undefined });
    },
    keydown: (e: KeyboardEvent) => {
      const mark = this.#markOf(e);
      if (!mark) return;
      if (e.key === 'Escape') return this.#set({ tip: undefined });
      if (!isOneOf(MOVE_KEYS, e.key)) return;
      const chart = this.charts.get(mark.group);
      const key = chart && moveMark(chart.marks, mark.key, e.key);
      if (!key) return;
      e.preventDefault();
      const next = { group: mark.group, key };
      this.#focusNext = next;
      this.#set({ active: next, tip: next });
    },
  };
}
