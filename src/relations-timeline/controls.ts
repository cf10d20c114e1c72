import { html, nothing } from 'lit';
import { CATEGORIES, type Category, type Dataset } from '../data/types.js';
import { formatNumber, formatNumbersIn } from '../i18n/format.js';
import type { TimelineUiStrings } from '../i18n/strings/relations-timeline.js';
import { checked } from '../shared/checked.js';
import { categoryIcon } from './category-icons.js';

export interface ControlsOptions {
  readonly strings: TimelineUiStrings;
  readonly intlTag: string;
  /** Search only, or search with the era and category filters. */
  readonly filters: boolean;
  readonly query: string;
  readonly era: string | undefined;
  readonly categories: ReadonlySet<Category>;
  /** How many events the filters let through. */
  readonly shown: number;
  readonly onSearch: (query: string) => void;
  readonly onEra: (era: string | undefined) => void;
  readonly onCategory: (category: Category, on: boolean) => void;
  /** Whether the reader has unfolded the controls (they fold on narrow widths only). */
  readonly expanded: boolean;
  readonly onToggle: () => void;
}

/** Which controls the timeline shows (its `controls` attribute). */
export const CONTROLS = ['all', 'search', 'none'] as const;
export type Controls = (typeof CONTROLS)[number];

/**
 * The search box, the era and category filters and the live count. On narrow
 * widths (a container query) the search and filters fold behind one button
 * that says how many filters are set, so a phone's screen goes to the list
 * and a keyboard reaches it in two tab stops; the count stays in view.
 */
export function renderControls(dataset: Dataset, o: ControlsOptions) {
  const s = o.strings;
  const t = s.timeline;
  const used = CATEGORIES.filter((c) => dataset.events.some((e) => e.category === c));
  const count = formatNumbersIn(t.count(o.shown, dataset.events.length), o.intlTag);
  const active = (o.query.trim() ? 1 : 0) + (o.era ? 1 : 0) + o.categories.size;
  return html`<div part="controls" class="controls" ?data-expanded=${o.expanded}>
    ${o.filters
      ? html`<button type="button" part="filters-toggle" class="filters-toggle" aria-controls="filter-panel"
          aria-expanded=${o.expanded ? 'true' : 'false'} @click=${o.onToggle}>${t.filtersToggle}${active
            ? html`<span class="badge" aria-hidden="true">${formatNumber(active, o.intlTag)}</span><span class="visually-hidden">, ${formatNumbersIn(t.activeFilters(active), o.intlTag)}</span>`
            : nothing}</button>`
      : nothing}
    <div class="panel" id="filter-panel">
    <div class="search" role="search">
      <label class="visually-hidden" for="search">${t.search}</label>
      <input id="search" part="search" type="search" autocomplete="off" spellcheck="false"
        placeholder=${t.searchPlaceholder} .value=${o.query} @input=${(e: Event) => o.onSearch((e.target as HTMLInputElement).value)} />
    </div>
    ${o.filters
      ? html`<label class="era-filter"><span>${t.era}</span>
            <select part="era-select" @change=${(e: Event) => o.onEra((e.target as HTMLSelectElement).value || undefined)}>
              <option value="" ?selected=${!o.era}>${t.allEras}</option>
              ${dataset.eras.map((era) => html`<option value=${era.id} ?selected=${o.era === era.id}>${era.name} (${s.data.yearSpan(era.start, era.end)})</option>`)}
            </select></label>
          <fieldset part="filters" class="filters">
            <legend class="visually-hidden">${t.categories}</legend>
            ${used.map((c) => html`<label class="chip" data-category=${c}>
              <input type="checkbox" ?checked=${o.categories.has(c)} ${checked(o.categories.has(c))} @change=${(e: Event) => o.onCategory(c, (e.target as HTMLInputElement).checked)} />
              ${categoryIcon(c)}<span>${s.data.categories[c]}</span></label>`)}
          </fieldset>`
      : nothing}
    </div>
    <p part="count" class="count" role="status" aria-live="polite">${o.shown === 0
      ? html`<span class="visually-hidden">${t.noResults} </span>`
      : nothing}${count}</p>
  </div>`;
}
