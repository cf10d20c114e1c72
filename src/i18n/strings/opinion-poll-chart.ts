/**
 * Interface text of `<opinion-poll-chart>`: its shape, and the English text,
 * which every page has; French and Russian are chunks of their own
 * (opinion-poll-chart.fr.ts, .ru.ts), loaded with the chart's data by
 * `loadChartStrings`, so a page fetches only its own language. Numbers,
 * percentages and dates arrive already formatted with `Intl`; these functions
 * only place them in sentences.
 */
import type { PollMode, PollStatus } from '../../data/types.js';
import { lazyStrings } from '../lazy-strings.js';

/** What the summary sentence of one question says. */
export interface PollSummary {
  /** The question's label; left out where a heading above already names it. */
  readonly question?: string;
  /** Formatted share, e.g. "63 %". */
  readonly share: string;
  readonly answer: string;
  /** Who answered, from {@link OpinionPollChartStrings.respondents}. */
  readonly respondents: string;
  /** "GlobeScan / PIPA for BBC World Service". */
  readonly by: string;
  readonly year: string;
}

/** What the summary sentence of a series says: its latest value, and an earlier one. */
export interface SeriesSummary {
  readonly share: string;
  readonly answer: string;
  readonly respondents: string;
  readonly by: string;
  /** Formatted date of the latest wave with a value. */
  readonly date: string;
  readonly earlier?: { readonly share: string; readonly date: string };
}

export interface PollChartErrors {
  /** Neither `poll` nor `series` was given. */
  readonly missing: string;
  readonly unknownPoll: (id: string) => string;
  readonly unknownSeries: (id: string) => string;
  /** Both `poll` and `series` were given. */
  readonly both: string;
  /** A series with a single wave. */
  readonly oneWave: (id: string) => string;
  /** A single-choice question whose shares do not add up to 100 (`hundred`, formatted). */
  readonly sharesDontAddUp: (question: string, sum: string, hundred: string) => string;
  /** A wave of a series whose shares add up to more than 100. */
  readonly waveTooHigh: (date: string, sum: string, hundred: string) => string;
  /** `type="line"` on a single poll. */
  readonly lineNeedsSeries: string;
  /** The `data` property does not follow the schema. */
  readonly invalidData: (detail: string) => string;
}

export interface OpinionPollChartStrings {
  /** Accessible name of the element's region when it has no title yet. */
  readonly label: string;
  readonly questionAsked: string;
  /** Replaces {@link questionAsked} when the source gives only a paraphrase. */
  readonly questionParaphrased: string;
  readonly translation: string;
  readonly pollster: string;
  readonly sponsor: string;
  readonly noSponsor: string;
  readonly population: string;
  readonly fieldwork: string;
  readonly published: string;
  readonly sampleSize: string;
  readonly mode: string;
  readonly marginOfError: string;
  readonly status: string;
  readonly notes: string;
  /** Disclosure holding the facts (pollster, sample, margin…) in a compact chart. */
  readonly methodology: string;
  /** Disclosure holding each wave's note. */
  readonly waveNotes: string;
  readonly notPublished: string;
  readonly modes: Readonly<Record<PollMode, string>>;
  /** How a figure reached us, in a few words. */
  readonly statuses: Readonly<Record<PollStatus, string>>;
  /** The longer explanation shown beside derived and state-media figures. */
  readonly statusNotes: Readonly<Partial<Record<PollStatus, string>>>;
  /** "French respondents", in the form the summary sentences need. */
  readonly respondents: Readonly<Record<'FR' | 'RU', string>>;
  /** "IFOP for Sud Radio". */
  readonly by: (pollster: string, sponsor: string | null) => string;
  /** "±2.8 points". */
  readonly margin: (points: string) => string;
  /** "±2.7 to ±3.6 points". */
  readonly marginRange: (low: string, high: string) => string;
  readonly marginPublished: string;
  /** Why a margin was computed and how. */
  readonly marginComputed: (sampleSize: number, formatted: string, confidence: string) => string;
  readonly marginComputedWaves: (confidence: string) => string;
  /** Some waves published a margin and others had it computed. */
  readonly marginMixed: string;
  /** Short mark of a computed margin in the table. */
  readonly computed: string;
  /** Appended when only some waves give a figure. */
  readonly otherWaves: string;
  /** "14 waves". */
  readonly waves: (count: number, formatted: string) => string;
  readonly summaryPoll: (s: PollSummary) => string;
  readonly summarySeries: (s: SeriesSummary) => string;
  /** Shown with a question where several answers were allowed; `hundred` is "100 %" formatted. */
  readonly multipleChoice: (hundred: string) => string;
  /** Label of the unpublished remainder of a wave in a stacked series. */
  readonly remainder: string;
  readonly showTable: string;
  readonly download: string;
  readonly answer: string;
  readonly share: string;
  readonly wave: string;
  /** Ends each chart description. */
  readonly seeTable: string;
  /** Explains dashed stretches of a line. */
  readonly longGap: string;
  /** Explains a gap in a line. */
  readonly gapNote: string;
  readonly keyboardHint: string;
  /** A line's legend entry when no wave published it. */
  readonly neverPublished: string;
  readonly errors: PollChartErrors;
}

const en: OpinionPollChartStrings = {
  label: 'Opinion poll',
  questionAsked: 'Question as asked',
  questionParaphrased: 'Question (paraphrase: the exact wording was not published)',
  translation: 'Translation',
  pollster: 'Pollster',
  sponsor: 'Commissioned by',
  noSponsor: 'None named',
  population: 'Population',
  fieldwork: 'Fieldwork',
  published: 'Published',
  sampleSize: 'Sample size',
  mode: 'Mode',
  marginOfError: 'Margin of error',
  status: 'Source of the figures',
  notes: 'Notes',
  methodology: 'Methodology',
  waveNotes: 'Notes on each wave',
  notPublished: 'Not published',
  modes: {
    telephone: 'Telephone',
    online: 'Online',
    'face-to-face': 'Face to face',
    mixed: 'Mixed modes',
    unknown: 'Not published',
  },
  statuses: {
    primary: 'the pollster’s own release',
    microdata: 'computed from the pollster’s public microdata',
    secondary: 'press reports citing the pollster',
    derived: 'derived from published figures',
    'state-media': 'reported only by Russian state media',
  },
  statusNotes: {
    derived: 'Derived: computed from differences the pollster published, not a figure it published itself.',
    'state-media': 'Reported only by Russian state media, which commissioned or relayed the poll; shown with that attribution.',
  },
  respondents: { FR: 'French respondents', RU: 'Russian respondents' },
  by: (pollster, sponsor) => (sponsor ? `${pollster} for ${sponsor}` : pollster),
  margin: (points) => `±${points} points`,
  marginRange: (low, high) => `±${low} to ±${high} points`,
  marginPublished: 'published by the pollster',
  marginComputed: (_, n, confidence) =>
    `computed by us: the ${confidence} sampling error of a simple random sample of ${n}; the pollster did not publish one`,
  marginComputedWaves: (confidence) =>
    `computed by us from each wave’s sample size: the ${confidence} sampling error of a simple random sample`,
  marginMixed: 'published for some waves, computed by us from the sample size for the others',
  computed: 'computed',
  otherWaves: 'not published for the other waves',
  waves: (count, formatted) => `${formatted} ${count === 1 ? 'wave' : 'waves'}`,
  summaryPoll: (s) => `${s.question ? `${s.question}: ` : ''}${s.share} of ${s.respondents} chose “${s.answer}” (${s.by}, ${s.year}).`,
  summarySeries: (s) =>
    `${s.by}, ${s.date}: ${s.share} of ${s.respondents} chose “${s.answer}”${s.earlier ? ` (${s.earlier.date}: ${s.earlier.share})` : ''}.`,
  multipleChoice: (hundred) => `Several answers were allowed, so the shares do not add up to ${hundred}.`,
  remainder: 'Other answers / not published',
  showTable: 'Show as table',
  download: 'Download the data (CSV)',
  answer: 'Answer',
  share: 'Share',
  wave: 'Wave',
  seeTable: 'The exact figures are in the table that follows the chart.',
  longGap: 'A dashed line joins two waves more than three years apart.',
  gapNote: 'A break in a line is a wave that did not publish that answer; nothing is drawn in between.',
  keyboardHint: 'Use the arrow keys to move between values.',
  neverPublished: 'not published',
  errors: {
    missing: 'Give the id of a poll (the “poll” attribute) or of a poll series (the “series” attribute).',
    unknownPoll: (id) => `No poll has the id “${id}”.`,
    unknownSeries: (id) => `No poll series has the id “${id}”.`,
    both: 'Give either “poll” or “series”, not both. The poll is shown.',
    oneWave: (id) => `The series “${id}” has only one wave, too few for a line: it is shown as a bar.`,
    sharesDontAddUp: (question, sum, hundred) =>
      `The shares for “${question}” add up to ${sum}, not ${hundred}, so they are not charted.`,
    waveTooHigh: (date, sum, hundred) => `The shares of the ${date} wave add up to ${sum}, more than ${hundred}: that wave is left out.`,
    lineNeedsSeries: 'A line chart needs a poll series: this single poll is shown as bars.',
    invalidData: (detail) => `The “data” property does not follow the dataset schema (${detail}).`,
  },
};

const strings = lazyStrings(en, 'opinion-poll-chart', {
  fr: () => import('./opinion-poll-chart.fr.js'),
  ru: () => import('./opinion-poll-chart.ru.js'),
});

/** The strings in `locale`, if loaded (English always is). */
export const chartStrings = strings.read;

/** Loads the strings in `locale` (a chunk per language beside English). */
export const loadChartStrings = strings.load;
