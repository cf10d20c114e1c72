import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
].find((p) => existsSync(p));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port) {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

/**
 * WebKitGTK's MiniBrowser driven by WebKitWebDriver (Debian's webkit2gtk-driver)
 * over classic WebDriver. MiniBrowser has no headless mode: run under xvfb-run.
 */
export async function webkitLauncher() {
  if (!existsSync(DRIVER) || !MINIBROWSER) {
    console.error('No WebKitGTK driver found: install one (Debian: sudo apt-get install webkit2gtk-driver xvfb xauth).');
    process.exit(1);
  }
  if (!process.env.DISPLAY) {
    console.error('WebKit needs an X display: run the tests through `npm run test:all` (it uses xvfb-run).');
    process.exit(1);
  }
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`], { stdio: 'ignore' });
  process.once('exit', () => driver.kill());
  await waitForDriver(port);
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'warn',
    capabilities: {
      browserName: 'MiniBrowser',
      // webdriverio 9 asks for BiDi by default, which WebKitWebDriver refuses.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
}
