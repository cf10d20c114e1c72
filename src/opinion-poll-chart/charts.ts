/**
 * The three chart forms, drawn as SVG at the element's width in real pixels:
 * 100 % stacked bars, separate bars (multiple choice) and lines over time.
 * Every value is a mark: focusable (one tab stop per chart, arrows inside),
 * named for screen readers, and described by a tooltip. Labels never rely on
 * colour: bars carry values and follow the legend's order, lines have marker
 * shapes and labelled ends.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatPercent } from '../i18n/format.js';
import type { OpinionPollChartStrings } from '../i18n/strings/opinion-poll-chart.js';
import type { PartialDate } from '../shared/calendar.js';
import type { MarkPosition } from '../shared/roving.js';
import {
  FONT,
  linear,
  runs,
  type Segment,
  spreadLabels,
  spreadSpans,
  stackSegments,
  textWidth,
  wrapText,
  yearTicks,
  yearValue,
} from './layout.js';
import { FLAGS, type ChartAnswer, type ChartGroup, type ChartRow } from './model.js';

export interface DrawOptions {
  readonly width: number;
  readonly tag: string;
  readonly strings: OpinionPollChartStrings;
  /** Key of the mark holding the chart's tab stop. */
  readonly active: string | undefined;
  /** Prefix for ids, unique in the shadow root. */
  readonly idBase: string;
  readonly title: string;
  readonly description: string;
  /** A compact chart (for tight spaces such as a phone-wide embed): a lower line chart. */
  readonly compact?: boolean;
}

export interface Mark extends MarkPosition {
  /** Where the tooltip points, in the chart's pixels. */
  readonly x: number;
  readonly y: number;
  /** What the mark says: its accessible name and its tooltip. */
  readonly text: string;
  /** The share drawn, in percent (`null`: not published). */
  readonly value: number | null;
}

export interface Chart {
  readonly template: TemplateResult;
  readonly marks: readonly Mark[];
}

/** Long stretches between waves, in years, drawn dashed. */
export const LONG_GAP_YEARS = 3;

const BAR = 28;
const LINE_HEIGHT = FONT + 5;

/**
 * The width, in px, at which bars decide what changes their height (how labels
 * wrap, which values leave their segment, on how many lines), whatever width
 * they are drawn at: a server draws without knowing the real width, and a
 * chart whose height followed it would push the page down when the browser
 * redraws it. About a phone's width less margins, so what fits there fits at
 * every wider width; a narrower chart lays out at its own.
 */
const LAYOUT_WIDTH = 300;

/** Patterns for the toned-down answers; rendered once per element, referenced by id. */
export function patternDefs(): TemplateResult {
  return html`<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false">
    <defs>
      <pattern id="opc-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="pattern-bg" width="6" height="6"></rect>
        <line class="pattern-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
      <pattern id="opc-dots" width="5" height="5" patternUnits="userSpaceOnUse">
        <rect class="pattern-dk" width="5" height="5"></rect>
        <circle class="pattern-dot" cx="2.5" cy="2.5" r="1"></circle>
      </pattern>
    </defs>
  </svg>`;
}

/** The `fill` attribute of patterned tones (CSS colours the others). */
function patternFill(tone: string) {
  return tone === 'unreported' ? 'url(#opc-hatch)' : tone === 'dont-know' ? 'url(#opc-dots)' : nothing;
}

const percent = (value: number, tag: string) => formatPercent(value, tag);

/** "2014 *": a wave's label with the marker of its status. */
export function rowLabel(row: ChartRow): string {
  const flag = FLAGS[row.status];
  return flag ? `${row.label} ${flag}` : row.label;
}

function markText(group: ChartGroup, row: ChartRow, answer: ChartAnswer, value: number | null, o: DrawOptions): string {
  const s = o.strings;
  const share = value === null ? s.notPublished : percent(value, o.tag);
  const what = `${answer.label}: ${share}`;
  if (group.rows.length === 1 && !row.date) return what;
  const status = FLAGS[row.status] ? ` (${s.statuses[row.status]})` : '';
  return `${row.label} — ${what}${status}`;
}

/** A line chart's height, in px, whatever its width; compact, 40 px less (a Russian series' embed passed 1,000 px at 390 px). */
const LINE_CHART_HEIGHT = 240;
const COMPACT_LINE_CHART_HEIGHT = 200;

function frame(o: DrawOptions, height: number, body: SVGTemplateResult | SVGTemplateResult[], marks: readonly Mark[]): Chart {
  return {
    marks,
    // Named and described by hidden HTML, not <title>/<desc>: a server renderer
    // cannot fill a binding inside <title>, which HTML parses as raw text.
    template: html`<svg class="chart" width=${o.width} height=${height} viewBox=${`0 0 ${o.width} ${height}`}
      role="group" aria-labelledby=${`${o.idBase}-title`} aria-describedby=${`${o.idBase}-desc`}>
      ${body}
    </svg><span id=${`${o.idBase}-title`} hidden>${o.title}</span><span id=${`${o.idBase}-desc`} hidden>${o.description}</span>`,
  };
}

/** Whether `key` is the chart's tab stop. */
function tabStop(marks: readonly MarkPosition[], active: string | undefined): string | undefined {
  return marks.some((m) => m.key === active) ? active : marks[0]?.key;
}

function markGroup(mark: Mark, stop: string | undefined, extraClass: string, content: SVGTemplateResult) {
  return svg`<g part="mark" class=${`mark ${extraClass}`} data-key=${mark.key} data-value=${mark.value ?? ''}
    tabindex=${mark.key === stop ? 0 : -1} role="img" aria-label=${mark.text}>${content}</g>`;
}

/** The tick from a segment down to its value written below the bar, in px. */
const LEADER = 5;

/** The segments whose value is too wide to be written on them. */
function tooNarrow(segments: readonly Segment[], widths: readonly number[]): number[] {
  return segments.map((_, k) => k).filter((k) => widths[k]! + 8 > segments[k]!.width);
}

/** Values `out` (indices of `segments`) placed below a bar `band` px wide, on `minLines` lines or more. */
function below(segments: readonly Segment[], widths: readonly number[], out: number[], band: number, minLines = 1) {
  const centres = out.map((k) => segments[k]!.x + segments[k]!.width / 2);
  const spread = spreadSpans(centres, out.map((k) => widths[k]!), 8, 0, band, minLines);
  return { out, ...spread, lines: out.length ? Math.max(...spread.line) + 1 : 0 };
}

/**
 * 100 % stacked bars: one per row (the single row of a poll question, or each
 * wave of a series, labelled above its bar), each value written on its
 * segment, or below the bar when the segment would be too narrow for it at
 * LAYOUT_WIDTH (a short leader joins them; labels that would collide there
 * take a second line), so every value reads at any width and the height is
 * the same at all of them.
 */
export function stackedChart(group: ChartGroup, o: DrawOptions): Chart {
  const many = group.rows.length > 1;
  const barWidth = Math.max(40, o.width);
  const layoutWidth = Math.min(barWidth, LAYOUT_WIDTH);
  const above = many ? LINE_HEIGHT : 0;
  const apart = group.answers.map((a) => a.apart);
  const marks: Mark[] = [];
  type Outside = { readonly left: number; readonly line: number };
  const drawn: { row: ChartRow; y: number; segments: ReturnType<typeof stackSegments>; first: number; texts: string[]; outside: Map<number, Outside> }[] = [];
  /** Room for values below a bar on `lines` lines. */
  const room = (lines: number) => (lines ? LEADER + lines * LINE_HEIGHT : 0);
  const laid = group.rows.map((row) => {
    const segments = stackSegments(row.values, apart, barWidth);
    const texts = segments.map((seg) => percent(row.values[seg.index]!, o.tag));
    const widths = texts.map((t) => textWidth(t));
    // The lines the layout width writes below the bar set the height. Drawn wider, a value
    // that fits its segment goes back on it, the others keep to those lines.
    const laidOut = stackSegments(row.values, apart, layoutWidth);
    const kept = below(laidOut, widths, tooNarrow(laidOut, widths), layoutWidth);
    let placed = below(segments, widths, tooNarrow(segments, widths), barWidth);
    if (placed.lines > kept.lines) placed = below(segments, widths, kept.out, barWidth, kept.lines);
    return { row, segments, texts, kept: kept.lines, placed };
  });
  // Room kept but not written in shares out evenly between the bars, so they stay evenly spaced.
  const spare = laid.reduce((sum, l) => sum + room(l.kept) - room(l.placed.lines), 0);
  const gap = many ? 12 + spare / (laid.length - 1) : 0;
  let top = 0;
  laid.forEach(({ row, segments, texts, placed }, r) => {
    const y = top + above;
    const outside = new Map(placed.out.map((k, j) => [k, { left: placed.left[j]!, line: placed.line[j]! }]));
    drawn.push({ row, y, segments, first: marks.length, texts, outside });
    segments.forEach((seg, col) => {
      const answer = group.answers[seg.index]!;
      marks.push({
        key: `${r}:${seg.index}`,
        row: r,
        col,
        x: seg.x + seg.width / 2,
        y,
        text: markText(group, row, answer, row.values[seg.index] ?? null, o),
        value: row.values[seg.index] ?? null,
      });
    });
    top = y + BAR + room(placed.lines) + gap;
  });
  const stop = tabStop(marks, o.active);
  // The height the layout width gives, whatever the width drawn at.
  const height = laid.reduce((sum, l) => sum + above + BAR + room(l.kept), 0) + (many ? 12 * (laid.length - 1) : 0);
  const body = drawn.map(({ row, y, segments, first, texts, outside }) => {
    const label = many
      ? svg`<text class="row-label" x="0" y=${y - 5} text-anchor="start">${rowLabel(row)}</text>`
      : nothing;
    return svg`<g part="bar" class="bar">${label}${segments.map((seg, col) => {
      const answer = group.answers[seg.index]!;
      const text = texts[col]!;
      const cx = seg.x + seg.width / 2;
      const out = outside.get(col);
      const written = out
        ? (() => {
            const width = textWidth(text);
            const lineTop = y + BAR + LEADER + out.line * LINE_HEIGHT;
            const to = Math.min(Math.max(cx, out.left + 3), out.left + width - 3);
            return svg`<line class="leader" x1=${cx} y1=${y + BAR + 1} x2=${to} y2=${lineTop}></line>
              <text class="out-label" x=${out.left} y=${lineTop + FONT - 1}>${text}</text>`;
          })()
        : svg`<text class=${`in-label on-${answer.tone}`} x=${cx} y=${y + BAR / 2} text-anchor="middle" dominant-baseline="central">${text}</text>`;
      return markGroup(
        marks[first + col]!,
        stop,
        `segment tone-${answer.tone}`,
        svg`<rect class=${`fill tone-${answer.tone}`} fill=${patternFill(answer.tone)} x=${seg.x} y=${y} width=${seg.width} height=${BAR}></rect>
          ${written}
          <rect class="ring" x=${seg.x - 2} y=${y - 2} width=${seg.width + 4} height=${BAR + 4} rx="3"></rect>`,
      );
    })}</g>`;
  });
  return frame(o, Math.max(height, BAR), body, marks);
}

/**
 * Separate bars on a 0–100 % track, one per answer: for multiple-choice
 * questions, whose shares do not add up to 100. Labels sit above the bars,
 * wrapped at LAYOUT_WIDTH whatever the width, so the height stays the same.
 */
export function barsChart(group: ChartGroup, o: DrawOptions): Chart {
  const byWave = group.rows.length > 1 || !!group.rows[0]?.date;
  const wrapAt = Math.min(o.width, LAYOUT_WIDTH);
  const valueRoom = textWidth(percent(100, o.tag)) + 10;
  const track = Math.max(40, o.width - valueRoom);
  const marks: Mark[] = [];
  const parts: SVGTemplateResult[] = [];
  const pending: { mark: Mark; answer: ChartAnswer; value: number | null; y: number; lines: string[] }[] = [];
  let y = 0;
  group.rows.forEach((row, r) => {
    if (byWave) {
      parts.push(svg`<text class="row-label wave-label" x="0" y=${y + FONT}>${rowLabel(row)}</text>`);
      y += LINE_HEIGHT + 4;
    }
    group.answers.forEach((answer, i) => {
      const value = row.values[i] ?? null;
      const lines = wrapText(answer.label, wrapAt);
      const top = y + lines.length * LINE_HEIGHT;
      const mark: Mark = {
        key: `${r}:${i}`,
        row: marks.length,
        col: 0,
        x: ((value ?? 0) / 100) * track,
        y: top,
        text: markText(group, row, answer, value, o),
        value,
      };
      marks.push(mark);
      pending.push({ mark, answer, value, y: top, lines });
      y = top + BAR - 6 + 12;
    });
    y += byWave ? 10 : 0;
  });
  const stop = tabStop(marks, o.active);
  const h = BAR - 6;
  for (const { mark, answer, value, y: top, lines } of pending) {
    const tone = answer.kind === 'option' ? 'opt-1' : answer.tone;
    const width = ((value ?? 0) / 100) * track;
    const label = svg`<text class="bar-label" x="0" y=${top - lines.length * LINE_HEIGHT + FONT}>${lines.map(
      (line, k) => svg`<tspan x="0" dy=${k === 0 ? 0 : LINE_HEIGHT}>${line}</tspan>`,
    )}</text>`;
    parts.push(svg`${label}${markGroup(
      mark,
      stop,
      `bar-mark tone-${tone}`,
      svg`<rect class="track" x="0" y=${top} width=${track} height=${h}></rect>
        <rect class=${`fill tone-${tone}`} fill=${patternFill(tone)} x="0" y=${top} width=${width} height=${h}></rect>
        <text class=${value === null ? 'value muted' : 'value'} x=${width + 6} y=${top + h / 2} dominant-baseline="central">${
          value === null ? o.strings.neverPublished : percent(value, o.tag)
        }</text>
        <rect class="ring" x="-2" y=${top - 2} width=${track + 4} height=${h + 4} rx="3"></rect>`,
    )}`);
  }
  return frame(o, Math.max(y - 12, h), parts, marks);
}

/** A marker shape centred on (x, y), one per answer so lines read without colour. */
export function markerShape(shape: number, x: number, y: number, r = 4.5): SVGTemplateResult {
  switch (shape % 5) {
    case 1:
      return svg`<rect class="marker" x=${x - r + 0.5} y=${y - r + 0.5} width=${2 * r - 1} height=${2 * r - 1}></rect>`;
    case 2:
      return svg`<path class="marker" d=${`M${x} ${y - r - 1}L${x + r + 0.5} ${y + r - 0.5}H${x - r - 0.5}Z`}></path>`;
    case 3:
      return svg`<path class="marker" d=${`M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`}></path>`;
    case 4:
      return svg`<path class="marker" d=${`M${x} ${y + r + 1}L${x + r + 0.5} ${y - r + 0.5}H${x - r - 0.5}Z`}></path>`;
    default:
      return svg`<circle class="marker" cx=${x} cy=${y} r=${r}></circle>`;
  }
}

const shortDates = new Map<string, Intl.DateTimeFormat>();

/** A compact axis label: "2014", "Mar 2022". */
export function shortDate(date: PartialDate, tag: string): string {
  if (date.month === undefined) return String(date.year);
  let format = shortDates.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', timeZone: 'UTC' });
    shortDates.set(tag, format);
  }
  return format.format(Date.UTC(date.year, date.month - 1, 15));
}

/**
 * Lines over time: one per answer, a point at each wave that published it,
 * gaps where a wave did not (never interpolated), dashed stretches across
 * long intervals between waves, and the last value labelled at each line's end.
 */
export function lineChart(group: ChartGroup, o: DrawOptions): Chart {
  const rows = group.rows.filter((r) => r.date);
  const ts = rows.map((r) => yearValue(r.date!));
  const endValues = group.answers.map((_, ai) => {
    for (let ri = rows.length - 1; ri >= 0; ri--) if (rows[ri]!.values[ai] != null) return ri;
    return -1;
  });
  const endTexts = group.answers.map((_, ai) => (endValues[ai]! >= 0 ? percent(rows[endValues[ai]!]!.values[ai]!, o.tag) : ''));
  const left = Math.max(...[0, 50, 100].map((v) => textWidth(percent(v, o.tag)))) + 10;
  const right = Math.max(24, ...endTexts.map((t) => textWidth(t) + 16));
  // The same height at every width: markup a server drew at another width keeps
  // its box when the browser redraws it at its own, so nothing below it moves.
  const height = o.compact ? COMPACT_LINE_CHART_HEIGHT : LINE_CHART_HEIGHT;
  const top = 12;
  const bottom = height - 26;
  const x0 = left;
  const x1 = Math.max(left + 40, o.width - right);
  const tMin = Math.min(...ts);
  const tMax = Math.max(...ts);
  // A little room at both ends, so end points do not sit on the frame.
  const pad = Math.max((tMax - tMin) * 0.03, Math.min(0.25, (tMax - tMin) * 0.1), 0.02);
  const x = linear(tMin - pad, tMax + pad, x0, x1);
  const y = linear(0, 100, bottom, top);

  // Axis ticks: every wave when the labels fit, else whole years. Labels at the
  // ends are aligned to stay inside the drawing, so fit is checked on the
  // extents they will really have.
  const xs = ts.map(x);
  const place = (tx: number, label: string) => {
    const width = textWidth(label);
    const anchor = tx - width / 2 < x0 - 8 ? 'start' : tx + width / 2 > o.width ? 'end' : 'middle';
    const at = anchor === 'start' ? Math.max(0, tx - 6) : anchor === 'end' ? Math.min(o.width, tx + 6) : tx;
    const left = anchor === 'start' ? at : anchor === 'end' ? at - width : at - width / 2;
    return { x: tx, label, anchor, at, left, right: left + width };
  };
  const fits = (placed: ReturnType<typeof place>[]) => placed.every((t, i) => i === 0 || t.left - placed[i - 1]!.right >= 12);
  const full = rows.map((r, i) => place(xs[i]!, r.label));
  const short = rows.map((r, i) => place(xs[i]!, shortDate(r.date!, o.tag)));
  const ticks =
    [full, short].find(fits) ??
    yearTicks(tMin - pad, tMax + pad, (x1 - x0) / (tMax - tMin + 2 * pad), textWidth('2000') + 10).map((year) =>
      place(x(year), String(year)),
    );

  const marks: Mark[] = [];
  group.answers.forEach((answer, ai) => {
    rows.forEach((row, ri) => {
      const v = row.values[ai];
      if (v == null) return;
      marks.push({ key: `${ai}:${ri}`, row: ai, col: ri, x: xs[ri]!, y: y(v), text: markText(group, row, answer, v, o), value: v });
    });
  });
  const stop = tabStop(marks, o.active);
  const shown = group.answers.map((_, ai) => ai).filter((ai) => endValues[ai]! >= 0);
  const labelYs = spreadLabels(
    shown.map((ai) => y(rows[endValues[ai]!]!.values[ai]!)),
    // A full line apart: text boxes are taller in some browsers' fonts than in others.
    LINE_HEIGHT + 2,
    top + 4,
    bottom,
  );

  const grid = [0, 25, 50, 75, 100].map(
    (v) => svg`<line class=${v === 0 ? 'axis' : 'grid'} x1=${x0} x2=${x1} y1=${y(v)} y2=${y(v)}></line>
      <text class="tick" aria-hidden="true" x=${x0 - 8} y=${y(v)} text-anchor="end" dominant-baseline="central">${percent(v, o.tag)}</text>`,
  );
  const axis = ticks.map((t) => {
    const { anchor, at } = t;
    return svg`<line class="axis" x1=${t.x} x2=${t.x} y1=${bottom} y2=${bottom + 4}></line>
      <text class="tick" aria-hidden="true" x=${at} y=${bottom + 18} text-anchor=${anchor}>${t.label}</text>`;
  });
  const lines = group.answers.map((answer, ai) =>
    runs(rows.map((r) => r.values[ai] ?? null)).flatMap((run) =>
      run.slice(1).map((ri) => {
        const prev = ri - 1;
        const long = ts[ri]! - ts[prev]! > LONG_GAP_YEARS;
        return svg`<line part="line" class=${`line tone-${answer.tone}${long ? ' long' : ''}`} x1=${xs[prev]!} y1=${y(rows[prev]!.values[ai]!)}
          x2=${xs[ri]!} y2=${y(rows[ri]!.values[ai]!)}></line>`;
      }),
    ),
  );
  const points = marks.map((mark) => {
    const [ai, ri] = mark.key.split(':').map(Number) as [number, number];
    const answer = group.answers[ai]!;
    const flag = FLAGS[rows[ri]!.status];
    return markGroup(
      mark,
      stop,
      `point tone-${answer.tone}${flag ? ' flagged' : ''}`,
      svg`<circle class="hit" cx=${mark.x} cy=${mark.y} r="11"></circle>
        ${markerShape(answer.shape, mark.x, mark.y)}
        ${flag ? svg`<text class="flag" x=${mark.x + 6} y=${mark.y - 7}>${flag}</text>` : nothing}
        <circle class="ring" cx=${mark.x} cy=${mark.y} r="9"></circle>`,
    );
  });
  const ends = shown.map((ai, k) => {
    const answer = group.answers[ai]!;
    const ri = endValues[ai]!;
    return svg`<text class=${`end-label tone-${answer.tone}`} aria-hidden="true" x=${xs[ri]! + 10} y=${labelYs[k]!} dominant-baseline="central">${endTexts[ai]}</text>`;
  });
  return frame(o, height, [...grid, ...axis, ...lines.flat(), ...points, ...ends], marks);
}

/** The legend swatch of an answer: its fill, or its line and marker. */
export function swatch(answer: ChartAnswer, line: boolean): TemplateResult {
  return html`<svg class="swatch" width=${line ? 28 : 14} height="14" aria-hidden="true" focusable="false">${
    line
      ? svg`<g class=${`point tone-${answer.tone}`}><line class=${`line tone-${answer.tone}`} x1="1" x2="27" y1="7" y2="7"></line>${markerShape(answer.shape, 14, 7, 4)}</g>`
      : svg`<rect class=${`fill tone-${answer.tone}`} fill=${patternFill(answer.tone)} x="0.5" y="0.5" width="13" height="13"></rect>`
  }</svg>`;
}

/** Draws a group in its form. */
export function drawGroup(group: ChartGroup, o: DrawOptions): Chart {
  if (group.form === 'line') return lineChart(group, o);
  if (group.form === 'bars') return barsChart(group, o);
  return stackedChart(group, o);
}
