/**
 * The timeline's content for a dataset: what to show, derived by a pure
 * function from the attributes and the reader's state, then drawn by pure
 * render helpers. The element owns the state and the side effects (warnings,
 * focus, scrolling, loading).
 */
import { html, nothing } from 'lit';
import type { Category, Dataset, HistoryEvent } from '../data/types.js';
import type { TimelineUiStrings } from '../i18n/strings/relations-timeline.js';
import { renderError } from '../shared/error-message.js';
import type { Finding } from '../shared/warn.js';
import { categoryIcon } from './category-icons.js';
import { renderControls } from './controls.js';
import { renderEntry } from './entry.js';
import { eventDateText, eventDateTime } from './event-date.js';
import { filterEvents, type EventFilter } from './filter.js';
import { filterState, isFiltering, type FilterAttributes } from './filter-state.js';
import { renderList, type EraGroup } from './list.js';
import { VIRTUALIZE_ABOVE } from './virtualizer.js';
import type { RowRange } from './virtual-list.js';
import { renderOverview } from './overview.js';

export interface ViewInput extends FilterAttributes {
  /** The event that last had the list's tab stop. */
  readonly active?: string;
}

export interface View {
  readonly filter: EventFilter;
  /** Attribute values that could not be used. */
  readonly findings: readonly Finding[];
  readonly shown: readonly HistoryEvent[];
  /** The shown events by era, in order; events in no known era last. */
  readonly groups: readonly EraGroup[];
  /** The event whose title holds the list's single tab stop. */
  readonly activeId: string | undefined;
}

// The last view derived per dataset: scrolling re-renders the timeline (the
// overview's marker follows the era in view) with the same input, and at
// 10,000 events deriving it again costs a long task each time.
const lastViews = new WeakMap<Dataset, { readonly key: string; readonly strings: TimelineUiStrings; readonly view: View }>();
const byIds = new WeakMap<Dataset, ReadonlyMap<string, HistoryEvent>>();

/** `deriveView`, remembered for the last input per dataset. */
export function viewOf(dataset: Dataset, input: ViewInput, strings: TimelineUiStrings): View {
  const key = JSON.stringify(input);
  const last = lastViews.get(dataset);
  if (last && last.key === key && last.strings === strings) return last.view;
  const view = deriveView(dataset, input, strings);
  lastViews.set(dataset, { key, strings, view });
  return view;
}

export function deriveView(dataset: Dataset, input: ViewInput, strings: TimelineUiStrings): View {
  const { filter, findings } = filterState(input, dataset, strings);
  const shown = filterEvents(dataset.events, filter);
  const groups: EraGroup[] = dataset.eras.map((era) => ({ era, events: shown.filter((e) => e.era === era.id) })).filter((g) => g.events.length > 0);
  const orphans = shown.filter((e) => !dataset.eras.some((era) => era.id === e.era));
  if (orphans.length) groups.push({ era: undefined, events: orphans });
  const activeId = input.active && shown.some((e) => e.id === input.active) ? input.active : shown[0]?.id;
  return { filter, findings, shown, groups, activeId };
}

/**
 * The events the list must draw now (a list drawn in steps), or 0 when the
 * list is virtualized; and the index of the last one that must be in the DOM
 * at once: the selected event and the list's tab stop.
 */
export function toDraw(view: View, selected: string | undefined): { readonly count: number; readonly reach: number } {
  const count = view.shown.length > VIRTUALIZE_ABOVE ? 0 : view.shown.length;
  const at = (id: string | undefined) => (id ? view.shown.findIndex((e) => e.id === id) : -1);
  return { count, reach: Math.max(at(selected), at(view.activeId)) };
}

export interface ViewOptions {
  readonly strings: TimelineUiStrings;
  readonly intlTag: string;
  /** Level of the era headings. */
  readonly level: number;
  readonly compact: boolean;
  readonly dual: boolean;
  readonly controls: 'all' | 'search' | 'none';
  readonly query: string;
  readonly era: string | undefined;
  /** The search and filters are unfolded (narrow widths). */
  readonly filtersOpen: boolean;
  readonly open: ReadonlySet<string>;
  readonly printing: boolean;
  readonly currentEra: string | undefined;
  /** The overview band last used. */
  readonly lastBand: string | undefined;
  /** How many events the list may draw now (all when printing). */
  readonly limit: number;
  readonly on: {
    readonly search: (query: string) => void;
    readonly era: (era: string | undefined) => void;
    readonly category: (category: Category, on: boolean) => void;
    readonly toggleFilters: () => void;
    readonly jump: (era: string) => void;
    readonly moveBand: (era: string) => void;
    readonly keydown: (e: KeyboardEvent) => void;
    readonly click: (e: Event) => void;
    readonly clear: () => void;
    readonly rerender: () => void;
    /** A virtualized list is about to draw other rows. */
    readonly rows: (range: RowRange) => void;
  };
}

export function renderView(dataset: Dataset, view: View, o: ViewOptions) {
  const s = o.strings;
  let byId = byIds.get(dataset);
  if (!byId) byIds.set(dataset, (byId = new Map(dataset.events.map((e) => [e.id, e]))));
  const entry = (e: HistoryEvent) =>
    renderEntry(e, {
      level: o.level + 1,
      // In print, every event opens if its details are loaded (printing cannot wait for them).
      open: !o.compact && ((o.printing && !dataset.withoutDetails.has(e.id)) || o.open.has(e.id)),
      compact: o.compact,
      tabbable: e.id === view.activeId,
      dateText: eventDateText(e, o.intlTag, o.dual, s.oldStyle),
      dateTime: eventDateTime(e),
      dual: o.dual,
      strings: s,
      byId,
      allianceName: (id) => dataset.alliances.find((a) => a.id === id)?.name ?? dataset.names.get(id),
      icon: categoryIcon(e.category),
      pending: dataset.withoutDetails.has(e.id),
    });
  return html`${view.findings.map((finding) => renderError(finding.message))}
    ${o.controls === 'none'
      ? nothing
      : renderControls(dataset, {
          strings: s,
          intlTag: o.intlTag,
          filters: o.controls === 'all',
          query: o.query,
          era: o.era,
          categories: view.filter.categories,
          shown: view.shown.length,
          onSearch: o.on.search,
          onEra: o.on.era,
          onCategory: o.on.category,
          expanded: o.filtersOpen,
          onToggle: o.on.toggleFilters,
        })}
    ${renderOverview(dataset.eras, {
      label: s.timeline.overview,
      strings: s.data,
      current: o.currentEra,
      active: new Set(view.groups.flatMap((g) => (g.era ? [g.era.id] : []))),
      last: o.lastBand,
      onJump: o.on.jump,
      onMove: o.on.moveBand,
    })}
    ${renderList(view.groups, {
      strings: s,
      level: o.level,
      compact: o.compact,
      filtering: isFiltering(view.filter),
      entry,
      onKeydown: o.on.keydown,
      onClick: o.on.click,
      onClear: o.on.clear,
      onVirtualizer: o.on.rerender,
      onRows: o.on.rows,
      limit: o.printing ? Infinity : o.limit,
    })}`;
}
