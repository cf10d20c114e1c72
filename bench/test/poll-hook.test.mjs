// The Chart.js comparison waits for <opinion-poll-chart> in dist/cdn. This runs
// it end to end with a stand-in element (test/poll-stub.js), so the hook is
// known to work the day the real element lands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { main, CHROMIUM } from '../run.mjs';

test('poll comparison: ours (stub) vs Chart.js, one run', { skip: !existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}`, timeout: 120000 }, async () => {
  const { results, report } = await main(['--only', 'poll', '--poll-stub', '--runs', '1', '--no-write']);
  assert.equal(results.length, 1);
  const { dataset, samples } = results[0];
  assert.equal(dataset.kind, 'poll');
  assert.deepEqual(Object.keys(samples), ['blank', 'ours-poll', 'chartjs']);
  for (const [contender, [sample]] of Object.entries(samples)) {
    assert.ok(sample.rendered > 0, `${contender} rendered`);
    assert.ok(sample.dom > 0, `${contender} DOM`);
    assert.equal(sample.blocked.length, 0, `${contender} made no remote request`);
  }
  // Chart.js's own file was fetched and sized.
  assert.ok(samples.chartjs[0].files.some((f) => f.path.endsWith('chart.umd.min.js') && f.gzip > 50000));
  assert.match(report.markdown, /ours \/ Chart\.js/);
});
