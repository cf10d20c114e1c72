/**
 * Preact JSX typings for our tags: `import type {} from 'france-russia-relations/preact';`
 * once in the app (or list it in tsconfig `types`), and register the elements
 * before rendering (`import 'france-russia-relations/relations-timeline.js'`).
 *
 * Preact sets a prop as a property when the element has one (`events`,
 * `headingLevel`, `htmlFor`) and as an attribute otherwise (`heading-level`,
 * `for`), and adds `on<event-name>` props as listeners: `onrelations-select`
 * receives a `RelationsSelectEvent` (`event.eventId`).
 */
import type { HTMLAttributes } from 'preact';
import type { EventProps, FranceRussiaRelationsElements, PropertiesAndAttributes, Tag } from './elements.js';

/** A tag's props in Preact: Preact's own HTML props, then ours (ours win where names meet). */
export type PreactProps<T extends Tag, E extends EventTarget = FranceRussiaRelationsElements[T]['element']> = Omit<
  HTMLAttributes<E>,
  keyof PropertiesAndAttributes<T>
> &
  PropertiesAndAttributes<T> &
  EventProps<T>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'relations-timeline': PreactProps<'relations-timeline'>;
      'alliance-card': PreactProps<'alliance-card'>;
      'alliance-gallery': PreactProps<'alliance-gallery'>;
      'opinion-poll-chart': PreactProps<'opinion-poll-chart'>;
    }
  }
}
