/**
 * What each of our tags accepts, independent of any framework: its properties
 * (camelCase, the element class's own types), the attributes whose names
 * differ from a property's (`heading-level`, `for`), and the events it fires.
 * The framework entries (`france-russia-relations/react`, `/preact`, `/vue`,
 * `/svelte`) build their typings from these.
 *
 * Properties are picked from the element classes, so a renamed or retyped
 * property changes these types too, and a removed one fails to compile; the
 * type tests check that every public property of each class is listed. Only
 * what the classes type more widely than the code accepts is narrowed here:
 * heading levels (the code clamps other numbers), and lists of categories or
 * kinds (any string, with the known values offered by editors).
 */
import type {
  AllianceCard,
  AllianceGallery,
  AllianceKind,
  Category,
  OpinionPollChart,
  RawDataset,
  RawPoll,
  RawSeries,
  RelationsSelectEvent,
  RelationsTimeline,
} from '../dist/index.js';

/** Heading levels `<relations-timeline>` and `<opinion-poll-chart>` draw (1–5: their inner headings are one below). */
export type HeadingLevel5 = 1 | 2 | 3 | 4 | 5;
/** Heading levels `<alliance-card>` and `<alliance-gallery>` draw (1–6). */
export type HeadingLevel6 = HeadingLevel5 | 6;

/** A number given as an attribute: the number itself, or its text. */
export type NumberAttribute<N extends number> = N | `${N}`;

/**
 * A space-separated list of values (`"treaty alliance"`): any string, since the
 * elements check each word and warn about unknown ones, with the single values
 * offered for completion.
 */
export type SpaceSeparated<T extends string> = T | (string & Record<never, never>);

/** `<opinion-poll-chart>`'s `data`: one poll or series record, or a dataset holding polls and series. */
export type OpinionPollChartData = RawPoll | RawSeries | Partial<Pick<RawDataset, 'polls' | 'series' | 'sources'>>;

export interface RelationsTimelineProperties
  extends Partial<
    Pick<
      RelationsTimeline,
      'from' | 'to' | 'era' | 'selected' | 'theme' | 'calendar' | 'compact' | 'controls' | 'src' | 'link' | 'events'
    >
  > {
  /** Space-separated categories to show; empty or absent shows all. */
  categories?: SpaceSeparated<Category> | undefined;
  /** Level of the era headings; event titles are one below. */
  headingLevel?: HeadingLevel5 | undefined;
}
export interface RelationsTimelineAttributes {
  'heading-level'?: NumberAttribute<HeadingLevel5> | undefined;
}
export interface RelationsTimelineEvents {
  /** An event of the history was opened; `event.eventId` is its id. */
  'relations-select': RelationsSelectEvent;
}

export interface AllianceCardProperties
  extends Partial<Pick<AllianceCard, 'alliance' | 'variant' | 'calendar' | 'theme' | 'src' | 'htmlFor'>> {
  /** Level of the card's title; section titles are one below. */
  headingLevel?: HeadingLevel6 | undefined;
}
export interface AllianceCardAttributes {
  'heading-level'?: NumberAttribute<HeadingLevel6> | undefined;
  /** Id of the `<relations-timeline>` that related events open in (the `htmlFor` property). */
  for?: string | undefined;
}

export interface AllianceGalleryProperties
  extends Partial<Pick<AllianceGallery, 'variant' | 'calendar' | 'theme' | 'src' | 'htmlFor'>> {
  /** Space-separated kinds of agreement to show; empty or absent shows all. */
  kinds?: SpaceSeparated<AllianceKind> | undefined;
  /** Level of each card's title. */
  headingLevel?: HeadingLevel6 | undefined;
}
export interface AllianceGalleryAttributes {
  'heading-level'?: NumberAttribute<HeadingLevel6> | undefined;
  /** Id of the `<relations-timeline>` that related events open in (the `htmlFor` property). */
  for?: string | undefined;
}

export interface OpinionPollChartProperties
  extends Partial<Pick<OpinionPollChart, 'poll' | 'series' | 'type' | 'theme' | 'src' | 'downloadable' | 'compact'>> {
  /** Level of the title; question headings are one below. */
  headingLevel?: HeadingLevel5 | undefined;
  /** A poll or series record, or a dataset `{ polls, series, sources }`, instead of the bundled data. */
  data?: OpinionPollChartData | undefined;
}
export interface OpinionPollChartAttributes {
  'heading-level'?: NumberAttribute<HeadingLevel5> | undefined;
}

/** Every tag with its element class, properties, renamed attributes and events. */
export interface FranceRussiaRelationsElements {
  'relations-timeline': {
    element: RelationsTimeline;
    properties: RelationsTimelineProperties;
    attributes: RelationsTimelineAttributes;
    events: RelationsTimelineEvents;
  };
  'alliance-card': {
    element: AllianceCard;
    properties: AllianceCardProperties;
    attributes: AllianceCardAttributes;
    events: object;
  };
  'alliance-gallery': {
    element: AllianceGallery;
    properties: AllianceGalleryProperties;
    attributes: AllianceGalleryAttributes;
    events: object;
  };
  'opinion-poll-chart': {
    element: OpinionPollChart;
    properties: OpinionPollChartProperties;
    attributes: OpinionPollChartAttributes;
    events: object;
  };
}

export type Tag = keyof FranceRussiaRelationsElements;

/** A tag's properties and attributes together, as JSX-style frameworks take them (React, Preact, Svelte). */
export type PropertiesAndAttributes<T extends Tag> = FranceRussiaRelationsElements[T]['properties'] &
  FranceRussiaRelationsElements[T]['attributes'];

/**
 * Event listeners as `on<event-name>` props (`onrelations-select`), the form
 * React 19, Preact and Svelte 5 turn into `addEventListener('relations-select', …)`.
 */
export type EventProps<T extends Tag, Events = FranceRussiaRelationsElements[T]['events']> = {
  [K in keyof Events & string as `on${K}`]?: ((event: Events[K]) => void) | undefined;
};
