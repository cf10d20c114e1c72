// `npm run bench -- --help` prints the options; a bad option says what is wrong, with the usage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseOptions, USAGE } from '../run.mjs';

const RUN = fileURLToPath(new URL('../run.mjs', import.meta.url));

test('--help prints every option and exits 0 without running anything', () => {
  const out = execFileSync(process.execPath, [RUN, '--help'], { encoding: 'utf8' });
  assert.equal(out.trim(), USAGE);
  for (const option of ['--runs', '--only', '--scroll-frames', '--scroll-max', '--screenshots', '--poll', '--poll-stub', '--no-write', '--json', '--help']) {
    assert.ok(out.includes(option), `${option} missing from the help`);
  }
});

test('an unknown option or a bad number exits 1 with a message and the usage, not a stack trace', () => {
  const unknown = spawnSync(process.execPath, [RUN, '--frobnicate'], { encoding: 'utf8' });
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /Unknown option '--frobnicate'/);
  assert.ok(unknown.stderr.includes('Usage: npm run bench'));
  assert.doesNotMatch(unknown.stderr, /at parseArgs|node:internal/);
  assert.throws(() => parseOptions(['--runs', 'many']), /--runs takes a positive number, not "many"/);
  assert.equal(parseOptions(['--runs', '3', '--only', 'bundled']).runs, '3');
});
