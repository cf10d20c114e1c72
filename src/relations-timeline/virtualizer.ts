/**
 * The virtualizer, needed only for long lists: loaded with a dataset of more
 * than VIRTUALIZE_ABOVE events, so a page showing the bundled data never
 * fetches it. A failure is a failed part of the library (the element shows it
 * with "Try again"), and the next attempt imports it again under a new URL.
 */
import { DataError } from '../data/load.js';
import { CDN_CHUNKS, cdnChunk, importAgain } from '../shared/import-again.js';

/**
 * Above this many events the list is virtualized: only rows near the viewport
 * exist in the DOM. Below it every event is rendered, so find-in-page,
 * printing and server rendering see the whole list (the bundled data stays below).
 */
export const VIRTUALIZE_ABOVE = 400;

type TimelineLayout = typeof import('./virtual-list.js').TimelineLayout;
export type Virtualizer = Pick<typeof import('@lit-labs/virtualizer/virtualize.js'), 'virtualize'> & {
  readonly layout: { readonly type: TimelineLayout };
  /** See virtual-list.ts. */
  readonly reveal: <R>(root: ParentNode, match: (row: R) => boolean, then: () => void) => boolean;
  readonly settleFocus: typeof import('./virtual-list.js').settleFocus;
};

/** The virtualizer, once loaded. */
export let virtualizer: Virtualizer | undefined;
let loading: Promise<Virtualizer> | undefined;

/** Loads the virtualizer (once; again after a failure, which rejects with a DataError of kind `part`). */
export function loadVirtualizer(): Promise<Virtualizer> {
  loading ??= Promise.all([
    importAgain(cdnChunk('virtualize.js'), () => import('@lit-labs/virtualizer/virtualize.js')),
    importAgain(cdnChunk('virtual-list.js'), () => import('./virtual-list.js')),
  ]).then(
    ([{ virtualize, virtualizerRef }, { TimelineLayout, reveal, settleFocus }]) =>
      (virtualizer = { virtualize, layout: { type: TimelineLayout }, reveal: (root, match, then) => reveal(virtualizerRef, root, match, then), settleFocus }),
    (error: unknown) => {
      loading = undefined;
      throw new DataError('part', CDN_CHUNKS ?? new URL('.', import.meta.url).href, `the virtualizer (${String(error)})`);
    },
  );
  return loading;
}

/** `dataset`, once the virtualizer is here too if its list is long (so a failure shows with the data's "Try again"). */
export async function withVirtualizer<D extends { readonly events: readonly unknown[] }>(dataset: Promise<D>): Promise<D> {
  const loaded = await dataset;
  if (loaded.events.length > VIRTUALIZE_ABOVE) await loadVirtualizer();
  return loaded;
}
