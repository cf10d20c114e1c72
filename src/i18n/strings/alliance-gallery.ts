/** Interface text of `<alliance-gallery>`, one object per locale. */
import type { Locale } from '../../shared/locales.js';

export interface AllianceGalleryStrings {
  /** Accessible name of the list. */
  readonly label: string;
  /** "23 agreements". */
  readonly count: (n: number) => string;
  /** The button under a compact card that opens it in full (the name follows, for screen readers). */
  readonly showDetails: string;
  readonly hideDetails: string;
  /** No agreement matches `kinds`. */
  readonly empty: string;
}

const frPlural = new Intl.PluralRules('fr');
// Russian nouns take three forms after numbers: 1 соглашение, 2 соглашения, 5 соглашений.
const ruPlural = new Intl.PluralRules('ru');

export const allianceGalleryStrings: Readonly<Record<Locale, AllianceGalleryStrings>> = {
  en: {
    label: 'Alliances, treaties and agreements between France and Russia',
    count: (n) => `${n} ${n === 1 ? 'agreement' : 'agreements'}`,
    showDetails: 'Show details',
    hideDetails: 'Hide details',
    empty: 'No agreement of these kinds is in the data.',
  },
  fr: {
    label: 'Alliances, traités et accords entre la France et la Russie',
    count: (n) => `${n}\u00a0${frPlural.select(n) === 'one' ? 'accord' : 'accords'}`,
    showDetails: 'Afficher les détails',
    hideDetails: 'Masquer les détails',
    empty: 'Aucun accord de ces types ne figure dans les données.',
  },
  ru: {
    label: 'Союзы, договоры и соглашения между Францией и Россией',
    count: (n) => {
      const form = ruPlural.select(n);
      return `${n} ${form === 'one' ? 'соглашение' : form === 'few' ? 'соглашения' : 'соглашений'}`;
    },
    showDetails: 'Подробнее',
    hideDetails: 'Свернуть',
    empty: 'Соглашений этих типов в данных нет.',
  },
};
