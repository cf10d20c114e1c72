/**
 * Interface text of `<alliance-card>`, one object per locale. Shared names
 * (sources, related events, "Disputed", year spans) live in `UiStrings.data`.
 */
import type { AllianceKind, Ending, Stage } from '../../data/types.js';
import type { Locale } from '../../shared/locales.js';

export interface AllianceCardStrings {
  /** The kind of agreement, as a label. */
  readonly kinds: Readonly<Record<AllianceKind, string>>;
  /** Stage names, as nouns (no agreement in gender or number needed). */
  readonly stages: Readonly<Record<Stage, string>>;
  /** How an agreement ended; `in-force` means it never formally did. */
  readonly endings: Readonly<Record<Ending, string>>;
  readonly parties: string;
  readonly stagesTitle: string;
  readonly terms: string;
  readonly endingTitle: string;
  readonly outcome: string;
  /** The period of an agreement whose end is not dated: "from 1717, end not dated". */
  readonly fromUndated: (start: number) => string;
  /** How long it lasted: "4 years and 11 months", "about 25 years". */
  readonly duration: (years: number, months: number, approximate: boolean) => string;
  /** Caption of the duration bar for an agreement that ended. */
  readonly lasted: (duration: string) => string;
  /** Caption for one never formally ended. */
  readonly ongoing: (start: number) => string;
  /** Caption for one whose end the sources do not date. */
  readonly undated: string;
  /** Description of the bar for screen readers. */
  readonly scale: (period: string, start: number, end: number) => string;
  /** Under related events when they open in a timeline on the page. */
  readonly timelineHint: string;
  /** No `alliance` attribute or property. */
  readonly missingAlliance: (example: string) => string;
  /** `alliance` names no agreement. */
  readonly unknownAlliance: (id: string) => string;
  /** The record given in the `alliance` property does not follow the schema. */
  readonly invalidRecord: (detail: string) => string;
  /** `for` names no `<relations-timeline>` on the page. */
  readonly missingTimeline: (id: string) => string;
}

const en: AllianceCardStrings = {
  kinds: {
    'peace-treaty': 'Peace treaty',
    alliance: 'Alliance',
    'secret-treaty': 'Secret treaty',
    entente: 'Entente',
    'military-convention': 'Military convention',
    amendment: 'Amendment',
    'non-aggression-pact': 'Non-aggression pact',
    'mutual-assistance-treaty': 'Mutual-assistance treaty',
    'friendship-treaty': 'Treaty of friendship',
    declaration: 'Declaration',
    'arms-contract': 'Arms contract',
    agreement: 'Agreement',
  },
  stages: {
    negotiated: 'Negotiation',
    signed: 'Signature',
    ratified: 'Ratification',
    'in-force': 'Entry into force',
    amended: 'Amendment',
    suspended: 'Suspension',
    ended: 'End',
  },
  endings: {
    expired: 'Expired',
    annulled: 'Annulled',
    superseded: 'Superseded',
    terminated: 'Terminated',
    lapsed: 'Lapsed',
    'in-force': 'Never formally ended',
  },
  parties: 'Parties',
  stagesTitle: 'Stages',
  terms: 'Key terms',
  endingTitle: 'How it ended',
  outcome: 'Outcome',
  fromUndated: (start) => `from ${start}, end not dated`,
  duration: (years, months, approximate) => {
    if (years === 0 && months === 0) return 'less than a month';
    const y = years === 1 ? '1 year' : `${years} years`;
    const m = months === 1 ? '1 month' : `${months} months`;
    const text = years === 0 ? m : months === 0 ? y : `${y} and ${m}`;
    return approximate ? `about ${text}` : text;
  },
  lasted: (duration) => `Lasted ${duration}`,
  ongoing: (start) => `No formal end: in force since ${start}`,
  undated: 'The sources used do not date its end',
  scale: (period, start, end) => `Scale from ${start} to ${end}. Period of the agreement: ${period}.`,
  timelineHint: 'Each event opens in the timeline on this page.',
  missingAlliance: (example) =>
    `The “alliance” attribute is required: give the id of an agreement, such as “${example}”. Valid ids are listed in the browser console and in data/alliances.json.`,
  unknownAlliance: (id) =>
    `No agreement has the id “${id}”. Valid ids are listed in the browser console and in data/alliances.json.`,
  invalidRecord: (detail) =>
    `The agreement given in the “alliance” property does not follow the data schema (${detail}).`,
  missingTimeline: (id) =>
    `No <relations-timeline> with the id “${id}” is on this page, so related events link to their anchors instead.`,
};

const frPlural = new Intl.PluralRules('fr');

const fr: AllianceCardStrings = {
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

// Russian nouns take three forms after numbers (1 год, 2 года, 5 лет) and two
// after «около», which governs the genitive (около 21 года, около 25 лет).
const ruPlural = new Intl.PluralRules('ru');
const ruYears = (n: number, genitive: boolean) => {
  const form = ruPlural.select(n);
  if (genitive) return form === 'one' ? 'года' : 'лет';
  return form === 'one' ? 'год' : form === 'few' ? 'года' : 'лет';
};
const ruMonths = (n: number) => {
  const form = ruPlural.select(n);
  return form === 'one' ? 'месяц' : form === 'few' ? 'месяца' : 'месяцев';
};

const ru: AllianceCardStrings = {
  kinds: {
    'peace-treaty': 'Мирный договор',
    alliance: 'Союз',
    'secret-treaty': 'Секретный договор',
    entente: 'Согласие',
    'military-convention': 'Военная конвенция',
    amendment: 'Изменение договора',
    'non-aggression-pact': 'Договор о ненападении',
    'mutual-assistance-treaty': 'Договор о взаимной помощи',
    'friendship-treaty': 'Договор о дружбе',
    declaration: 'Декларация',
    'arms-contract': 'Контракт на поставку вооружений',
    agreement: 'Соглашение',
  },
  stages: {
    negotiated: 'Переговоры',
    signed: 'Подписание',
    ratified: 'Ратификация',
    'in-force': 'Вступление в силу',
    amended: 'Изменение',
    suspended: 'Приостановление',
    ended: 'Прекращение',
  },
  endings: {
    expired: 'Истечение срока действия',
    annulled: 'Аннулирование',
    superseded: 'Замена новым соглашением',
    terminated: 'Расторжение',
    lapsed: 'Утрата силы',
    'in-force': 'Формального прекращения не было',
  },
  parties: 'Стороны',
  stagesTitle: 'Этапы',
  terms: 'Основные положения',
  endingTitle: 'Прекращение действия',
  outcome: 'Итоги',
  fromUndated: (start) => `с ${start} г., дата прекращения не установлена`,
  duration: (years, months, approximate) => {
    if (years === 0 && months === 0) return 'меньше месяца';
    if (approximate && months === 0) return `около ${years} ${ruYears(years, true)}`;
    const y = `${years} ${ruYears(years, false)}`;
    const m = `${months} ${ruMonths(months)}`;
    const text = years === 0 ? m : months === 0 ? y : `${y} и ${m}`;
    return approximate ? `приблизительно ${text}` : text;
  },
  lasted: (duration) => `Срок действия: ${duration}`,
  ongoing: (start) => `Формального прекращения не было: действует с ${start} г.`,
  undated: 'Дата прекращения в использованных источниках не указана',
  scale: (period, start, end) => `Шкала с ${start} по ${end} г. Период действия соглашения: ${period}.`,
  timelineHint: 'Каждое событие открывается в хронологии на этой странице.',
  missingAlliance: (example) =>
    `Атрибут «alliance» обязателен: укажите идентификатор соглашения, например «${example}». Допустимые идентификаторы перечислены в консоли браузера и в файле data/alliances.json.`,
  unknownAlliance: (id) =>
    `Нет соглашения с идентификатором «${id}». Допустимые идентификаторы перечислены в консоли браузера и в файле data/alliances.json.`,
  invalidRecord: (detail) =>
    `Соглашение, переданное в свойстве «alliance», не соответствует схеме данных (${detail}).`,
  missingTimeline: (id) =>
    `На странице нет элемента <relations-timeline> с идентификатором «${id}», поэтому связанные события ведут к своим якорям.`,
};

export const allianceCardStrings: Readonly<Record<Locale, AllianceCardStrings>> = { en, fr, ru };
