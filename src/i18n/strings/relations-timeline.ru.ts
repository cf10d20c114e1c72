/** Russian interface text of `<relations-timeline>` (see relations-timeline.ts). */
import type { RelationsTimelineStrings } from './relations-timeline.js';

// Russian nouns take three forms after numbers: 1 событие, 2 события, 5 событий.
const plural = new Intl.PluralRules('ru');

export const ru: RelationsTimelineStrings = {
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
};
