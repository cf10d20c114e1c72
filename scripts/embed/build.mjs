#!/usr/bin/env node
/**
 * Builds dist/embed/, the way in for publishers who cannot add a script:
 *
 * - one static page per record and language (`<lang>/timeline.html`,
 *   `<lang>/era/<id>.html`, `<lang>/agreement/<id>.html`, `<lang>/gallery.html`,
 *   `<lang>/poll/<id>.html`, `<lang>/series/<id>.html`), server-rendered with
 *   `renderToString`, so its content is in the HTML (no JavaScript needed to
 *   read it), with a title, description, canonical URL, Open Graph tags and an
 *   oEmbed discovery link to a static oEmbed 1.0 JSON file beside it;
 * - `index.html`, the configurable page (`?element=…&<attribute>=…`);
 * - `frame.js` (the pages' script) and `resize.js` (the host page's), as
 *   classic scripts.
 *
 * oEmbed needs absolute URLs: set FRR_EMBED_BASE to the URL dist/embed/ is
 * served at (default: http://localhost:8000/dist/embed/, what `npm start` serves).
 *
 *   FRR_EMBED_BASE=https://example.org/frr/embed/ npm run build
 */
import terser from '@rollup/plugin-terser';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { rollup } from 'rollup';

const root = new URL('../../', import.meta.url).pathname;
const out = join(root, 'dist/embed');
const base = new URL(process.env.FRR_EMBED_BASE ?? 'http://localhost:8000/dist/embed/');
if (!base.pathname.endsWith('/')) base.pathname += '/';

const { renderToString } = await import(join(root, 'dist/ssr.js'));
const { CATEGORIES } = await import(join(root, 'dist/data/types.js'));
const read = (file) => JSON.parse(readFileSync(join(root, 'data', file), 'utf8'));
const eras = read('eras.json');
const alliances = read('alliances.json');
const polls = read('polls.json');
const series = read('poll-series.json');

const LANGS = ['en', 'fr', 'ru'];
const OG_LOCALE = { en: 'en_GB', fr: 'fr_FR', ru: 'ru_RU' };
const SITE = { en: 'France–Russia relations', fr: 'Relations franco-russes', ru: 'Российско-французские отношения' };
const TEXT = {
  en: { timeline: 'Timeline of France–Russia relations, 1668 to today', timelineDesc: 'Events of France–Russia relations from the 1660s to today, by era, each with its sources.', gallery: 'Alliances and agreements between France and Russia', galleryDesc: 'Every alliance and agreement between France and Russia, with its stages, terms and sources.', era: 'Timeline', open: 'Open the full page', poll: 'Poll', series: 'Poll series' },
  fr: { timeline: 'Chronologie des relations franco-russes, de 1668 à nos jours', timelineDesc: 'Les événements des relations franco-russes depuis les années 1660, par époque, chacun avec ses sources.', gallery: 'Alliances et accords entre la France et la Russie', galleryDesc: 'Toutes les alliances et tous les accords entre la France et la Russie, avec leurs étapes, leurs clauses et leurs sources.', era: 'Chronologie', open: 'Ouvrir la page complète', poll: 'Sondage', series: 'Série de sondages' },
  ru: { timeline: 'Хронология российско-французских отношений с 1668 года до наших дней', timelineDesc: 'События российско-французских отношений с 1660-х годов до наших дней, по эпохам, каждое с источниками.', gallery: 'Союзы и соглашения между Францией и Россией', galleryDesc: 'Все союзы и соглашения между Францией и Россией: этапы, условия и источники.', era: 'Хронология', open: 'Открыть на сайте', poll: 'Опрос', series: 'Серия опросов' },
};
/**
 * The most an embed is tall in a frame, in px: WordPress clamps an oEmbed
 * iframe to 200–1,000 px and does not let it scroll. The page's <main> holds
 * at most this, less the body's padding and the footer; beyond, it scrolls.
 */
const MAX_HEIGHT = 1000;
/** Fallback iframe heights (px) before the frame reports its own; WordPress clamps to 200–1,000. */
const HEIGHT = { 'relations-timeline': 760, 'alliance-card': 1000, 'alliance-gallery': 1000, 'opinion-poll-chart': 640 };

const pick = (text, lang) => (typeof text === 'string' ? text : (text?.[lang] ?? text?.en ?? ''));
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const clip = (text, n = 200) => (text.length > n ? `${text.slice(0, n - 1).replace(/\s+\S*$/, '')}…` : text);

/** Every page: its path (without .html), element markup, title and description per language. */
function pages() {
  const list = [];
  for (const lang of LANGS) {
    const t = TEXT[lang];
    list.push({ lang, path: 'timeline', tag: 'relations-timeline', markup: '<relations-timeline link></relations-timeline>', title: t.timeline, description: t.timelineDesc });
    for (const era of eras) {
      list.push({ lang, path: `era/${era.id}`, tag: 'relations-timeline', markup: `<relations-timeline era="${era.id}" link></relations-timeline>`, title: `${t.era}: ${pick(era.name, lang)}`, description: pick(era.summary, lang) });
    }
    for (const a of alliances) {
      list.push({ lang, path: `agreement/${a.id}`, tag: 'alliance-card', markup: `<alliance-card alliance="${a.id}"></alliance-card>`, title: pick(a.name, lang), description: pick(a.summary, lang) });
    }
    list.push({ lang, path: 'gallery', tag: 'alliance-gallery', markup: '<alliance-gallery></alliance-gallery>', title: t.gallery, description: t.galleryDesc });
    for (const p of polls) {
      const question = pick(p.questions?.[0]?.text ?? p.questions?.[0]?.label, lang);
      list.push({ lang, path: `poll/${p.id}`, tag: 'opinion-poll-chart', markup: `<opinion-poll-chart poll="${p.id}"></opinion-poll-chart>`, title: `${t.poll}: ${pick(p.title, lang)}`, description: question || pick(p.title, lang) });
    }
    for (const s of series) {
      list.push({ lang, path: `series/${s.id}`, tag: 'opinion-poll-chart', markup: `<opinion-poll-chart series="${s.id}"></opinion-poll-chart>`, title: pick(s.title, lang), description: pick(s.wording, lang) || pick(s.title, lang) });
    }
  }
  return list;
}

// The timeline keeps its own height in a frame: its phone rule (no taller than
// 85svh) would shrink it with every height report, the frame's viewport being
// the timeline's own height.
const STYLE = `relations-timeline{--relations-timeline-max-height:var(--relations-timeline-height,44rem)}html{color-scheme:light dark}body{margin:0;padding:8px;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;background:Canvas;color:CanvasText}
html.frr-transparent,html.frr-transparent body{background:transparent}html.frr-transparent main>*{--frr-color-surface:transparent}
.frr-embed-footer{margin:.5rem -3px 0;padding:0 3px;font-size:.8125rem;line-height:1.25rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.frr-top .frr-embed-footer{display:none}.frr-embed-error{padding:1rem;border:1px solid;border-inline-start-width:4px}
html.frr-framed body{display:flex;flex-direction:column;box-sizing:border-box;max-block-size:${MAX_HEIGHT}px}html.frr-framed main{min-block-size:0;overflow-y:auto}.frr-embed-footer{flex:none}`;

const urlOf = (path) => new URL(path, base).href;

function pageHtml(page, body) {
  const url = urlOf(`${page.lang}/${page.path}.html`);
  const title = `${page.title} — ${SITE[page.lang]}`;
  const alternates = LANGS.map((l) => `<link rel="alternate" hreflang="${l}" href="${escape(urlOf(`${l}/${page.path}.html`))}">`).join('\n');
  const up = '../'.repeat(page.path.split('/').length);
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<meta name="description" content="${escape(clip(page.description))}">
<link rel="canonical" href="${escape(url)}">
${alternates}
<meta property="og:type" content="article">
<meta property="og:site_name" content="${escape(SITE[page.lang])}">
<meta property="og:title" content="${escape(page.title)}">
<meta property="og:description" content="${escape(clip(page.description))}">
<meta property="og:url" content="${escape(url)}">
<meta property="og:locale" content="${OG_LOCALE[page.lang]}">
<link rel="alternate" type="application/json+oembed" href="${escape(urlOf(`${page.lang}/${page.path}.oembed.json`))}" title="${escape(page.title)}">
<base target="_blank">
<style>${STYLE}</style>
<script src="${up}frame.js" defer></script>
</head>
<body>
<main>${body}</main>
<p class="frr-embed-footer"><a href="${escape(url)}" rel="noopener">${escape(TEXT[page.lang].open)} ↗</a> · ${escape(SITE[page.lang])}</p>
</body>
</html>
`;
}

/** oEmbed 1.0 "rich", in the markup WordPress's own embeds use (its script resizes on finding the blockquote). */
function oembed(page) {
  const url = urlOf(`${page.lang}/${page.path}.html`);
  const height = HEIGHT[page.tag];
  const title = escape(page.title);
  return {
    version: '1.0',
    type: 'rich',
    provider_name: SITE[page.lang],
    provider_url: base.href,
    title: page.title,
    width: 640,
    height,
    html:
      `<blockquote class="wp-embedded-content"><a href="${escape(url)}">${title}</a></blockquote>` +
      `<iframe class="wp-embedded-content" data-frr-embed sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" security="restricted" src="${escape(url)}" width="640" height="${height}" title="${title}" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>`,
  };
}

function write(path, text) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
}

/** The configurator: a form whose options come from the dataset; configure.js does the rest. */
function configureHtml() {
  const options = (list, label) => list.map((r) => `<option value="${escape(r.id)}">${escape(label(r))}</option>`).join('');
  const year = (date) => String(date ?? '').slice(0, 4);
  const radio = (value, label, on) => `<label><input type="radio" name="element" value="${value}" data-height="${HEIGHT[value]}"${on ? ' checked' : ''}> ${label}</label>`;
  const select = (name, label, body, attrs = '') => `<label class="field">${label}<select name="${name}"${attrs}>${body}</select></label>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Embed France–Russia relations: configurator</title>
<style>
html{color-scheme:light dark}body{margin:0 auto;padding:1rem;max-width:80rem;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;background:Canvas;color:CanvasText}
form{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))}fieldset{border:1px solid GrayText;border-radius:.5rem;min-width:0}select{max-inline-size:100%;min-inline-size:0}
.field{display:grid;gap:.25rem;margin-block:.25rem}select,input,textarea,button{font:inherit}select,input[type=number]{min-block-size:2.75rem}
label:has(>input[type=radio]),label:has(>input[type=checkbox]){display:flex;gap:.5rem;align-items:center;min-block-size:2.75rem}
.preview{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}.preview figure{margin:0}.preview iframe{border:1px solid GrayText;display:block;height:400px}
.phone iframe{width:390px}.desktop iframe{width:min(1000px,100%)}.desktop{flex:1 1 40rem}
.snippet{display:grid;gap:.25rem;margin-block:1rem}textarea{inline-size:100%;min-block-size:6rem;font-family:ui-monospace,monospace;font-size:.875rem}
button{min-block-size:2.75rem;padding-inline:1rem;justify-self:start}:focus-visible{outline:2px solid Highlight;outline-offset:2px}
</style>
<script src="configure.js" defer></script>
<script src="resize.js" defer></script>
</head>
<body>
<header><h1>Embed France–Russia relations</h1>
<p>Choose what to show, see it at phone and desktop widths, then copy the snippet for your site. No account, no tracking: every file comes from where this page is hosted.</p></header>
<main>
<form id="config" aria-label="What to embed">
<fieldset><legend>Element</legend>
${radio('relations-timeline', 'Timeline', true)}${radio('alliance-card', 'Alliance or agreement card')}${radio('alliance-gallery', 'Gallery of every agreement')}${radio('opinion-poll-chart', 'Opinion poll chart')}
</fieldset>
<fieldset><legend>Record and filters</legend>
<div data-for="relations-timeline">${select('era', 'Era', `<option value="">All eras</option>${options(eras, (e) => `${pick(e.name, 'en')} (from ${year(e.start)})`)}`)}
<label class="field">From year<input type="number" name="from" min="1600" max="2100" inputmode="numeric"></label>
<label class="field">To year<input type="number" name="to" min="1600" max="2100" inputmode="numeric"></label>
<fieldset><legend>Categories</legend>${CATEGORIES.map((c) => `<label><input type="checkbox" name="categories" value="${c}" checked> ${c}</label>`).join('')}</fieldset>
${select('controls', 'Controls', '<option value="all">Search and filters</option><option value="search">Search only</option><option value="none">None</option>')}</div>
<div data-for="alliance-card">${select('alliance', 'Agreement', options(alliances, (a) => pick(a.name, 'en')))}
${select('variant', 'Variant', '<option value="full">Full</option><option value="compact">Compact</option>')}</div>
<div data-for="opinion-poll-chart">${select('chart', 'Poll or series', `<optgroup label="Series (several waves)">${series.map((x) => `<option value="series:${escape(x.id)}">${escape(pick(x.title, 'en'))}</option>`).join('')}</optgroup><optgroup label="Single polls">${polls.map((x) => `<option value="poll:${escape(x.id)}">${escape(pick(x.title, 'en'))}</option>`).join('')}</optgroup>`)}
<label><input type="checkbox" name="compact"> Fold the methodology behind a disclosure (an iframe does it by itself when the chart would pass 1,000 px)</label></div>
<p data-for="alliance-gallery">The gallery shows every agreement.</p>
</fieldset>
<fieldset><legend>Look</legend>
${select('lang', 'Language', '<option value="en">English</option><option value="fr">Français</option><option value="ru">Русский</option>')}
${select('theme', 'Theme', '<option value="auto">Follow the page (in an iframe: the reader’s system)</option><option value="system">Follow the reader’s system</option><option value="light">Light</option><option value="dark">Dark</option>')}
<label><input type="checkbox" name="use-accent"> Own accent colour</label>
<label class="field">Accent colour<input type="color" name="accent" value="#1f4fa8"></label>
<label><input type="checkbox" name="transparent"> Transparent background</label>
</fieldset>
</form>
<h2>Preview</h2>
<div class="preview">
<figure class="phone"><figcaption>Phone (390 px)</figcaption><iframe data-frr-embed title="Preview at phone width" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe></figure>
<figure class="desktop"><figcaption>Desktop</figcaption><iframe data-frr-embed title="Preview at desktop width" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe></figure>
</div>
<h2>Snippets</h2>
${[
  ['page', 'Page URL', 'Paste it alone on a line in WordPress, Ghost, Medium, Substack, Notion…: they embed it by oEmbed. It shows the record in its language; theme and colour need the iframe.'],
  ['iframe', 'Iframe with the resize script', 'For any site that accepts HTML. Without the script, the iframe keeps its height.'],
  ['script', 'Script tag', 'For pages that accept scripts: the element itself, no iframe.'],
  ['npm', 'npm and ES modules', 'For apps and static-site builders.'],
].map(([id, label, help]) => `<div class="snippet"><label for="snippet-${id}"><strong>${label}</strong></label><p id="help-${id}">${help}</p><textarea id="snippet-${id}" readonly aria-describedby="help-${id}"></textarea><button type="button" data-copy="${id}" data-label="${label}">Copy: ${label}</button></div>`).join('\n')}
<p id="copy-status" role="status"></p>
</main>
</body>
</html>
`;
}

/** frame.js and resize.js as minified classic scripts (tsc wrote them as modules). */
async function bundleScripts() {
  for (const name of ['frame', 'resize', 'configure']) {
    const bundle = await rollup({ input: join(out, `${name}.js`), plugins: [terser({ ecma: 2022, format: { comments: false } })] });
    // Not the source map: tsc's points at the module form.
    const { output } = await bundle.generate({ format: 'iife' });
    writeFileSync(join(out, `${name}.js`), output[0].code);
    await bundle.close();
    for (const extra of ['.js.map', '.d.ts', '.d.ts.map']) rmSync(join(out, name + extra), { force: true });
  }
}

const started = performance.now();
const all = pages();
for (const page of all) {
  const body = await renderToString(page.markup, { lang: page.lang });
  write(`${page.lang}/${page.path}.html`, pageHtml(page, body));
  write(`${page.lang}/${page.path}.oembed.json`, `${JSON.stringify(oembed(page), null, 2)}\n`);
}
// The configurable page: frame.js builds its element from the query.
write(
  'index.html',
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(SITE.en)}</title>
<meta name="robots" content="noindex">
<base target="_blank">
<style>${STYLE}</style>
<script src="frame.js" defer></script>
</head>
<body>
<main></main>
</body>
</html>
`,
);
write('configure.html', configureHtml());
await bundleScripts();
console.log(`embed: ${all.length} pages in ${Math.round(performance.now() - started)} ms, base ${base.href}`);
