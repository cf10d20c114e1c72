// Every non-local request is aborted and reported; local files are sized.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../run.mjs';
import { measurePage } from '../measure.mjs';
import { startServer } from '../server.mjs';

test('remote requests are blocked, local ones measured', { skip: !existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}`, timeout: 60000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-block-'));
  writeFileSync(join(dir, 'local.js'), 'window.localRan = true;');
  writeFileSync(
    join(dir, 'page.html'),
    `<!doctype html><html lang="en"><head><link rel="icon" href="data:,">
     <script src="/local.js"></script>
     <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=PT+Sans">
     <script src="https://cdn.example.invalid/remote.js"></script></head>
     <body><h1>Blocked</h1></body></html>`,
  );
  const server = await startServer({ '/': dir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const sample = await measurePage(browser, { url: `${server.origin}/page.html`, kind: 'blank', expected: 0, resolveUrl: server.resolveUrl, scrollFrames: 0 });
    assert.deepEqual(sample.blocked.map((u) => new URL(u).host).sort(), ['cdn.example.invalid', 'fonts.googleapis.com']);
    assert.equal(sample.bytes.js.raw, 'window.localRan = true;'.length);
    assert.ok(sample.rendered > 0);
  } finally {
    await browser.close();
    await server.close();
  }
});
