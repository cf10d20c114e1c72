/**
 * Which bundled details parts may hold a person or a source, read from the
 * map the generator writes (`HOLDERS`, one base-36 digit per bucket of ids), so
 * a page that gives its own events and cites one bundled source fetches that
 * source's century, not every century.
 */
import { HOLDERS } from './generated/catalog.given.js';
import { DETAILS } from './generated/catalog.timeline.js';

/** FNV-1a (32 bits) of `id`, in `buckets` buckets: as bucketOf() in scripts/data/generate.mjs. */
function bucketOf(id: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
}

/** The centuries (keys of DETAILS) whose details part may hold one of `ids`; none for ids no part holds. */
export function centuriesHolding(ids: Iterable<string>): string[] {
  let mask = 0;
  for (const id of ids) mask |= parseInt(HOLDERS[bucketOf(id, HOLDERS.length)]!, 36);
  return Object.keys(DETAILS).filter((_, bit) => mask & (1 << bit));
}
