/**
 * How each test file ended in each browser, and which of them to run again.
 *
 * WebKitGTK's MiniBrowser now and then dies under WebDriver in the middle of a
 * clean-clone CI run ("session deleted because of page crash or hang", then
 * "invalid session id"), and wtr stops the whole run there: the file it was in
 * is marked failed and the files after it never start. That is the machine,
 * not a test, so scripts/test-all.mjs runs those files again in that
 * browser. A file with a failed assertion is never run again: only a lost
 * browser or a file that never finished is.
 */
import { relative, sep } from 'node:path';

/** What a browser or its WebDriver session says when it goes away under a test. */
const BROWSER_LOST = /browser disconnected|invalid session id|session deleted|target closed|session closed|browser has disconnected/i;

function countTests(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countTests(child, counts);
  return counts;
}

/**
 * One wtr session (a test file in a browser) as a plain record. A file that
 * failed to load, failed outside any test or never finished counts as one
 * failure, so a run that executed nothing cannot look green; `interrupted`
 * says the browser went away under it (or it never ran) with no assertion
 * having failed.
 * @param {import('@web/test-runner-core').TestSession} session
 * @param {string} root the directory test files are named from
 */
export function outcomeOf(session, root) {
  const counts = session.testResults
    ? countTests(session.testResults, { passed: 0, failed: 0, skipped: 0 })
    : { passed: 0, failed: 0, skipped: 0 };
  const assertionsFailed = counts.failed > 0;
  const finished = session.status === 'FINISHED';
  const lost = session.errors.some((error) => BROWSER_LOST.test(`${error.name ?? ''} ${error.message ?? ''}`));
  const broken = !finished || session.errors.length > 0 || session.passed === false;
  if (broken && !assertionsFailed) counts.failed += 1;
  return {
    browser: session.browser.name,
    file: relative(root, session.testFile).split(sep).join('/'),
    ...counts,
    interrupted: !assertionsFailed && (lost || !finished),
  };
}

/** The sum of some outcomes' counts. */
export function totalsOf(outcomes) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const outcome of outcomes) for (const key of Object.keys(totals)) totals[key] += outcome[key];
  return totals;
}

/** The files to run again, by browser name: those a lost browser interrupted. */
export function filesToRetry(outcomes) {
  const byBrowser = new Map();
  for (const { browser, file, interrupted } of outcomes) {
    if (!interrupted) continue;
    byBrowser.set(browser, [...(byBrowser.get(browser) ?? []), file]);
  }
  return byBrowser;
}

/**
 * Outcomes with those of interrupted files replaced by the outcomes of the run
 * that ran them again (for the same browser and file).
 */
export function replaceRetried(first, again) {
  const key = (o) => `${o.browser}\n${o.file}`;
  const retried = new Map(again.map((o) => [key(o), o]));
  return first.map((o) => (o.interrupted && retried.has(key(o)) ? retried.get(key(o)) : o));
}
