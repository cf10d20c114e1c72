import { writeFileSync } from 'node:fs';

/**
 * Prints a plain `N passed, N failed, N skipped` line as the very last line of
 * the run, counting every test in every browser. A test file that fails to
 * load, or fails outside any test, counts as one failure, so a run that
 * executed nothing cannot look green.
 */
export function summaryReporter() {
  let sessions = [];
  let printed = false;

  function count(suite, totals) {
    for (const test of suite.tests) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite.suites) count(child, totals);
  }

  function print() {
    if (printed) return;
    printed = true;
    const totals = { passed: 0, failed: 0, skipped: 0 };
    for (const session of sessions) {
      const before = totals.failed;
      if (session.testResults) count(session.testResults, totals);
      const broken = session.errors.length > 0 || session.passed === false;
      if (broken && totals.failed === before) totals.failed += 1;
    }
    if (sessions.length === 0) totals.failed += 1;
    // scripts/test-all.mjs runs several wtr processes and adds their totals up.
    if (process.env.FRR_SUMMARY_FILE) writeFileSync(process.env.FRR_SUMMARY_FILE, JSON.stringify(totals));
    process.stdout.write(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
  }

  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    stop(args) {
      sessions = args.sessions;
      // wtr's default reporter still writes after stop(); print at exit to be last.
      process.once('exit', print);
    },
  };
}
