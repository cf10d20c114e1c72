/* global window */
/**
 * One measured page load: a fresh browser context (no cache), every non-local
 * request aborted, the probe injected before the page's own scripts; then
 * "rendered", a settle period, the load figures, and the scripted search and
 * scroll.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageProbe } from './page-probe.js';

const sizes = new Map();
/** Raw and gzip (level 9) size of a served file, cached by path and mtime. */
export function fileSizes(file) {
  const key = `${file}:${statSync(file).mtimeMs}`;
  let s = sizes.get(key);
  if (!s) {
    const bytes = readFileSync(file);
    s = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(key, s);
  }
  return s;
}

function classify(file) {
  const ext = extname(file);
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.json') return 'data';
  if (ext === '.html') return 'html';
  return 'other';
}

const isLocal = (url) => {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
    return hostname === '127.0.0.1';
  } catch {
    return false;
  }
};

/** Total blocking time: the part of each long task beyond 50 ms. */
const blocking = (tasks) => tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);

/**
 * @param {import('playwright-core').Browser} browser
 * @param {object} o
 * @param {string} o.url absolute page URL
 * @param {string} o.kind contender kind (see page-probe.js)
 * @param {number} o.expected events expected on screen
 * @param {(url: string) => string | undefined} o.resolveUrl URL -> served file
 * @param {string} [o.query] search query (ours and vis)
 * @param {number} [o.scrollFrames] frames for the scroll test (0: skip)
 * @param {string} [o.screenshot] path of a PNG to save once rendered
 * @param {number} [o.timeout] ms to wait for "rendered"
 */
export async function measurePage(browser, o) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' });
  const page = await context.newPage();
  const blocked = [];
  const requests = new Map();
  let inflight = 0;
  let lastNetwork = Date.now();
  const consoleErrors = [];
  try {
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('request', () => {
      inflight += 1;
      lastNetwork = Date.now();
    });
    const done = (request, ok) => {
      inflight = Math.max(0, inflight - 1);
      lastNetwork = Date.now();
      if (ok && !requests.has(request.url())) requests.set(request.url(), { url: request.url(), at: Date.now() });
    };
    page.on('requestfinished', (r) => done(r, true));
    page.on('requestfailed', (r) => done(r, false));
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.addInitScript(pageProbe, { kind: o.kind, expected: o.expected, expectedText: o.expected.toLocaleString('en') });
    const cdp = await context.newCDPSession(page);
    const phases = {};
    let mark = Date.now();
    const phase = (name) => {
      phases[name] = Date.now() - mark;
      mark = Date.now();
    };

    await page.goto(o.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench?.rendered !== undefined, null, { timeout: o.timeout ?? 120000, polling: 50 });
    const rendered = await page.evaluate(() => window.__bench.rendered);
    const renderedAt = Date.now();
    phase('render');

    // Settle: no long task, no request in flight, for 750 ms (at most 20 s).
    for (;;) {
      await page.waitForTimeout(200);
      const lastTaskEnd = await page.evaluate(() => {
        const t = window.__bench.longTasks.at(-1);
        return t ? performance.timeOrigin + t.start + t.duration : 0;
      });
      const quietSince = Math.max(renderedAt, lastNetwork, lastTaskEnd);
      if ((inflight === 0 && Date.now() - quietSince >= 750) || Date.now() - renderedAt > 20000) break;
    }
    phase('settle');

    if (o.screenshot) await page.screenshot({ path: o.screenshot });
    phase('screenshot');

    const load = await page.evaluate(() => ({
      whole: window.__bench.whole,
      longTasks: window.__bench.longTasks.slice(),
      layoutShift: window.__bench.layoutShift,
      shifts: window.__bench.shifts,
      domCount: window.__bench.domCount(),
      probeError: window.__bench.error,
      resources: performance.getEntriesByType('resource').map((e) => ({ url: e.name, end: e.responseEnd })),
    }));
    phase('figures');
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    phase('heap');

    // Bytes: every file the page fetched up to now, sized from disk.
    const bytes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, data: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 }, html: { raw: 0, gzip: 0 } };
    const files = [];
    const arrived = new Map(load.resources.map((r) => [r.url, r.end]));
    for (const { url } of requests.values()) {
      const file = o.resolveUrl(url);
      if (!file) continue;
      const s = fileSizes(file);
      const type = classify(file);
      bytes[type].raw += s.raw;
      bytes[type].gzip += s.gzip;
      // Resource Timing says when it arrived: before or after "rendered".
      const end = arrived.get(url);
      files.push({ path: new URL(url).pathname, type, ...s, afterRender: end !== undefined && end > rendered });
    }

    let scroll;
    if (o.scrollFrames) {
      const s = await page.evaluate(([n, max]) => window.__bench.scroll(n, max), [o.scrollFrames, o.scrollMaxMs ?? 3000]);
      phase('scroll');
      const over = s.intervals.filter((ms) => ms > 16.7 * 1.5).length;
      // Missed frames: how many 60 Hz frames each interval spans beyond the first.
      const missed = s.intervals.reduce((n, ms) => n + Math.max(0, Math.round(ms / (1000 / 60)) - 1), 0);
      scroll = {
        frames: s.intervals.length,
        over,
        missed,
        worst: Math.max(...s.intervals),
        total: s.intervals.reduce((a, b) => a + b, 0),
        longTasks: s.longTasks.length,
        maxTask: s.longTasks.reduce((m, t) => Math.max(m, t.duration), 0),
        covered: s.covered,
        reachedEnd: s.reachedEnd,
      };
    }

    let search;
    if (o.query) {
      // After the scroll, on the full list; not cleared afterwards (restoring
      // 10,000 items in vis takes minutes).
      await page.waitForTimeout(200);
      search = await page.evaluate((q) => window.__bench.search(q), o.query);
      phase('search');
    }
    // Long tasks of the load: from navigation to the end of the settle period.
    const tasks = load.longTasks;
    return {
      rendered,
      whole: load.whole,
      longTasks: tasks.length,
      tbt: blocking(tasks),
      maxTask: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      cls: load.layoutShift,
      heap: heap.usedSize,
      dom: load.domCount,
      bytes,
      files,
      search,
      scroll,
      blocked,
      errors: consoleErrors,
      probeError: load.probeError,
      phases,
    };
  } finally {
    const t = Date.now();
    await context.close();
    if (process.env.BENCH_DEBUG) console.log(`    close ${Date.now() - t} ms`);
  }
}
