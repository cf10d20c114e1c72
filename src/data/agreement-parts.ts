/** The bundled parts cards and galleries read: one per agreement. */
import type { Locale } from '../shared/locales.js';
import { BASE, AGREEMENT_IDS, AGREEMENTS } from './generated/catalog.agreements.js';
import { partOf, type Part } from './parts.js';

export { AGREEMENT_IDS };

/** One agreement with its sources and related events; `undefined` for an unknown id. */
export const agreementPart = (id: string, locale: Locale): Part | undefined => partOf(AGREEMENTS, 'agreement', id, locale, BASE);

/** Every agreement. */
export const allAgreementParts = (locale: Locale): Part[] => AGREEMENT_IDS.map((id) => agreementPart(id, locale)!);
