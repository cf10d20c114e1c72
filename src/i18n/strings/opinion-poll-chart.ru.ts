/** Russian interface text of `<opinion-poll-chart>` (see opinion-poll-chart.ts). */
import type { OpinionPollChartStrings } from './opinion-poll-chart.js';

// No-break spaces, where a line must not break.
const NB = '\u00a0';
const rq = (text: string) => `«${text}»`;

// Russian nouns take three forms after numbers: 1 волна, 2 волны, 5 волн.
const ruPlural = new Intl.PluralRules('ru');

export const ru: OpinionPollChartStrings = {
  label: 'Опрос общественного мнения',
  questionAsked: 'Формулировка вопроса',
  questionParaphrased: 'Вопрос (в пересказе: точная формулировка не опубликована)',
  translation: 'Перевод',
  pollster: 'Социологическая служба',
  sponsor: 'Заказчик',
  noSponsor: 'Не указан',
  population: 'Генеральная совокупность',
  fieldwork: 'Сроки опроса',
  published: 'Дата публикации',
  sampleSize: 'Объём выборки',
  mode: 'Способ опроса',
  marginOfError: 'Погрешность',
  status: 'Происхождение цифр',
  notes: 'Примечания',
  methodology: 'Методика',
  waveNotes: 'Примечания к каждой волне',
  notPublished: 'Не опубликовано',
  modes: {
    telephone: 'Телефонный опрос',
    online: 'Онлайн-опрос',
    'face-to-face': 'Личное интервью',
    mixed: 'Смешанный',
    unknown: 'Не опубликован',
  },
  statuses: {
    primary: 'релиз социологической службы',
    microdata: 'расчёт по открытым микроданным социологической службы',
    secondary: 'публикации СМИ со ссылкой на социологическую службу',
    derived: 'значение выведено из опубликованных цифр',
    'state-media': 'сообщали только российские государственные СМИ',
  },
  statusNotes: {
    derived: 'Выведенное значение: рассчитано по разнице, опубликованной социологической службой, а не опубликовано ею самой.',
    'state-media': 'Об опросе сообщали только российские государственные СМИ, заказавшие или распространявшие его; данные приводятся со ссылкой на них.',
  },
  respondents: { FR: 'опрошенных французов', RU: 'опрошенных россиян' },
  by: (pollster, sponsor) => (sponsor ? `${pollster} по заказу ${sponsor}` : pollster),
  margin: (points) => `±${points}${NB}п.${NB}п.`,
  marginRange: (low, high) => `от ±${low} до ±${high}${NB}п.${NB}п.`,
  marginPublished: 'опубликована социологической службой',
  marginComputed: (count, n, confidence) =>
    // After «из», genitive: из 1001 человека, из 1000 (1002, 1005) человек.
    `рассчитана нами: предельная ошибка простой случайной выборки из ${n}${NB}${ruPlural.select(count) === 'one' ? 'человека' : 'человек'} с вероятностью ${confidence}; социологическая служба её не публиковала`,
  marginComputedWaves: (confidence) =>
    `рассчитана нами по объёму выборки каждой волны: предельная ошибка простой случайной выборки с вероятностью ${confidence}`,
  marginMixed: 'для части волн опубликована, для остальных рассчитана нами по объёму выборки',
  computed: 'расчётная',
  otherWaves: 'для остальных волн не опубликовано',
  waves: (count, formatted) => {
    const form = ruPlural.select(count);
    return `${formatted}${NB}${form === 'one' ? 'волна' : form === 'few' ? 'волны' : 'волн'}`;
  },
  summaryPoll: (s) =>
    `${s.question ? `${s.question}: ответ` : 'Ответ'} ${rq(s.answer)} выбрали ${s.share} ${s.respondents} (${s.by}, ${s.year}).`,
  summarySeries: (s) =>
    `${s.by}, ${s.date}: ответ ${rq(s.answer)} выбрали ${s.share} ${s.respondents}${s.earlier ? ` (${s.earlier.date}: ${s.earlier.share})` : ''}.`,
  multipleChoice: (hundred) => `Можно было выбрать несколько ответов, поэтому сумма долей не равна ${hundred}.`,
  remainder: 'Другие ответы / не опубликовано',
  showTable: 'Показать таблицу',
  download: 'Скачать данные (CSV)',
  answer: 'Ответ',
  share: 'Доля',
  wave: 'Волна',
  seeTable: 'Точные цифры приведены в таблице после графика.',
  longGap: 'Пунктир соединяет волны, между которыми больше трёх лет.',
  gapNote: 'Разрыв линии означает волну, в которой этот ответ не опубликован; между точками ничего не дорисовано.',
  keyboardHint: 'Переходите между значениями клавишами со стрелками.',
  neverPublished: 'не опубликовано',
  errors: {
    missing: `Укажите идентификатор опроса (атрибут ${rq('poll')}) или серии опросов (атрибут ${rq('series')}).`,
    unknownPoll: (id) => `Нет опроса с идентификатором ${rq(id)}.`,
    unknownSeries: (id) => `Нет серии опросов с идентификатором ${rq(id)}.`,
    both: `Укажите либо ${rq('poll')}, либо ${rq('series')}, но не оба атрибута. Показан опрос.`,
    oneWave: (id) => `В серии ${rq(id)} только одна волна — для линии нужно хотя бы две, поэтому она показана столбцом.`,
    sharesDontAddUp: (question, sum, hundred) =>
      `Доли ответов на вопрос ${rq(question)} в сумме дают ${sum}, а не ${hundred}, поэтому график не построен.`,
    waveTooHigh: (date, sum, hundred) => `Доли волны ${date} в сумме дают ${sum} — больше ${hundred}: эта волна не показана.`,
    lineNeedsSeries: 'Для линейного графика нужна серия опросов: этот отдельный опрос показан столбцами.',
    invalidData: (detail) => `Свойство ${rq('data')} не соответствует схеме набора данных (${detail}).`,
  },
};

/** The strings of `<opinion-poll-chart>` per locale. */
