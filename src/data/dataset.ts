/**
 * The typed loaders every element reads through (never JSON directly): the
 * bundled dataset per locale and scope, or a dataset given by URL or property,
 * resolved for a locale. Results are cached, so elements on a page share one copy.
 *
 * The bundle comes in two parts (see scripts/data/generate.mjs): `core`, inlined
 * in the script-tag file, has what a timeline's list shows; `extra`, a lazy
 * chunk, has details, people, sources, alliances and polls. French and Russian
 * text are lazy chunks too, so an English page downloads neither.
 */
import type { Locale } from '../i18n/locales.js';
import { DataError, loadJson, ValidationError } from './load.js';
import { withLocale } from './localize.js';
import { resolveDataset } from './resolve.js';
import type { Dataset, RawCore, RawDataset, RawEvent, RawExtra } from './types.js';
import { validateDataset } from './validate.js';
import { core } from './generated/core.js';

export type Scope = 'core' | 'full';

type Texts = Promise<{ text: readonly unknown[] }>;
const CORE_TEXT: Record<Exclude<Locale, 'en'>, () => Texts> = {
  fr: () => import('./generated/core.fr.js'),
  ru: () => import('./generated/core.ru.js'),
};
const EXTRA_TEXT: Record<Exclude<Locale, 'en'>, () => Texts> = {
  fr: () => import('./generated/extra.fr.js'),
  ru: () => import('./generated/extra.ru.js'),
};

async function localized<T>(base: T, locale: Locale, texts: Record<Exclude<Locale, 'en'>, () => Texts>): Promise<T> {
  if (locale === 'en') return base;
  return withLocale(base, (await texts[locale]()).text, locale);
}

/** The raw bundled data in `locale`: the eager part only, or everything. */
export async function loadBundledRaw(locale: Locale, scope: Scope = 'full'): Promise<RawDataset> {
  const coreRaw: RawCore = await localized(core, locale, CORE_TEXT);
  if (scope === 'core') return { events: coreRaw.events as readonly RawEvent[], eras: coreRaw.eras };
  const { extra } = await import('./generated/extra.js');
  const extraRaw: RawExtra = await localized(extra, locale, EXTRA_TEXT);
  const more = new Map(extraRaw.events.map((e) => [e.id, e]));
  return {
    ...extraRaw,
    eras: coreRaw.eras,
    events: coreRaw.events.map((e) => ({ ...e, ...more.get(e.id) }) as RawEvent),
  };
}

const bundled = new Map<string, Promise<Dataset>>();
const fromUrl = new Map<string, Promise<Dataset>>();

/** The bundled dataset, resolved for `locale`; `core` is enough to draw a timeline's list. */
export function loadBundledDataset(locale: Locale, scope: Scope = 'full'): Promise<Dataset> {
  const key = `${locale} ${scope}`;
  let pending = bundled.get(key);
  if (!pending) {
    pending = loadBundledRaw(locale, scope).then((raw) => resolveDataset(raw, locale, undefined, scope === 'full'));
    bundled.set(key, pending);
  }
  return pending;
}

/**
 * A dataset in our schema at `url` (resolved against the page), validated and
 * resolved for `locale`. Eras, people and sources it does not define are taken
 * from the bundled dataset, so a page can add its own events to ours.
 */
export function loadDatasetFrom(url: string, locale: Locale): Promise<Dataset> {
  const key = `${locale} ${new URL(url, document.baseURI).href}`;
  let pending = fromUrl.get(key);
  if (!pending) {
    pending = Promise.all([loadJson(url, validateDataset), loadBundledDataset(locale)]).then(([raw, fallback]) => {
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
  return resolveDataset(validateDataset(input), locale, await loadBundledDataset(locale));
}
