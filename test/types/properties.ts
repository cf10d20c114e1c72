/**
 * The framework typings cover every public property of each element class,
 * list no property the class lacks, and accept nothing the class would not:
 * a property added to an element without being typed here fails to compile.
 */
import type { LitElement } from 'lit';
import type { FranceRussiaRelationsElements, Tag } from '../../frameworks/elements.js';

type Element<T extends Tag> = FranceRussiaRelationsElements[T]['element'];
type Properties<T extends Tag> = FranceRussiaRelationsElements[T]['properties'];

/** An element class's own public members that are not methods: its properties. */
type PublicProperties<E> = {
  [K in Exclude<keyof E, keyof LitElement>]: E[K] extends (...args: never[]) => unknown ? never : K;
}[Exclude<keyof E, keyof LitElement>];

/** Properties of the class the typings leave out. */
type Missing<T extends Tag> = Exclude<PublicProperties<Element<T>>, keyof Properties<T>>;
/** Properties in the typings the class does not have. */
type Extra<T extends Tag> = Exclude<keyof Properties<T>, PublicProperties<Element<T>>>;
/** Properties whose typed values the class's own type would not take. */
type Wider<T extends Tag> = {
  [K in keyof Properties<T> & keyof Element<T>]-?: Exclude<Properties<T>[K], undefined> extends Element<T>[K] ? never : K;
}[keyof Properties<T> & keyof Element<T>];

type None<T extends never> = T;

export type Checks = [
  None<Missing<'relations-timeline'> | Extra<'relations-timeline'> | Wider<'relations-timeline'>>,
  None<Missing<'alliance-card'> | Extra<'alliance-card'> | Wider<'alliance-card'>>,
  None<Missing<'alliance-gallery'> | Extra<'alliance-gallery'> | Wider<'alliance-gallery'>>,
  None<Missing<'opinion-poll-chart'> | Extra<'opinion-poll-chart'> | Wider<'opinion-poll-chart'>>,
];

// The checks can fail: the timeline has properties the card's typings do not list.
// @ts-expect-error -- `events`, `from`, `to`, … are not among the card's properties
export type MustFail = None<Exclude<PublicProperties<Element<'relations-timeline'>>, keyof Properties<'alliance-card'>>>;
