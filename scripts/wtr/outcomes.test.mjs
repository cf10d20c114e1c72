// Node's own test runner (run by `npm test`'s pretest): which test files
// scripts/test-all.mjs runs again, and how their outcomes are counted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filesToRetry, outcomeOf, replaceRetried, totalsOf } from './outcomes.mjs';

const root = '/repo';
const passing = { name: 'a', passed: true, skipped: false };
const failing = { name: 'b', passed: false, skipped: false, error: { message: 'expected 1 to equal 2' } };
const suite = (...tests) => ({ name: '', tests, suites: [] });
function session(file, { status = 'FINISHED', passed = true, errors = [], tests = [passing], browser = 'MiniBrowser' } = {}) {
  return { browser: { name: browser }, testFile: `${root}/test/${file}`, status, passed, errors, testResults: tests && suite(...tests) };
}
const lost = { message: 'invalid session id: WebDriverError: invalid session id when running "execute/sync"' };

test('a file that passed is counted and not run again', () => {
  const outcome = outcomeOf(session('a.test.ts', { tests: [passing, { ...passing, skipped: true }] }), root);
  assert.deepEqual(outcome, { browser: 'MiniBrowser', file: 'test/a.test.ts', passed: 1, failed: 0, skipped: 1, interrupted: false });
});

test('a failed assertion counts and is never run again, even if the browser went away after it', () => {
  const outcome = outcomeOf(session('a.test.ts', { passed: false, errors: [lost], tests: [passing, failing] }), root);
  assert.equal(outcome.failed, 1);
  assert.equal(outcome.interrupted, false);
});

test('a lost browser is one failure, to be run again', () => {
  const outcome = outcomeOf(session('a.test.ts', { passed: false, errors: [{ message: 'Tests were interrupted because the browser disconnected.' }], tests: [passing] }), root);
  assert.deepEqual([outcome.passed, outcome.failed, outcome.interrupted], [1, 1, true]);
});

test('a file that never ran is one failure, to be run again', () => {
  const outcome = outcomeOf(session('b.test.ts', { status: 'SCHEDULED', passed: undefined, tests: null }), root);
  assert.deepEqual([outcome.passed, outcome.failed, outcome.interrupted], [0, 1, true]);
});

test('a file that failed to load is one failure, not run again', () => {
  const outcome = outcomeOf(session('c.test.ts', { passed: false, errors: [{ message: 'SyntaxError: Unexpected token' }], tests: null }), root);
  assert.deepEqual([outcome.failed, outcome.interrupted], [1, false]);
});

test('the files to run again, by browser; their second outcome replaces the first', () => {
  const first = [
    outcomeOf(session('a.test.ts', { browser: 'Chrome' }), root),
    outcomeOf(session('a.test.ts', { passed: false, errors: [lost] }), root),
    outcomeOf(session('b.test.ts', { status: 'SCHEDULED', passed: undefined, tests: null }), root),
    outcomeOf(session('c.test.ts', { passed: false, tests: [failing] }), root),
  ];
  assert.deepEqual([...filesToRetry(first)], [['MiniBrowser', ['test/a.test.ts', 'test/b.test.ts']]]);
  assert.deepEqual(totalsOf(first), { passed: 2, failed: 3, skipped: 0 });

  const again = [outcomeOf(session('a.test.ts'), root), outcomeOf(session('b.test.ts', { passed: false, tests: [failing] }), root)];
  const merged = replaceRetried(first, again);
  assert.deepEqual(totalsOf(merged), { passed: 2, failed: 2, skipped: 0 });
  assert.deepEqual(merged[0], first[0], 'the same file in another browser keeps its outcome');
});

test('a file interrupted again is run again; the last outcome counts', () => {
  const first = [outcomeOf(session('a.test.ts', { status: 'SCHEDULED', passed: undefined, tests: null }), root)];
  const second = replaceRetried(first, [outcomeOf(session('a.test.ts', { passed: false, errors: [lost], tests: [] }), root)]);
  assert.deepEqual([...filesToRetry(second)], [['MiniBrowser', ['test/a.test.ts']]]);
  const third = replaceRetried(second, [outcomeOf(session('a.test.ts'), root)]);
  assert.deepEqual(totalsOf(third), { passed: 1, failed: 0, skipped: 0 });
  assert.equal(filesToRetry(third).size, 0);
});
