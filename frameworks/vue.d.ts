/**
 * Vue 3 typings for our tags, as global components that `vue-tsc` checks in
 * templates (strict templates included): `import type {} from
 * 'france-russia-relations/vue';` once in the app (an `env.d.ts`, say). Tell
 * Vue's compiler the tags are custom elements (`compilerOptions.isCustomElement`)
 * and register the elements before mounting
 * (`import 'france-russia-relations/relations-timeline.js'`).
 *
 * Vue sets a binding as a property when the element has one (`:events`,
 * `:headingLevel`) and as an attribute otherwise (`heading-level="3"`, `for`);
 * `vue-tsc` reads `heading-level` and `headingLevel` as one prop, so it takes
 * a level as a number or as its text. `@relations-select` receives a
 * `RelationsSelectEvent` (`event.eventId`).
 */
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { FranceRussiaRelationsElements, Tag } from './elements.js';

type Camelize<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camelize<Tail>>}` : S;

type Properties<T extends Tag> = FranceRussiaRelationsElements[T]['properties'];
type Attributes<T extends Tag> = FranceRussiaRelationsElements[T]['attributes'];
type Events<T extends Tag> = FranceRussiaRelationsElements[T]['events'];

/** The attributes under Vue's camelCase prop names (`heading-level` → `headingLevel`); each takes what its property takes and more. */
type CamelAttributes<T extends Tag> = { [K in keyof Attributes<T> & string as Camelize<K>]?: Attributes<T>[K] };

/** `@relations-select` listeners, as Vue types them: `onRelationsSelect` props. */
export type VueEventProps<T extends Tag> = {
  [K in keyof Events<T> & string as `on${Capitalize<Camelize<K>>}`]?: ((event: Events<T>[K]) => void) | undefined;
};

/** A tag's props in Vue: Vue's own HTML attributes, then ours (ours win where names meet). */
export type VueProps<T extends Tag> = Omit<HTMLAttributes, keyof Properties<T> | keyof CamelAttributes<T>> &
  Omit<Properties<T>, keyof CamelAttributes<T>> &
  CamelAttributes<T> &
  VueEventProps<T>;

declare module 'vue' {
  interface GlobalComponents {
    'relations-timeline': DefineComponent<VueProps<'relations-timeline'>>;
    'alliance-card': DefineComponent<VueProps<'alliance-card'>>;
    'alliance-gallery': DefineComponent<VueProps<'alliance-gallery'>>;
    'opinion-poll-chart': DefineComponent<VueProps<'opinion-poll-chart'>>;
  }
}
