/**
 * Bad input, found without side effects: which record the attributes name,
 * and what is wrong with it. Each finding pairs the console warning (tag,
 * attribute, value, what is allowed) with the visible, translated message;
 * the element prints the one and renders the other.
 */
import type { Dataset, Poll, PollSeries } from '../data/types.js';
import { formatPercent } from '../i18n/format.js';
import type { OpinionPollChartStrings } from '../i18n/strings/opinion-poll-chart.js';
import type { Finding } from '../shared/warn.js';
import type { ChartModel, ChartType } from './model.js';

export const TAG = 'opinion-poll-chart';

export type { Finding };

export interface Selection {
  readonly poll?: Poll;
  readonly series?: PollSeries;
  readonly findings: readonly Finding[];
}

/**
 * The poll or series named by `poll` or `series`; with neither, the single
 * record of a dataset given as `data`.
 */
export function selectRecord(
  dataset: Dataset,
  given: boolean,
  ids: { readonly poll?: string; readonly series?: string },
  s: OpinionPollChartStrings,
): Selection {
  const e = s.errors;
  const findings: Finding[] = [];
  const pollIds = dataset.known?.polls ?? dataset.polls.map((p) => p.id);
  const seriesIds = dataset.known?.series ?? dataset.series.map((p) => p.id);
  if (ids.poll && ids.series) {
    findings.push({
      warning: { tag: TAG, attribute: 'series', value: ids.series, problem: `both "poll" (${ids.poll}) and "series" (${ids.series}) are set`, allowed: 'either "poll" or "series"' },
      message: e.both,
    });
  }
  if (ids.poll) {
    const poll = dataset.polls.find((p) => p.id === ids.poll);
    if (!poll) {
      findings.push({
        warning: { tag: TAG, attribute: 'poll', value: ids.poll, allowed: pollIds.length ? pollIds : 'the id of a poll in the data' },
        message: e.unknownPoll(ids.poll),
      });
    }
    return { poll, findings };
  }
  if (ids.series) {
    const series = dataset.series.find((p) => p.id === ids.series);
    if (!series) {
      findings.push({
        warning: { tag: TAG, attribute: 'series', value: ids.series, allowed: seriesIds.length ? seriesIds : 'the id of a series in the data' },
        message: e.unknownSeries(ids.series),
      });
    }
    return { series, findings };
  }
  if (given && pollIds.length + seriesIds.length === 1) return { poll: dataset.polls[0], series: dataset.series[0], findings };
  findings.push({
    warning: {
      tag: TAG,
      attribute: 'poll',
      value: undefined,
      problem: 'neither "poll" nor "series" is set',
      allowed: `a poll id in "poll" (${pollIds.join(', ') || 'none in the data'}) or a series id in "series" (${seriesIds.join(', ') || 'none in the data'})`,
    },
    message: e.missing,
  });
  return { findings };
}

/** A chart form the record cannot take (a line for a single poll). */
export function typeFinding(type: ChartType, poll: Poll | undefined, s: OpinionPollChartStrings): Finding | undefined {
  if (!poll || type !== 'line') return undefined;
  return {
    warning: { tag: TAG, attribute: 'type', value: type, problem: `type="line" needs a series, and "${poll.id}" is a single poll`, allowed: ['auto', 'stacked', 'bars'] },
    message: s.errors.lineNeedsSeries,
  };
}

/**
 * What the record's numbers get wrong: a series with one wave, shares of a
 * single-choice question that do not add up, a wave above 100. `attribute`
 * names where the record came from (`data`, `src`, `poll` or `series`).
 */
export function dataFindings(model: ChartModel, waves: number | undefined, attribute: string, s: OpinionPollChartStrings, tag: string): Finding[] {
  const findings: Finding[] = [];
  const where = `"${attribute}" gives the ${model.kind} "${model.id}"`;
  if (waves !== undefined && waves < 2) {
    findings.push({
      warning: { tag: TAG, attribute, value: model.id, problem: `${where}, which has ${waves} wave(s)`, allowed: 'a series with at least two waves (use "poll" for a single poll)' },
      message: s.errors.oneWave(model.id),
    });
  }
  const hundred = formatPercent(100, tag);
  for (const problem of model.problems) {
    const sum = formatPercent(problem.sum, tag);
    findings.push(
      problem.kind === 'sum'
        ? {
            warning: {
              tag: TAG,
              attribute,
              value: model.id,
              problem: `${where}, whose shares for question "${problem.id}" add up to ${problem.sum}, not 100 (±${problem.tolerance} for rounding)`,
              allowed: 'shares that add up to 100, with any rest as an answer of kind "unreported", or "multipleChoice": true',
            },
            message: s.errors.sharesDontAddUp(problem.label, sum, hundred),
          }
        : {
            warning: {
              tag: TAG,
              attribute,
              value: model.id,
              problem: `${where}, whose shares for the ${problem.label} wave add up to ${problem.sum}, more than 100`,
              allowed: 'waves whose shares add up to at most 100 (±rounding)',
            },
            message: s.errors.waveTooHigh(problem.label, sum, hundred),
          },
    );
  }
  return findings;
}
