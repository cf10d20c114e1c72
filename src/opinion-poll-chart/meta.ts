/**
 * What journalists' guides ask to see beside every poll figure, visible
 * unless the chart is compact: the question as asked (and its translation),
 * pollster, sponsor, population, fieldwork dates, sample size, mode, margin of
 * error and where the figures come from; then notes and sources, folded behind
 * disclosures (sources with their count). A compact chart folds the facts too,
 * behind "Methodology" and the margin of error. All text goes through Lit bindings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Fieldwork, Poll, PollSeries, PollStatus, Source, Wording } from '../data/types.js';
import { formatDate, formatNumber, formatPercent } from '../i18n/format.js';
import { matchLocale, type Locale } from '../shared/locales.js';
import type { OpinionPollChartStrings } from '../i18n/strings/opinion-poll-chart.js';
import type { DataStrings } from '../i18n/strings.js';
import { compareDates, precisionOf, type PartialDate } from '../shared/calendar.js';
import type { MarginOfError } from './margin-of-error.js';
import { FLAGS, round1, type ChartGroup } from './model.js';
import { renderFold } from '../shared/fold.js';
import { renderSourceList } from '../shared/source-list.js';

export interface MetaOptions {
  readonly strings: OpinionPollChartStrings;
  readonly data: DataStrings;
  readonly tag: string;
  readonly locale: Locale;
}

const RANGE_OPTIONS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const rangeFormats = new Map<string, Intl.DateTimeFormat>();

const utc = (date: PartialDate) => Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);

/**
 * A span of dates at their precision, written the locale's way:
 * "12–13 May 2017", "December 2012 – April 2013", "2006–2007".
 */
export function formatSpan(start: PartialDate, end: PartialDate | undefined, tag: string): string {
  if (!end || compareDates(start, end) === 0) return formatDate(start, tag);
  const precision = precisionOf(start);
  if (precision !== precisionOf(end) || start.year < 100) return `${formatDate(start, tag)} – ${formatDate(end, tag)}`;
  const key = `${tag}|${precision}`;
  let format = rangeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { ...RANGE_OPTIONS[precision], timeZone: 'UTC' });
    rangeFormats.set(key, format);
  }
  return format.formatRange(utc(start), utc(end));
}

export function formatFieldwork(fieldwork: Fieldwork, tag: string): string {
  return formatSpan(fieldwork.start, fieldwork.end, tag);
}

const points = (value: number, tag: string) => formatNumber(round1(value), tag, { maximumFractionDigits: 1 });

/** "±2.8 points (computed by us: …)", "±2.2 points (published by the pollster)" or "Not published". */
export function marginText(margin: MarginOfError | undefined, o: MetaOptions): string {
  const s = o.strings;
  if (!margin) return s.notPublished;
  const value = s.margin(points(margin.points, o.tag));
  const how = margin.computed
    ? s.marginComputed(margin.sampleSize ?? 0, formatNumber(margin.sampleSize ?? 0, o.tag), formatPercent(95, o.tag))
    : s.marginPublished;
  return `${value} (${how})`;
}

/** The margin of a table cell: "±2.8" and whether it was computed. */
export function marginCell(margin: MarginOfError | undefined, o: MetaOptions): string {
  if (!margin) return '';
  const value = o.strings.margin(points(margin.points, o.tag));
  return margin.computed ? `${value} (${o.strings.computed})` : value;
}

/** The margins known, as one value or a range ("±2.7 to ±3.6 points"); none when none is known. */
function marginRange(margins: readonly (MarginOfError | undefined)[], o: MetaOptions): string | undefined {
  const values = margins.filter((m): m is MarginOfError => !!m).map((m) => round1(m.points));
  if (values.length === 0) return undefined;
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? o.strings.margin(points(low, o.tag)) : o.strings.marginRange(points(low, o.tag), points(high, o.tag));
}

/** The margins of a series' waves, as a range. */
export function seriesMarginText(margins: readonly (MarginOfError | undefined)[], o: MetaOptions): string {
  const s = o.strings;
  const known = margins.filter((m): m is MarginOfError => !!m);
  const range = marginRange(known, o);
  if (!range) return s.notPublished;
  const how = known.every((m) => m.computed)
    ? s.marginComputedWaves(formatPercent(95, o.tag))
    : known.every((m) => !m.computed)
      ? s.marginPublished
      : s.marginMixed;
  return `${range} (${how}${known.length < margins.length ? `; ${s.otherWaves}` : ''})`;
}

function item(term: string, value: unknown, part?: string) {
  return html`<div class="meta-item" part=${part ?? nothing}><dt>${term}</dt><dd>${value}</dd></div>`;
}

/**
 * The question as asked, marked as a paraphrase when it is one, and its
 * translation. In the reader's language it shows in full; asked in another,
 * its translation shows and the original folds behind its label (which still
 * says whether it is verbatim or a paraphrase).
 */
export function renderWording(wording: Wording, o: MetaOptions): TemplateResult {
  const s = o.strings;
  const sameLanguage = matchLocale(wording.original.lang) === o.locale;
  const label = html`<span class="term">${wording.original.verbatim ? s.questionAsked : s.questionParaphrased}</span>`;
  const original = html`<q lang=${wording.original.lang}>${wording.original.text}</q>`;
  return html`<div part="wording" class="wording">
    ${sameLanguage
      ? html`<p>${label} ${original}</p>`
      : html`${renderFold({ className: 'original', title: label, body: html`<p>${original}</p>` })}
          <p><span class="term">${s.translation}</span> <q>${wording.text}</q></p>`}
  </div>`;
}

/** The explanation of a status marker (derived, state media), when the status has one. */
export function renderFlag(status: PollStatus, s: OpinionPollChartStrings, part = 'flag') {
  const flag = FLAGS[status];
  const note = s.statusNotes[status];
  return flag && note
    ? html`<p part=${part} class="flag-note" data-status=${status}><span class="flag-mark" aria-hidden="true">${flag}</span> ${note}</p>`
    : nothing;
}

export function renderPollMeta(poll: Poll, margin: MarginOfError | undefined, o: MetaOptions): TemplateResult {
  const s = o.strings;
  return html`<dl part="meta" class="meta">
    ${item(s.pollster, poll.pollster)}
    ${item(s.sponsor, poll.sponsor ?? s.noSponsor)}
    ${item(s.population, poll.population)}
    ${item(s.fieldwork, formatFieldwork(poll.fieldwork, o.tag))}
    ${poll.published ? item(s.published, formatDate(poll.published, o.tag)) : nothing}
    ${item(s.sampleSize, poll.sampleSize === null ? s.notPublished : formatNumber(poll.sampleSize, o.tag))}
    ${item(s.mode, s.modes[poll.mode])}
    ${item(s.marginOfError, marginText(margin, o), 'margin')}
    ${item(s.status, s.statuses[poll.status])}
  </dl>`;
}

const unique = <T>(values: readonly T[]) => [...new Set(values)];

export function renderSeriesMeta(series: PollSeries, group: ChartGroup, o: MetaOptions): TemplateResult {
  const s = o.strings;
  const waves = series.waves;
  const first = waves[0];
  const last = waves.at(-1);
  const sponsors = unique(waves.map((w) => w.sponsor).filter((x): x is string => !!x));
  const sizes = waves.map((w) => w.sampleSize).filter((n): n is number => n !== null);
  const sizeText =
    sizes.length === 0
      ? s.notPublished
      : `${Math.min(...sizes) === Math.max(...sizes)
          ? formatNumber(sizes[0]!, o.tag)
          : `${formatNumber(Math.min(...sizes), o.tag)}–${formatNumber(Math.max(...sizes), o.tag)}`}${sizes.length < waves.length ? ` (${s.otherWaves})` : ''}`;
  const modes = unique(waves.map((w) => w.mode).filter((m) => m !== 'unknown'));
  const modeText =
    modes.length === 0
      ? s.notPublished
      : `${modes.map((m) => s.modes[m]).join(', ')}${waves.some((w) => w.mode === 'unknown') ? ` (${s.otherWaves})` : ''}`;
  const span = first && last ? formatSpan(first.date, last.date, o.tag) : '';
  return html`<dl part="meta" class="meta">
    ${item(s.pollster, series.pollster)}
    ${item(s.sponsor, sponsors.length ? sponsors.join('; ') : s.noSponsor)}
    ${item(s.population, series.population)}
    ${item(s.fieldwork, `${span} (${s.waves(waves.length, formatNumber(waves.length, o.tag))})`)}
    ${item(s.sampleSize, sizeText)}
    ${item(s.mode, modeText)}
    ${item(s.marginOfError, seriesMarginText(group.rows.map((r) => r.margin), o), 'margin')}
    ${item(s.status, unique(waves.map((w) => s.statuses[w.status])).join('; '))}
  </dl>`;
}

/**
 * The facts of {@link renderPollMeta} or {@link renderSeriesMeta} in a compact
 * chart: folded behind "Methodology", the margin of error still in sight on
 * the toggle.
 */
export function renderMethodology(meta: TemplateResult, margins: readonly (MarginOfError | undefined)[], o: MetaOptions): TemplateResult {
  return renderFold({
    part: 'methodology',
    className: 'methodology',
    title: html`<span class="term">${o.strings.methodology}</span>`,
    value: marginRange(margins, o),
    body: meta,
  });
}

/** Sources as links (http(s) only, new tab, said so for screen readers), folded behind their count. */
export function renderSources(sources: readonly Source[], o: MetaOptions): TemplateResult {
  const d = o.data;
  return renderFold({
    part: 'sources',
    className: 'sources',
    title: html`<span class="term">${d.sources}</span>`,
    count: formatNumber(sources.length, o.tag),
    body: renderSourceList(sources, d),
  });
}

/** The record's note and, for a series, each wave's note with its date, folded. */
export function renderNotes(note: string | undefined, waves: readonly { readonly label: string; readonly note?: string }[], o: MetaOptions) {
  const waveNotes = waves.filter((w) => w.note);
  if (!note && waveNotes.length === 0) return nothing;
  return renderFold({
    part: 'notes',
    className: 'notes',
    title: html`<span class="term">${o.strings.notes}</span>`,
    body: html`${note ? html`<p>${note}</p>` : nothing}
      ${waveNotes.length
        ? html`<div class="wave-notes">${renderFold({
            title: html`<span class="wave-notes-title">${o.strings.waveNotes}</span>`,
            count: formatNumber(waveNotes.length, o.tag),
            body: html`<ul>${waveNotes.map((w) => html`<li><span class="note-date">${w.label}</span> — ${w.note}</li>`)}</ul>`,
          })}</div>`
        : nothing}`,
  });
}
