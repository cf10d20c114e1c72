/**
 * What a chart shows, derived by a pure function from the loaded data and the
 * attributes (the model and the findings about bad input), and drawn by pure
 * render helpers. The element owns the state and the side effects.
 */
import { html, nothing } from 'lit';
import type { Dataset, Poll, PollSeries, Source } from '../data/types.js';
import { formatDate, formatPercent } from '../i18n/format.js';
import type { OpinionPollChartStrings } from '../i18n/strings/opinion-poll-chart.js';
import type { UiStrings } from '../i18n/strings.js';
import { THEMES } from '../shared/themes.js';
import { isOneOf, type Finding } from '../shared/warn.js';
import { drawGroup, type Chart } from './charts.js';
import { dataFindings, selectRecord, TAG, typeFinding } from './checks.js';
import { renderGroup, type GroupView } from './group.js';
import { marginOfError } from './margin-of-error.js';
import { renderFlag, renderMethodology, renderNotes, renderPollMeta, renderSeriesMeta, renderSources, type MetaOptions } from './meta.js';
import { CHART_TYPES, pollModel, seriesModel, type ChartModel } from './model.js';
import { pollSummary, seriesSummary } from './summary.js';
import { renderTable } from './table.js';

export type Loaded = { readonly dataset: Dataset; readonly given: boolean } | { readonly invalid: string };

export interface ChartInput {
  readonly poll?: string;
  readonly series?: string;
  readonly type?: string;
  readonly theme?: string;
  readonly src?: string;
}

export interface ChartView {
  readonly model?: ChartModel;
  readonly poll?: Poll;
  readonly series?: PollSeries;
  readonly findings: readonly Finding[];
}

/** The chart to draw and what is wrong with the input. */
export function deriveChart(loaded: Loaded, input: ChartInput, s: OpinionPollChartStrings, ui: UiStrings, tag: string): ChartView {
  if ('invalid' in loaded) {
    const warning = {
      tag: TAG,
      attribute: 'data',
      value: loaded.invalid,
      problem: `the "data" property does not follow the dataset schema (${loaded.invalid})`,
      allowed: 'a poll or series record, or a dataset { polls, series, sources }, in the france-russia-relations schema (see data/schema/)',
    };
    return { findings: [{ warning, message: s.errors.invalidData(loaded.invalid) }] };
  }
  const findings: Finding[] = [];
  const known = (attribute: string, value: string | undefined, allowed: readonly string[]) => {
    if (value != null && !isOneOf(allowed, value)) findings.push({ warning: { tag: TAG, attribute, value, allowed }, message: ui.unknownValue(attribute, value) });
  };
  known('type', input.type, CHART_TYPES);
  known('theme', input.theme, THEMES);
  let type = isOneOf(CHART_TYPES, input.type) ? input.type : 'auto';
  const { poll, series, findings: selection } = selectRecord(loaded.dataset, loaded.given, { poll: input.poll, series: input.series }, s);
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
    const attribute = loaded.given ? 'data' : input.src ? 'src' : poll ? 'poll' : 'series';
    findings.push(...dataFindings(model, series?.waves.length, attribute, s, tag));
  }
  return { model, poll, series, findings };
}

export interface ViewOptions {
  readonly meta: MetaOptions;
  readonly level: number;
  readonly width: number;
  readonly table: boolean;
  readonly downloadable: boolean;
  /** Fold the facts (pollster, sample, margin…) behind "Methodology" beside the notes. */
  readonly compact: boolean;
  readonly active: (group: string) => string | undefined;
  readonly tip: { readonly group: string; readonly key: string } | undefined;
  readonly on: GroupView['on'];
  readonly onTable: () => void;
  readonly onDownload: () => void;
}

/** The drawn chart(s) with their title, meta, actions, table twin, notes and sources; and the charts by group, for the keyboard. */
export function renderChartView(model: ChartModel, poll: Poll | undefined, series: PollSeries | undefined, o: ViewOptions) {
  const s = o.meta.strings;
  const tag = o.meta.tag;
  const sources = new Map<string, Source>();
  for (const source of [...(poll?.sources ?? series?.sources ?? []), ...(series?.waves.flatMap((w) => w.sources) ?? [])]) sources.set(source.id, source);
  // Several questions each get a heading, which their sentences need not repeat.
  const headed = !!poll && poll.questions.length > 1;
  const charts = new Map<string, Chart>();
  const groups = model.groups.map((group, i) => {
    const summary = poll ? pollSummary(poll, group, s, tag) : seriesSummary(series!, group, s, tag);
    const chart = drawGroup(group, {
      width: o.width,
      tag,
      strings: s,
      active: o.active(group.id),
      idBase: `g${i}`,
      compact: o.compact,
      title: poll ? group.label : model.title,
      description: [summary, group.multipleChoice ? s.multipleChoice(formatPercent(100, tag)) : '', s.seeTable, s.keyboardHint].filter(Boolean).join(' '),
    });
    charts.set(group.id, chart);
    return renderGroup(group, {
      chart,
      level: headed ? o.level + 1 : undefined,
      // A poll of several questions shows the first in full and folds the others behind their headings.
      folded: headed && i > 0,
      caption: headed ? pollSummary(poll, group, s, tag, false) : summary,
      titleId: `g${i}-title`,
      width: o.width,
      tip: o.tip?.group === group.id ? chart.marks.find((m) => m.key === o.tip!.key) : undefined,
      meta: o.meta,
      on: o.on,
    });
  });
  const margins = poll ? [marginOfError(poll.marginOfError, poll.sampleSize)] : (model.groups[0]?.rows ?? []).map((r) => r.margin);
  const meta = poll
    ? renderPollMeta(poll, margins[0], o.meta)
    : series && model.groups[0]
      ? renderSeriesMeta(series, model.groups[0], o.meta)
      : undefined;
  const template = html`<div part="header" class="header">
      <div part="title" class="title" role="heading" aria-level=${o.level}>${model.title}</div>
      ${poll ? renderFlag(poll.status, s) : nothing}
    </div>
    ${groups}
    ${o.compact ? nothing : meta}
    ${model.groups.length
      ? html`<div part="actions" class="actions">
            <button type="button" part="table-toggle" class="button" aria-pressed=${o.table ? 'true' : 'false'} @click=${o.onTable}>${s.showTable}</button>
            ${o.downloadable ? html`<button type="button" part="download" class="button" @click=${o.onDownload}>${s.download}</button>` : nothing}
          </div>
          ${renderTable(model, o.table, 'twin', o.meta)}`
      : nothing}
    <div class="tail">
      ${o.compact && meta ? renderMethodology(meta, margins, o.meta) : nothing}
      ${renderNotes(poll?.note ?? series?.note, model.kind === 'series' ? (model.groups[0]?.rows ?? []) : [], o.meta)}
      ${renderSources([...sources.values()], o.meta)}
    </div>`;
  return { template, charts };
}
