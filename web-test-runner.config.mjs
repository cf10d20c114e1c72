/**
 * `npm test`: the suite in Debian's (or any local) Chromium.
 * `npm run test:all`: the same suite in Chromium, Firefox ESR and WebKitGTK
 * (FRR_BROWSERS=chromium,firefox,webkit, under xvfb-run for WebKit).
 * No browser is ever downloaded.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { litRemovePartServe } from './scripts/rollup/lit-remove-part.mjs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { findChromium } from './scripts/wtr/find-chromium.mjs';
import { projectCommandsPlugin } from './scripts/wtr/project-commands.mjs';
import { summaryReporter } from './scripts/wtr/summary-reporter.mjs';
import { webkitLauncher } from './scripts/wtr/webkit.mjs';

// Flags that keep Chromium off the (closed) network and working as root.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-quic',
  // Tests run in parallel tabs: keep background tabs painting (fixtures wait for frames).
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const wanted = (process.env.FRR_BROWSERS ?? 'chromium').split(',').map((b) => b.trim());
const known = ['chromium', 'firefox', 'webkit'];
for (const name of wanted) {
  if (!known.includes(name)) {
    console.error(`FRR_BROWSERS: unknown browser "${name}"; use ${known.join(', ')}.`);
    process.exit(1);
  }
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
      // A browser context per test file: pages in one context starve each
      // other's requestAnimationFrame (modernweb-dev/web#2403).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  );
}
if (wanted.includes('firefox')) {
  // Firefox ESR over WebDriver BiDi through puppeteer-core; one page at a time,
  // because background tabs throttle timers.
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      concurrency: 1,
      launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
      // puppeteer's setViewport also sends emulation.setScreenOrientationOverride, which
      // Firefox ESR 140 (Debian's today) does not know; the viewport itself is set in the
      // same call, so only that unknown command's error is ignored.
      createPage: async ({ browser }) => {
        const page = await browser.newPage();
        const setViewport = page.setViewport.bind(page);
        page.setViewport = async (viewport) => {
          try {
            await setViewport(viewport);
          } catch (error) {
            if (!String(error).includes('setScreenOrientationOverride')) throw error;
          }
        };
        return page;
      },
    }),
  );
}
if (wanted.includes('webkit')) browsers.push(await webkitLauncher());

/**
 * dist/cdn/ served again under /flaky-cdn/<token>/, where the first request for
 * each timeline index and strings chunk fails with 503 (or, for a token that
 * starts with "virtualizer-" or "card-", the virtualizer's or the card's chunk
 * alone; for "card<n>-", the card's chunk n times): a page on an unreliable
 * network (test/cdn-loader.test.ts).
 */
const failures = new Map();
function flakyCdn(ctx, next) {
  const match = /^\/flaky-cdn\/([\w-]+)\/(.*)$/.exec(ctx.path);
  if (!match) return next();
  const [, token, file] = match;
  const failing = token.startsWith('virtualizer-')
    ? /^chunks\/virtualize\.js$/
    : /^card\d?-/.test(token)
      ? /^chunks\/alliance-card\.js$/
      : /^chunks\/(?:timeline|strings)\.\w+\.js$/;
  const failed = failures.get(`${token}/${file}`) ?? 0;
  if (failing.test(file) && failed < Number(/^card(\d)-/.exec(token)?.[1] ?? 1)) {
    failures.set(`${token}/${file}`, failed + 1);
    ctx.status = 503;
    return undefined;
  }
  ctx.url = `/dist/cdn/${file}`;
  return next();
}

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: true,
  browsers,
  concurrency: 2,
  browserStartTimeout: 60_000,
  // The time one test file may take. WebKitGTK loads one language's embed pages in about 100 s on
  // its own, and runs two files at once: beside another heavy file, they went past 180 s in
  // clean-clone CI runs, hence one file per language and kind (test/embed-fit-*.test.ts) and room
  // to spare here. Hangs are still caught sooner, by each test's own mocha timeout.
  testsFinishTimeout: 420_000,
  testFramework: { config: { timeout: 10_000 } },
  // As a static host of dist/embed/ must: pages in sandboxed (opaque-origin) iframes load their modules with CORS.
  middleware: [(ctx, next) => (ctx.set('Access-Control-Allow-Origin', '*'), next()), flakyCdn],
  plugins: [
    // lit-html 3.3.1–3.3.3 leaks a comment per row the virtualizer removes (lit/lit#5298).
    // First, so it reads lit-html's own text.
    litRemovePartServe(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    projectCommandsPlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
