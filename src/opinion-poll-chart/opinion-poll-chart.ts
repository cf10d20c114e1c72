import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadBundled, readBundled, type Part } from '../data/dataset.js';
import { POLL_IDS, pollPart, SERIES_IDS, seriesPart } from '../data/poll-parts.js';
import type { Locale } from '../shared/locales.js';
import { DataController } from '../shared/data-controller.js';
import { ValidationError } from '../data/load.js';
import type { Dataset, Poll, PollSeries, Source } from '../data/types.js';
import { formatDate, formatPercent } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { opinionPollChartStrings, type OpinionPollChartStrings } from '../i18n/strings/opinion-poll-chart.js';
import { renderError } from '../shared/error-message.js';
import { themeStyles, THEMES, type Theme } from '../shared/theme.js';
import { isOneOf, warn } from '../shared/warn.js';
import { drawGroup, patternDefs, type Chart } from './charts.js';
import { dataFindings, selectRecord, TAG, typeFinding, type Finding } from './checks.js';
import { downloadText, modelCsv } from './csv.js';
import { MOVE_KEYS, moveMark } from '../shared/roving.js';
import { renderGroup } from './group.js';
import { marginOfError } from './margin-of-error.js';
import { renderFlag, renderNotes, renderPollMeta, renderSeriesMeta, renderSources, type MetaOptions } from './meta.js';
import { CHART_TYPES, pollModel, seriesModel, type ChartModel, type ChartType } from './model.js';
import { styles } from './opinion-poll-chart.styles.js';
import { pollSummary, seriesSummary } from './summary.js';
import { renderTable } from './table.js';
import { sourceListStyles } from '../shared/source-list.js';

type Loaded = { readonly dataset: Dataset; readonly given: boolean } | { readonly invalid: string };

/** Datasets given by URL or property: validated at run time, in a chunk of their own. */
const given = () => import('../data/given.js');
const KNOWN = { polls: POLL_IDS, series: SERIES_IDS };

/** The bundled parts a chart reads: the poll named, else the series named; none for unknown ids. */
function chartParts(poll: string | undefined, series: string | undefined, locale: Locale): Part[] {
  const part = poll ? pollPart(poll.trim(), locale) : series ? seriesPart(series.trim(), locale) : undefined;
  return part ? [part] : [];
}

/** A poll or series record passed as `data` becomes a one-record dataset. */
function asDataset(data: unknown): unknown {
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    if ('questions' in data) return { polls: [data] };
    if ('waves' in data) return { series: [data] };
  }
  return data;
}

/**
 * An honest, accessible chart of one opinion poll or of a poll series, with
 * the question as asked, who polled whom and when, the sample size and the
 * margin of error always beside the numbers, and a table twin.
 *
 * @summary French and Russian opinion polls as accessible, sourced SVG charts.
 *
 * @attr {string} poll - Id of a poll (`data/polls.json`), drawn as 100 % stacked bars (separate bars for multiple-choice questions).
 * @attr {string} series - Id of a poll series (`data/poll-series.json`), drawn as lines over time.
 * @attr {"auto"|"stacked"|"bars"|"line"} type - Chart form: `auto` (default) picks stacked bars for a poll and lines for a series; `bars` draws separate bars; `stacked` one 100 % bar per wave of a series; `line` needs a series.
 * @attr {"auto"|"light"|"dark"} theme - Colour scheme; `auto` follows the reader's system.
 * @attr {number} heading-level - Level of the title heading (question headings are one below); default 2.
 * @attr {string} src - URL of a dataset in the france-russia-relations schema; the bundled data is the default.
 * @attr {boolean} downloadable - Offer the charted data as a CSV file, generated in the browser.
 *
 * @csspart header - The title and any status marker.
 * @csspart title - The poll or series title (a heading).
 * @csspart flag - The explanation of a marked status (derived figures, Russian state media).
 * @csspart question - One question's block (a poll has one per question, a series one).
 * @csspart question-title - A question's heading.
 * @csspart summary - The generated summary sentence of a chart.
 * @csspart legend - The legend of a chart.
 * @csspart chart - The box holding a chart's SVG and tooltip.
 * @csspart bar - One stacked bar.
 * @csspart mark - A focusable value: a bar segment, a bar or a point.
 * @csspart line - A stretch of line between two waves.
 * @csspart tooltip - The tooltip of the hovered or focused value.
 * @csspart wording - The question as asked and its translation.
 * @csspart meta - Pollster, sponsor, population, fieldwork, sample size, mode, margin of error, source of the figures.
 * @csspart margin - The margin-of-error entry of the meta list.
 * @csspart actions - The table toggle and the download button.
 * @csspart table-toggle - The "show as table" toggle button.
 * @csspart download - The CSV download button.
 * @csspart table - The table twin.
 * @csspart notes - Notes on the poll and its waves.
 * @csspart sources - The sources.
 * @csspart error - A message about bad input or data that could not load.
 * @csspart loading - Shown while data loads.
 *
 * @cssprop [--opinion-poll-chart-positive=#173f78 / #8fb8f2] - Colour of the strongest positive answer (light / dark).
 * @cssprop [--opinion-poll-chart-negative=#8f1d16 / #ff8a78] - Colour of the strongest negative answer (light / dark).
 * @cssprop [--opinion-poll-chart-neutral=#5f6673 / #a3a9b4] - Colour of "neither" answers (light / dark).
 * @cssprop [--opinion-poll-chart-option=#0b6e99 / #6cc3e8] - Colour of the first answer option and of separate bars (light / dark).
 * @cssprop [--opinion-poll-chart-accent] - Accent for buttons and links (defaults to `--frr-color-accent`).
 */
export class OpinionPollChart extends LitElement {
  static override styles = [themeStyles, sourceListStyles, styles];

  readonly #locale = new LocaleController(this);

  /** Id of the poll to chart. */
  @property({ reflect: true }) poll: string | undefined;
  /** Id of the series to chart. */
  @property({ reflect: true }) series: string | undefined;
  /** Chart form. */
  @property({ reflect: true }) type: ChartType = 'auto';
  /** Colour scheme. */
  @property({ reflect: true }) theme: Theme = 'auto';
  /** Level of the title heading, 1–5. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;
  /** URL of a dataset to read instead of the bundled one. */
  @property({ reflect: true }) src: string | undefined;
  /** Offer the data as CSV. */
  @property({ type: Boolean, reflect: true }) downloadable = false;
  /**
   * A poll or a series record in the dataset schema, or a dataset
   * (`{ polls, series, sources }`); used instead of the bundled data.
   */
  @property({ attribute: false }) data: unknown;

  /** The table twin is shown. */
  @state() private _table = false;
  /** Width of the drawing area, in px. */
  @state() private _width: number | undefined;
  /** Per chart, the key of the mark holding its tab stop. */
  @state() private _active: ReadonlyMap<string, string> = new Map();
  /** The mark whose tooltip is open. */
  @state() private _tip: { readonly group: string; readonly key: string } | undefined;

  readonly #data = new DataController(this, {
    args: () => [this.poll, this.series, this.src, this.data, this.#locale.locale] as const,
    // A bundled chart reads its own poll or series only, with the sources it cites.
    read: ([poll, series, src, data, locale]): Loaded | undefined => {
      if (src || data != null) return undefined;
      const dataset = readBundled(chartParts(poll, series, locale), locale, KNOWN);
      return dataset && { dataset, given: false };
    },
    load: async ([poll, series, src, data, locale]): Promise<Loaded> => {
      if (data != null) {
        try {
          return { dataset: await (await given()).resolveGivenDataset(asDataset(data), locale), given: true };
        } catch (error) {
          if (error instanceof ValidationError) return { invalid: error.message };
          throw error;
        }
      }
      return { dataset: src ? await (await given()).loadDatasetFrom(src, locale) : await loadBundled(chartParts(poll, series, locale), locale, KNOWN), given: false };
    },
  });

  /** The charts of the last render, by group id, for the event handlers. */
  #charts = new Map<string, Chart>();
  #model: ChartModel | undefined;
  #focusNext: { readonly group: string; readonly key: string } | undefined;
  #resize: ResizeObserver | undefined;

  get #s(): OpinionPollChartStrings {
    return opinionPollChartStrings[this.#locale.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#observe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
  }

  override firstUpdated(): void {
    this.#observe();
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const next = this.#focusNext;
    if (next) {
      this.#focusNext = undefined;
      this.renderRoot
        .querySelector<SVGElement>(`.plot[data-group="${CSS.escape(next.group)}"] [data-key="${CSS.escape(next.key)}"]`)
        ?.focus();
    }
  }

  override render() {
    this.#model = undefined;
    const content = this.#data.render(this.#locale.strings, (value) => this.#renderLoaded(value));
    return html`${patternDefs()}<div class="frame">${content}</div>`;
  }

  /**
   * The drawing width now: the frame's content box, or the host's before the
   * frame exists (data already loaded draws on the very first render).
   */
  #measureWidth(): number {
    const box = this.renderRoot.querySelector<HTMLElement>('.frame') ?? this;
    const style = getComputedStyle(box);
    return Math.round(box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) || 0;
  }

  /** Watches the drawing width; charts are redrawn in px at each width. */
  #observe() {
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (!frame || typeof ResizeObserver === 'undefined') return;
    this.#resize ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      // Next frame: the redraw changes the height, which must not re-enter this observation.
      requestAnimationFrame(() => {
        if (width > 0 && width !== this._width) this._width = width;
      });
    });
    this.#resize.observe(frame);
  }

  #enum<const T extends string>(attribute: string, value: string | undefined, allowed: readonly T[], fallback: T, findings: Finding[]): T {
    if (isOneOf(allowed, value)) return value;
    if (value != null) findings.push({ warning: { tag: TAG, attribute, value, allowed }, message: this.#locale.strings.unknownValue(attribute, value) });
    return fallback;
  }

  #renderLoaded(loaded: Loaded) {
    const s = this.#s;
    const tag = this.#locale.intlTag;
    if ('invalid' in loaded) {
      warn({
        tag: TAG,
        attribute: 'data',
        value: loaded.invalid,
        problem: `the "data" property does not follow the dataset schema (${loaded.invalid})`,
        allowed: 'a poll or series record, or a dataset { polls, series, sources }, in the france-russia-relations schema (see data/schema/)',
      });
      return renderError(s.errors.invalidData(loaded.invalid));
    }
    const findings: Finding[] = [];
    let type = this.#enum('type', this.type, CHART_TYPES, 'auto', findings);
    this.#enum('theme', this.theme, THEMES, 'auto', findings);
    const { poll, series, findings: selection } = selectRecord(loaded.dataset, loaded.given, { poll: this.poll, series: this.series }, s);
    findings.push(...selection);
    const wrongType = typeFinding(type, poll, s);
    if (wrongType) {
      findings.push(wrongType);
      type = 'auto';
    }
    let model: ChartModel | undefined;
    if (poll) model = pollModel(poll, type);
    else if (series) model = seriesModel(series, type, { date: (date) => formatDate(date, tag), remainder: s.remainder });
    if (model) {
      const attribute = loaded.given ? 'data' : this.src ? 'src' : poll ? 'poll' : 'series';
      findings.push(...dataFindings(model, series?.waves.length, attribute, s, tag));
    }
    for (const finding of findings) warn(finding.warning);
    const errors = findings.map((finding) => renderError(finding.message));
    this.#model = model;
    return model ? html`${errors}${this.#renderChart(model, poll, series)}` : errors;
  }

  #renderChart(model: ChartModel, poll: Poll | undefined, series: PollSeries | undefined) {
    const s = this.#s;
    const tag = this.#locale.intlTag;
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 5);
    const meta: MetaOptions = { strings: s, data: this.#locale.strings.data, tag, locale: this.#locale.locale };
    const width = Math.max(240, this._width ?? (this.#measureWidth() || 640));
    const sources = new Map<string, Source>();
    for (const source of [...(poll?.sources ?? series?.sources ?? []), ...(series?.waves.flatMap((w) => w.sources) ?? [])]) sources.set(source.id, source);
    // Several questions each get a heading, which their sentences need not repeat.
    const headed = !!poll && poll.questions.length > 1;
    this.#charts = new Map();
    const groups = model.groups.map((group, i) => {
      const summary = poll ? pollSummary(poll, group, s, tag) : seriesSummary(series!, group, s, tag);
      const chart = drawGroup(group, {
        width,
        tag,
        strings: s,
        active: this._active.get(group.id),
        idBase: `g${i}`,
        title: poll ? group.label : model.title,
        description: [summary, group.multipleChoice ? s.multipleChoice(formatPercent(100, tag)) : '', s.seeTable, s.keyboardHint].filter(Boolean).join(' '),
      });
      this.#charts.set(group.id, chart);
      return renderGroup(group, {
        chart,
        level: headed ? level + 1 : undefined,
        caption: headed ? pollSummary(poll, group, s, tag, false) : summary,
        width,
        tip: this._tip?.group === group.id ? chart.marks.find((m) => m.key === this._tip!.key) : undefined,
        meta,
        on: this.#handlers,
      });
    });
    return html`<div part="header" class="header">
        <div part="title" class="title" role="heading" aria-level=${level}>${model.title}</div>
        ${poll ? renderFlag(poll.status, s) : nothing}
      </div>
      ${groups}
      ${poll ? renderPollMeta(poll, marginOfError(poll.marginOfError, poll.sampleSize), meta) : nothing}
      ${series && model.groups[0] ? renderSeriesMeta(series, model.groups[0], meta) : nothing}
      ${model.groups.length
        ? html`<div part="actions" class="actions">
              <button type="button" part="table-toggle" class="button" aria-pressed=${this._table ? 'true' : 'false'} @click=${this.#toggleTable}>${s.showTable}</button>
              ${this.downloadable ? html`<button type="button" part="download" class="button" @click=${this.#download}>${s.download}</button>` : nothing}
            </div>
            ${renderTable(model, this._table, 'twin', meta)}`
        : nothing}
      ${renderNotes(poll?.note ?? series?.note, model.kind === 'series' ? (model.groups[0]?.rows ?? []) : [], meta)}
      ${renderSources([...sources.values()], meta)}`;
  }

  #markOf(e: Event): { group: string; key: string } | undefined {
    const mark = (e.target as Element).closest?.('[data-key]');
    const plot = (e.currentTarget as HTMLElement).dataset['group'];
    const key = mark?.getAttribute('data-key');
    return plot !== undefined && key ? { group: plot, key } : undefined;
  }

  #setActive(group: string, key: string) {
    if (this._active.get(group) !== key) this._active = new Map([...this._active, [group, key]]);
  }

  #onFocusIn = (e: FocusEvent) => {
    const mark = this.#markOf(e);
    if (!mark) return;
    this.#setActive(mark.group, mark.key);
    this._tip = mark;
  };

  #onFocusOut = (e: FocusEvent) => {
    const plot = e.currentTarget as HTMLElement;
    if (!plot.contains(e.relatedTarget as Node | null)) this._tip = undefined;
  };

  #onPointerOver = (e: PointerEvent) => {
    const mark = this.#markOf(e);
    if (mark) this._tip = mark;
  };

  #onPointerLeave = (e: PointerEvent) => {
    const plot = e.currentTarget as HTMLElement;
    const focused = plot.querySelector('[data-key]:focus');
    const key = focused?.getAttribute('data-key');
    this._tip = key ? { group: plot.dataset['group']!, key } : undefined;
  };

  #onKeydown = (e: KeyboardEvent) => {
    const mark = this.#markOf(e);
    if (!mark) return;
    if (e.key === 'Escape') {
      this._tip = undefined;
      return;
    }
    if (!isOneOf(MOVE_KEYS, e.key)) return;
    const chart = this.#charts.get(mark.group);
    const next = chart && moveMark(chart.marks, mark.key, e.key);
    if (!next) return;
    e.preventDefault();
    this.#setActive(mark.group, next);
    this._tip = { group: mark.group, key: next };
    this.#focusNext = { group: mark.group, key: next };
  };

  readonly #handlers = {
    focusin: (e: FocusEvent) => this.#onFocusIn(e),
    focusout: (e: FocusEvent) => this.#onFocusOut(e),
    pointerover: (e: PointerEvent) => this.#onPointerOver(e),
    pointerleave: (e: PointerEvent) => this.#onPointerLeave(e),
    keydown: (e: KeyboardEvent) => this.#onKeydown(e),
  };

  #toggleTable = () => {
    this._table = !this._table;
  };

  #download = () => {
    if (this.#model) downloadText(`${this.#model.id}.csv`, modelCsv(this.#model));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'opinion-poll-chart': OpinionPollChart;
  }
}
