/** French interface text of `<relations-timeline>` (see relations-timeline.ts). */
import type { RelationsTimelineStrings } from './relations-timeline.js';

export const fr: RelationsTimelineStrings = {
  timeline: {
    label: 'Chronologie des relations franco-russes',
    search: 'Rechercher un événement',
    searchPlaceholder: 'Rechercher : Tilsit, de Gaulle, Mistral…',
    categories: 'Catégories',
    era: 'Période',
    allEras: 'Toutes les périodes',
    overview: 'Les périodes en un coup d’œil',
    filtersToggle: 'Recherche et filtres',
    activeFilters: (n) => `${n} ${n <= 1 ? 'filtre actif' : 'filtres actifs'}`,
    climate: 'Climat',
    count: (shown, total) =>
      shown === total
        ? `${total} ${total <= 1 ? 'événement' : 'événements'}`
        : `${shown} ${shown <= 1 ? 'événement affiché' : 'événements affichés'} sur ${total}`,
    noResults: 'Aucun événement ne correspond à ces filtres.',
    clearFilters: 'Effacer les filtres',
    keyboardHint:
      'Utilisez les flèches haut et bas pour passer d’un événement à l’autre, Entrée pour en ouvrir un, Échap pour le refermer.',
    invalidYear: (attribute, value) =>
      `« ${value} » n’est pas une année : « ${attribute} » attend une année comme 1812.`,
    fromAfterTo: (from, to) => `L’année de début (${from}) est postérieure à l’année de fin (${to}).`,
    unknownEvent: (id) => `Aucun événement n’a l’identifiant « ${id} ».`,
  },
  categories: {
    diplomacy: 'Diplomatie',
    alliance: 'Alliance',
    treaty: 'Traité',
    war: 'Guerre',
    crisis: 'Crise',
    visit: 'Visite',
    economy: 'Économie',
    culture: 'Culture',
    espionage: 'Espionnage',
    opinion: 'Opinion',
  },
  climates: {
    allied: 'Alliés',
    cordial: 'Cordial',
    mixed: 'Contrasté',
    tense: 'Tendu',
    hostile: 'Hostile',
    'at-war': 'En guerre',
  },
};
