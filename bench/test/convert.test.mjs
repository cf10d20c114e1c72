import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isoDay, matchesQuery, parseDate, toChartJs, toTimelineJS, toVisItems } from '../convert.mjs';
import { syntheticEvents } from '../../demo/synthetic-events.js';

const data = (file) => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));

test('dates at every precision', () => {
  assert.deepEqual(parseDate('1812'), { year: 1812 });
  assert.deepEqual(parseDate('1812-06'), { year: 1812, month: 6 });
  assert.deepEqual(parseDate('1812-06-24'), { year: 1812, month: 6, day: 24 });
  assert.equal(isoDay('1812'), '1812-01-01');
  assert.equal(isoDay('1812', { end: true }), '1812-12-31');
  assert.equal(isoDay('1900-02', { end: true }), '1900-02-28');
  assert.equal(isoDay('1812-06-24', { end: true }), '1812-06-24');
  assert.throws(() => parseDate('June 1812'));
});

test('every bundled event converts to TimelineJS and vis, in order, in English', () => {
  const events = data('events.json');
  const eras = data('eras.json');
  const tl = toTimelineJS(events, eras);
  assert.equal(tl.events.length, events.length);
  assert.equal(tl.eras.length, eras.length);
  assert.equal(tl.events[0].unique_id, events[0].id);
  assert.equal(tl.events[0].text.headline, events[0].title.en);
  for (const e of tl.events) assert.ok(Number.isInteger(e.start_date.year));
  const items = toVisItems(events, eras);
  assert.equal(items.filter((i) => i.type !== 'background').length, events.length);
  assert.equal(items.filter((i) => i.type === 'background').length, eras.length);
  for (const i of items) assert.match(i.start, /^\d{4}-\d{2}-\d{2}$/);
  const ranged = items.filter((i) => i.type === 'range');
  assert.equal(ranged.length, events.filter((e) => e.end).length);
  for (const r of ranged) assert.ok(r.end >= r.start, `${r.id}: ${r.start} .. ${r.end}`);
});

test('synthetic events are deterministic and convert', () => {
  const a = syntheticEvents(1000);
  assert.deepEqual(a, syntheticEvents(1000));
  assert.equal(toTimelineJS(a).events.length, 1000);
  assert.equal(toVisItems(a).length, 1000);
  const hits = a.filter((e) => matchesQuery(e, 'exhibition')).length;
  assert.ok(hits > 20 && hits < 200, `${hits}`);
});

test('search matching folds case and diacritics and needs every word', () => {
  const e = { title: { en: 'Élysée Treaty' }, summary: { en: 'Signed in Paris' } };
  assert.ok(matchesQuery(e, 'elysee'));
  assert.ok(matchesQuery(e, 'TREATY paris'));
  assert.ok(!matchesQuery(e, 'treaty moscow'));
});

test('polls and poll series become Chart.js configs', () => {
  const series = data('poll-series.json')[0];
  const line = toChartJs(series);
  assert.equal(line.type, 'line');
  assert.equal(line.data.labels.length, series.waves.length);
  assert.equal(line.data.datasets.length, series.answers.length);
  const poll = data('polls.json')[0];
  const bar = toChartJs(poll);
  assert.equal(bar.type, 'bar');
  assert.deepEqual(bar.data.datasets[0].data, poll.questions[0].answers.map((a) => a.share));
});
