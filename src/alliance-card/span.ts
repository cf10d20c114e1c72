/**
 * Pure date arithmetic for an agreement: when it began and ended, how long it
 * lasted, and where it and its stages sit on the duration bar.
 */
import type { Alliance, AllianceStage, Stage } from '../data/types.js';
import { compareDates, daysInMonth, precisionOf, type PartialDate } from '../shared/calendar.js';

/** First year of the scale every duration bar shares (the dataset's first year). */
export const SCALE_START = 1668;

/** Today as a calendar date (UTC), the end of the scale and of agreements still in force. */
export function today(now = new Date()): PartialDate {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

/** A date as a fractional year, in the middle of the period its precision allows. */
export function yearValue(date: PartialDate): number {
  if (date.month === undefined) return date.year + 0.5;
  if (date.day === undefined) return date.year + (date.month - 0.5) / 12;
  return date.year + (date.month - 1 + (date.day - 0.5) / daysInMonth(date.year, date.month)) / 12;
}

/**
 * How an agreement's end is known: `ended` (a dated `ended` stage), `ongoing`
 * (never formally ended: it runs to today) or `undated` (it ended, but the
 * sources do not say when).
 */
export type EndKind = 'ended' | 'ongoing' | 'undated';

export interface AgreementSpan {
  /** The first stage that is not a negotiation: where the agreement begins. */
  readonly start: AllianceStage;
  /** The earliest negotiation before `start`, if any. */
  readonly talks?: AllianceStage;
  /** The dated end, for `ended`. */
  readonly end?: AllianceStage;
  readonly endKind: EndKind;
  /** The last stage of any kind. */
  readonly last: AllianceStage;
}

export function agreementSpan(alliance: Alliance): AgreementSpan {
  const stages = [...alliance.stages].sort((a, b) => compareDates(a.date, b.date));
  const start = stages.find((s) => s.stage !== 'negotiated') ?? stages[0]!;
  const talks = stages[0]!.stage === 'negotiated' && stages[0] !== start ? stages[0] : undefined;
  const end = stages.findLast((s) => s.stage === 'ended');
  const endKind: EndKind = end ? 'ended' : alliance.ending.how === 'in-force' ? 'ongoing' : 'undated';
  return { start, talks, end, endKind, last: stages.at(-1)! };
}

export interface Duration {
  readonly years: number;
  /** Remaining months; 0 when only years are shown. */
  readonly months: number;
  /** True when either date is known only to the month or the year. */
  readonly approximate: boolean;
}

/**
 * How long passed from `from` to `to`, in whole elapsed years and months.
 * Dates known to the year give years only; months are dropped from ten years
 * on, where they no longer help the reader.
 */
export function durationBetween(from: PartialDate, to: PartialDate): Duration {
  const approximate = precisionOf(from) !== 'day' || precisionOf(to) !== 'day';
  if (from.month === undefined || to.month === undefined) {
    return { years: Math.max(to.year - from.year, 0), months: 0, approximate };
  }
  let total = (to.year - from.year) * 12 + (to.month - from.month);
  if (from.day !== undefined && to.day !== undefined && to.day < from.day) total -= 1;
  total = Math.max(total, 0);
  const years = Math.floor(total / 12);
  return { years, months: years >= 10 ? 0 : total % 12, approximate };
}

/** Spreads markers over lanes so that none sits within `gap` of another in its lane. */
export function assignLanes(positions: readonly number[], gap: number, maxLanes = 3): number[] {
  const order = positions.map((at, i) => ({ at, i })).sort((a, b) => a.at - b.at);
  const lastIn: number[] = [];
  const lanes: number[] = new Array<number>(positions.length).fill(0);
  for (const { at, i } of order) {
    let lane = lastIn.findIndex((last) => at - last >= gap);
    if (lane === -1) {
      if (lastIn.length < maxLanes) lane = lastIn.length;
      else lane = lastIn.indexOf(Math.min(...lastIn));
    }
    lastIn[lane] = at;
    lanes[i] = lane;
  }
  return lanes;
}

export interface Mark {
  readonly stage: Stage;
  /** Index of the stage in the agreement's list (the order shown to readers). */
  readonly index: number;
  /** Position across the zoomed strip, 0–100. */
  readonly at: number;
  readonly lane: number;
}

export interface BarGeometry {
  /** Last year of the scale (this year). */
  readonly scaleEnd: number;
  /** Today as a fractional year: the scale's right end. */
  readonly nowValue: number;
  /** The agreement on the whole scale, 0–100. */
  readonly from: number;
  readonly to: number;
  /** The zoomed strip: the years at its two ends. */
  readonly zoomStart: number;
  readonly zoomEnd: number;
  /** Across the zoomed strip, 0–100: talks, start, last stage and end. */
  readonly talksAt?: number;
  readonly startAt: number;
  readonly lastAt: number;
  readonly endAt: number;
  readonly endKind: EndKind;
  readonly marks: readonly Mark[];
  readonly lanes: number;
}

const clamp = (n: number) => Math.min(Math.max(n, 0), 100);

/** Where a fractional year sits on the 1668–today scale, 0–100. */
export function scalePosition(value: number, nowValue: number): number {
  return clamp(((value - SCALE_START) / (nowValue - SCALE_START)) * 100);
}

/**
 * Lays out the duration bar: the agreement on the 1668–today scale, and a
 * zoomed strip of its own span with a mark per stage. An undated end is drawn
 * as an open tail a tenth of the span long (at least a year).
 */
export function barGeometry(alliance: Alliance, now: PartialDate = today()): BarGeometry {
  const span = agreementSpan(alliance);
  const nowAt = yearValue(now);
  const first = yearValue((span.talks ?? span.start).date);
  const startValue = yearValue(span.start.date);
  const lastValue = yearValue(span.last.date);
  let endValue: number;
  if (span.endKind === 'ended') endValue = yearValue(span.end!.date);
  else if (span.endKind === 'ongoing') endValue = Math.max(nowAt, lastValue);
  else endValue = lastValue + Math.max((lastValue - first) / 10, 1);
  // Pad the strip so marks at its ends stay whole; give a one-day agreement some width.
  const length = Math.max(endValue - first, 1);
  const zoomStart = first - length * 0.04;
  const zoomEnd = endValue + length * (span.endKind === 'ongoing' ? 0 : 0.04);
  const zoom = (value: number) => clamp(((value - zoomStart) / (zoomEnd - zoomStart)) * 100);
  const scale = (value: number) => scalePosition(value, nowAt);
  const positions = alliance.stages.map((s) => zoom(yearValue(s.date)));
  const lanes = assignLanes(positions, 5);
  return {
    scaleEnd: now.year,
    nowValue: nowAt,
    from: scale(first),
    to: scale(endValue),
    zoomStart,
    zoomEnd,
    talksAt: span.talks ? zoom(first) : undefined,
    startAt: zoom(startValue),
    lastAt: zoom(lastValue),
    endAt: zoom(endValue),
    endKind: span.endKind,
    marks: alliance.stages.map((s, index) => ({ stage: s.stage, index, at: positions[index]!, lane: lanes[index]! })),
    lanes: Math.max(...lanes) + 1,
  };
}
