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
  loadFailed: (url, failure) => `Не удалось загрузить данные из «${url}»: ${failures[failure]}.`,
  oldStyle: 'ст. ст.',
  oldStyleLong: 'старый стиль (юлианский календарь)',
};
