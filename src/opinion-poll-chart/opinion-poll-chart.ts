import { html } from 'lit';
import { given, loadBundled, readBundled, type Part } from '../data/dataset.js';
import { ValidationError } from '../data/load.js';
import { POLL_IDS, pollPart, SERIES_IDS, seriesPart } from '../data/poll-parts.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { chartStrings, loadChartStrings } from '../i18n/strings/opinion-poll-chart.js';
import { DataController } from '../shared/data-controller.js';
import { HydratingElement } from '../shared/hydration.js';
import { renderError } from '../shared/error-message.js';
import type { Locale } from '../shared/locales.js';
import { foldStyles } from '../shared/fold.js';
import { sourceListStyles } from '../shared/source-list.js';
import { themeStyles, type Theme } from '../shared/theme.js';
import { warn } from '../shared/warn.js';
import { patternDefs } from './charts.js';
import { downloadCsv, loadCsv } from './download.js';
import { MarksController } from './marks-controller.js';
import type { ChartModel, ChartType } from './model.js';
import { styles } from './opinion-poll-chart.styles.js';
import { deriveChart, renderChartView, type Loaded } from './view.js';
import { WidthController } from './width-controller.js';

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
 * the question, who polled whom and when, the sample size and the margin of
 * error always beside the numbers, and a table twin. Notes, sources, a
 * poll's further questions and an original wording in another language fold
 * behind native disclosures, so a chart fits in about one screen.
 *
 * @summary French and Russian opinion polls as accessible, sourced SVG charts.
 *
 * @attr {string} poll - Id of a poll (`data/polls.json`), drawn as 100 % stacked bars (separate bars for multiple-choice questions).
 * @attr {string} series - Id of a poll series (`data/poll-series.json`), drawn as lines over time.
 * @attr {"auto"|"stacked"|"bars"|"line"} type - Chart form: `auto` (default) picks stacked bars for a poll and lines for a series; `bars` draws separate bars; `stacked` one 100 % bar per wave of a series; `line` needs a series.
 * @attr {"auto"|"system"|"light"|"dark"} theme - Colour scheme; `auto` follows the page's own `color-scheme` (light when it declares none), `system` the reader's system.
 * @attr {number} heading-level - Level of the title heading, 1–5 (other values are clamped; question headings are one below); default 2.
 * @attr {string} src - URL of a dataset in the france-russia-relations schema; the bundled data is the default.
 * @attr {boolean} downloadable - Offer the charted data as a CSV file, generated in the browser.
 * @attr {boolean} compact - Fold the facts (pollster, sponsor, population, fieldwork, sample size, mode, source of the figures) behind a "Methodology" disclosure that shows the margin of error, beside the notes: for tight spaces such as a phone-wide embed (the embed pages turn it on when a chart would not fit in 1,000 px).
 *
 * @csspart header - The title and any status marker.
 * @csspart title - The poll or series title (a heading).
 * @csspart flag - The explanation of a marked status (derived figures, Russian state media).
 * @csspart question - One question's block (a poll has one per question, a series one); a poll's questions after the first are folded sections whose toggle is their heading.
 * @csspart question-title - A question's heading.
 * @csspart summary - The generated summary sentence of a chart.
 * @csspart legend - The legend of a chart.
 * @csspart chart - The box holding a chart's SVG and tooltip.
 * @csspart bar - One stacked bar.
 * @csspart mark - A focusable value: a bar segment, a bar or a point.
 * @csspart line - A stretch of line between two waves.
 * @csspart tooltip - The tooltip of the hovered or focused value.
 * @csspart wording - The question as asked and its translation; asked in another language than the reader's, the translation shows and the original folds behind its label.
 * @csspart meta - Pollster, sponsor, population, fieldwork, sample size, mode, margin of error, source of the figures.
 * @csspart margin - The margin-of-error entry of the meta list.
 * @csspart methodology - In a compact chart, the folded section holding the meta list; its toggle shows the margin of error.
 * @csspart actions - The table toggle and the download button.
 * @csspart table-toggle - The "show as table" toggle button.
 * @csspart download - The CSV download button.
 * @csspart table - The table twin.
 * @csspart notes - Notes on the poll and its waves (a folded section; a series' notes on each wave fold once more inside it, with their count).
 * @csspart sources - The sources (a folded section).
 * @csspart section-toggle - The `<summary>` of a folded section (a question, the original wording, the methodology of a compact chart, notes, sources): its title and, for lists, the count of what it holds; Enter or Space opens it.
 * @csspart count - The number of items a folded section holds (sources, notes on each wave).
 * @csspart error - A message about bad input or data that could not load.
 * @csspart loading - Shown while data loads.
 * @csspart retry - The "Try again" button under an error when a part of the library or a dataset could not be fetched.
 *
 * @cssprop [--opinion-poll-chart-positive=light-dark(#173f78, #8fb8f2)] - Colour of the strongest positive answer (light / dark).
 * @cssprop [--opinion-poll-chart-negative=light-dark(#8f1d16, #ff8a78)] - Colour of the strongest negative answer (light / dark).
 * @cssprop [--opinion-poll-chart-neutral=light-dark(#5f6673, #a3a9b4)] - Colour of "neither" answers (light / dark).
 * @cssprop [--opinion-poll-chart-option=light-dark(#0b6e99, #6cc3e8)] - Colour of the first answer option and of separate bars (light / dark).
 * @cssprop [--opinion-poll-chart-accent=var(--frr-color-accent)] - Accent for buttons and links.
 */
export class OpinionPollChart extends HydratingElement {
  static override styles = [themeStyles, sourceListStyles, foldStyles, styles];
  static override properties = {
    poll: {},
    series: {},
    type: {},
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    src: {},
    downloadable: { type: Boolean },
    compact: { type: Boolean, reflect: true },
    data: { attribute: false },
    _table: { state: true, attribute: false },
  };

  readonly #locale = new LocaleController(this);

  /** Id of the poll to chart. */
  poll: string | undefined;
  /** Id of the series to chart. */
  series: string | undefined;
  /** Chart form. */
  type: ChartType = 'auto';
  /** Colour scheme. */
  theme: Theme = 'auto';
  /** Level of the title heading, 1–5. */
  headingLevel = 2;
  /** URL of a dataset to read instead of the bundled one. */
  src: string | undefined;
  /** Offer the data as CSV. */
  downloadable = false;
  /** Fold the facts behind "Methodology". */
  compact = false;
  /**
   * A poll or a series record in the dataset schema, or a dataset
   * (`{ polls, series, sources }`); used instead of the bundled data.
   */
  data: unknown;

  /** The table twin is shown. */
  private _table = false;

  readonly #data = new DataController(this, {
    args: () => [this.poll, this.series, this.src, this.data, this.#locale.locale] as const,
    // A bundled chart reads its own poll or series only, with the sources it cites.
    // Its strings come with its data: French and Russian are chunks of their own.
    read: ([poll, series, src, data, locale]): Loaded | undefined => {
      if (src || data != null || !chartStrings(locale)) return undefined;
      const dataset = readBundled(chartParts(poll, series, locale), locale, KNOWN);
      return dataset && { dataset, given: false };
    },
    load: async ([poll, series, src, data, locale]): Promise<Loaded> => {
      // The strings and the data side by side.
      const strings = loadChartStrings(locale);
      if (data == null) {
        const dataset = src ? (await given()).loadDatasetFrom(src, locale) : loadBundled(chartParts(poll, series, locale), locale, KNOWN);
        return { dataset: (await Promise.all([dataset, strings]))[0], given: false };
      }
      await strings;
      try {
        return { dataset: await (await given()).resolveGivenDataset(asDataset(data), locale), given: true };
      } catch (error) {
        if (error instanceof ValidationError) return { invalid: error.message };
        throw error;
      }
    },
  });
  readonly #marks = new MarksController(this);
  readonly #width = new WidthController(this, () => this.renderRoot.querySelector<HTMLElement>('.frame'));
  /** The model drawn last, for the CSV download. */
  #model: ChartModel | undefined;

  override render() {
    this.#model = undefined;
    const content = this.#data.render(this.#locale.strings, (loaded) => this.#renderLoaded(loaded));
    return html`${patternDefs()}<div class="frame">${content}</div>`;
  }

  #renderLoaded(loaded: Loaded) {
    const s = chartStrings(this.#locale.locale) ?? chartStrings('en')!;
    const tag = this.#locale.intlTag;
    const input = { poll: this.poll, series: this.series, type: this.type, theme: this.theme, src: this.src };
    const { model, poll, series, findings } = deriveChart(loaded, input, s, this.#locale.strings, tag);
    for (const finding of findings) warn(finding.warning);
    const errors = findings.map((finding) => renderError(finding.message));
    this.#model = model;
    if (!model) return errors;
    // Fetched with the first chart that offers it, so the click downloads at once.
    if (this.downloadable) loadCsv().catch(() => {});
    const { template, charts } = renderChartView(model, poll, series, {
      meta: { strings: s, data: this.#locale.strings.data, tag, locale: this.#locale.locale },
      level: Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 5),
      width: Math.max(240, this.#width.width || 640),
      table: this._table,
      downloadable: this.downloadable,
      compact: this.compact,
      active: (group) => this.#marks.active(group),
      tip: this.#marks.tip,
      on: this.#marks.handlers,
      onTable: () => (this._table = !this._table),
      onDownload: () => this.#model && void downloadCsv(this.#model),
    });
    this.#marks.charts = charts;
    return html`${errors}${template}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'opinion-poll-chart': OpinionPollChart;
  }
}
