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
    disputed: 'Contesté',
    people: 'Personnes',
    sources: 'Sources',
    relatedEvents: 'Événements liés',
    relatedAlliances: 'Accords liés',
    yearSpan: (start, end) => (end === null ? `depuis ${start}` : start === end ? `${start}` : `${start}-${end}`),
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  },
};
