import { existsSync } from 'node:fs';

/** Where Chromium or Chrome usually lives, after `CHROME_PATH`. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * The path of a Chromium-family browser, or exit at once with one line saying
 * how to get one (nothing in this project downloads a browser).
 */
export function findChromium() {
  const path = [process.env.CHROME_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!path) {
    console.error(
      'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.',
    );
    process.exit(1);
  }
  return path;
}
