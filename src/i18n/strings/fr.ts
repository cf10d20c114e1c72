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
    `Impossible de charger les données depuis « ${url} » : ${failures[failure]}.`,
  oldStyle: 'a. s.',
  oldStyleLong: 'ancien style (calendrier julien)',
};
