/**
 * The bundled parts cards and galleries read: one per agreement; every
 * agreement in one part; and every agreement in brief, with only what a
 * compact card shows (the rest of its fields are empty).
 */
import type { Locale } from '../shared/locales.js';
import { ALL_AGREEMENTS, BASE, AGREEMENT_IDS, AGREEMENTS } from './generated/catalog.agreements.js';
import { isRequested, partOf, type Part } from './parts.js';

export { AGREEMENT_IDS };

/** One agreement with its sources and related events; `undefined` for an unknown id. */
export const agreementPart = (id: string, locale: Locale): Part | undefined => partOf(AGREEMENTS, 'agreement', id, locale, BASE);

/** Every agreement, with their sources and related events, in one part (what a gallery of full cards reads). */
export const allAgreementsPart = (locale: Locale): Part => partOf(ALL_AGREEMENTS, 'agreements', 'agreements', locale, BASE)!;

/** Every agreement in brief: for compact cards only (a compact gallery's). */
export const briefAgreementsPart = (locale: Locale): Part => partOf(ALL_AGREEMENTS, 'agreements', 'brief', locale, BASE)!;

/** Every agreement: the one part that holds them all. */
export const allAgreementParts = (locale: Locale): Part[] => [allAgreementsPart(locale)];

/** The parts a gallery reads: every agreement in full, or in brief for compact cards unless the full part is loaded or loading already. */
export function galleryParts(compact: boolean, locale: Locale): Part[] {
  const all = allAgreementsPart(locale);
  return [compact && !isRequested(all) ? briefAgreementsPart(locale) : all];
}

/**
 * The parts a card of agreement `id` reads: the part of every agreement when it
 * is loaded or on its way (after `preload`, or a full gallery's); in a gallery,
 * the part the gallery reads (its cards drawn on a server wake up before it):
 * in full for a full gallery, in brief for a compact card; the brief part too
 * for a compact card elsewhere once it is on its way; its own otherwise (a card
 * opened in a compact gallery, which fetches it first); none for an unknown id.
 */
export function cardParts(id: string, compact: boolean, locale: Locale, gallery?: 'compact' | 'full'): Part[] {
  const own = agreementPart(id.trim(), locale);
  if (!own) return [];
  const all = allAgreementsPart(locale);
  const brief = briefAgreementsPart(locale);
  if (gallery === 'full' || isRequested(all)) return [all];
  return [compact && (gallery || isRequested(brief)) ? brief : own];
}
