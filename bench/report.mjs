/**
 * Turns the samples into the side-by-side tables (terminal and RESULTS.md):
 * median (min–max) per figure, ratios ours / theirs, and where we stand
 * against the targets of issue 10. Reports only; asserts nothing.
 */

const NAMES = {
  blank: 'blank page',
  ours: 'ours',
  'ours-poll': 'ours',
  timelinejs: 'TimelineJS3',
  vis: 'vis-timeline',
  chartjs: 'Chart.js',
};

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export function stats(values) {
  const v = values.filter((x) => Number.isFinite(x));
  if (v.length === 0) return undefined;
  return { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length };
}

const kB = (n) => (n / 1000).toFixed(1);
const ms = (n) => n.toFixed(0);
const MB = (n) => (n / 1e6).toFixed(1);
const int = (n) => String(Math.round(n));
const cls = (n) => n.toFixed(3);

/** The figures, in table order. `get` returns a number or undefined (n/a). */
const METRICS = [
  { key: 'jsCssRaw', label: 'JS+CSS fetched, raw (kB)', fmt: kB, get: (s) => s.bytes.js.raw + s.bytes.css.raw, exact: true },
  { key: 'jsCssGzip', label: 'JS+CSS fetched, gzip (kB)', fmt: kB, get: (s) => s.bytes.js.gzip + s.bytes.css.gzip, exact: true },
  { key: 'dataRaw', label: 'data fetched (JSON), raw (kB)', fmt: kB, get: (s) => s.bytes.data.raw, exact: true },
  { key: 'otherRaw', label: 'other files (icon font), raw (kB)', fmt: kB, get: (s) => s.bytes.other.raw, exact: true },
  { key: 'allGzip', label: 'everything but the page, gzip (kB)', fmt: kB, get: (s) => s.bytes.js.gzip + s.bytes.css.gzip + s.bytes.data.gzip + s.bytes.other.gzip, exact: true },
  { key: 'rendered', label: 'rendered, from navigation start (ms)', fmt: ms, get: (s) => s.rendered },
  { key: 'whole', label: 'every event in the DOM, from navigation start (ms)', fmt: ms, get: (s) => s.whole, timeline: true },
  { key: 'longTasks', label: 'long tasks during load (count)', fmt: int, get: (s) => s.longTasks },
  { key: 'tbt', label: 'total blocking time during load (ms)', fmt: ms, get: (s) => s.tbt },
  { key: 'maxTask', label: 'longest task during load (ms)', fmt: ms, get: (s) => s.maxTask },
  { key: 'cls', label: 'cumulative layout shift', fmt: cls, get: (s) => s.cls },
  { key: 'heap', label: 'JS heap after GC (MB)', fmt: MB, get: (s) => s.heap },
  { key: 'dom', label: 'DOM elements (incl. shadow roots)', fmt: int, get: (s) => s.dom },
  { key: 'search', label: 'search filter applied (ms)', fmt: ms, get: (s) => s.search?.ms, timeline: true },
  { key: 'scrollFrames', label: 'scroll: frames drawn (time box)', fmt: int, get: (s) => s.scroll?.frames, timeline: true },
  { key: 'scrollCovered', label: 'scroll: content covered (%)', fmt: int, get: (s) => (s.scroll ? s.scroll.covered * 100 : undefined), timeline: true },
  { key: 'scrollOver', label: 'scroll: frames over budget (%)', fmt: int, get: (s) => (s.scroll ? (s.scroll.over / s.scroll.frames) * 100 : undefined), timeline: true },
  { key: 'scrollWorst', label: 'scroll: worst frame (ms)', fmt: ms, get: (s) => s.scroll?.worst, timeline: true },
  { key: 'scrollMaxTask', label: 'scroll: longest task (ms)', fmt: ms, get: (s) => s.scroll?.maxTask, timeline: true },
];

function cell(st, metric) {
  if (!st) return 'n/a';
  const m = metric.fmt(st.median);
  if (metric.exact || st.n === 1 || metric.fmt(st.min) === metric.fmt(st.max)) return m;
  return `${m} (${metric.fmt(st.min)}–${metric.fmt(st.max)})`;
}

function ratio(a, b) {
  if (a === undefined || b === undefined) return 'n/a';
  if (b === 0) return a === 0 ? '= (both 0)' : '— (theirs 0)';
  const r = a / b;
  return `${r < 0.1 ? r.toFixed(3) : r.toFixed(2)}×`;
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(rows[0]), `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

/** Per-dataset figures: stats[contender][metric]. */
export function summarize(result) {
  const out = {};
  for (const [contender, samples] of Object.entries(result.samples)) {
    out[contender] = {};
    for (const metric of METRICS) out[contender][metric.key] = stats(samples.map(metric.get).map((x) => (x === undefined ? NaN : x)));
    out[contender].runs = samples.length;
  }
  return out;
}

function datasetTable(result, summary) {
  const { dataset } = result;
  const ours = dataset.kind === 'poll' ? 'ours-poll' : 'ours';
  const others = dataset.contenders.filter((c) => c !== 'blank' && c !== ours);
  const header = ['figure', ...dataset.contenders.map((c) => `${NAMES[c]} (${summary[c].runs})`), ...others.map((c) => `ours / ${NAMES[c]}`)];
  const rows = [header];
  for (const metric of METRICS) {
    if (metric.timeline && dataset.kind !== 'timeline') continue;
    const row = [metric.label];
    for (const c of dataset.contenders) row.push(cell(summary[c][metric.key], metric));
    for (const c of others) row.push(ratio(summary[ours][metric.key]?.median, summary[c][metric.key]?.median));
    rows.push(row);
  }
  return table(rows);
}

const fmtTarget = (ok) => (ok === undefined ? 'n/a' : ok ? '**met**' : '**not met**');

function targets(meta, results, summaries) {
  const byId = Object.fromEntries(results.map((r, i) => [r.dataset.id, summaries[i]]));
  const lines = [];
  const bundled = byId['bundled'];
  const big = byId['synthetic-10000'];
  const mid = byId['synthetic-1000'];
  const med = (s, c, k) => s?.[c]?.[k]?.median;

  // Issue 10's byte budgets: everything a page fetches (JS, CSS, data), gzip -9.
  const poll = byId['poll'];
  const events = results.find((r) => r.dataset.id === 'bundled')?.dataset.count;
  if (bundled && events) {
    const ours = med(bundled, 'ours', 'allGzip');
    const budget = 40000 + 100 * Math.max(0, events - 161);
    lines.push(
      `- **One timeline with the bundled ${events} events ≤ 40 kB + 0.1 kB per event beyond 161 (${kB(budget)} kB)**: ours ${kB(ours)} kB: ${fmtTarget(ours <= budget)}. ` +
        `TimelineJS fetched ${kB(med(bundled, 'timelinejs', 'jsCssGzip'))} kB of JS and CSS, ${kB(med(bundled, 'timelinejs', 'allGzip'))} kB with its data and icon font (ours / theirs ${ratio(ours, med(bundled, 'timelinejs', 'allGzip'))}).`,
    );
  }
  if (poll) {
    const ours = med(poll, 'ours-poll', 'allGzip');
    lines.push(
      `- **One chart of a poll series ≤ 24 kB**: ours ${kB(ours)} kB: ${fmtTarget(ours <= 24000)}; Chart.js fetched ${kB(med(poll, 'chartjs', 'allGzip'))} kB (ours / theirs ${ratio(ours, med(poll, 'chartjs', 'allGzip'))}), and draws the chart only.`,
    );
  }
  if (bundled) {
    const o = med(bundled, 'ours', 'rendered');
    const t = med(bundled, 'timelinejs', 'rendered');
    const b = med(bundled, 'blank', 'rendered');
    lines.push(
      `- **Bundled dataset rendered in ≤ ⅓ of TimelineJS's time above the blank page**: ${ms(o - b)} ms vs ${ms(t - b)} ms = ${ratio(o - b, t - b)}: ${fmtTarget(o - b <= (t - b) / 3)}.`,
    );
  }
  if (big) {
    const o = med(big, 'ours', 'rendered');
    const t = med(big, 'timelinejs', 'rendered');
    lines.push(`- **10,000 events rendered ≥ 10× sooner than TimelineJS**: ${ms(o)} ms vs ${ms(t)} ms = ${t && o ? (t / o).toFixed(1) : 'n/a'}× sooner: ${fmtTarget(t / o >= 10)}.`);
    const d10 = med(big, 'ours', 'dom');
    const d1 = med(mid, 'ours', 'dom');
    const db = med(bundled, 'ours', 'dom');
    lines.push(
      `- **DOM size bounded at 10,000 events**: ours ${int(d10)} elements at 10,000 vs ${d1 !== undefined ? int(d1) : 'n/a'} at 1,000 and ${db !== undefined ? int(db) : 'n/a'} for the bundled ${results.find((r) => r.dataset.id === 'bundled')?.dataset.count ?? ''} ` +
        `(TimelineJS ${int(med(big, 'timelinejs', 'dom'))}, vis ${int(med(big, 'vis', 'dom'))}): ${fmtTarget(d1 !== undefined ? d10 <= d1 * 1.5 : undefined)} (bounded = within 1.5× of the 1,000-event figure).`,
    );
    const worstScrollTask = big.ours.scrollMaxTask?.max;
    const over = big.ours.scrollOver?.max;
    lines.push(
      worstScrollTask === undefined
        ? '- **A fling through 10,000 events**: the scroll was not measured.'
        : `- **A fling through 10,000 events with no task over 50 ms and at most 10 % of frames over 25 ms** (worst run): longest task ${ms(worstScrollTask)} ms, ${int(over)} % of frames over budget: ${fmtTarget(worstScrollTask <= 50 && over <= 10)}.`,
    );
  }
  const shifts = results.flatMap((r, i) => (r.samples.ours ?? r.samples['ours-poll'] ? [[r.dataset.id, summaries[i][r.samples.ours ? 'ours' : 'ours-poll'].cls?.max ?? 0]] : []));
  if (shifts.length) {
    const worst = Math.max(...shifts.map(([, v]) => v));
    lines.push(`- **Layout shift 0**: worst CLS of ours over all runs: ${shifts.map(([id, v]) => `${id} ${cls(v)}`).join(', ')}: ${fmtTarget(worst === 0)}.`);
  }
  return lines.join('\n');
}

export function renderReport(meta, results) {
  const summaries = results.map(summarize);
  const parts = [];
  const gb = (meta.ram / 2 ** 30).toFixed(1);
  parts.push(`# Benchmark results

Produced by \`npm run bench\` (bench/run.mjs) on ${meta.date.slice(0, 10)}, library version ${meta.version}, dist/ built from the
working tree${meta.commit ? ` at commit \`${meta.commit}\`` : ''}. Whole run: ${meta.duration.toFixed(0)} s. Absolute times drift on a shared
machine; compare the columns of one run, not runs with each other.

| machine | |
| --- | --- |
| CPU | ${meta.cpu}, ${meta.cores} cores |
| RAM | ${gb} GiB |
| OS | ${meta.os} |
| browser | ${meta.browser} (Debian's, headless, \`--disable-gpu\`) |
| Node | ${meta.node} |
| runs | ${meta.runs} per contender, interleaved${Object.keys(meta.runCap).length ? `; capped: ${Object.entries(meta.runCap).map(([k, v]) => `${k} ${v}`).join(', ')} (slow)` : ''} |`);

  parts.push(`## Method

Each page load is a fresh browser context (empty cache) at 1280×900, served from 127.0.0.1 by bench/server.mjs
(uncompressed, \`no-store\`); every non-local request is aborted by \`page.route\` (which intercepts every request
of every page, the blank one included). Contenders run interleaved
(blank, ours, TimelineJS3, vis-timeline, then again), so drift on a shared machine hits all alike. Cells are the
median (min–max) over the runs; the run count is in each column header. Ratios are ours / theirs, medians.

- **Contenders.** Ours: \`<relations-timeline>\` from dist/cdn by one \`<script type="module">\`; the bundled dataset
  comes with the library as parts loaded on first use (no \`src\`), the synthetic sets are loaded with \`src="….json"\` in our schema
  (as the others load theirs; with \`src\` our element also loads its bundled data for eras and people, which
  the bytes include). TimelineJS3 ${'3.9.11'}: dist/js/timeline.js + css/timeline.css, data by URL, \`font: null\`
  (its default font CSS pulls Google Fonts). vis-timeline: the standalone UMD build (CSS inside the JS), items
  fetched as JSON, \`height: 720px\`, otherwise defaults. Blank: the same page with no component (the floor).
- **Poll.** Ours: \`<opinion-poll-chart series="…">\` (or \`poll="…"\`) from the same script, its data bundled;
  Chart.js ${'4.6.1'} (\`chart.umd.min.js\`) drawing the same poll series as a line chart with its defaults
  (a line per answer across the waves, its config fetched as JSON). Ours also shows the question wording,
  pollster, sample, margin of error and sources; Chart.js only the chart.
- **Same events.** data/events.json (${results.find((r) => r.dataset.id === 'bundled')?.dataset.count} events) and \`syntheticEvents(1000 | 10000)\` from
  demo/synthetic-events.js (deterministic), converted by bench/convert.mjs: TimelineJS slides (headline = title,
  text = summary) and eras; vis boxes/ranges (content = title, tooltip = summary) and eras as background items.
- **Bytes**: every JS and CSS file the page fetched until it settled, sized from the files served; gzip is
  computed by us (level 9). Data (JSON) and other files (icon fonts) are listed apart.
- **Rendered**: \`performance.now()\` (origin = navigation start) just after the first frame in which the
  contender's predicate holds (checked every animation frame, then one task after it): ours: the count text
  showing every event (the number it looks for is formatted outside the page: formatting it in the page
  would start the page's \`Intl\`, 20–40 ms, and charge it to the contender) and the list's first screen full of \`[part~="event"]\` entries (up to 400 events the
  list is then drawn whole in the following frames, timed apart as "every event in the DOM"; above 400 it is
  virtualized); TimelineJS: one \`.tl-slide\` and one \`.tl-timemarker\` per event;
  vis: the first item box present; blank: its heading. Poll: ours: an SVG in its shadow root and nothing
  loading; Chart.js: its first draw (\`afterDraw\`; its default 1 s animation then goes on).
- **Load figures** after the page settles (750 ms with no long task and no request in flight): long tasks
  (PerformanceObserver \`longtask\`; count, total blocking time = Σ(duration − 50 ms), longest), cumulative
  layout shift (sum of \`layout-shift\` entries without recent input), JS heap used after two
  \`HeapProfiler.collectGarbage\` (CDP \`Runtime.getHeapUsage\`), and elements in the document including
  open shadow roots.
- **Search**: ours: the search input's value set to the query ("treaty" for the bundled set, "exhibition" for
  synthetic ones) with one \`input\` event (as a paste), timed until the count has changed, every rendered
  entry matches, and the next frame is out. vis (closest equivalent, labelled: it has no search):
  \`setItems\` with the items whose title or summary match, until the rendered items all match.
  TimelineJS has no search and no item filter: n/a.
- **Scroll**: the content is crossed in ${meta.scrollFrames} steps, one per animation frame (${(meta.scrollFrames / 60).toFixed(1)} s at 60 Hz: a fling,
  so that every frame brings new rows), time-boxed at ${(meta.scrollMaxMs / 1000).toFixed(1)} s; "content covered" says how far a slow
  contender got in that time. Each interval between frames is timed: "over budget" is an interval over
  25 ms (1.5 × 16.7 ms, i.e. at least one 60 Hz frame missed; the blank page shows the machine's floor). Ours: the
  list's \`scrollTop\` from top to bottom (instant). TimelineJS (closest equivalent): \`goTo()\` evenly spaced
  slides, first to last. vis (closest equivalent): a window 1/20 of the whole range panned from the first item
  to the last with \`setWindow(…, { animation: false })\`. Blank: nothing moves.
- **Search** runs after the scroll, where the scroll left the view.`);

  results.forEach((result, i) => {
    const d = result.dataset;
    let title = `## ${d.label}`;
    if (d.kind === 'timeline') title += ` (${d.count.toLocaleString('en')} events; search "${d.query}")`;
    parts.push(`${title}\n\n${datasetTable(result, summaries[i])}`);
    const notes = [];
    const s = result.samples;
    if (d.kind === 'timeline') {
      const shown = s.ours?.[0]?.search?.shown;
      const visShown = s.vis?.[0]?.search?.shown;
      notes.push(`Search "${d.query}" kept ${shown ?? 'n/a'} events in ours and ${visShown ?? 'n/a'} items in vis (title or summary; ours also searches people's names).`);
      const ends = Object.entries(s).filter(([, v]) => v.some((x) => x.scroll && x.scroll.covered === 1 && !x.scroll.reachedEnd));
      if (ends.length) notes.push(`Scroll stepped through every position but the list was still growing at the end for: ${ends.map(([c]) => c).join(', ')}.`);
    }
    for (const [c, samples] of Object.entries(s)) {
      const blocked = [...new Set(samples.flatMap((x) => x.blocked).map((u) => new URL(u).host))];
      if (blocked.length) notes.push(`${NAMES[c]}: blocked requests to ${blocked.join(', ')}.`);
      const errors = [...new Set(samples.flatMap((x) => x.errors))];
      if (errors.length) notes.push(`${NAMES[c]}: page errors: ${errors.slice(0, 3).map((e) => `\`${e.slice(0, 160)}\``).join('; ')}.`);
      const files = samples[0]?.files.filter((f) => f.type === 'js' || f.type === 'css');
      if (files?.length && c !== 'blank')
        notes.push(`${NAMES[c]} JS+CSS: ${files.map((f) => `${f.path.split('/').slice(-2).join('/')} ${kB(f.gzip)} kB gzip${f.afterRender ? ' (after render)' : ''}`).join(', ')}.`);
    }
    if (notes.length) parts.push(notes.map((n) => `- ${n}`).join('\n'));
  });

  const blockedAll = results.flatMap((r) => Object.values(r.samples).flat().flatMap((x) => x.blocked));
  parts.push(
    blockedAll.length
      ? `Non-local requests were attempted (and aborted): ${[...new Set(blockedAll.map((u) => new URL(u).host))].join(', ')}; see the notes under each table.`
      : 'No page attempted a non-local request in this run (none had to be aborted).',
  );

  if (!results.some((r) => r.dataset.kind === 'poll')) {
    parts.push(`## Poll: ours vs Chart.js

Not measured in this run: \`<opinion-poll-chart>\` is not in dist/cdn yet. The comparison is wired in
(bench/prepare.mjs, \`poll\` dataset; tested with a stand-in element by test/poll-hook.test.mjs) and joins the run
by itself once the CDN build registers the element: \`<opinion-poll-chart series="${meta.poll ?? 'pew-france-opinion-of-russia'}">\` vs a
Chart.js ${'4.6.1'} chart of the same poll (defaults; a line per answer across the waves).`);
  }

  parts.push(`## Where we stand against the targets of issue 10

Reported, not asserted (nothing fails on these).

${targets(meta, results, summaries)}`);

  if (meta.budgets.length) {
    parts.push(`## Size budgets (checked in CI by test/package.test.ts)

${table([
  ['file', 'raw (kB)', 'gzip (kB)', 'budget gzip (kB)', 'used'],
  ...meta.budgets.map((b) => [b.file, b.raw === undefined ? 'missing' : kB(b.raw), b.gzip === undefined ? 'missing' : kB(b.gzip), kB(b.limit), b.gzip === undefined ? 'n/a' : `${Math.round((b.gzip / b.limit) * 100)} %`]),
])}`);
  }

  const markdown = `${parts.join('\n\n')}\n`;
  // The terminal gets the tables and the targets, without the long method text.
  const terminal = parts.filter((p) => !p.startsWith('## Method')).join('\n\n');
  return { markdown, terminal };
}
