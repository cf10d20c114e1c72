import type { UiStrings } from '../strings.js';

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
    disputed: 'Спорно',
    people: 'Участники',
    sources: 'Источники',
    relatedEvents: 'Связанные события',
    relatedAlliances: 'Связанные соглашения',
    yearSpan: (start, end) => (end === null ? `с ${start} г.` : start === end ? `${start} г.` : `${start}–${end} гг.`),
    opensInNewTab: '(откроется в новой вкладке)',
  },
};
