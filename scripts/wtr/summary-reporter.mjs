import { writeFileSync } from 'node:fs';
import { outcomeOf, totalsOf } from './outcomes.mjs';

/**
 * Prints a plain `N passed, N failed, N skipped` line as the very last line of
 * the run, counting every test in every browser. A test file that fails to
 * load, fails outside any test or never finishes counts as one failure, so a
 * run that executed nothing cannot look green.
 *
 * With FRR_SUMMARY_FILE set (scripts/test-all.mjs), it also writes there how
 * each file ended in each browser, so that run can add several wtr runs up and
 * run again the files a lost browser interrupted (scripts/wtr/outcomes.mjs).
 */
export function summaryReporter() {
  return {
    start({ sessions }) {
      // Printed at exit to be the last line (wtr's default reporter still writes after stop()),
      // and because when a browser dies under a test wtr may exit without calling stop().
      process.once('exit', () => {
        const all = [...sessions.all()];
        const outcomes = all.map((session) => outcomeOf(session, process.cwd()));
        const totals = totalsOf(outcomes);
        if (all.length === 0) totals.failed += 1;
        if (process.env.FRR_SUMMARY_FILE) writeFileSync(process.env.FRR_SUMMARY_FILE, JSON.stringify({ totals, outcomes }));
        process.stdout.write(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
