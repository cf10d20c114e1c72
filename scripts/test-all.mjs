/**
 * Runs the whole suite in Chromium, Firefox ESR and WebKitGTK in one wtr run.
 * WebKit's MiniBrowser needs an X display, so without one this re-runs itself
 * under `xvfb-run -a`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browsers = process.env.FRR_BROWSERS ?? 'chromium,firefox,webkit';
const wtr = ['node_modules/@web/test-runner/dist/bin.js', '--static-logging'];
const env = { ...process.env, FRR_BROWSERS: browsers };

let command = process.execPath;
let args = wtr;
if (browsers.includes('webkit') && !process.env.DISPLAY) {
  if (!existsSync('/usr/bin/xvfb-run')) {
    console.error('WebKit needs xvfb-run: install it (Debian: sudo apt-get install xvfb xauth).');
    process.exit(1);
  }
  command = 'xvfb-run';
  args = ['-a', process.execPath, ...wtr];
}
const run = spawnSync(command, args, { stdio: 'inherit', env });
process.exit(run.status ?? 1);
