/** French interface text of `<alliance-card>` (see alliance-card.ts). */
import type { AllianceCardStrings } from './alliance-card.js';

const frPlural = new Intl.PluralRules('fr');

export const fr: AllianceCardStrings = {
  kinds: {
    'peace-treaty': 'Traité de paix',
    alliance: 'Alliance',
    'secret-treaty': 'Traité secret',
    entente: 'Entente',
    'military-convention': 'Convention militaire',
    amendment: 'Avenant',
    'non-aggression-pact': 'Pacte de non-agression',
    'mutual-assistance-treaty': 'Traité d’assistance mutuelle',
    'friendship-treaty': 'Traité d’amitié',
    declaration: 'Déclaration',
    'arms-contract': 'Contrat d’armement',
    agreement: 'Accord',
  },
  stages: {
    negotiated: 'Négociation',
    signed: 'Signature',
    ratified: 'Ratification',
    'in-force': 'Entrée en vigueur',
    amended: 'Modification',
    suspended: 'Suspension',
    ended: 'Fin',
  },
  endings: {
    expired: 'Expiration',
    annulled: 'Annulation',
    superseded: 'Remplacement par un accord ultérieur',
    terminated: 'Rupture',
    lapsed: 'Caducité',
    'in-force': 'Aucune fin formelle',
  },
  parties: 'Parties',
  stagesTitle: 'Étapes',
  terms: 'Principales clauses',
  endingTitle: 'Fin de l’accord',
  outcome: 'Bilan',
  fromUndated: (start) => `à partir de ${start}, fin non datée`,
  duration: (years, months, approximate) => {
    if (years === 0 && months === 0) return 'moins d’un mois';
    const y = `${years}\u00a0${frPlural.select(years) === 'one' ? 'an' : 'ans'}`;
    const m = `${months}\u00a0mois`;
    const text = years === 0 ? m : months === 0 ? y : `${y} et ${m}`;
    return approximate ? `environ ${text}` : text;
  },
  lasted: (duration) => `Durée\u00a0: ${duration}`,
  ongoing: (start) => `Aucune fin formelle\u00a0: en vigueur depuis ${start}`,
  undated: 'Les sources consultées ne datent pas sa fin',
  scale: (period, start, end) => `Échelle de ${start} à ${end}. Période de l’accord\u00a0: ${period}.`,
  timelineHint: 'Chaque événement s’ouvre dans la chronologie de cette page.',
  missingAlliance: (example) =>
    `L’attribut «\u00a0alliance\u00a0» est obligatoire\u00a0: indiquez l’identifiant d’un accord, par exemple «\u00a0${example}\u00a0». Les identifiants valides sont listés dans la console du navigateur et dans data/alliances.json.`,
  unknownAlliance: (id) =>
    `Aucun accord n’a l’identifiant «\u00a0${id}\u00a0». Les identifiants valides sont listés dans la console du navigateur et dans data/alliances.json.`,
  invalidRecord: (detail) =>
    `L’accord fourni dans la propriété «\u00a0alliance\u00a0» ne suit pas le schéma des données (${detail}).`,
  missingTimeline: (id) =>
    `Aucun élément <relations-timeline> d’identifiant «\u00a0${id}\u00a0» ne figure sur cette page\u00a0: les événements liés renvoient donc à leurs ancres.`,
};
