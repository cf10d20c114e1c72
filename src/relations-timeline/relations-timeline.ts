import { html, type PropertyValues } from 'lit';
import type { Dataset, RawEvent } from '../data/types.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { timelineStrings, withTimelineStrings } from '../i18n/strings/relations-timeline.js';
import { CALENDARS, type Calendar } from '../shared/calendars.js';
import { DataController } from '../shared/data-controller.js';
import { HydratingElement } from '../shared/hydration.js';
import { RelationsSelectEvent } from '../shared/events.js';
import { sourceListStyles } from '../shared/source-list.js';
import { themeStyles, THEMES, type Theme } from '../shared/theme.js';
import { checkEnum, isOneOf, warn } from '../shared/warn.js';
import { DetailsController } from './details-controller.js';
import { focusEvent, listClick, listKeydown, scrollToEvent, settleFocus, type EraGroup, type ListAction } from './list.js';
import { timelineSource } from './timeline-data.js';
import { EraTracker } from './era-tracker.js';
import { FocusController } from './focus-controller.js';
import { withCategory } from './filter.js';
import { styles } from './relations-timeline.styles.js';
import { renderView, toDraw, viewOf, type ViewOptions } from './view.js';
import { ProgressiveRender } from './progressive.js';
import { CONTROLS, type Controls } from './controls.js';
import { HashController, PrintController } from './window-controllers.js';

export { CALENDARS, type Calendar, CONTROLS, type Controls };

const TAG = 'relations-timeline';

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
 * @attr {"auto"|"system"|"light"|"dark"} theme - Colour scheme; `auto` follows the page's own `color-scheme` (light when it declares none), `system` the reader's system.
 * @attr {"gregorian"|"dual"} calendar - `dual` adds the Old Style (Julian) date sources give for Russian dates before 1918.
 * @attr {number} heading-level - Level of the era headings, 1–5 (other values are clamped; event titles are one below, 2–6); default 2.
 * @attr {boolean} compact - Summaries only, without expandable details.
 * @attr {"all"|"search"|"none"} controls - Which controls to show: search and filters (`all`, default), search only, or none.
 * @attr {string} src - URL of a dataset in the france-russia-relations schema; the bundled data is the default.
 * @attr {boolean} link - Keep the selected event in the page URL hash (`#<id>`) and open it from the hash.
 *
 * @fires {RelationsSelectEvent} relations-select - An event was opened (`eventId`), bubbles.
 *
 * @csspart controls - The search box, filters and count.
 * @csspart filters-toggle - The "Search and filters" button that unfolds the controls on narrow widths (under 40rem); it shows how many filters are set.
 * @csspart search - The search input.
 * @csspart filters - The category filter group.
 * @csspart era-select - The era drop-down.
 * @csspart count - The live count of matching events.
 * @csspart overview - The strip of eras and climates.
 * @csspart era-band - One era in the overview strip (a button; `data-climate` names its climate).
 * @csspart list - The scrolling list of eras and events.
 * @csspart era - One era's section (`data-era` is the era id).
 * @csspart era-title - An era's heading: its name, years and climate.
 * @csspart event - One event (its `id` is the event id, `data-category` its category, `data-era` its era).
 * @csspart date - An event's date.
 * @csspart category - An event's category, with its icon.
 * @csspart disputed - The mark on an event whose facts or reading are disputed.
 * @csspart title - An event's title (a heading holding the button that opens it).
 * @csspart summary - An event's one-line summary.
 * @csspart details - An open event's details, people, related records and sources.
 * @csspart sources - The sources of an open event.
 * @csspart empty - The message shown when no event matches.
 * @csspart error - A message about bad input or data that could not load.
 * @csspart loading - Shown while the data, or an event's details, load.
 * @csspart retry - The "Try again" button under an error when a part of the library or a dataset could not be fetched.
 *
 * @cssprop [--relations-timeline-height=44rem] - Height of the whole element; the list scrolls inside it. The same while loading, so the page never shifts.
 * @cssprop [--relations-timeline-max-height=100svh] - The most the element's height may take, so it never traps a reader's scrolling: the window's height, and 85svh on screens under 40rem wide or tall (phones); set it to the height to opt out.
 * @cssprop [--relations-timeline-accent=var(--frr-color-accent)] - Accent colour for this element.
 * @cssprop [--relations-timeline-gap=1rem] - Space between events.
 */
export class RelationsTimeline extends HydratingElement {
  static override styles = [themeStyles, sourceListStyles, styles];
  static override properties = {
    from: {}, to: {}, categories: {}, era: {}, selected: {}, calendar: {}, controls: {}, src: {},
    // Only the styling hooks reflect.
    theme: { reflect: true },
    compact: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    link: { type: Boolean },
    events: { attribute: false },
    _query: { state: true, attribute: false }, _open: { state: true, attribute: false }, _band: { state: true, attribute: false },
    _filtersOpen: { state: true, attribute: false }, _active: { state: true, attribute: false },
  };

  readonly #locale = new LocaleController(this);

  /** First year to show. */
  from: string | undefined;
  /** Last year to show. */
  to: string | undefined;
  /** Space-separated categories to show; empty shows all. */
  categories: string | undefined;
  /** Id of the era to show. */
  era: string | undefined;
  /** Id of the open event; setting it scrolls to and opens that event. */
  selected: string | undefined;
  /** Colour scheme. */
  theme: Theme = 'auto';
  /** Calendar display. */
  calendar: Calendar = 'gregorian';
  /** Level of the era headings, 1–5. */
  headingLevel = 2;
  /** Summaries only. */
  compact = false;
  /** Which controls to show. */
  controls: Controls = 'all';
  /** URL of a dataset to show instead of the bundled one. */
  src: string | undefined;
  /** Keep the selected event in the URL hash. */
  link = false;
  /** Events passed directly (in the dataset schema); they replace the bundled events. */
  events: readonly RawEvent[] | undefined;

  private _query = '';
  private _open: ReadonlySet<string> = new Set();
  /** The search and filters are unfolded (they fold on narrow widths). */
  private _filtersOpen = false;
  /** The overview band last used: the strip's tab stop. */
  private _band: string | undefined;
  /** The event whose title button is the list's single tab stop. */
  private _active: string | undefined;

  readonly #data = new DataController(this, timelineSource(this, () => this.#locale.locale));
  readonly #details = new DetailsController(this, () => (this.src || this.events ? undefined : this.#data.value), () => (this.#print.printing ? undefined : [...this._open]));
  readonly #print = new PrintController(this);
  readonly #hash = new HashController(this, () => this.link, (id) => id !== this.selected && (this.selected = id));
  readonly #eras = new EraTracker(this, () => this.renderRoot.querySelector<HTMLElement>('.list'));
  readonly #focus = new FocusController(this, (id) => (this._active = id));
  readonly #progress = new ProgressiveRender(this);
  /** Scroll to the selected event once it is rendered. */
  #scrollPending = false;
  /** The list's events by era, as last rendered: where keys move focus. */
  #groups: readonly EraGroup[] = [];

  override willUpdate(changed: PropertyValues<this>): void {
    checkEnum(TAG, 'theme', this.theme, THEMES, 'auto');
    checkEnum(TAG, 'calendar', this.calendar, CALENDARS, 'gregorian');
    checkEnum(TAG, 'controls', this.controls, CONTROLS, 'all');
    if (changed.has('selected') && this.selected) {
      this._open = new Set([...this._open, this.selected]);
      this._active = this.selected;
      this.#scrollPending = true;
    }
    if (changed.has('link') && this.link) this.#hash.read();
  }

  override updated(): void {
    if (this.#scrollPending && this.#data.value && scrollToEvent(this.renderRoot, this.selected, () => this.requestUpdate())) this.#scrollPending = false;
  }

  /** Focuses the list's current event (the open one, or the one last focused); the host itself otherwise. */
  override focus(options?: FocusOptions): void {
    if (!this.#focus.focusActive(options)) super.focus(options);
  }

  /** The shared strings with the timeline's own, in the element's language once loaded; English until then. */
  get #strings() {
    return withTimelineStrings(this.#locale.strings, timelineStrings(this.#locale.locale) ?? timelineStrings('en')!);
  }

  override render() {
    const strings = this.#strings;
    return html`<div class="frame" role="region" aria-label=${strings.timeline.label}
      @pointerover=${this.#details.onInterest} @focusin=${this.#details.onInterest}>
      ${this.#data.render(strings, (dataset) => this.#renderTimeline(this.#details.merged(dataset, this._open)))}
    </div>`;
  }

  #renderTimeline(dataset: Dataset) {
    const strings = this.#strings;
    const input = { from: this.from, to: this.to, categories: this.categories, era: this.era, selected: this.selected, query: this._query, active: this._active };
    const view = viewOf(dataset, input, strings);
    this.#groups = view.groups;
    for (const finding of view.findings) warn(finding.warning);
    const { count, reach } = toDraw(view, this.selected);
    return renderView(dataset, view, {
      strings,
      intlTag: this.#locale.intlTag,
      level: Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 5),
      compact: this.compact,
      dual: this.calendar === 'dual',
      controls: isOneOf(CONTROLS, this.controls) ? this.controls : 'all',
      query: this._query,
      era: this.era,
      filtersOpen: this._filtersOpen,
      open: this._open,
      printing: this.#print.printing,
      currentEra: this.#eras.current,
      lastBand: this._band,
      limit: this.#progress.limit(count, reach),
      on: this.#on,
    });
  }

  readonly #on: ViewOptions['on'] = {
    search: (query) => (this._query = query),
    era: (era) => (this.era = era),
    category: (category, on) => (this.categories = withCategory(this.categories, category, on)),
    toggleFilters: () => (this._filtersOpen = !this._filtersOpen),
    moveBand: (id) => (this._band = id),
    jump: (id) => {
      this._band = id;
      this.#progress.finish();
      this.#eras.jump(id, (first) => (this._active = first));
    },
    keydown: (e) => {
      // End, Page Down and Arrow Down may look for events not drawn yet.
      if (e.key === 'End' || e.key === 'PageDown' || e.key === 'ArrowDown') this.#progress.finish();
      this.#act(listKeydown(e, this.#groups.flatMap((g) => g.events), (id) => this._open.has(id), this._active));
    },
    click: (e) => this.#act(listClick(e)),
    clear: () => void ((this._query = ''), (this.categories = this.era = this.from = this.to = undefined)),
    rerender: () => this.requestUpdate(),
    rows: (range) => (settleFocus(this.renderRoot as ShadowRoot, range, (id) => (this._active = id)), this.#eras.watch(true)),
  };

  #act(action: ListAction | undefined) {
    if (action?.kind === 'move') focusEvent(this.renderRoot, (this._active = action.id));
    else if (action?.kind === 'related') this.#setOpen(action.id, true, true);
    else if (action) this.#setOpen(action.id, action.kind === 'toggle' && !this._open.has(action.id));
  }

  /** Opens or closes an event; `scroll` brings it into view (a related event opened from another). */
  #setOpen(id: string, open: boolean, scroll = false) {
    this._open = new Set(open ? [...this._open, id] : [...this._open].filter((other) => other !== id));
    this._active = id;
    if (open) {
      this.selected = id;
      this.#scrollPending = scroll;
      this.#hash.write(id);
      this.dispatchEvent(new RelationsSelectEvent(id));
    } else if (this.selected === id) {
      this.selected = undefined;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relations-timeline': RelationsTimeline;
  }
}
