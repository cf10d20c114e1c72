/**
 * Runs the whole suite in Chromium, Firefox ESR and WebKitGTK, then prints the
 * combined `N passed, N failed, N skipped` as the last line.
 *
 * Two wtr runs: Chromium and Firefox together, then WebKit alone with one test
 * file at a time (with more, wtr puts WebDriver sessions in iframes, where
 * WebKitWebDriver cannot send keys). WebKit's MiniBrowser needs an X display,
 * so that run goes through `xvfb-run -a` when there is none.
 *
 * Files a lost browser interrupted (it crashed or its WebDriver session died,
 * and wtr stopped; no assertion had failed) are run again in that browser, up
 * to RETRIES times, and their last outcome counts (scripts/wtr/outcomes.mjs).
 * A failed assertion is never run again.
 *
 * Arguments go to wtr: `npm run test:all -- --files test/data.test.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesToRetry, replaceRetried, totalsOf } from './wtr/outcomes.mjs';

const wanted = (process.env.FRR_BROWSERS ?? 'chromium,firefox,webkit').split(',');
const wtr = ['node_modules/@web/test-runner/dist/bin.js', '--static-logging'];
const dir = mkdtempSync(join(tmpdir(), 'frr-test-all-'));
const argsFor = (browsers) => (browsers.includes('webkit') ? ['--concurrency', '1'] : []);
/** FRR_BROWSERS's name for a browser as wtr names it ("Chrome", "Firefox", "MiniBrowser"). */
const browserKey = (name) => (/chrom/i.test(name) ? 'chromium' : /firefox/i.test(name) ? 'firefox' : 'webkit');

/**
 * How many times files a lost browser interrupted are run again. MiniBrowser died under WebDriver
 * in two of three clean-clone CI runs (once per run, 13–15 files into WebKit's 36, in an embed-fit
 * file); the files after it then run in a fresh browser.
 */
const RETRIES = 2;
let runs = 0;
/** One wtr run; its outcomes, or null if it died before reporting. */
function run(browsers, files = process.argv.slice(2)) {
  const summary = join(dir, `summary-${runs++}.json`);
  const env = { ...process.env, FRR_BROWSERS: browsers.join(','), FRR_SUMMARY_FILE: summary };
  let command = process.execPath;
  let args = [...wtr, ...argsFor(browsers), ...files];
  if (browsers.includes('webkit') && !process.env.DISPLAY) {
    if (!existsSync('/usr/bin/xvfb-run')) {
      console.error('WebKit needs xvfb-run: install it (Debian: sudo apt-get install xvfb xauth).');
      process.exit(1);
    }
    command = 'xvfb-run';
    args = ['-a', process.execPath, ...args];
  }
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (!existsSync(summary)) return { status: 1, outcomes: null };
  return { status: result.status, outcomes: JSON.parse(readFileSync(summary, 'utf8')).outcomes };
}

const groups = [wanted.filter((b) => b !== 'webkit'), wanted.filter((b) => b === 'webkit')].filter((g) => g.length > 0);
const outcomes = [];
let status = 0;
let died = 0;
for (const browsers of groups) {
  let { status: code, outcomes: these } = run(browsers);
  if (these === null || these.length === 0) {
    died += 1; // the run died before reporting
    status = 1;
    continue;
  }
  for (let attempt = 1; attempt <= RETRIES; attempt++) {
    for (const [name, files] of filesToRetry(these)) {
      console.log(`\n${name} went away under ${files.length} test file(s) (no assertion had failed); running them again (${attempt} of ${RETRIES}): ${files.join(' ')}`);
      const again = run([browserKey(name)], files.flatMap((file) => ['--files', file]));
      if (again.outcomes !== null) these = replaceRetried(these, again.outcomes); // else the interrupted outcomes stay, each a failure
      code = these.some((o) => o.failed > 0) ? 1 : 0;
    }
  }
  if (code !== 0) status = 1;
  outcomes.push(...these);
}
rmSync(dir, { recursive: true, force: true });
const totals = totalsOf(outcomes);
totals.failed += died;
console.log(`\nAll browsers (${wanted.join(', ')}):`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(status || (totals.failed > 0 ? 1 : 0));
