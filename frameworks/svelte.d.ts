/**
 * Svelte 5 typings for our tags: `/// <reference types="france-russia-relations/svelte" />`
 * in `src/app.d.ts` (or any `.d.ts` of the project), and register the elements
 * in a `<script>` (`import 'france-russia-relations/relations-timeline.js'`).
 *
 * Svelte sets a prop as a property when the element has one (`events`,
 * `headingLevel`) and as an attribute otherwise (`heading-level`, `for`); the
 * `htmlFor` property is left out, since Svelte warns about it and asks for `for`. Listen with `onrelations-select={…}` (runes mode) or
 * `on:relations-select={…}` (legacy mode); either receives a
 * `RelationsSelectEvent` (`event.eventId`).
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { EventProps, FranceRussiaRelationsElements, PropertiesAndAttributes, Tag } from './elements.js';

/** `on:<event-name>` directives (Svelte's legacy mode). */
export type SvelteEventDirectives<T extends Tag, Events = FranceRussiaRelationsElements[T]['events']> = {
  [K in keyof Events & string as `on:${K}`]?: ((event: Events[K]) => void) | undefined;
};

/** A tag's attributes in Svelte: Svelte's own HTML attributes, then ours (ours win where names meet). */
export type SvelteProps<T extends Tag, E extends EventTarget = FranceRussiaRelationsElements[T]['element']> = Omit<
  HTMLAttributes<E>,
  keyof PropertiesAndAttributes<T>
> &
  Omit<PropertiesAndAttributes<T>, 'htmlFor'> &
  EventProps<T> &
  SvelteEventDirectives<T>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'relations-timeline': SvelteProps<'relations-timeline'>;
    'alliance-card': SvelteProps<'alliance-card'>;
    'alliance-gallery': SvelteProps<'alliance-gallery'>;
    'opinion-poll-chart': SvelteProps<'opinion-poll-chart'>;
  }
}
