/**
 * Runs the whole suite in Chromium, Firefox ESR and WebKitGTK, then prints the
 * combined `N passed, N failed, N skipped` as the last line.
 *
 * Two wtr runs: Chromium and Firefox together, then WebKit alone with one test
 * file at a time (with more, wtr puts WebDriver sessions in iframes, where
 * WebKitWebDriver cannot send keys). WebKit's MiniBrowser needs an X display,
 * so that run goes through `xvfb-run -a` when there is none.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const wanted = (process.env.FRR_BROWSERS ?? 'chromium,firefox,webkit').split(',');
const wtr = ['node_modules/@web/test-runner/dist/bin.js', '--static-logging'];
const dir = mkdtempSync(join(tmpdir(), 'frr-test-all-'));
const runs = [
  { browsers: wanted.filter((b) => b !== 'webkit'), args: [] },
  { browsers: wanted.filter((b) => b === 'webkit'), args: ['--concurrency', '1'] },
].filter((run) => run.browsers.length > 0);

const totals = { passed: 0, failed: 0, skipped: 0 };
let status = 0;
for (const [i, run] of runs.entries()) {
  const summary = join(dir, `summary-${i}.json`);
  const env = { ...process.env, FRR_BROWSERS: run.browsers.join(','), FRR_SUMMARY_FILE: summary };
  let command = process.execPath;
  let args = [...wtr, ...run.args];
  if (run.browsers.includes('webkit') && !process.env.DISPLAY) {
    if (!existsSync('/usr/bin/xvfb-run')) {
      console.error('WebKit needs xvfb-run: install it (Debian: sudo apt-get install xvfb xauth).');
      process.exit(1);
    }
    command = 'xvfb-run';
    args = ['-a', process.execPath, ...args];
  }
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) status = 1;
  if (existsSync(summary)) {
    const counts = JSON.parse(readFileSync(summary, 'utf8'));
    for (const key of Object.keys(totals)) totals[key] += counts[key];
  } else {
    totals.failed += 1; // the run died before reporting
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(`\nAll browsers (${wanted.join(', ')}):`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(status || (totals.failed > 0 ? 1 : 0));
