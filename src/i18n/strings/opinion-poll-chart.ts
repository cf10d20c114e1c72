/**
 * Interface text of `<opinion-poll-chart>`, one object per locale. Numbers,
 * percentages and dates arrive already formatted with `Intl`; these functions
 * only place them in sentences.
 */
import type { Locale } from '../../shared/locales.js';
import type { PollMode, PollStatus } from '../../data/types.js';

// French and Russian typography: no-break spaces inside guillemets and before
// French high punctuation, so a line never starts with « : » or « ».
const NB = '\u00a0';
const fq = (text: string) => `«${NB}${text}${NB}»`;
const rq = (text: string) => `«${text}»`;

// Russian nouns take three forms after numbers: 1 волна, 2 волны, 5 волн.
const ruPlural = new Intl.PluralRules('ru');

/** What the summary sentence of one question says. */
export interface PollSummary {
  /** The question's label; left out where a heading above already names it. */
  readonly question?: string;
  /** Formatted share, e.g. "63 %". */
  readonly share: string;
  readonly answer: string;
  /** Who answered, from {@link OpinionPollChartStrings.respondents}. */
  readonly respondents: string;
  /** "GlobeScan / PIPA for BBC World Service". */
  readonly by: string;
  readonly year: string;
}

/** What the summary sentence of a series says: its latest value, and an earlier one. */
export interface SeriesSummary {
  readonly share: string;
  readonly answer: string;
  readonly respondents: string;
  readonly by: string;
  /** Formatted date of the latest wave with a value. */
  readonly date: string;
  readonly earlier?: { readonly share: string; readonly date: string };
}

export interface PollChartErrors {
  /** Neither `poll` nor `series` was given. */
  readonly missing: string;
  readonly unknownPoll: (id: string) => string;
  readonly unknownSeries: (id: string) => string;
  /** Both `poll` and `series` were given. */
  readonly both: string;
  /** A series with a single wave. */
  readonly oneWave: (id: string) => string;
  /** A single-choice question whose shares do not add up to 100 (`hundred`, formatted). */
  readonly sharesDontAddUp: (question: string, sum: string, hundred: string) => string;
  /** A wave of a series whose shares add up to more than 100. */
  readonly waveTooHigh: (date: string, sum: string, hundred: string) => string;
  /** `type="line"` on a single poll. */
  readonly lineNeedsSeries: string;
  /** The `data` property does not follow the schema. */
  readonly invalidData: (detail: string) => string;
}

export interface OpinionPollChartStrings {
  /** Accessible name of the element's region when it has no title yet. */
  readonly label: string;
  readonly questionAsked: string;
  /** Replaces {@link questionAsked} when the source gives only a paraphrase. */
  readonly questionParaphrased: string;
  readonly translation: string;
  readonly pollster: string;
  readonly sponsor: string;
  readonly noSponsor: string;
  readonly population: string;
  readonly fieldwork: string;
  readonly published: string;
  readonly sampleSize: string;
  readonly mode: string;
  readonly marginOfError: string;
  readonly status: string;
  readonly notes: string;
  /** Disclosure holding each wave's note. */
  readonly waveNotes: string;
  readonly notPublished: string;
  readonly modes: Readonly<Record<PollMode, string>>;
  /** How a figure reached us, in a few words. */
  readonly statuses: Readonly<Record<PollStatus, string>>;
  /** The longer explanation shown beside derived and state-media figures. */
  readonly statusNotes: Readonly<Partial<Record<PollStatus, string>>>;
  /** "French respondents", in the form the summary sentences need. */
  readonly respondents: Readonly<Record<'FR' | 'RU', string>>;
  /** "IFOP for Sud Radio". */
  readonly by: (pollster: string, sponsor: string | null) => string;
  /** "±2.8 points". */
  readonly margin: (points: string) => string;
  /** "±2.7 to ±3.6 points". */
  readonly marginRange: (low: string, high: string) => string;
  readonly marginPublished: string;
  /** Why a margin was computed and how. */
  readonly marginComputed: (sampleSize: string, confidence: string) => string;
  readonly marginComputedWaves: (confidence: string) => string;
  /** Some waves published a margin and others had it computed. */
  readonly marginMixed: string;
  /** Short mark of a computed margin in the table. */
  readonly computed: string;
  /** Appended when only some waves give a figure. */
  readonly otherWaves: string;
  /** "14 waves". */
  readonly waves: (count: number, formatted: string) => string;
  readonly summaryPoll: (s: PollSummary) => string;
  readonly summarySeries: (s: SeriesSummary) => string;
  /** Shown with a question where several answers were allowed; `hundred` is "100 %" formatted. */
  readonly multipleChoice: (hundred: string) => string;
  /** Label of the unpublished remainder of a wave in a stacked series. */
  readonly remainder: string;
  readonly showTable: string;
  readonly download: string;
  readonly answer: string;
  readonly share: string;
  readonly wave: string;
  /** Ends each chart description. */
  readonly seeTable: string;
  /** Explains dashed stretches of a line. */
  readonly longGap: string;
  /** Explains a gap in a line. */
  readonly gapNote: string;
  readonly keyboardHint: string;
  /** A line's legend entry when no wave published it. */
  readonly neverPublished: string;
  readonly errors: PollChartErrors;
}

const en: OpinionPollChartStrings = {
  label: 'Opinion poll',
  questionAsked: 'Question as asked',
  questionParaphrased: 'Question (paraphrase: the exact wording was not published)',
  translation: 'Translation',
  pollster: 'Pollster',
  sponsor: 'Commissioned by',
  noSponsor: 'None named',
  population: 'Population',
  fieldwork: 'Fieldwork',
  published: 'Published',
  sampleSize: 'Sample size',
  mode: 'Mode',
  marginOfError: 'Margin of error',
  status: 'Source of the figures',
  notes: 'Notes',
  waveNotes: 'Notes on each wave',
  notPublished: 'Not published',
  modes: {
    telephone: 'Telephone',
    online: 'Online',
    'face-to-face': 'Face to face',
    mixed: 'Mixed modes',
    unknown: 'Not published',
  },
  statuses: {
    primary: 'the pollster’s own release',
    microdata: 'computed from the pollster’s public microdata',
    secondary: 'press reports citing the pollster',
    derived: 'derived from published figures',
    'state-media': 'reported only by Russian state media',
  },
  statusNotes: {
    derived: 'Derived: computed from differences the pollster published, not a figure it published itself.',
    'state-media': 'Reported only by Russian state media, which commissioned or relayed the poll; shown with that attribution.',
  },
  respondents: { FR: 'French respondents', RU: 'Russian respondents' },
  by: (pollster, sponsor) => (sponsor ? `${pollster} for ${sponsor}` : pollster),
  margin: (points) => `±${points} points`,
  marginRange: (low, high) => `±${low} to ±${high} points`,
  marginPublished: 'published by the pollster',
  marginComputed: (n, confidence) =>
    `computed by us: the ${confidence} sampling error of a simple random sample of ${n}; the pollster did not publish one`,
  marginComputedWaves: (confidence) =>
    `computed by us from each wave’s sample size: the ${confidence} sampling error of a simple random sample`,
  marginMixed: 'published for some waves, computed by us from the sample size for the others',
  computed: 'computed',
  otherWaves: 'not published for the other waves',
  waves: (count, formatted) => `${formatted} ${count === 1 ? 'wave' : 'waves'}`,
  summaryPoll: (s) => `${s.question ? `${s.question}: ` : ''}${s.share} of ${s.respondents} chose “${s.answer}” (${s.by}, ${s.year}).`,
  summarySeries: (s) =>
    `${s.by}, ${s.date}: ${s.share} of ${s.respondents} chose “${s.answer}”${s.earlier ? ` (${s.earlier.date}: ${s.earlier.share})` : ''}.`,
  multipleChoice: (hundred) => `Several answers were allowed, so the shares do not add up to ${hundred}.`,
  remainder: 'Other answers / not published',
  showTable: 'Show as table',
  download: 'Download the data (CSV)',
  answer: 'Answer',
  share: 'Share',
  wave: 'Wave',
  seeTable: 'The exact figures are in the table that follows the chart.',
  longGap: 'A dashed line joins two waves more than three years apart.',
  gapNote: 'A break in a line is a wave that did not publish that answer; nothing is drawn in between.',
  keyboardHint: 'Use the arrow keys to move between values.',
  neverPublished: 'not published',
  errors: {
    missing: 'Give the id of a poll (the “poll” attribute) or of a poll series (the “series” attribute).',
    unknownPoll: (id) => `No poll has the id “${id}”.`,
    unknownSeries: (id) => `No poll series has the id “${id}”.`,
    both: 'Give either “poll” or “series”, not both. The poll is shown.',
    oneWave: (id) => `The series “${id}” has only one wave, too few for a line: it is shown as a bar.`,
    sharesDontAddUp: (question, sum, hundred) =>
      `The shares for “${question}” add up to ${sum}, not ${hundred}, so they are not charted.`,
    waveTooHigh: (date, sum, hundred) => `The shares of the ${date} wave add up to ${sum}, more than ${hundred}: that wave is left out.`,
    lineNeedsSeries: 'A line chart needs a poll series: this single poll is shown as bars.',
    invalidData: (detail) => `The “data” property does not follow the dataset schema (${detail}).`,
  },
};

const fr: OpinionPollChartStrings = {
  label: 'Sondage',
  questionAsked: 'Question posée',
  questionParaphrased: `Question (paraphrase${NB}: la formulation exacte n’a pas été publiée)`,
  translation: 'Traduction',
  pollster: 'Institut',
  sponsor: 'Commanditaire',
  noSponsor: 'Aucun indiqué',
  population: 'Population',
  fieldwork: 'Terrain',
  published: 'Publication',
  sampleSize: 'Effectif',
  mode: 'Mode de recueil',
  marginOfError: 'Marge d’erreur',
  status: 'Origine des chiffres',
  notes: 'Remarques',
  waveNotes: 'Remarques sur chaque vague',
  notPublished: 'Non publié',
  modes: {
    telephone: 'Téléphone',
    online: 'En ligne',
    'face-to-face': 'Face à face',
    mixed: 'Modes mixtes',
    unknown: 'Non publié',
  },
  statuses: {
    primary: 'publication de l’institut',
    microdata: 'calcul à partir des microdonnées publiques de l’institut',
    secondary: 'articles de presse citant l’institut',
    derived: 'valeur déduite de chiffres publiés',
    'state-media': 'relayé uniquement par des médias d’État russes',
  },
  statusNotes: {
    derived: `Valeur déduite${NB}: calculée à partir d’écarts publiés par l’institut, et non publiée telle quelle.`,
    'state-media': `Relayé uniquement par des médias d’État russes, commanditaires ou relais du sondage${NB}; présenté avec cette attribution.`,
  },
  respondents: { FR: 'Français interrogés', RU: 'Russes interrogés' },
  by: (pollster, sponsor) => (sponsor ? `${pollster} pour ${sponsor}` : pollster),
  margin: (points) => `±${NB}${points}${NB}points`,
  marginRange: (low, high) => `de ±${NB}${low} à ±${NB}${high}${NB}points`,
  marginPublished: 'publiée par l’institut',
  marginComputed: (n, confidence) =>
    `calculée par nos soins${NB}: erreur d’échantillonnage à ${confidence} d’un échantillon aléatoire simple de ${n}${NB}personnes${NB}; l’institut n’en a pas publié`,
  marginComputedWaves: (confidence) =>
    `calculée par nos soins d’après l’effectif de chaque vague${NB}: erreur d’échantillonnage à ${confidence} d’un échantillon aléatoire simple`,
  marginMixed: 'publiée pour certaines vagues, calculée par nos soins d’après l’effectif pour les autres',
  computed: 'calculée',
  otherWaves: 'non publié pour les autres vagues',
  waves: (count, formatted) => `${formatted}${NB}${count < 2 ? 'vague' : 'vagues'}`,
  summaryPoll: (s) =>
    `${s.question ? `${s.question}${NB}: ` : ''}${s.share} des ${s.respondents} ont choisi ${fq(s.answer)} (${s.by}, ${s.year}).`,
  summarySeries: (s) =>
    `${s.by}, ${s.date}${NB}: ${s.share} des ${s.respondents} ont choisi ${fq(s.answer)}${s.earlier ? ` (${s.earlier.date}${NB}: ${s.earlier.share})` : ''}.`,
  multipleChoice: (hundred) => `Plusieurs réponses étaient possibles${NB}: le total des parts n’est pas égal à ${hundred}.`,
  remainder: 'Autres réponses / non publiées',
  showTable: 'Afficher le tableau',
  download: 'Télécharger les données (CSV)',
  answer: 'Réponse',
  share: 'Part',
  wave: 'Vague',
  seeTable: 'Les chiffres exacts figurent dans le tableau qui suit le graphique.',
  longGap: 'Un trait pointillé relie deux vagues distantes de plus de trois ans.',
  gapNote: `Une interruption de la courbe correspond à une vague où cette réponse n’a pas été publiée${NB}; rien n’est tracé entre les deux.`,
  keyboardHint: 'Les touches fléchées permettent de passer d’une valeur à l’autre.',
  neverPublished: 'non publié',
  errors: {
    missing: `Indiquez l’identifiant d’un sondage (attribut ${fq('poll')}) ou d’une série de sondages (attribut ${fq('series')}).`,
    unknownPoll: (id) => `Aucun sondage n’a l’identifiant ${fq(id)}.`,
    unknownSeries: (id) => `Aucune série de sondages n’a l’identifiant ${fq(id)}.`,
    both: `Indiquez ${fq('poll')} ou ${fq('series')}, pas les deux. Le sondage est affiché.`,
    oneWave: (id) => `La série ${fq(id)} ne compte qu’une vague, trop peu pour une courbe${NB}: elle est présentée en barre.`,
    sharesDontAddUp: (question, sum, hundred) =>
      `Les parts de ${fq(question)} totalisent ${sum} et non ${hundred}${NB}: elles ne sont pas représentées.`,
    waveTooHigh: (date, sum, hundred) => `Les parts de la vague ${date} totalisent ${sum}, plus de ${hundred}${NB}: cette vague est écartée.`,
    lineNeedsSeries: `Une courbe demande une série de sondages${NB}: ce sondage isolé est présenté en barres.`,
    invalidData: (detail) => `La propriété ${fq('data')} ne suit pas le schéma du jeu de données (${detail}).`,
  },
};

const ru: OpinionPollChartStrings = {
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
  marginComputed: (n, confidence) =>
    `рассчитана нами: предельная ошибка простой случайной выборки из ${n}${NB}человек с вероятностью ${confidence}; социологическая служба её не публиковала`,
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
export const opinionPollChartStrings: Readonly<Record<Locale, OpinionPollChartStrings>> = { en, fr, ru };
