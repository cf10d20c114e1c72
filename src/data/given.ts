/**
 * Datasets a page gives: by URL (`src`) or by property. They are validated and
 * resolved at run time, and fall back on the whole bundled dataset for eras,
 * people and sources they do not define. Elements import this module lazily,
 * so a page that shows only bundled data never downloads the validator.
 */
import type { Locale } from '../shared/locales.js';
import { allAgreementsPart } from './agreement-parts.js';
import { loadBundled } from './dataset.js';
import { DataError, loadJson, ValidationError } from './load.js';
import type { Part } from './parts.js';
import { POLL_IDS, pollPart, SERIES_IDS, seriesPart } from './poll-parts.js';
import { resolveDataset } from './resolve.js';
import { centuriesHolding } from './holders.js';
import { allDetailsParts, detailsPart, timelinePart } from './timeline-parts.js';
import type { Dataset, RawDataset } from './types.js';
import { validateDataset } from './validate.js';

/** Every part of the bundle. */
export const allParts = (locale: Locale): Part[] => [
  timelinePart(locale),
  ...allDetailsParts(locale),
  allAgreementsPart(locale),
  ...POLL_IDS.map((id) => pollPart(id, locale)!),
  ...SERIES_IDS.map((id) => seriesPart(id, locale)!),
];

/** The whole bundled dataset in `locale`. */
export const loadBundledDataset = (locale: Locale): Promise<Dataset> => loadBundled(allParts(locale), locale);

/** The bundled timeline index (every event's date and title, and the eras): what a given record's related events need. */
export const loadEventIndex = (locale: Locale): Promise<Dataset> => loadBundled([timelinePart(locale)], locale);

/** People and sources `raw` cites without defining them: the bundle must supply them. */
function borrowed(raw: RawDataset): { readonly people: Set<string>; readonly sources: Set<string> } {
  const people = new Set(raw.events.flatMap((e) => e.actors ?? []));
  const sources = new Set([
    ...raw.events.flatMap((e) => e.sources ?? []),
    ...(raw.alliances ?? []).flatMap((a) => a.sources),
    ...(raw.polls ?? []).flatMap((p) => p.sources),
    ...(raw.series ?? []).flatMap((s) => [...s.sources, ...s.waves.flatMap((w) => w.sources)]),
  ]);
  for (const p of raw.people ?? []) people.delete(p.id);
  for (const s of raw.sources ?? []) sources.delete(s.id);
  return { people, sources };
}

/**
 * What a given dataset takes from the bundle: its eras (the timeline index),
 * unless it has its own, and the people and sources it cites without defining
 * them. Loaded in steps, so a dataset that borrows nothing fetches nothing:
 * the index; then the details of the centuries that hold the people and
 * sources it cites (src/data/holders.ts); the whole bundle only for a source
 * cited by an agreement or a poll alone (or an unknown id, which resolving
 * then reports).
 */
async function fallbackFor(raw: RawDataset, locale: Locale): Promise<Dataset> {
  const { people, sources } = borrowed(raw);
  const index = raw.eras ? [] : [timelinePart(locale)];
  const holding = centuriesHolding([...people, ...sources]).map((century) => detailsPart(century, locale)!);
  const steps = [index, [...index, ...holding], allParts(locale)];
  let fallback: Dataset | undefined;
  for (const parts of steps) {
    fallback = await loadBundled(parts, locale);
    if ([...people].every((id) => fallback!.people.has(id)) && [...sources].every((id) => fallback!.sources.has(id))) break;
  }
  return fallback!;
}

const fromUrl = new Map<string, Promise<Dataset>>();

/**
 * A dataset in our schema at `url` (resolved against the page), validated and
 * resolved for `locale`. Eras, people and sources it does not define are taken
 * from the bundled dataset, so a page can add its own events to ours.
 */
export function loadDatasetFrom(url: string, locale: Locale): Promise<Dataset> {
  const key = `${locale} ${new URL(url, document.baseURI).href}`;
  let pending = fromUrl.get(key);
  if (!pending) {
    pending = loadJson(url, validateDataset).then(async (raw) => {
      const fallback = await fallbackFor(raw, locale);
      try {
        return resolveDataset(raw, locale, fallback);
      } catch (error) {
        if (error instanceof ValidationError) throw new DataError('invalid', url, error.message);
        throw error;
      }
    });
    pending.catch(() => fromUrl.delete(key));
    fromUrl.set(key, pending);
  }
  return pending;
}

/** A dataset passed as a property (already parsed JSON), validated and resolved. */
export async function resolveGivenDataset(input: unknown, locale: Locale): Promise<Dataset> {
  const raw = validateDataset(input);
  return resolveDataset(raw, locale, await fallbackFor(raw, locale));
}
