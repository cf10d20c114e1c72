// Demo settings for demo/alliance-card.html: the page language goes on
// <html lang> (elements without their own lang follow it), the theme onto each
// element not pinned with data-fixed-theme, and the gallery variant onto the
// galleries. Each setting is kept in the query string (?lang=fr&theme=dark&variant=full).
const TAGS = 'alliance-card, alliance-gallery, relations-timeline';
const params = new URLSearchParams(location.search);
const controls = {
  lang: document.querySelector('#lang'),
  theme: document.querySelector('#theme'),
  variant: document.querySelector('#variant'),
};

const apply = {
  lang(value) {
    document.documentElement.lang = value;
  },
  theme(value) {
    document.documentElement.dataset.theme = value;
    for (const el of document.querySelectorAll(TAGS)) {
      if (!el.hasAttribute('data-fixed-theme')) el.setAttribute('theme', value);
    }
  },
  variant(value) {
    for (const el of document.querySelectorAll('alliance-gallery.gallery')) el.setAttribute('variant', value);
  },
};

for (const [key, select] of Object.entries(controls)) {
  const value = params.get(key) ?? select.value;
  select.value = value;
  apply[key](value);
  select.addEventListener('change', () => {
    apply[key](select.value);
    params.set(key, select.value);
    history.replaceState(null, '', `?${params}`);
  });
}

// A page's own record, in the schema of data/schema/alliances.schema.json. Only
// English is given, so the card shows it in English whatever the language.
document.querySelector('#own-record').alliance = {
  id: 'military-convention-1892',
  name: { en: 'Franco-Russian military convention' },
  kind: 'military-convention',
  parties: [{ en: 'French general staff' }, { en: 'Russian general staff' }],
  summary: {
    en: 'Secret convention signed for the two general staffs by Generals de Boisdeffre and Obruchev, directed against the Triple Alliance.',
  },
  stages: [
    { stage: 'signed', date: '1892-08', precision: 'month', note: { en: '17 or 18 August, depending on the source.' } },
    { stage: 'in-force', date: '1894-01-04', precision: 'day', note: { en: 'Binding once the exchange of letters was completed.' } },
  ],
  ending: { how: 'lapsed', note: { en: 'It ceased to operate when Russia left the war in 1917; it was never formally denounced.' } },
  terms: {
    en: [
      'Russia attacks Germany if France is attacked by Germany, or by Italy supported by Germany',
      'France attacks Germany if Russia is attacked by Germany, or by Austria supported by Germany',
      'Simultaneous mobilisation if any Triple Alliance power mobilises',
      'No separate peace',
    ],
  },
  outcome: { en: 'It became the military core of the Franco-Russian Alliance.' },
  relatedEvents: ['franco-russian-military-convention-1892', 'franco-russian-alliance-takes-effect-1894'],
  sources: ['firstworldwar-military-convention', 'wikisource-franco-russian-alliance'],
  certainty: 'established',
};

// A record that does not follow the schema: the stage "promised" does not exist.
document.querySelector('#bad-record').alliance = {
  id: 'bad-record',
  name: { en: 'A record with a made-up stage' },
  kind: 'alliance',
  parties: [{ en: 'France' }, { en: 'Russia' }],
  summary: { en: 'Shows how a record that does not follow the schema is reported.' },
  stages: [{ stage: 'promised', date: '1900', precision: 'year' }],
  ending: { how: 'lapsed', note: { en: '—' } },
  terms: { en: [] },
  outcome: { en: '—' },
  relatedEvents: [],
  sources: ['britannica-invasion-of-russia'],
  certainty: 'established',
};
