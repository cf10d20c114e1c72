// Demo of <opinion-poll-chart>: every poll and series of the bundled data,
// listed through the library's own loader, in the language and theme chosen
// above (kept in the address bar: ?lang=fr&theme=dark&show=series).
import { loadBundledDataset } from '../src/data/given.ts';

const params = new URLSearchParams(location.search);
const lang = document.querySelector('#lang');
const theme = document.querySelector('#theme');
const show = document.querySelector('#show');

function chart(attributes, properties = {}) {
  const el = document.createElement('opinion-poll-chart');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== undefined) el.setAttribute(name, value);
  }
  Object.assign(el, properties);
  return el;
}

function applyTheme(value) {
  document.documentElement.dataset.theme = value;
  for (const el of document.querySelectorAll('opinion-poll-chart:not(.dark-band *)')) el.setAttribute('theme', value);
  theme.value = value;
}

function applyShow(value) {
  for (const section of document.querySelectorAll('[data-show]')) {
    section.hidden = value !== 'all' && section.dataset.show !== value;
  }
  show.value = value;
}

function remember(key, value) {
  params.set(key, value);
  history.replaceState(null, '', `?${params}`);
}

const dataset = await loadBundledDataset('en');
const list = (name) => document.querySelector(`[data-list="${name}"]`);

// ?id=<poll or series id> shows that record only.
const only = params.get('id');
const wanted = (record) => !only || record.id === only;

for (const series of dataset.series.filter(wanted)) {
  list('series').append(chart({ series: series.id, 'heading-level': 3, downloadable: true }));
}
for (const poll of dataset.polls.filter(wanted)) {
  list('polls').append(chart({ poll: poll.id, 'heading-level': 3, downloadable: true }));
}
for (const [attribute, id] of [
  ...dataset.series.filter(wanted).map((s) => ['series', s.id]),
  ...dataset.polls.filter(wanted).map((p) => ['poll', p.id]),
]) {
  const trio = document.createElement('div');
  trio.className = 'trio';
  for (const language of ['en', 'fr', 'ru']) trio.append(chart({ [attribute]: id, lang: language, 'heading-level': 3 }));
  list('languages').append(trio);
}

// Bad input, each with a different cause.
const pew = dataset.series.find((s) => s.id === 'pew-france-opinion-of-russia');
const badShares = {
  id: 'demo-bad-shares',
  title: { en: 'A poll whose shares do not add up', fr: 'Un sondage dont les parts ne font pas 100 %', ru: 'Опрос, доли которого не дают 100 %' },
  pollster: 'Demo',
  sponsor: null,
  respondents: 'FR',
  population: { en: 'Nobody (a demo)' },
  fieldwork: { start: '2024-01' },
  sampleSize: 1000,
  mode: 'online',
  marginOfError: null,
  questions: [
    {
      id: 'bad',
      label: { en: 'Opinion of Russia', fr: 'Opinion sur la Russie', ru: 'Мнение о России' },
      wording: { original: { lang: 'en', text: 'What is your opinion of Russia?', verbatim: true }, en: 'What is your opinion of Russia?' },
      answers: [
        { id: 'good', label: { en: 'Good' }, share: 70, kind: 'positive' },
        { id: 'bad', label: { en: 'Bad' }, share: 50, kind: 'negative' },
      ],
    },
  ],
  status: 'primary',
  sources: [pew.sources[0].id],
};
const oneWave = {
  id: 'demo-one-wave',
  title: { en: 'A series with a single wave', fr: 'Une série à une seule vague', ru: 'Серия из одной волны' },
  pollster: 'Demo',
  respondents: 'RU',
  population: { en: 'Nobody (a demo)' },
  wording: { original: { lang: 'en', text: 'Favourable or unfavourable?', verbatim: true }, en: 'Favourable or unfavourable?' },
  answers: [
    { id: 'favourable', label: { en: 'Favourable' }, kind: 'positive' },
    { id: 'unfavourable', label: { en: 'Unfavourable' }, kind: 'negative' },
  ],
  waves: [{ date: '2020', sponsor: null, sampleSize: 1000, mode: 'telephone', marginOfError: null, shares: { favourable: 40, unfavourable: 55 }, status: 'primary', sources: [pew.sources[0].id] }],
  sources: [pew.sources[0].id],
};
for (const el of [
  chart({}),
  chart({ poll: 'no-such-poll' }),
  chart({ series: 'no-such-series' }),
  chart({ poll: 'odoxa-2017-05-russia-and-putin', type: 'line' }),
  chart({ 'heading-level': 3 }, { data: badShares }),
  chart({ 'heading-level': 3 }, { data: oneWave }),
  chart({}, { data: { polls: [{ id: 'Not An Id' }] } }),
  chart({ poll: 'odoxa-2017-05-russia-and-putin', src: './no-such-file.json' }),
]) {
  list('errors').append(el);
}

lang.value = params.get('lang') ?? 'en';
document.documentElement.lang = lang.value;
applyTheme(params.get('theme') ?? 'auto');
applyShow(params.get('show') ?? 'all');

lang.addEventListener('change', () => {
  document.documentElement.lang = lang.value;
  remember('lang', lang.value);
});
theme.addEventListener('change', () => {
  applyTheme(theme.value);
  remember('theme', theme.value);
});
show.addEventListener('change', () => {
  applyShow(show.value);
  remember('show', show.value);
});
