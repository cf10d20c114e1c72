import type { UiStrings } from '../strings.js';

// Russian nouns take three forms after numbers: 1 событие, 2 события, 5 событий.
const plural = new Intl.PluralRules('ru');

const failures = {
  network: 'сетевой запрос не удался',
  http: 'сервер ответил ошибкой',
  json: 'файл не является корректным JSON',
  invalid: 'данные не соответствуют схеме набора данных',
} as const;

export const ru: UiStrings = {
  loading: 'Загрузка…',
  missingAttribute: (attribute) => `Атрибут «${attribute}» обязателен.`,
  unknownValue: (attribute, value) =>
    `«${value}» — недопустимое значение атрибута «${attribute}». Список допустимых значений выведен в консоль браузера.`,
  loadFailed: (url, failure) =>
    failure === 'part' ? `Не удалось загрузить часть библиотеки из «${url}»; проверьте подключение.` : `Не удалось загрузить данные из «${url}»: ${failures[failure]}.`,
  retry: 'Повторить',
  oldStyle: 'ст. ст.',
  oldStyleLong: 'старый стиль (юлианский календарь)',
  data: {
    categories: {
      diplomacy: 'Дипломатия',
      alliance: 'Союз',
      treaty: 'Договор',
      war: 'Война',
      crisis: 'Кризис',
      visit: 'Визит',
      economy: 'Экономика',
      culture: 'Культура',
      espionage: 'Разведка',
      opinion: 'Общественное мнение',
    },
    climates: {
      allied: 'Союзники',
      cordial: 'Дружественные',
      mixed: 'Неоднозначные',
      tense: 'Напряжённые',
      hostile: 'Враждебные',
      'at-war': 'Война',
    },
    disputed: 'Спорно',
    people: 'Участники',
    sources: 'Источники',
    relatedEvents: 'Связанные события',
    relatedAlliances: 'Связанные соглашения',
    yearSpan: (start, end) => (end === null ? `с ${start} г.` : start === end ? `${start} г.` : `${start}–${end} гг.`),
    opensInNewTab: '(откроется в новой вкладке)',
  },
  timeline: {
    label: 'Хронология российско-французских отношений',
    search: 'Поиск событий',
    searchPlaceholder: 'Поиск: Тильзит, де Голль, «Мистраль»…',
    categories: 'Категории',
    era: 'Период',
    allEras: 'Все периоды',
    overview: 'Периоды в обзоре',
    filtersToggle: 'Поиск и фильтры',
    // 1, 21 активный фильтр; 2, 3, 4 активных фильтра; 5, 11 активных фильтров.
    activeFilters: (n) => {
      const form = plural.select(n);
      return `${n} ${form === 'one' ? 'активный фильтр' : form === 'few' ? 'активных фильтра' : 'активных фильтров'}`;
    },
    climate: 'Характер отношений',
    count: (shown, total) => {
      const form = plural.select(total);
      // After «из» the noun is genitive, agreeing with the total: из 1, 21, 161 события; из 2, 5, 11 событий.
      if (shown !== total) return `Показано ${shown} из ${total} ${form === 'one' ? 'события' : 'событий'}`;
      return `${total} ${form === 'one' ? 'событие' : form === 'few' ? 'события' : 'событий'}`;
    },
    noResults: 'Нет событий, соответствующих этим фильтрам.',
    clearFilters: 'Сбросить фильтры',
    keyboardHint:
      'Стрелки вверх и вниз — переход между событиями, Enter — открыть событие, Escape — закрыть.',
    invalidYear: (attribute, value) => `«${value}» — не год: атрибут «${attribute}» принимает год, например 1812.`,
    fromAfterTo: (from, to) => `Начальный год (${from}) позже конечного (${to}).`,
    unknownEvent: (id) => `Нет события с идентификатором «${id}».`,
  },
};
