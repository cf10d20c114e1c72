/**
 * The data model, twice: `Raw*` mirrors the JSON files in `data/` (checked
 * against `data/schema/*.schema.json` by the tests, and against these types by
 * `tsc` through the generated modules), and the resolved types below are what
 * elements receive: one language picked, dates parsed, references resolved,
 * everything sorted and frozen.
 */
import type { DayDate, PartialDate, Precision } from '../shared/calendar.js';
import type { Locale } from '../shared/locales.js';

// ---------------------------------------------------------------------------
// Enumerations: one const array each gives the type, the validation and the docs.

export const CATEGORIES = [
  'diplomacy',
  'alliance',
  'treaty',
  'war',
  'crisis',
  'visit',
  'economy',
  'culture',
  'espionage',
  'opinion',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CERTAINTIES = ['established', 'disputed'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const CLIMATES = ['allied', 'cordial', 'mixed', 'tense', 'hostile', 'at-war'] as const;
export type Climate = (typeof CLIMATES)[number];

export const SOURCE_KINDS = ['seed', 'encyclopedia', 'primary', 'pollster', 'news', 'scholarship', 'blog', 'mirror'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const ALLIANCE_KINDS = [
  'peace-treaty',
  'alliance',
  'secret-treaty',
  'entente',
  'military-convention',
  'amendment',
  'non-aggression-pact',
  'mutual-assistance-treaty',
  'friendship-treaty',
  'declaration',
  'arms-contract',
  'agreement',
] as const;
export type AllianceKind = (typeof ALLIANCE_KINDS)[number];

export const STAGES = ['negotiated', 'signed', 'ratified', 'in-force', 'amended', 'suspended', 'ended'] as const;
export type Stage = (typeof STAGES)[number];

export const ENDINGS = ['expired', 'annulled', 'superseded', 'terminated', 'lapsed', 'in-force'] as const;
export type Ending = (typeof ENDINGS)[number];

export const ANSWER_KINDS = ['positive', 'negative', 'neutral', 'dont-know', 'option', 'unreported'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export const POLL_MODES = ['telephone', 'online', 'face-to-face', 'mixed', 'unknown'] as const;
export type PollMode = (typeof POLL_MODES)[number];

export const POLL_STATUSES = ['primary', 'microdata', 'secondary', 'derived', 'state-media'] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];

// ---------------------------------------------------------------------------
// Raw records, as in data/*.json.

/**
 * Text in several languages. The bundled data has all three; a dataset given
 * by URL needs only English, and the loaders fall back to it.
 */
export interface Localized<T = string> {
  readonly en: T;
  readonly fr?: T;
  readonly ru?: T;
}

export interface RawRelated {
  readonly events?: readonly string[];
  readonly alliances?: readonly string[];
  readonly polls?: readonly string[];
  readonly series?: readonly string[];
}

export interface RawEvent {
  readonly id: string;
  readonly date: string;
  readonly precision: Precision;
  readonly end?: string;
  readonly julian?: string;
  readonly julianEnd?: string;
  readonly category: Category;
  readonly title: Localized;
  readonly summary: Localized;
  readonly details?: Localized;
  readonly actors: readonly string[];
  readonly sources: readonly string[];
  readonly certainty: Certainty;
  readonly certaintyNote?: Localized;
  readonly related?: RawRelated;
  /** Seed documents the record was first drawn from; not evidence, never shown. */
  readonly provenance?: readonly string[];
}

export interface RawPerson {
  readonly id: string;
  readonly name: Localized;
  readonly role: Localized;
  readonly born?: number;
  readonly died?: number;
}

export interface RawSource {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly url?: string;
  readonly date?: string;
  readonly kind: SourceKind;
  readonly language: string;
  readonly note?: Localized;
  /** The title was written by the editors, not taken from the page. */
  readonly titleSupplied?: boolean;
}

export interface RawEra {
  readonly id: string;
  /** ISO date of the turning point that opens the era; it lasts until the next era's start. */
  readonly start: string;
  readonly climate: Climate;
  readonly name: Localized;
  readonly summary: Localized;
}

export interface RawStage {
  readonly stage: Stage;
  readonly date: string;
  readonly precision: Precision;
  readonly julian?: string;
  readonly note?: Localized;
}

export interface RawAlliance {
  readonly id: string;
  readonly name: Localized;
  readonly kind: AllianceKind;
  readonly parties: readonly Localized[];
  readonly summary: Localized;
  readonly stages: readonly RawStage[];
  readonly ending: { readonly how: Ending; readonly note: Localized };
  readonly terms: Localized<readonly string[]>;
  readonly outcome: Localized;
  readonly relatedEvents: readonly string[];
  readonly sources: readonly string[];
  readonly certainty: Certainty;
  readonly certaintyNote?: Localized;
  /** Seed documents the record was first drawn from; not evidence, never shown. */
  readonly provenance?: readonly string[];
}

export interface RawWording extends Localized {
  readonly original: { readonly lang: string; readonly text: string; readonly verbatim: boolean };
}

export interface RawAnswer {
  readonly id: string;
  readonly label: Localized;
  readonly share: number;
  readonly kind: AnswerKind;
}

export interface RawQuestion {
  readonly id: string;
  readonly label: Localized;
  readonly wording: RawWording;
  readonly multipleChoice?: boolean;
  readonly answers: readonly RawAnswer[];
}

export interface RawFieldwork {
  readonly start: string;
  readonly end?: string;
}

export interface RawPoll {
  readonly id: string;
  readonly title: Localized;
  readonly pollster: string;
  readonly sponsor: string | null;
  readonly respondents: 'FR' | 'RU';
  readonly population: Localized;
  readonly fieldwork: RawFieldwork;
  readonly published?: string;
  readonly sampleSize: number | null;
  readonly mode: PollMode;
  readonly marginOfError: number | null;
  readonly questions: readonly RawQuestion[];
  readonly status: PollStatus;
  readonly sources: readonly string[];
  readonly note?: Localized;
  readonly related?: RawRelated;
}

export interface RawWave {
  readonly date: string;
  readonly fieldwork?: RawFieldwork;
  readonly sponsor: string | null;
  readonly sampleSize: number | null;
  readonly mode: PollMode;
  readonly marginOfError: number | null;
  readonly shares: Readonly<Record<string, number | null>>;
  readonly status: PollStatus;
  readonly sources: readonly string[];
  readonly note?: Localized;
}

export interface RawSeries {
  readonly id: string;
  readonly title: Localized;
  readonly pollster: string;
  readonly respondents: 'FR' | 'RU';
  readonly population: Localized;
  readonly wording: RawWording;
  readonly answers: readonly Omit<RawAnswer, 'share'>[];
  readonly waves: readonly RawWave[];
  readonly sources: readonly string[];
  readonly note?: Localized;
  readonly related?: RawRelated;
}

/**
 * A piece of the bundled data, in one language: what one generated module
 * holds (see scripts/data/generate.mjs). Its localized texts carry only that
 * language's key, which `pick` reads. Events may be partial (the timeline index
 * or the details of a century); merged by id they make whole events.
 */
export interface Fragment extends Omit<RawDataset, 'events'> {
  readonly events?: readonly (Partial<RawEvent> & { readonly id: string })[];
  /** Names of records that are referenced but not included (agreements named by events). */
  readonly names?: Readonly<Record<string, Localized>>;
  /** Lists stored as columns by the generator (see columns.ts), expanded when the part loads. */
  readonly columns?: Readonly<Record<string, Readonly<Record<string, readonly unknown[]>>>>;
}

/** Lazy loaders of generated modules: by key, then by locale. */
export type Loaders = Readonly<Record<string, Readonly<Record<Locale, () => Promise<{ readonly default: Fragment }>>>>>;

/** A whole dataset: what `src` points at, and what the bundle holds. */
export interface RawDataset {
  readonly events: readonly RawEvent[];
  readonly people?: readonly RawPerson[];
  readonly sources?: readonly RawSource[];
  readonly eras?: readonly RawEra[];
  readonly alliances?: readonly RawAlliance[];
  readonly polls?: readonly RawPoll[];
  readonly series?: readonly RawSeries[];
}

// ---------------------------------------------------------------------------
// Resolved records, in one language, for elements.

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly born?: number;
  readonly died?: number;
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  /** Only `http:` or `https:` URLs survive loading. */
  readonly url?: string;
  readonly date?: PartialDate;
  readonly kind: SourceKind;
  readonly language: string;
  readonly note?: string;
  /** The title was written by the editors, not taken from the page. */
  readonly titleSupplied?: boolean;
}

export interface Era {
  readonly id: string;
  /** First year. */
  readonly start: number;
  /** Last year (of the day before the next era's start); `null` for the era that continues today. */
  readonly end: number | null;
  /** The turning point that opens the era. */
  readonly from: PartialDate;
  /** The next era's start (exclusive); absent for the era that continues today. */
  readonly until?: PartialDate;
  readonly climate: Climate;
  readonly name: string;
  readonly summary: string;
}

export interface Related {
  readonly events: readonly string[];
  readonly alliances: readonly string[];
  readonly polls: readonly string[];
}

export interface HistoryEvent {
  readonly id: string;
  readonly date: PartialDate;
  readonly precision: Precision;
  readonly end?: PartialDate;
  /** Old Style date of `date`, as the sources give it. */
  readonly julian?: DayDate;
  readonly julianEnd?: DayDate;
  readonly category: Category;
  readonly title: string;
  readonly summary: string;
  readonly details?: string;
  readonly actors: readonly Person[];
  readonly sources: readonly Source[];
  readonly certainty: Certainty;
  readonly certaintyNote?: string;
  readonly related: Related;
  /** Id of the era the event starts in. */
  readonly era: string;
}

export interface AllianceStage {
  readonly stage: Stage;
  readonly date: PartialDate;
  readonly precision: Precision;
  readonly julian?: DayDate;
  readonly note?: string;
}

export interface Alliance {
  readonly id: string;
  readonly name: string;
  readonly kind: AllianceKind;
  readonly parties: readonly string[];
  readonly summary: string;
  readonly stages: readonly AllianceStage[];
  readonly ending: { readonly how: Ending; readonly note: string };
  readonly terms: readonly string[];
  readonly outcome: string;
  readonly relatedEvents: readonly string[];
  readonly sources: readonly Source[];
  readonly certainty: Certainty;
  readonly certaintyNote?: string;
}

export interface Wording {
  /** The question as asked, in its own language. */
  readonly original: { readonly lang: string; readonly text: string; readonly verbatim: boolean };
  /** The question in the element's language. */
  readonly text: string;
}

export interface Answer {
  readonly id: string;
  readonly label: string;
  readonly share: number;
  readonly kind: AnswerKind;
}

export interface Question {
  readonly id: string;
  readonly label: string;
  readonly wording: Wording;
  readonly multipleChoice: boolean;
  readonly answers: readonly Answer[];
}

export interface Fieldwork {
  readonly start: PartialDate;
  readonly end?: PartialDate;
}

export interface Poll {
  readonly id: string;
  readonly title: string;
  readonly pollster: string;
  readonly sponsor: string | null;
  readonly respondents: 'FR' | 'RU';
  readonly population: string;
  readonly fieldwork: Fieldwork;
  readonly published?: PartialDate;
  readonly sampleSize: number | null;
  readonly mode: PollMode;
  readonly marginOfError: number | null;
  readonly questions: readonly Question[];
  readonly status: PollStatus;
  readonly sources: readonly Source[];
  readonly note?: string;
  readonly relatedEvents: readonly string[];
}

export interface Wave {
  readonly date: PartialDate;
  readonly fieldwork?: Fieldwork;
  readonly sponsor: string | null;
  readonly sampleSize: number | null;
  readonly mode: PollMode;
  readonly marginOfError: number | null;
  readonly shares: Readonly<Record<string, number | null>>;
  readonly status: PollStatus;
  readonly sources: readonly Source[];
  readonly note?: string;
}

export interface PollSeries {
  readonly id: string;
  readonly title: string;
  readonly pollster: string;
  readonly respondents: 'FR' | 'RU';
  readonly population: string;
  readonly wording: Wording;
  readonly answers: readonly Omit<Answer, 'share'>[];
  readonly waves: readonly Wave[];
  readonly sources: readonly Source[];
  readonly note?: string;
  readonly relatedEvents: readonly string[];
}

/** Everything an element can show, in one language. */
export interface Dataset {
  readonly locale: Locale;
  /** True when every event's details are loaded (see `withoutDetails`). */
  readonly complete: boolean;
  /** Chronological. */
  readonly events: readonly HistoryEvent[];
  /** Chronological, contiguous. */
  readonly eras: readonly Era[];
  /** Chronological by first stage. */
  readonly alliances: readonly Alliance[];
  readonly polls: readonly Poll[];
  readonly series: readonly PollSeries[];
  readonly people: ReadonlyMap<string, Person>;
  readonly sources: ReadonlyMap<string, Source>;
  /** Names of agreements referenced by events but not loaded, by id. */
  readonly names: ReadonlyMap<string, string>;
  /** Ids of events whose details (text, people, sources, related records) are not loaded yet. */
  readonly withoutDetails: ReadonlySet<string>;
  /**
   * Ids of every record the source holds, where only some are loaded (the
   * bundle loads one agreement or poll at a time); for messages that list the
   * allowed values. Absent when everything is loaded.
   */
  readonly known?: { readonly alliances?: readonly string[]; readonly polls?: readonly string[]; readonly series?: readonly string[] };
}
