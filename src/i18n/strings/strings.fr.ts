import type { UiStrings } from '../strings.js';

const failures = {
  network: 'la requête réseau a échoué',
  http: 'le serveur a répondu par une erreur',
  json: 'le fichier n’est pas du JSON valide',
  invalid: 'les données ne suivent pas le schéma du jeu de données',
} as const;

export const fr: UiStrings = {
  loading: 'Chargement…',
  missingAttribute: (attribute) => `L’attribut « ${attribute} » est obligatoire.`,
  unknownValue: (attribute, value) =>
    `« ${value} » n’est pas une valeur valide pour « ${attribute} ». La console du navigateur liste les valeurs valides.`,
  loadFailed: (url, failure) =>
    failure === 'part'
      ? `Impossible de charger une partie de la bibliothèque depuis « ${url} » ; vérifiez la connexion.`
      : `Impossible de charger les données depuis « ${url} » : ${failures[failure]}.`,
  retry: 'Réessayer',
  oldStyle: 'a. s.',
  oldStyleLong: 'ancien style (calendrier julien)',
  data: {
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
    disputed: 'Contesté',
    people: 'Personnes',
    sources: 'Sources',
    relatedEvents: 'Événements liés',
    relatedAlliances: 'Accords liés',
    yearSpan: (start, end) => (end === null ? `depuis ${start}` : start === end ? `${start}` : `${start}-${end}`),
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  },
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
};
