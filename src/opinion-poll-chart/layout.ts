/**
 * Chart geometry as pure functions: text measurement estimates, stacked
 * segments, the time scale and its ticks, and label placement without overlap.
 * The element draws in real pixels at its measured width, so text keeps its
 * size and labels move instead of shrinking.
 */
import type { PartialDate } from '../shared/calendar.js';

/** Font size of chart labels, in px. */
export const FONT = 13;

/**
 * An estimate of the width of `text` in px, slightly generous, for placing
 * labels without measuring the DOM (it works before layout and in tests).
 */
export function textWidth(text: string, fontSize = FONT): number {
  let em = 0;
  for (const char of text) {
    if (/[\s\u00a0\u202f.,:;'’|!iIl()[\]]/.test(char)) em += 0.3;
    else if (/[0-9%±]/.test(char)) em += 0.58;
    else if (/[MWmwЖШЩЮжшщюМФф]/.test(char)) em += 0.85;
    else if (char !== char.toLowerCase()) em += 0.68;
    else em += 0.56;
  }
  // Generous by 15 %: fallback fonts in some browsers (WebKitGTK, Firefox) run wider.
  return Math.ceil(em * fontSize * 1.15);
}

/** Greedy word wrap to lines no wider than `maxWidth` (a longer single word keeps its own line). */
export function wrapText(text: string, maxWidth: number, fontSize = FONT): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface Segment {
  /** Index into the values. */
  readonly index: number;
  readonly x: number;
  readonly width: number;
}

/**
 * The segments of a 100 % stacked bar `width` px wide. Zero and unpublished
 * values take no room; segments are separated by `gap`, and a wider `apartGap`
 * sets the toned-down answers apart. The scale is 100 %, or the total when
 * rounding takes it above 100, so nothing is ever stretched to fill the bar.
 */
export function stackSegments(
  values: readonly (number | null)[],
  apart: readonly boolean[],
  width: number,
  { gap = 2, apartGap = 8 } = {},
): Segment[] {
  const shown = values.map((v, index) => ({ v: v ?? 0, index })).filter((s) => s.v > 0);
  const sum = shown.reduce((acc, s) => acc + s.v, 0);
  const firstApart = shown.findIndex((s) => apart[s.index]);
  const gaps = shown.slice(1).reduce((acc, _, i) => acc + (i + 1 === firstApart ? apartGap : gap), 0);
  const scale = (width - gaps) / Math.max(100, sum);
  const segments: Segment[] = [];
  let x = 0;
  shown.forEach((s, i) => {
    if (i > 0) x += i === firstApart ? apartGap : gap;
    const w = s.v * scale;
    segments.push({ index: s.index, x, width: w });
    x += w;
  });
  return segments;
}

/** A date as a fractional year, at the middle of its precision (mid-year, mid-month). */
export function yearValue(date: PartialDate): number {
  if (date.month === undefined) return date.year + 0.5;
  if (date.day === undefined) return date.year + (date.month - 0.5) / 12;
  return date.year + (date.month - 1) / 12 + (date.day - 0.5) / 365;
}

/** A linear map from [d0, d1] to [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => (d1 === d0 ? (r0 + r1) / 2 : r0 + (value - d0) * k);
}

/**
 * Year ticks for a time axis `pixelsPerYear` wide per year: the smallest step
 * among 1, 2, 5, 10, 20, 25, 50 years that leaves `labelWidth` px between ticks.
 */
export function yearTicks(from: number, to: number, pixelsPerYear: number, labelWidth: number): number[] {
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => s * pixelsPerYear >= labelWidth) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
  return ticks;
}

/**
 * Moves label positions (e.g. the y of line-end labels) apart so that
 * neighbours are at least `minGap` apart, keeping their order and staying
 * within [lo, hi] where possible. Returns positions in the input's order.
 */
export function spreadLabels(positions: readonly number[], minGap: number, lo: number, hi: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const placed = order.map((o) => Math.min(Math.max(o.p, lo), hi));
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i]!, placed[i - 1]! + minGap);
  // Pushed past the bottom: shift back up, keeping the gaps.
  const overflow = (placed.at(-1) ?? hi) - hi;
  if (overflow > 0) {
    placed[placed.length - 1] = hi;
    for (let i = placed.length - 2; i >= 0; i--) placed[i] = Math.min(placed[i]!, placed[i + 1]! - minGap);
  }
  const result = new Array<number>(positions.length);
  order.forEach((o, k) => (result[o.i] = placed[k]!));
  return result;
}

/** Runs of consecutive non-null values, as lists of indices: the pieces of a line with gaps. */
export function runs(values: readonly (number | null)[]): number[][] {
  const result: number[][] = [];
  let current: number[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) result.push(current);
      current = [];
    } else {
      current.push(i);
    }
  });
  if (current.length) result.push(current);
  return result;
}

/**
 * Places labels of the given `widths` in a band from `lo` to `hi`, each as
 * near its `centre` as it can be, in order, at least `gap` apart: the left
 * edge of each, in the input's order. Labels are spread over as few lines as
 * keep them apart (`line` of each: 0 for the first); within a line, pushed
 * right past their left neighbour, then back left from `hi`. `minLines`: at
 * least that many lines (those a narrower band needed, so the height holds).
 */
export function spreadSpans(
  centres: readonly number[],
  widths: readonly number[],
  gap: number,
  lo: number,
  hi: number,
  minLines = 1,
): { left: number[]; line: number[] } {
  const n = centres.length;
  for (let lines = Math.min(minLines, Math.max(1, n)); lines <= Math.max(1, n); lines++) {
    const left = new Array<number>(n);
    const line = new Array<number>(n);
    let fits = true;
    for (let l = 0; l < lines; l++) {
      const members = [...Array(n).keys()].filter((i) => i % lines === l);
      const total = members.reduce((sum, i) => sum + widths[i]!, 0) + gap * Math.max(0, members.length - 1);
      if (total > hi - lo && members.length > 1) fits = false;
      let previousEnd = -Infinity;
      for (const i of members) {
        const start = Math.min(Math.max(centres[i]! - widths[i]! / 2, lo), Math.max(lo, hi - widths[i]!));
        left[i] = Math.max(start, previousEnd + gap);
        previousEnd = left[i]! + widths[i]!;
        line[i] = l;
      }
      // Pushed past the end: back from the right, keeping the gaps.
      let nextStart = hi + gap;
      for (const i of [...members].reverse()) {
        left[i] = Math.max(lo, Math.min(left[i]!, nextStart - gap - widths[i]!));
        nextStart = left[i]!;
      }
    }
    if (fits) return { left, line };
  }
  return { left: centres.map((c, i) => c - widths[i]! / 2), line: centres.map(() => 0) };
}
