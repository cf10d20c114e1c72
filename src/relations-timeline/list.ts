import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Era, HistoryEvent } from '../data/types.js';
import type { TimelineUiStrings } from '../i18n/strings/relations-timeline.js';
import { LIST_KEYS, moveMark } from '../shared/roving.js';
import type { RowRange } from './virtual-list.js';
import { loadVirtualizer, virtualizer, VIRTUALIZE_ABOVE } from './virtualizer.js';

export interface EraGroup {
  readonly era: Era | undefined;
  readonly events: readonly HistoryEvent[];
}

export interface ListOptions {
  readonly strings: TimelineUiStrings;
  readonly level: number;
  readonly compact: boolean;
  /** Filters narrow the list: offer to clear them when nothing matches. */
  readonly filtering: boolean;
  readonly entry: (event: HistoryEvent) => TemplateResult;
  readonly onKeydown: (e: KeyboardEvent) => void;
  readonly onClick: (e: Event) => void;
  readonly onClear: () => void;
  /** Called once the virtualizer has loaded, to render again (the element loads it with a long dataset: see virtualizer.ts). */
  readonly onVirtualizer: () => void;
  /** Called when a virtualized list is about to draw other rows. */
  readonly onRows: (range: RowRange) => void;
  /** How many events to draw now (a long list is drawn in steps, see progressive.ts). */
  readonly limit: number;
}

/** The groups cut after their first `limit` events. */
function firstEvents(groups: readonly EraGroup[], limit: number): readonly EraGroup[] {
  if (limit === Infinity) return groups;
  const out: EraGroup[] = [];
  let left = limit;
  for (const g of groups) {
    if (left <= 0) break;
    out.push(g.events.length <= left ? g : { era: g.era, events: g.events.slice(0, left) });
    left -= g.events.length;
  }
  return out;
}

type Row = { readonly era: Era } | { readonly event: HistoryEvent };
const rowsOf = new WeakMap<readonly EraGroup[], Row[]>();

/** An era's heading: its name, its years and its climate. */
export function renderEraTitle(era: Era, level: number, strings: TimelineUiStrings) {
  return html`<div part="era-title" class="era-title" role="heading" aria-level=${level} id=${`era-${era.id}`}>
    <span class="era-name">${era.name}</span>
    <span class="era-meta">${strings.data.yearSpan(era.start, era.end)} ·
      <span class="climate" data-climate=${era.climate}>${strings.data.climates[era.climate]}</span></span>
  </div>`;
}

/** The scrolling list of eras and their events, virtualized when long. */
export function renderList(groups: readonly EraGroup[], o: ListOptions) {
  const count = groups.reduce((n, g) => n + g.events.length, 0);
  if (count > VIRTUALIZE_ABOVE) {
    if (!virtualizer) {
      loadVirtualizer().then(o.onVirtualizer, () => undefined);
      return html`<p part="list loading" class="list" role="status">${o.strings.loading}</p>`;
    }
    // The same rows for the same groups: a new array would make the virtualizer lay out every row again.
    let rows = rowsOf.get(groups);
    if (!rows) rowsOf.set(groups, (rows = groups.flatMap((g): Row[] => [...(g.era ? [{ era: g.era }] : []), ...g.events.map((event) => ({ event }))])));
    // Focusable (not a tab stop): focus waits here when the row that had it is scrolled away (virtual-list.ts).
    return html`<div part="list" class="list virtual" role="group" aria-label=${o.strings.timeline.label} tabindex="-1"
      @keydown=${o.onKeydown} @click=${o.onClick}>
      <ol class="vlist" role="list" .rows=${rows} @rangeChanged=${o.onRows}>
        ${virtualizer.virtualize<Row>({
          items: rows,
          layout: virtualizer.layout,
          keyFunction: (row) => ('era' in row ? `era:${row.era.id}` : row.event.id),
          renderItem: (row) =>
            'era' in row
              ? html`<li part="era" class="era-row" data-era=${row.era.id}>${renderEraTitle(row.era, o.level, o.strings)}</li>`
              : o.entry(row.event),
        })}
      </ol>
    </div>`;
  }
  const t = o.strings.timeline;
  const drawn = count > o.limit ? firstEvents(groups, o.limit) : groups;
  // Busy while events are still being drawn in (a few frames).
  return html`<div part="list" class="list" tabindex=${o.compact ? 0 : nothing} aria-label=${o.compact ? t.label : nothing}
    aria-busy=${drawn === groups ? nothing : 'true'} @keydown=${o.onKeydown} @click=${o.onClick}>
    <p class="visually-hidden">${t.keyboardHint}</p>
    ${count === 0
      ? html`<div part="empty" class="empty">
          <p>${t.noResults}</p>
          ${o.filtering ? html`<button type="button" class="clear" @click=${o.onClear}>${t.clearFilters}</button>` : nothing}
        </div>`
      : nothing}
    ${repeat(
      drawn,
      (g) => g.era?.id ?? '',
      // A section without a name: not a landmark each (one per era was 21 landmarks); the heading names it.
      (g) => html`<section part="era" class="era" data-era=${g.era?.id ?? ''}>
        ${g.era ? html`${renderEraTitle(g.era, o.level, o.strings)}<p class="era-summary">${g.era.summary}</p>` : nothing}
        <ol class="events" role="list">
          ${repeat(g.events, (e) => e.id, o.entry)}
        </ol>
      </section>`,
    )}
  </div>`;
}

/**
 * The height of the era heading that stays stuck above `entry`, in px: 0 where
 * the headings scroll with the list (a very short window, see the styles).
 */
function stickyHeadingHeight(entry: HTMLElement): number {
  const heading = entry.closest('[part~="era"]')?.querySelector<HTMLElement>('.era-title');
  return heading && getComputedStyle(heading).position === 'sticky' ? heading.offsetHeight : 0;
}

/**
 * Runs `step` now and in each of the next `frames` frames while `still()`:
 * rows of a virtualized list have estimated places until measured, and
 * details load, so a scroll is made again for a few frames.
 */
function forFrames(step: () => void, still: () => boolean = () => true, frames = 4): void {
  step();
  if (frames > 0) requestAnimationFrame(() => still() && forFrames(step, still, frames - 1));
}

/** Scrolls the list (not the page) so `entry` sits just below the sticky era heading. */
export function scrollListTo(entry: HTMLElement) {
  forFrames(() => {
    const list = entry.closest<HTMLElement>('.list');
    if (!list) return;
    const top = entry.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
    list.scrollTo({ top: top - stickyHeadingHeight(entry) - 8, behavior: 'instant' });
  });
}

/**
 * Keeps an entry about to take focus clear of the sticky era heading above it
 * (WCAG 2.4.11): the list's scroll padding becomes that heading's height, so
 * focus scrolling and `scrollIntoView` stop below it, smooth or not. CSSOM,
 * not a style attribute in the template (strict CSP).
 */
export function clearOfHeading(target: HTMLElement) {
  target.closest<HTMLElement>('.list')?.style.setProperty('scroll-padding-block-start', `${stickyHeadingHeight(target) + 8}px`);
}

/** In a virtualized list, draws the row `match` finds, then calls `then`; false when there is none (see virtual-list.ts). */
const reveal = (root: ParentNode, match: (row: Row) => boolean, then: () => void): boolean => virtualizer?.reveal(root, match, then) ?? false;

const eventRow = (id: string | undefined) => (row: Row) => 'event' in row && row.event.id === id;

/** Before a virtualized list draws other rows: see virtual-list.ts. */
export const settleFocus = (root: ShadowRoot, range: RowRange, current: (id: string) => void): void => virtualizer?.settleFocus(root, range, eventRow, current);

/**
 * Scrolls the list to the event `id` if it is drawn; false when it is not
 * (yet). In a virtualized list, it is drawn first, then `drawn` is called.
 */
export function scrollToEvent(root: ParentNode, id: string | undefined, drawn: () => void): boolean {
  const entry = root.querySelector<HTMLElement>(`[part~="event"][id="${CSS.escape(id ?? '')}"]`);
  if (entry) scrollListTo(entry);
  else reveal(root, eventRow(id), drawn);
  return !!entry;
}

/** Focuses the event `id` (clear of the sticky heading), drawing it first in a virtualized list. */
export function focusEvent(root: ParentNode, id: string): void {
  const toggle = root.querySelector<HTMLElement>(`.toggle[data-id="${CSS.escape(id)}"]`);
  if (!toggle) {
    reveal(root, eventRow(id), () => focusEvent(root, id));
    return;
  }
  clearOfHeading(toggle);
  toggle.focus();
  forFrames(() => toggle.scrollIntoView({ block: 'nearest' }), () => toggle.matches(':focus'));
}

/**
 * Scrolls the list to the start of an era (from the overview) and focuses its
 * first event, which `activate` makes the list's tab stop; false when the era
 * is not shown.
 */
export function jumpToEra(root: ParentNode, id: string, activate: (eventId: string) => void): boolean {
  const section = root.querySelector<HTMLElement>(`[part~="era"][data-era="${CSS.escape(id)}"]`);
  if (!section) return reveal(root, (row) => 'era' in row && row.era.id === id, () => jumpToEra(root, id, activate));
  section.scrollIntoView({ block: 'start' });
  // A section holds its events; a virtualized list's era row is followed by them.
  const first = (section.querySelector('.toggle') ?? section.nextElementSibling?.querySelector('.toggle')) as HTMLButtonElement | null;
  if (first?.dataset['id']) {
    activate(first.dataset['id']);
    first.focus({ preventScroll: true });
  }
  return true;
}

/** What a click or a key in the list asks of the timeline. */
export type ListAction =
  | { readonly kind: 'move'; readonly id: string }
  | { readonly kind: 'toggle'; readonly id: string }
  | { readonly kind: 'close'; readonly id: string }
  | { readonly kind: 'related'; readonly id: string };

/** A click on an event's title toggles it; on a related event's link, opens that event here rather than navigating. */
export function listClick(e: Event): ListAction | undefined {
  const related = (e.target as Element).closest<HTMLAnchorElement>('a[data-select]')?.dataset['select'];
  if (related) {
    e.preventDefault();
    return { kind: 'related', id: related };
  }
  const id = (e.target as Element).closest<HTMLButtonElement>('.toggle')?.dataset['id'];
  return id ? { kind: 'toggle', id } : undefined;
}

/**
 * Arrow keys, Page Up/Down (ten events), Home and End move the list's focus
 * among `shown` (every event the list holds, drawn or not: see focusEvent),
 * from the focused event, or from `current` (the list's tab stop) when focus
 * waits on a virtualized list itself; Escape closes an open event.
 */
export function listKeydown(e: KeyboardEvent, shown: readonly { readonly id: string }[], isOpen: (id: string) => boolean, current: string | undefined): ListAction | undefined {
  const target = e.target as Element;
  const id = target.closest<HTMLButtonElement>('.toggle')?.dataset['id'] ?? (target.matches('.virtual') ? (current ?? shown[0]?.id) : undefined);
  if (!id) return undefined;
  if ((LIST_KEYS as readonly string[]).includes(e.key)) {
    e.preventDefault();
    const target = moveMark(shown.map((event, row) => ({ key: event.id, row, col: 0 })), id, e.key, 10);
    return target ? { kind: 'move', id: target } : undefined;
  }
  if (e.key !== 'Escape' || !isOpen(id)) return undefined;
  e.preventDefault();
  return { kind: 'close', id };
}
