/** The bundled parts cards and galleries read: one per agreement, and one with them all. */
import type { Locale } from '../shared/locales.js';
import { ALL_AGREEMENTS, BASE, AGREEMENT_IDS, AGREEMENTS } from './generated/catalog.agreements.js';
import { isLoaded, partOf, type Part } from './parts.js';

export { AGREEMENT_IDS };

/** One agreement with its sources and related events; `undefined` for an unknown id. */
export const agreementPart = (id: string, locale: Locale): Part | undefined => partOf(AGREEMENTS, 'agreement', id, locale, BASE);

/** Every agreement, with their sources and related events, in one part (what a gallery reads). */
export const allAgreementsPart = (locale: Locale): Part => partOf(ALL_AGREEMENTS, 'agreements', 'agreements', locale, BASE)!;

/** Every agreement: the one part that holds them all. */
export const allAgreementParts = (locale: Locale): Part[] => [allAgreementsPart(locale)];

/**
 * The parts a card of agreement `id` reads: the part of every agreement when a
 * gallery (or a page's `preload`) has loaded it already, the card's own otherwise;
 * none for an unknown id.
 */
export function cardParts(id: string, locale: Locale): Part[] {
  const own = agreementPart(id.trim(), locale);
  if (!own) return [];
  const all = allAgreementsPart(locale);
  return [isLoaded(all) ? all : own];
}
