/** Russian interface text of `<alliance-card>` (see alliance-card.ts). */
import type { AllianceCardStrings } from './alliance-card.js';

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

export const ru: AllianceCardStrings = {
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
