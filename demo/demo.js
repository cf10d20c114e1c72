// Demo page settings: the language goes on <html lang> (every element follows
// it), the theme onto each element's `theme` attribute and the page itself.
const TAGS = ['relations-timeline', 'alliance-card', 'opinion-poll-chart', 'alliance-gallery', 'poll-series-chart'];

const lang = document.querySelector('#lang');
const theme = document.querySelector('#theme');
const params = new URLSearchParams(location.search);

function applyLang(value) {
  document.documentElement.lang = value;
  lang.value = value;
}

function applyTheme(value) {
  document.documentElement.dataset.theme = value;
  for (const el of document.querySelectorAll(TAGS.join(','))) el.setAttribute('theme', value);
  theme.value = value;
}

applyLang(params.get('lang') ?? 'en');
applyTheme(params.get('theme') ?? 'auto');

function remember(key, value) {
  params.set(key, value);
  history.replaceState(null, '', `?${params}`);
}

lang.addEventListener('change', () => {
  applyLang(lang.value);
  remember('lang', lang.value);
});
theme.addEventListener('change', () => {
  applyTheme(theme.value);
  remember('theme', theme.value);
});
