/**
 * The typed loaders every element reads through (never JSON directly).
 *
 * Bundled data comes in parts (see scripts/data/generate.mjs): an element names
 * the parts it needs — the timeline index, one century's details, one
 * agreement, one poll — and gets them resolved into a {@link Dataset}. Once its
 * parts are loaded (`preload`, or any earlier load), `readBundled` answers
 * synchronously, so a first render or a server renderer draws real content.
 *
 * The parts of each kind are named in timeline-parts.ts, agreement-parts.ts and
 * poll-parts.ts. A dataset given by URL (`src`) or by property is validated
 * and resolved at run time (given.ts); the bundled data was validated when it
 * was generated.
 */
import type { Locale } from '../shared/locales.js';
import { loadParts, readParts, type Part } from './parts.js';
import { resolveDataset } from './resolve.js';
import type { Dataset, Fragment, Localized, RawDataset, RawEvent } from './types.js';

export type { Part } from './parts.js';

/** Fragments merged into one raw dataset: events joined by id, other records by first occurrence. */
function merge(fragments: readonly Fragment[]): { raw: RawDataset; names: Record<string, Localized> } {
  const events = new Map<string, Record<string, unknown>>();
  const lists = { people: new Map(), sources: new Map(), eras: new Map(), alliances: new Map(), polls: new Map(), series: new Map() };
  const names: Record<string, Localized> = {};
  for (const fragment of fragments) {
    for (const e of fragment.events ?? []) events.set(e.id, { ...events.get(e.id), ...e });
    for (const key of Object.keys(lists) as (keyof typeof lists)[]) {
      for (const record of fragment[key] ?? []) if (!lists[key].has(record.id)) lists[key].set(record.id, record);
    }
    Object.assign(names, fragment.names);
  }
  const raw = Object.fromEntries(Object.entries(lists).map(([key, map]) => [key, [...map.values()]]));
  return { raw: { ...raw, events: [...events.values()] as unknown as RawEvent[] }, names };
}

const resolved = new Map<string, Dataset>();

/**
 * The bundled parts resolved into a dataset, if all are loaded; else `undefined`.
 * Synchronous, and the same object for the same parts.
 */
export function readBundled(parts: readonly Part[], locale: Locale, known?: Dataset['known']): Dataset | undefined {
  const key = `${locale} ${Object.keys(known ?? {}).join()} ${parts.map((p) => p.key).join(' ')}`;
  let dataset = resolved.get(key);
  if (dataset) return dataset;
  const fragments = readParts(parts);
  if (!fragments) return undefined;
  const { raw, names } = merge(fragments);
  // An event has its details once a details part gave it its (required) actors.
  const withoutDetails = new Set(raw.events.filter((e) => !e.actors).map((e) => e.id));
  dataset = resolveDataset(raw, locale, undefined, { names, withoutDetails, known });
  resolved.set(key, dataset);
  return dataset;
}

/** The bundled parts, loaded if needed, resolved into a dataset. */
export async function loadBundled(parts: readonly Part[], locale: Locale, known?: Dataset['known']): Promise<Dataset> {
  await loadParts(parts);
  return readBundled(parts, locale, known)!;
}

/** Loads the parts now so that later reads of them are synchronous (see `shared/preload.ts` for pages). */
export async function preload(parts: readonly Part[]): Promise<void> {
  await loadParts(parts);
}

/**
 * The loaders of datasets a page gives (by URL or property), validated at run
 * time: a chunk of their own, so a page showing bundled data never fetches it.
 */
export const given = () => import('./given.js');
