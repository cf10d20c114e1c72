/**
 * The one-sentence summaries that head each chart and describe its SVG:
 * the largest real answer (never the unpublished remainder), who asked whom,
 * and when. Pure: strings and formatting come from the caller.
 */
import type { Poll, PollSeries } from '../data/types.js';
import type { OpinionPollChartStrings } from '../i18n/strings/opinion-poll-chart.js';
import { formatPercent } from '../i18n/format.js';
import type { ChartAnswer, ChartGroup } from './model.js';

const substantive = (answer: ChartAnswer) => answer.kind !== 'unreported' && answer.kind !== 'remainder' && answer.kind !== 'dont-know';
const real = (answer: ChartAnswer) => answer.kind !== 'unreported' && answer.kind !== 'remainder';

/**
 * Index of the answer a summary features: the largest published substantive
 * answer, else the largest "don't know"; never the unpublished rest.
 */
export function largestAnswer(answers: readonly ChartAnswer[], values: readonly (number | null)[]): number | undefined {
  const largest = (keep: (a: ChartAnswer) => boolean) => {
    let best: number | undefined;
    answers.forEach((answer, i) => {
      const v = values[i];
      if (keep(answer) && v != null && (best === undefined || v > values[best]!)) best = i;
    });
    return best;
  };
  return largest(substantive) ?? largest(real);
}

/** The year a poll is known by: its publication, else the end or start of fieldwork. */
export function pollYear(poll: Poll): number {
  return poll.published?.year ?? poll.fieldwork.end?.year ?? poll.fieldwork.start.year;
}

/** "Russia's influence in the world: 63 % of French respondents chose “Mainly negative” (…, 2013)." */
export function pollSummary(poll: Poll, group: ChartGroup, s: OpinionPollChartStrings, tag: string, withQuestion = true): string | undefined {
  const row = group.rows[0];
  const best = row && largestAnswer(group.answers, row.values);
  if (!row || best === undefined) return undefined;
  return s.summaryPoll({
    question: withQuestion ? group.label : undefined,
    share: formatPercent(row.values[best]!, tag),
    answer: group.answers[best]!.label,
    respondents: s.respondents[poll.respondents],
    by: s.by(poll.pollster, poll.sponsor),
    year: String(pollYear(poll)),
  });
}

/** The latest wave's largest answer, compared with its earliest published value. */
export function seriesSummary(series: PollSeries, group: ChartGroup, s: OpinionPollChartStrings, tag: string): string | undefined {
  const latest = [...group.rows].reverse().find((row) => largestAnswer(group.answers, row.values) !== undefined);
  if (!latest) return undefined;
  const best = largestAnswer(group.answers, latest.values)!;
  const earliest = group.rows.find((row) => row.values[best] != null);
  return s.summarySeries({
    share: formatPercent(latest.values[best]!, tag),
    answer: group.answers[best]!.label,
    respondents: s.respondents[series.respondents],
    by: series.pollster,
    date: latest.label,
    earlier:
      earliest && earliest !== latest
        ? { share: formatPercent(earliest.values[best]!, tag), date: earliest.label }
        : undefined,
  });
}
