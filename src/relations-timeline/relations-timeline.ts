import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { loadBundled, readBundled } from '../data/dataset.js';
import { allDetailsParts, centuryOf, detailsPart, timelinePart } from '../data/timeline-parts.js';
import { isLoaded, loadPart, type Part } from '../data/parts.js';
import { DataController } from '../shared/data-controller.js';
import { CATEGORIES, type Category, type Dataset, type Era, type HistoryEvent, type RawEvent } from '../data/types.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { formatNumber } from '../i18n/format.js';
import { renderError } from '../shared/error-message.js';
import { RelationsSelectEvent } from '../shared/events.js';
import { CALENDARS, type Calendar } from '../shared/calendars.js';
import { themeStyles, THEMES, type Theme } from '../shared/theme.js';
import { checkEnum, isOneOf, warn } from '../shared/warn.js';
import { categoryIcon } from './category-icons.js';
import { eventDateText, eventDateTime } from './event-date.js';
import { filterEvents, parseList, parseYear } from './filter.js';
import { renderEntry } from './entry.js';
import { renderOverview } from './overview.js';
import { styles } from './relations-timeline.styles.js';
import { sourceListStyles } from '../shared/source-list.js';

export { CALENDARS, type Calendar };

export const CONTROLS = ['all', 'search', 'none'] as const;
export type Controls = (typeof CONTROLS)[number];

/** Datasets given by URL or property: validated at run time, in a chunk of their own. */
const given = () => import('../data/given.js');
const TAG = 'relations-timeline';
const PAGE = 10;
/**
 * Above this many matching events the list is virtualized: only rows near the
 * viewport exist in the DOM. Below it every event is rendered, so find-in-page,
 * printing and server rendering see the whole list (the bundled data stays below).
 */
const VIRTUALIZE_ABOVE = 400;

type Row = { readonly era: Era } | { readonly event: HistoryEvent };

// The virtualizer is only needed for big datasets: load it on first use, so the
// script-tag bundle does not carry it for the common case.
type VirtualizeModule = typeof import('@lit-labs/virtualizer/virtualize.js');
let virtualizer: VirtualizeModule | undefined;
let virtualizerLoading: Promise<VirtualizeModule> | undefined;

/**
 * A vertical, searchable timeline of France–Russia relations from 1668 to today,
 * grouped by era, with an overview strip of the eras and their climate.
 *
 * @summary The history of France–Russia relations as an accessible, filterable timeline.
 *
 * @attr {string} from - First year to show (e.g. `1891`).
 * @attr {string} to - Last year to show (e.g. `1917`).
 * @attr {string} categories - Space-separated categories to show: diplomacy alliance treaty war crisis visit economy culture espionage opinion.
 * @attr {string} era - Id of the era to show (e.g. `franco-russian-alliance`).
 * @attr {string} selected - Id of the event to open and scroll to.
 * @attr {"auto"|"light"|"dark"} theme - Colour scheme; `auto` follows the reader's system.
 * @attr {"gregorian"|"dual"} calendar - `dual` adds the Old Style (Julian) date sources give for Russian dates before 1918.
 * @attr {number} heading-level - Level of the era headings (event titles are one below); default 2.
 * @attr {boolean} compact - Summaries only, without expandable details.
 * @attr {"all"|"search"|"none"} controls - Which controls to show: search and filters (`all`, default), search only, or none.
 * @attr {string} src - URL of a dataset in the france-russia-relations schema; the bundled data is the default.
 * @attr {boolean} link - Keep the selected event in the page URL hash (`#<id>`) and open it from the hash.
 *
 * @fires {RelationsSelectEvent} relations-select - An event was opened (`eventId`), bubbles.
 *
 * @csspart controls - The search box, filters and count.
 * @csspart search - The search input.
 * @csspart filters - The category filter group.
 * @csspart era-select - The era drop-down.
 * @csspart count - The live count of matching events.
 * @csspart overview - The strip of eras and climates.
 * @csspart list - The scrolling list of eras and events.
 * @csspart era - One era's section; `era-title` its heading.
 * @csspart event - One event (its `id` is the event id); `date`, `category`, `title`, `summary`, `details`, `sources` inside it.
 * @csspart empty - The message shown when no event matches.
 * @csspart error - A message about bad input or data that could not load.
 *
 * @cssprop [--relations-timeline-height=44rem] - Height of the whole element; the list scrolls inside it. The same while loading, so the page never shifts.
 * @cssprop [--relations-timeline-accent] - Accent colour for this element (defaults to `--frr-color-accent`).
 * @cssprop [--relations-timeline-gap=1rem] - Space between events.
 */
export class RelationsTimeline extends LitElement {
  static override styles = [themeStyles, sourceListStyles, styles];

  readonly #locale = new LocaleController(this);

  /** First year to show. */
  @property({ reflect: true }) from: string | undefined;
  /** Last year to show. */
  @property({ reflect: true }) to: string | undefined;
  /** Space-separated categories to show; empty shows all. */
  @property({ reflect: true }) categories: string | undefined;
  /** Id of the era to show. */
  @property({ reflect: true }) era: string | undefined;
  /** Id of the open event; setting it scrolls to and opens that event. */
  @property({ reflect: true }) selected: string | undefined;
  /** Colour scheme. */
  @property({ reflect: true }) theme: Theme = 'auto';
  /** Calendar display. */
  @property({ reflect: true }) calendar: Calendar = 'gregorian';
  /** Level of the era headings, 1–6. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;
  /** Summaries only. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Which controls to show. */
  @property({ reflect: true }) controls: Controls = 'all';
  /** URL of a dataset to show instead of the bundled one. */
  @property({ reflect: true }) src: string | undefined;
  /** Keep the selected event in the URL hash. */
  @property({ type: Boolean, reflect: true }) link = false;
  /** Events passed directly (in the dataset schema); they replace the bundled events. */
  @property({ attribute: false }) events: readonly RawEvent[] | undefined;

  @state() private _query = '';
  @state() private _open: ReadonlySet<string> = new Set();
  /** The event whose title button is the list's single tab stop. */
  @state() private _active: string | undefined;
  /** The era in view at the top of the list, for the overview marker. */
  @state() private _currentEra: string | undefined;
  /** True between beforeprint and afterprint: print every event expanded. */
  @state() private _printing = false;

  readonly #data = new DataController(this, {
    args: () => [this.src, this.events, this.#locale.locale] as const,
    // The bundled list is the timeline index alone; details follow per century (see #wantDetails).
    read: ([src, events, locale]) => (src || events ? undefined : readBundled([timelinePart(locale)], locale)),
    load: async ([src, events, locale]) => {
      if (events) return (await given()).resolveGivenDataset({ events }, locale);
      return src ? (await given()).loadDatasetFrom(src, locale) : loadBundled([timelinePart(locale)], locale);
    },
  });

  /** Details parts this timeline has asked for, by key; rendering uses those loaded so far. */
  #detailParts = new Map<string, Part>();

  private _scrollPending = false;
  #observer: IntersectionObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
    if (this.link) this.#onHashChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    this.#observer?.disconnect();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    checkEnum(TAG, 'theme', this.theme, THEMES, 'auto');
    checkEnum(TAG, 'calendar', this.calendar, CALENDARS, 'gregorian');
    checkEnum(TAG, 'controls', this.controls, CONTROLS, 'all');
    if (changed.has('selected') && this.selected) {
      this._open = new Set([...this._open, this.selected]);
      this._active = this.selected;
      this._scrollPending = true;
    }
    if (changed.has('link') && this.link) this.#onHashChange();
  }

  override updated(): void {
    // An event open from the start (selected, the URL hash) needs its details now.
    if (this._printing) this.#wantDetails(undefined);
    else if (this._open.size > 0) this.#wantDetails([...this._open]);
    if (this._scrollPending && this.#data.value) {
      const entry = this.renderRoot.querySelector<HTMLElement>(`[part~="event"][id="${CSS.escape(this.selected ?? '')}"]`);
      if (entry) {
        this._scrollPending = false;
        this.#scrollListTo(entry);
      }
    }
    this.#observeEras();
  }

  /**
   * Details, people and sources come in one lazy part per century. A part is
   * fetched on the reader's first sign of interest in one of its events (pointer
   * over it, focus on it) or when it opens, so a reader who only scrolls past
   * downloads none, and one who opens an event usually finds it already there.
   * `undefined` asks for every century (printing). A part that failed to load
   * is asked for again on the next sign of interest.
   */
  #wantDetails(ids: readonly string[] | undefined) {
    const index = this.#data.value;
    if (!index || index.complete || this.src || this.events) return;
    const locale = index.locale;
    const parts = ids
      ? ids.flatMap((id) => {
          const event = index.events.find((e) => e.id === id);
          const part = event && detailsPart(centuryOf(event.date.year), locale);
          return part ? [part] : [];
        })
      : allDetailsParts(locale);
    for (const part of parts) {
      if (this.#detailParts.has(part.key) && isLoaded(part)) continue;
      this.#detailParts.set(part.key, part);
      // Already loaded (by another timeline): render with it; else fetch it.
      if (isLoaded(part)) this.requestUpdate();
      else void loadPart(part).then(
        () => this.requestUpdate(),
        () => undefined,
      );
    }
  }

  #onInterest = (e: Event) => {
    const id = (e.target as Element).closest?.('[part~="event"]')?.id;
    if (id) this.#wantDetails([id]);
  };

  /** The index with the details loaded so far merged in. */
  #withDetails(index: Dataset): Dataset {
    if (index.complete || this.src || this.events) return index;
    const locale = index.locale;
    const loaded = [...this.#detailParts.values()].filter((part) => part.key.endsWith(`.${locale}`) && isLoaded(part));
    return loaded.length ? (readBundled([timelinePart(locale), ...loaded], locale) ?? index) : index;
  }

  /**
   * Scrolls the list (not the page) so `entry` sits just below the sticky era
   * heading. Entries off screen have estimated heights (content-visibility), and
   * they settle as the list scrolls, so the position is corrected for a few frames.
   */
  #scrollListTo(entry: HTMLElement, frames = 4) {
    const list = entry.closest<HTMLElement>('.list');
    if (!list) return;
    const heading = entry.closest('[part~="era"]')?.querySelector<HTMLElement>('.era-title');
    const top = entry.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
    list.scrollTo({ top: top - (heading?.offsetHeight ?? 0) - 8, behavior: 'instant' });
    if (frames > 0) requestAnimationFrame(() => this.#scrollListTo(entry, frames - 1));
  }

  override render() {
    const strings = this.#locale.strings;
    return html`<div class="frame" role="region" aria-label=${strings.timeline.label}
      @pointerover=${this.#onInterest} @focusin=${this.#onInterest}>
      ${this.#data.render(strings, (dataset) => this.#renderTimeline(this.#withDetails(dataset)))}
    </div>`;
  }

  /** Validates the filter attributes against the data; returns visible messages. */
  #filterState(dataset: Dataset) {
    const strings = this.#locale.strings;
    const errors: string[] = [];
    const year = (attribute: 'from' | 'to') => {
      const raw = this[attribute];
      if (raw == null || raw === '') return undefined;
      const value = parseYear(raw);
      if (value === undefined) {
        warn({ tag: TAG, attribute, value: raw, allowed: 'a year such as 1812' });
        errors.push(strings.timeline.invalidYear(attribute, raw));
      }
      return value;
    };
    let from = year('from');
    let to = year('to');
    if (from !== undefined && to !== undefined && from > to) {
      warn({ tag: TAG, attribute: 'from', value: `${from}`, allowed: `a year not after "to" (${to})`, problem: `"from" (${from}) is after "to" (${to})` });
      errors.push(strings.timeline.fromAfterTo(from, to));
      [from, to] = [to, from];
    }
    const categories = new Set<Category>();
    for (const name of parseList(this.categories)) {
      if (isOneOf(CATEGORIES, name)) categories.add(name);
      else {
        warn({ tag: TAG, attribute: 'categories', value: name, allowed: CATEGORIES });
        errors.push(strings.unknownValue('categories', name));
      }
    }
    let era = this.era || undefined;
    if (era && !dataset.eras.some((e) => e.id === era)) {
      warn({ tag: TAG, attribute: 'era', value: era, allowed: dataset.eras.map((e) => e.id) });
      errors.push(strings.unknownValue('era', era));
      era = undefined;
    }
    if (this.selected && !dataset.events.some((e) => e.id === this.selected)) {
      warn({ tag: TAG, attribute: 'selected', value: this.selected, allowed: 'the id of an event in the data (see data/events.json)' });
      errors.push(strings.timeline.unknownEvent(this.selected));
    }
    return { filter: { from, to, categories, era, query: this._query }, errors };
  }

  #renderTimeline(dataset: Dataset) {
    const strings = this.#locale.strings;
    const { filter, errors } = this.#filterState(dataset);
    const shown = filterEvents(dataset.events, filter);
    const visibleIds = new Set(shown.map((e) => e.id));
    const activeId = this._active && visibleIds.has(this._active) ? this._active : shown[0]?.id;
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 5);
    const tag = this.#locale.intlTag;
    const dual = this.calendar === 'dual';
    const byId = new Map(dataset.events.map((e) => [e.id, e]));
    const groups = dataset.eras
      .map((era) => ({ era, events: shown.filter((e) => e.era === era.id) }))
      .filter((g) => g.events.length > 0);
    const orphans = shown.filter((e) => !dataset.eras.some((era) => era.id === e.era));
    const entry = (e: HistoryEvent) =>
      renderEntry(e, {
        level: level + 1,
        // In print, every event opens if its details are loaded (printing cannot wait for them).
        open: !this.compact && ((this._printing && !dataset.withoutDetails.has(e.id)) || this._open.has(e.id)),
        compact: this.compact,
        tabbable: e.id === activeId,
        dateText: eventDateText(e, tag, dual, strings.oldStyle),
        dateTime: eventDateTime(e),
        dual,
        strings,
        byId,
        allianceName: (id) => dataset.alliances.find((a) => a.id === id)?.name ?? dataset.names.get(id),
        icon: categoryIcon(e.category),
        pending: dataset.withoutDetails.has(e.id),
      });
    const filtering = filter.query !== '' || filter.categories.size > 0 || !!this.era || filter.from !== undefined || filter.to !== undefined;

    return html`${errors.map((message) => renderError(message))}
      ${this.controls === 'none' ? nothing : this.#renderControls(dataset, filter.categories, shown.length)}
      ${renderOverview(dataset.eras, {
        label: strings.timeline.overview,
        strings: strings.data,
        current: this._currentEra,
        active: new Set(groups.map((g) => g.era.id)),
        onJump: (id) => this.#jumpToEra(id),
      })}
      ${shown.length > VIRTUALIZE_ABOVE && !virtualizer
        ? this.#loadVirtualizer(strings.loading)
        : nothing}
      ${shown.length > VIRTUALIZE_ABOVE && virtualizer
        ? html`<div part="list" class="list" @keydown=${this.#onKeydown} @click=${this.#onListClick}>
            <ol class="vlist" role="list">
              ${virtualizer.virtualize<Row>({
                items: groups.flatMap((g): Row[] => [{ era: g.era }, ...g.events.map((event) => ({ event }))]),
                keyFunction: (row) => ('era' in row ? `era:${row.era.id}` : row.event.id),
                renderItem: (row) =>
                  'era' in row
                    ? html`<li part="era" class="era-row" data-era=${row.era.id}>${this.#renderEraTitle(row.era, level)}</li>`
                    : entry(row.event),
              })}
            </ol>
          </div>`
        : shown.length > VIRTUALIZE_ABOVE
          ? nothing
          : html`<div part="list" class="list" tabindex=${this.compact ? 0 : nothing} aria-label=${this.compact ? strings.timeline.label : nothing}
        @keydown=${this.#onKeydown} @click=${this.#onListClick}>
        <p class="visually-hidden">${strings.timeline.keyboardHint}</p>
        ${shown.length === 0
          ? html`<div part="empty" class="empty">
              <p>${strings.timeline.noResults}</p>
              ${filtering ? html`<button type="button" class="clear" @click=${this.#clearFilters}>${strings.timeline.clearFilters}</button>` : nothing}
            </div>`
          : nothing}
        ${repeat(
          orphans.length ? [...groups, { era: undefined, events: orphans }] : groups,
          (g) => g.era?.id ?? '',
          (g) => html`<section part="era" class="era" data-era=${g.era?.id ?? ''} aria-labelledby=${`era-${g.era?.id ?? 'other'}`}>
            ${g.era ? html`${this.#renderEraTitle(g.era, level)}<p class="era-summary">${g.era.summary}</p>` : nothing}
            <ol class="events" role="list">
              ${repeat(g.events, (e) => e.id, entry)}
            </ol>
          </section>`,
        )}
      </div>`}`;
  }

  /** Starts loading the virtualizer and shows a loading status in the list's place meanwhile. */
  #loadVirtualizer(loading: string) {
    // A failed import is forgotten, so a later render tries again.
    virtualizerLoading ??= import('@lit-labs/virtualizer/virtualize.js').then(
      (module) => (virtualizer = module),
      (error: unknown) => {
        virtualizerLoading = undefined;
        throw error;
      },
    );
    virtualizerLoading.then(
      () => this.requestUpdate(),
      () => undefined,
    );
    return html`<p part="list loading" class="list" role="status">${loading}</p>`;
  }

  #renderEraTitle(era: Era, level: number) {
    const strings = this.#locale.strings;
    return html`<div part="era-title" class="era-title" role="heading" aria-level=${level} id=${`era-${era.id}`}>
      <span class="era-name">${era.name}</span>
      <span class="era-meta">${strings.data.yearSpan(era.start, era.end)} ·
        <span class="climate" data-climate=${era.climate}>${strings.data.climates[era.climate]}</span></span>
    </div>`;
  }

  #renderControls(dataset: Dataset, active: ReadonlySet<Category>, shown: number) {
    const strings = this.#locale.strings;
    const t = strings.timeline;
    const used = CATEGORIES.filter((c) => dataset.events.some((e) => e.category === c));
    return html`<div part="controls" class="controls">
      <div class="search" role="search">
        <label class="visually-hidden" for="search">${t.search}</label>
        <input id="search" part="search" type="search" autocomplete="off" spellcheck="false"
          placeholder=${t.searchPlaceholder} .value=${this._query} @input=${this.#onSearch} />
      </div>
      ${this.controls === 'all'
        ? html`<label class="era-filter"><span>${t.era}</span>
              <select part="era-select" @change=${this.#onEraChange}>
                <option value="" ?selected=${!this.era}>${t.allEras}</option>
                ${dataset.eras.map((era) => html`<option value=${era.id} ?selected=${this.era === era.id}>${era.name} (${strings.data.yearSpan(era.start, era.end)})</option>`)}
              </select></label>
            <fieldset part="filters" class="filters">
              <legend class="visually-hidden">${t.categories}</legend>
              ${used.map((c) => html`<label class="chip" data-category=${c}>
                <input type="checkbox" .checked=${active.has(c)} @change=${(e: Event) => this.#toggleCategory(c, (e.target as HTMLInputElement).checked)} />
                ${categoryIcon(c)}<span>${strings.data.categories[c]}</span></label>`)}
            </fieldset>`
        : nothing}
      <p part="count" class="count" role="status" aria-live="polite">${t.count(shown, dataset.events.length).replace(/\d+/g, (n) => formatNumber(Number(n), this.#locale.intlTag))}</p>
    </div>`;
  }

  #onSearch = (e: Event) => {
    this._query = (e.target as HTMLInputElement).value;
  };

  #onEraChange = (e: Event) => {
    this.era = (e.target as HTMLSelectElement).value || undefined;
  };

  #toggleCategory(category: Category, on: boolean) {
    const set = new Set(parseList(this.categories).filter((c) => isOneOf(CATEGORIES, c)));
    if (on) set.add(category);
    else set.delete(category);
    this.categories = [...set].join(' ') || undefined;
  }

  #clearFilters = () => {
    this._query = '';
    this.categories = undefined;
    this.era = undefined;
    this.from = undefined;
    this.to = undefined;
  };

  #jumpToEra(id: string) {
    const section = this.renderRoot.querySelector<HTMLElement>(`[part~="era"][data-era="${CSS.escape(id)}"]`);
    if (!section) return;
    section.scrollIntoView({ block: 'start' });
    const first = section.querySelector<HTMLButtonElement>('.toggle');
    if (first) {
      this._active = first.dataset['id'];
      first.focus({ preventScroll: true });
    }
    this._currentEra = id;
  }

  /** Toggle buttons in document order. */
  #toggles(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.toggle')];
  }

  #onListClick = (e: Event) => {
    const jump = (e.target as Element).closest<HTMLAnchorElement>('a[data-select]');
    if (jump?.dataset['select']) {
      // A related event: open it here rather than navigating.
      e.preventDefault();
      this.#setOpen(jump.dataset['select'], true);
      this._scrollPending = true;
      return;
    }
    const toggle = (e.target as Element).closest<HTMLButtonElement>('.toggle');
    const id = toggle?.dataset['id'];
    if (!id) return;
    this.#setOpen(id, !this._open.has(id));
  };

  #onKeydown = (e: KeyboardEvent) => {
    const toggle = (e.target as Element).closest<HTMLButtonElement>('.toggle');
    if (!toggle) return;
    const toggles = this.#toggles();
    const index = toggles.indexOf(toggle);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: toggles.length - 1,
      PageDown: index + PAGE,
      PageUp: index - PAGE,
    };
    if (e.key in moves) {
      e.preventDefault();
      const target = toggles[Math.min(Math.max(moves[e.key]!, 0), toggles.length - 1)];
      if (target) {
        this._active = target.dataset['id'];
        target.focus();
        target.scrollIntoView({ block: 'nearest' });
      }
    } else if (e.key === 'Escape' && toggle.dataset['id'] && this._open.has(toggle.dataset['id'])) {
      e.preventDefault();
      this.#setOpen(toggle.dataset['id'], false);
    }
  };

  #setOpen(id: string, open: boolean) {
    const next = new Set(this._open);
    if (open) next.add(id);
    else next.delete(id);
    this._open = next;
    this._active = id;
    if (open) {
      this.#wantDetails([id]);
      this.selected = id;
      this._scrollPending = false;
      if (this.link && location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
      this.dispatchEvent(new RelationsSelectEvent(id));
    } else if (this.selected === id) {
      this.selected = undefined;
    }
  }

  #onBeforePrint = () => {
    this._printing = true;
    // Render synchronously enough for the print snapshot.
    this.performUpdate();
  };

  #onAfterPrint = () => {
    this._printing = false;
  };

  #onHashChange = () => {
    if (!this.link) return;
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && /^[a-z0-9-]+$/.test(id) && id !== this.selected) this.selected = id;
  };

  /** Tracks which era is at the top of the list, for the overview marker. */
  #observeEras() {
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    if (!list || typeof IntersectionObserver === 'undefined') return;
    if (!this.#observer || this.#observer.root !== list) {
      this.#observer?.disconnect();
      this.#observer = new IntersectionObserver(
        (entries) => {
          const top = entries
            .filter((entry) => entry.isIntersecting)
            .sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)[0];
          const id = (top?.target as HTMLElement | undefined)?.dataset['era'];
          if (id && id !== this._currentEra) this._currentEra = id;
        },
        { root: list, rootMargin: '0px 0px -80% 0px' },
      );
    }
    for (const section of this.renderRoot.querySelectorAll('[part~="era"]')) this.#observer.observe(section);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relations-timeline': RelationsTimeline;
  }
}

export type { HistoryEvent };
