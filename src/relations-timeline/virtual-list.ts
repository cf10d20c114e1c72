/**
 * What only a virtualized (long) list needs: its layout, bringing one of its
 * rows into view, and keeping focus and its tab stop among the rows drawn. Loaded with
 * the virtualizer (see virtualizer.ts), never with the bundled data.
 */
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';

type Ref = typeof import('@lit-labs/virtualizer/virtualize.js').virtualizerRef;

/**
 * How far beyond the visible part of the list rows are drawn, in px, above and
 * below (about two rows). The virtualizer's default, 1,000 px, draws and lays
 * out some 2,500 px of new rows in each frame of a fast scroll: a fling through
 * 10,000 events had tasks of 55–75 ms and 60–65 % of its frames over 25 ms;
 * with 200 px, no task over 50 ms and 7–38 % (four runs each, same machine).
 */
export const OVERHANG = 200;

/**
 * The virtualizer's flow layout, drawing OVERHANG px beyond what shows, and
 * placing the rows of a jump where the scroll position says they are.
 *
 * On a jump (the scroll position beyond every row drawn), FlowLayout picks
 * the rows from the scroll position and the average row height, but places
 * them from the last row it drew plus that average times the rows in between.
 * The two agree only if the average has not moved since that row was placed,
 * and in a fling each frame measures new rows and moves it: the rows landed
 * off screen, the layout corrected the scroll position and drew twice more.
 * Forgetting the drawn rows on a jump (and the anchor of the previous jump if
 * it is still settling, as in WebKit, where the next scroll comes before the
 * rows are measured) places the new ones from the average alone, as they were
 * chosen: one render per frame of a fling through 10,000 events instead of
 * three (with the CPU slowed 2×: 2–7 of 61 frames over 25 ms, 37–45 before).
 * Scrolls that reach drawn rows, and scrolls to an index (`pin`), are left to
 * FlowLayout. Its members used here are typed public or protected in 2.1.
 */
export class TimelineLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = OVERHANG;
  }

  override _getItems(): void {
    if (this.pin === null && this._first >= 0 && this._last >= 0) {
      const lower = this._scrollPosition - this._overhang;
      const upper = this._scrollPosition + this._viewDim1 + this._overhang;
      const first = this._getPhysicalItem(this._first);
      const last = this._getPhysicalItem(this._last);
      if (first && last && (last.pos + (this._metricsCache.getChildSize(this._last) ?? 0) < lower || first.pos > upper)) {
        this._first = this._last = -1;
        this._anchorIdx = this._anchorPos = null;
      }
    }
    super._getItems();
  }
}

/**
 * In a virtualized list, scrolls to the row `match` finds and calls `then`
 * once it is drawn; false when the list is not virtualized or has no such row
 * (only rows near the view are in the DOM). A plain jump to where the layout
 * estimates the row (its index times the average row), as a scroll bar drag
 * would: the virtualizer's own `scrollIntoView` (a "pin") left the list empty.
 * `ref` is the virtualizer's `virtualizerRef` (given, not imported: importing
 * it here would split the virtualizer's chunk in two).
 */
export function reveal<R>(ref: Ref, root: ParentNode, match: (row: R) => boolean, then: () => void): boolean {
  const vlist = root.querySelector<VirtualizerHostElement & { rows?: readonly R[] }>('.vlist');
  const drawer = vlist?.[ref];
  const list = vlist?.closest<HTMLElement>('.list');
  const rows = vlist?.rows ?? [];
  const index = rows.findIndex(match);
  if (!vlist || !drawer || !list || index < 0) return false;
  list.scrollTo({ top: ((index + 0.5) / rows.length) * vlist.scrollHeight - list.clientHeight / 2, behavior: 'instant' });
  drawer.layoutComplete.then(then, () => undefined);
  return true;
}

/** The rows a virtualized list is about to draw, by index (its `rangeChanged` event). */
export interface RowRange {
  readonly first: number;
  readonly last: number;
}

const settling = new WeakMap<ParentNode, ReturnType<typeof setTimeout>>();
/** The event whose row went while it had focus, by list: focus goes back to it when it is drawn again. */
const waiting = new WeakMap<Element, string>();

/**
 * A virtualized list is about to draw the rows `range` (it was scrolled);
 * `eventRow(id)` finds the row of event `id`.
 *
 * If the row going away held focus, focus waits on the list itself instead of
 * falling to the page (WCAG 2.4.3): keys go on from the list's current event
 * (see listKeydown), and focus goes back to that row if it is drawn again.
 * Once the list settles, if its tab stop (its current event) is not drawn,
 * `current` is given the first event in view, so Tab still reaches the list
 * (WCAG 2.1.1).
 */
export function settleFocus<R>(root: ShadowRoot, range: RowRange, eventRow: (id: string) => (row: R) => boolean, current: (id: string) => void): void {
  const list = root.querySelector<HTMLElement>('.list');
  const rows = root.querySelector<HTMLElement & { rows?: readonly R[] }>('.vlist')?.rows;
  const focused = (root.activeElement as HTMLElement | null)?.closest<HTMLElement>('.vlist > li');
  if (list && rows && focused) {
    const index = rows.findIndex(eventRow(focused.id));
    if (index >= 0 && (index < range.first || index > range.last)) {
      waiting.set(list, focused.id);
      list.focus({ preventScroll: true });
    }
  }
  clearTimeout(settling.get(root));
  settling.set(
    root,
    setTimeout(() => {
      if (!list?.isConnected) return;
      const back = root.querySelector<HTMLElement>(`.toggle[data-id="${CSS.escape(waiting.get(list) ?? '')}"]`);
      // Focus went elsewhere meanwhile, or its row is back: it waits no more.
      if (root.activeElement !== list || back) waiting.delete(list);
      if (back && root.activeElement === list) {
        current(back.dataset['id']!);
        back.focus({ preventScroll: true });
        return;
      }
      const top = list.getBoundingClientRect().top;
      if (root.querySelector('.toggle[tabindex="0"]')) return;
      const first = [...root.querySelectorAll<HTMLElement>('.toggle')].find((t) => t.getBoundingClientRect().bottom > top);
      if (first) current(first.dataset['id']!);
    }, 150),
  );
}
