/**
 * Interface text of `<alliance-card>`: its shape and the English text, which
 * every page has; French and Russian are chunks of their own
 * (alliance-card.fr.ts, .ru.ts), loaded with the card's data by
 * `loadCardStrings`. Shared names (sources, related events, "Disputed", year
 * spans) live in `UiStrings.data`.
 */
import type { AllianceKind, Ending, Stage } from '../../data/types.js';
import { lazyStrings } from '../lazy-strings.js';

export interface AllianceCardStrings {
  /** The kind of agreement, as a label. */
  readonly kinds: Readonly<Record<AllianceKind, string>>;
  /** Stage names, as nouns (no agreement in gender or number needed). */
  readonly stages: Readonly<Record<Stage, string>>;
  /** How an agreement ended; `in-force` means it never formally did. */
  readonly endings: Readonly<Record<Ending, string>>;
  readonly parties: string;
  readonly stagesTitle: string;
  readonly terms: string;
  readonly endingTitle: string;
  readonly outcome: string;
  /** The period of an agreement whose end is not dated: "from 1717, end not dated". */
  readonly fromUndated: (start: number) => string;
  /** How long it lasted: "4 years and 11 months", "about 25 years". */
  readonly duration: (years: number, months: number, approximate: boolean) => string;
  /** Caption of the duration bar for an agreement that ended. */
  readonly lasted: (duration: string) => string;
  /** Caption for one never formally ended. */
  readonly ongoing: (start: number) => string;
  /** Caption for one whose end the sources do not date. */
  readonly undated: string;
  /** Description of the bar for screen readers. */
  readonly scale: (period: string, start: number, end: number) => string;
  /** Under related events when they open in a timeline on the page. */
  readonly timelineHint: string;
  /** No `alliance` attribute or property. */
  readonly missingAlliance: (example: string) => string;
  /** `alliance` names no agreement. */
  readonly unknownAlliance: (id: string) => string;
  /** The record given in the `alliance` property does not follow the schema. */
  readonly invalidRecord: (detail: string) => string;
  /** `for` names no `<relations-timeline>` on the page. */
  readonly missingTimeline: (id: string) => string;
}

const en: AllianceCardStrings = {
  kinds: {
    'peace-treaty': 'Peace treaty',
    alliance: 'Alliance',
    'secret-treaty': 'Secret treaty',
    entente: 'Entente',
    'military-convention': 'Military convention',
    amendment: 'Amendment',
    'non-aggression-pact': 'Non-aggression pact',
    'mutual-assistance-treaty': 'Mutual-assistance treaty',
    'friendship-treaty': 'Treaty of friendship',
    declaration: 'Declaration',
    'arms-contract': 'Arms contract',
    agreement: 'Agreement',
  },
  stages: {
    negotiated: 'Negotiation',
    signed: 'Signature',
    ratified: 'Ratification',
    'in-force': 'Entry into force',
    amended: 'Amendment',
    suspended: 'Suspension',
    ended: 'End',
  },
  endings: {
    expired: 'Expired',
    annulled: 'Annulled',
    superseded: 'Superseded',
    terminated: 'Terminated',
    lapsed: 'Lapsed',
    'in-force': 'Never formally ended',
  },
  parties: 'Parties',
  stagesTitle: 'Stages',
  terms: 'Key terms',
  endingTitle: 'How it ended',
  outcome: 'Outcome',
  fromUndated: (start) => `from ${start}, end not dated`,
  duration: (years, months, approximate) => {
    if (years === 0 && months === 0) return 'less than a month';
    const y = years === 1 ? '1 year' : `${years} years`;
    const m = months === 1 ? '1 month' : `${months} months`;
    const text = years === 0 ? m : months === 0 ? y : `${y} and ${m}`;
    return approximate ? `about ${text}` : text;
  },
  lasted: (duration) => `Lasted ${duration}`,
  ongoing: (start) => `No formal end: in force since ${start}`,
  undated: 'The sources used do not date its end',
  scale: (period, start, end) => `Scale from ${start} to ${end}. Period of the agreement: ${period}.`,
  timelineHint: 'Each event opens in the timeline on this page.',
  missingAlliance: (example) =>
    `The “alliance” attribute is required: give the id of an agreement, such as “${example}”. Valid ids are listed in the browser console and in data/alliances.json.`,
  unknownAlliance: (id) =>
    `No agreement has the id “${id}”. Valid ids are listed in the browser console and in data/alliances.json.`,
  invalidRecord: (detail) =>
    `The agreement given in the “alliance” property does not follow the data schema (${detail}).`,
  missingTimeline: (id) =>
    `No <relations-timeline> with the id “${id}” is on this page, so related events link to their anchors instead.`,
};

const strings = lazyStrings(en, 'alliance-card', {
  fr: () => import('./alliance-card.fr.js'),
  ru: () => import('./alliance-card.ru.js'),
});

/** The strings in `locale`, if loaded (English always is). */
export const cardStrings = strings.read;

/** Loads the strings in `locale` (a chunk per language beside English). */
export const loadCardStrings = strings.load;
