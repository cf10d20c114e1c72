#!/usr/bin/env node
/**
 * Measures the height of every static embed page in dist/embed/ (run
 * `npm run build` first) in an iframe of the widths asked for: the height its
 * content takes once the element has hydrated and fitted itself (a chart that
 * would pass 1,000 px turns `compact` on), with what the frame's <main> would
 * scroll away counted in.
 *
 *   node scripts/embed/measure.mjs                    # en fr ru, 640 and 390 px, agreement poll series gallery
 *   node scripts/embed/measure.mjs --langs=en --widths=640 --kinds=agreement --all
 *
 * Prints the tallest page per kind, language and width (`--all`: every page),
 * and exits 1 when an agreement, poll or series page is over 1,000 px at 640 px
 * (what WordPress gives an oEmbed iframe at most). Debian's Chromium or CHROME_PATH.
 */
/* global document, customElements, requestAnimationFrame -- in page.evaluate(), which runs in the page */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../wtr/find-chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]?.split(',') ?? fallback;
const langs = arg('langs', ['en', 'fr', 'ru']);
const widths = arg('widths', ['640', '390']).map(Number);
const kinds = arg('kinds', ['agreement', 'poll', 'series', 'gallery']);
const all = process.argv.includes('--all');
const LIMIT = 1000;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path);
  if (!file.startsWith(join(root, 'dist')) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const pagesOf = (lang, kind) =>
  kind === 'gallery' ? ['gallery'] : readdirSync(join(root, 'dist/embed', lang, kind)).filter((f) => f.endsWith('.html')).map((f) => `${kind}/${f.slice(0, -5)}`);

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage();
const rows = [];
try {
  for (const width of widths) {
    await page.setViewport({ width: width + 20, height: 1100 });
    for (const lang of langs) {
      for (const kind of kinds) {
        for (const path of pagesOf(lang, kind)) {
          await page.setContent(`<body style="margin:0"><iframe src="${origin}/dist/embed/${lang}/${path}.html" style="width:${width}px;height:1000px;border:0"></iframe>`, { waitUntil: 'load' });
          const frame = page.frames().find((f) => f !== page.mainFrame());
          // Hydrated: the element is defined and has rendered once in the browser, then fitted.
          const { height, compact } = await frame.evaluate(async () => {
            const el = document.querySelector('main > *');
            await customElements.whenDefined(el.localName);
            await el.updateComplete;
            const main = document.querySelector('main');
            const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height + main.scrollHeight - main.clientHeight);
            // Settled: the same height over five redraws (a chart redraws at its width, then may fold its facts).
            for (let same = 0, last = -1; same < 5; ) {
              await frames();
              await el.updateComplete;
              same = height() === last ? same + 1 : 0;
              last = height();
            }
            return { height: height(), compact: el.hasAttribute('compact') };
          });
          rows.push({ width, lang, kind, path, height, compact });
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

const over = rows.filter((r) => r.kind !== 'gallery' && r.width === 640 && r.height > LIMIT);
if (all) for (const r of rows) console.log(`${r.width}\t${r.lang}\t${r.height}\t${r.path}${r.compact ? '\tcompact' : ''}`);
console.log('\nwidth lang kind       pages  max (page)                                  median');
for (const width of widths) {
  for (const lang of langs) {
    for (const kind of kinds) {
      const list = rows.filter((r) => r.width === width && r.lang === lang && r.kind === kind).sort((a, b) => a.height - b.height);
      if (!list.length) continue;
      const max = list.at(-1);
      const median = list[Math.floor(list.length / 2)].height;
      console.log(`${String(width).padEnd(5)} ${lang.padEnd(4)} ${kind.padEnd(10)} ${String(list.length).padStart(5)}  ${String(max.height).padStart(5)} (${max.path.padEnd(40)}) ${String(median).padStart(5)}`);
    }
  }
}
console.log(over.length ? `\n${over.length} agreement/poll/series pages over ${LIMIT} px at 640 px.` : `\nEvery agreement, poll and series page is at most ${LIMIT} px at 640 px.`);
process.exitCode = over.length ? 1 : 0;
