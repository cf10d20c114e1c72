import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolvePath, startServer } from '../server.mjs';

test('mounts resolve by longest prefix and never escape their folder', () => {
  const mounts = { '/': '/srv/gen', '/node_modules/': '/srv/nm' };
  assert.equal(resolvePath(mounts, '/pages/a.html'), '/srv/gen/pages/a.html');
  assert.equal(resolvePath(mounts, '/node_modules/x/y.js'), '/srv/nm/x/y.js');
  assert.equal(resolvePath(mounts, '/../etc/passwd'), undefined);
  assert.equal(resolvePath(mounts, '/node_modules/../../etc/passwd'), undefined);
});

test('serves files on 127.0.0.1 only, with sizes and no caching', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
  writeFileSync(join(dir, 'a.js'), 'export {};');
  const server = await startServer({ '/': dir });
  try {
    assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.origin}/a.js`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.match(response.headers.get('content-type'), /javascript/);
    assert.equal(await response.text(), 'export {};');
    assert.equal((await fetch(`${server.origin}/missing.js`)).status, 404);
    assert.equal(server.resolveUrl(`${server.origin}/a.js`), join(dir, 'a.js'));
    assert.equal(server.resolveUrl('https://example.com/a.js'), undefined);
  } finally {
    await server.close();
  }
});
