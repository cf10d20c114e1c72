/**
 * React 19 JSX typings for our tags: `import type {} from 'france-russia-relations/react';`
 * once in the app (or list it in tsconfig `types`), and register the elements
 * before rendering (`import 'france-russia-relations/relations-timeline.js'`).
 *
 * React 19 sets a prop as a property when the element has one (`events`,
 * `headingLevel`, `htmlFor`) and as an attribute otherwise (`heading-level`,
 * `for`), and adds `on<event-name>` props as listeners: `onrelations-select`
 * receives a `RelationsSelectEvent` (`event.eventId`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { EventProps, FranceRussiaRelationsElements, PropertiesAndAttributes, Tag } from './elements.js';

/** A tag's props in React: React's own HTML props, then ours (ours win where names meet). */
export type ReactProps<T extends Tag, E = FranceRussiaRelationsElements[T]['element']> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  keyof PropertiesAndAttributes<T>
> &
  PropertiesAndAttributes<T> &
  EventProps<T>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'relations-timeline': ReactProps<'relations-timeline'>;
      'alliance-card': ReactProps<'alliance-card'>;
      'alliance-gallery': ReactProps<'alliance-gallery'>;
      'opinion-poll-chart': ReactProps<'opinion-poll-chart'>;
    }
  }
}
