/**
 * What a chart draws, built once from a poll or a series and shared by the SVG,
 * the table twin and the CSV, so the three always hold the same numbers. Pure:
 * no DOM, no strings beyond what the caller passes in.
 */
import type { AnswerKind, Poll, PollSeries, PollStatus, Wording } from '../data/types.js';
import type { PartialDate } from '../shared/calendar.js';
import { marginOfError, type MarginOfError } from './margin-of-error.js';

/** Values of the `type` attribute. */
export const CHART_TYPES = ['auto', 'stacked', 'bars', 'line'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** How one group is drawn. */
export type Form = 'stacked' | 'bars' | 'line';

/** Id of the remainder answer added to stacked series waves. */
export const REMAINDER = 'remainder';

/** Statuses that carry a visible marker, and the marker. */
export const FLAGS: Readonly<Partial<Record<PollStatus, string>>> = { derived: '*', 'state-media': '†' };

export interface ChartAnswer {
  readonly id: string;
  readonly label: string;
  readonly kind: AnswerKind | typeof REMAINDER;
  /** Colour and pattern slot: `pos-1`…`pos-3`, `neg-1`…`neg-3`, `opt-1`…`opt-6`, `neutral`, `dont-know`, `unreported`. */
  readonly tone: string;
  /** Marker shape of the answer's line (its place in the data). */
  readonly shape: number;
  /** Toned down and drawn apart from the positive and negative sides. */
  readonly apart: boolean;
}

export interface ChartRow {
  /** The question id (poll) or the wave's ISO date (series). */
  readonly key: string;
  /** The question label, or the wave's formatted date. */
  readonly label: string;
  readonly date?: PartialDate;
  readonly status: PollStatus;
  /** Shares in percent, aligned with the group's answers; `null` where unpublished. */
  readonly values: readonly (number | null)[];
  readonly sampleSize: number | null;
  readonly margin?: MarginOfError;
  readonly note?: string;
}

export interface ChartGroup {
  /** The question id, or the series id. */
  readonly id: string;
  readonly label: string;
  readonly wording: Wording;
  readonly multipleChoice: boolean;
  readonly form: Form;
  /** In drawing order. */
  readonly answers: readonly ChartAnswer[];
  readonly rows: readonly ChartRow[];
}

export type Problem =
  | { readonly kind: 'sum'; readonly id: string; readonly label: string; readonly sum: number; readonly tolerance: number }
  | { readonly kind: 'wave'; readonly id: string; readonly label: string; readonly sum: number; readonly tolerance: number };

export interface ChartModel {
  readonly kind: 'poll' | 'series';
  readonly id: string;
  readonly title: string;
  /** The groups that can be drawn (one per question, or one for a series). */
  readonly groups: readonly ChartGroup[];
  /** What could not be drawn, and why. */
  readonly problems: readonly Problem[];
}

/** Rounds away floating-point noise (0.1 + 0.2). */
export const round1 = (value: number): number => Math.round(value * 10) / 10;

/** The sum of the published shares. */
export function total(values: readonly (number | null)[]): number {
  return round1(values.reduce<number>((sum, v) => sum + (v ?? 0), 0));
}

/**
 * How far from 100 the shares of `count` rounded answers may add up: each
 * rounding moves a share by at most half a point.
 */
export function roundingTolerance(count: number): number {
  return Math.max(1, Math.floor(count / 2));
}

/** Whether single-choice shares add up to 100, give or take rounding. */
export function addsUp(values: readonly (number | null)[]): boolean {
  return Math.abs(total(values) - 100) <= roundingTolerance(values.length);
}

type Raw = { readonly id: string; readonly label: string; readonly kind: AnswerKind };

/**
 * Answers in drawing order, with their colour slot. Stacked bars put the
 * positive side first (strongest outermost), then the negative side (strongest
 * outermost), then options, and keep "neither", "don't know" and the
 * unpublished remainder apart at the end. Other forms keep the data's order,
 * with the remainder last.
 */
export function chartAnswers(answers: readonly Raw[], form: Form): ChartAnswer[] {
  const of = (kind: AnswerKind) => answers.filter((a) => a.kind === kind);
  const positive = of('positive');
  const negative = of('negative');
  const option = of('option');
  const tone = (a: Raw): string => {
    switch (a.kind) {
      case 'positive':
        return `pos-${Math.min(positive.indexOf(a) + 1, 3)}`;
      case 'negative':
        return `neg-${Math.min(negative.length - negative.indexOf(a), 3)}`;
      case 'option':
        return `opt-${(option.indexOf(a) % 6) + 1}`;
      default:
        return a.kind;
    }
  };
  const apart = (kind: AnswerKind) => kind === 'neutral' || kind === 'dont-know' || kind === 'unreported';
  const chart = (a: Raw): ChartAnswer => ({
    id: a.id,
    label: a.label,
    kind: a.kind,
    tone: tone(a),
    shape: answers.indexOf(a),
    apart: apart(a.kind),
  });
  const ordered =
    form === 'stacked'
      ? [...positive, ...negative, ...option, ...of('neutral'), ...of('dont-know'), ...of('unreported')]
      : [...answers.filter((a) => a.kind !== 'unreported'), ...of('unreported')];
  return ordered.map(chart);
}

/** One group per question; questions whose shares do not add up become problems. */
export function pollModel(poll: Poll, type: ChartType): ChartModel {
  const groups: ChartGroup[] = [];
  const problems: Problem[] = [];
  for (const question of poll.questions) {
    const shares = question.answers.map((a) => a.share);
    if (!question.multipleChoice && !addsUp(shares)) {
      problems.push({ kind: 'sum', id: question.id, label: question.label, sum: total(shares), tolerance: roundingTolerance(shares.length) });
      continue;
    }
    const form: Form = question.multipleChoice || type === 'bars' ? 'bars' : 'stacked';
    const answers = chartAnswers(question.answers, form);
    const share = new Map(question.answers.map((a) => [a.id, a.share]));
    groups.push({
      id: question.id,
      label: question.label,
      wording: question.wording,
      multipleChoice: question.multipleChoice,
      form,
      answers,
      rows: [
        {
          key: question.id,
          label: question.label,
          status: poll.status,
          values: answers.map((a) => share.get(a.id) ?? null),
          sampleSize: poll.sampleSize,
          margin: marginOfError(poll.marginOfError, poll.sampleSize),
          note: undefined,
        },
      ],
    });
  }
  return { kind: 'poll', id: poll.id, title: poll.title, groups, problems };
}

/**
 * One group for the series: a line by default, one bar per wave when asked or
 * when there is a single wave. Waves whose shares add up to more than 100
 * become problems. Stacked waves show what they do not publish as a remainder.
 */
export function seriesModel(
  series: PollSeries,
  type: ChartType,
  text: { readonly date: (date: PartialDate) => string; readonly remainder: string },
): ChartModel {
  const form: Form = type === 'stacked' || type === 'bars' ? type : series.waves.length < 2 ? 'stacked' : 'line';
  const base = chartAnswers(series.answers, form);
  const problems: Problem[] = [];
  let rows: ChartRow[] = [];
  for (const wave of series.waves) {
    const values = base.map((a) => wave.shares[a.id] ?? null);
    const label = text.date(wave.date);
    const sum = total(values);
    const tolerance = roundingTolerance(values.length);
    if (sum > 100 + tolerance) {
      problems.push({ kind: 'wave', id: series.id, label, sum, tolerance });
      continue;
    }
    rows.push({
      key: `${wave.date.year}-${wave.date.month ?? 0}-${wave.date.day ?? 0}`,
      label,
      date: wave.date,
      status: wave.status,
      values,
      sampleSize: wave.sampleSize,
      margin: marginOfError(wave.marginOfError, wave.sampleSize),
      note: wave.note,
    });
  }
  let answers = base;
  if (form === 'stacked') {
    const remainders = rows.map((row) => round1(Math.max(0, 100 - total(row.values))));
    if (remainders.some((r) => r > 0)) {
      answers = [...base, { id: REMAINDER, label: text.remainder, kind: REMAINDER, tone: 'unreported', shape: base.length, apart: true }];
      rows = rows.map((row, i) => ({ ...row, values: [...row.values, remainders[i]!] }));
    }
  }
  return {
    kind: 'series',
    id: series.id,
    title: series.title,
    groups: [{ id: series.id, label: series.title, wording: series.wording, multipleChoice: false, form, answers, rows }],
    problems,
  };
}
