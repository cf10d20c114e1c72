/**
 * Prepares what the benchmark serves, in bench/generated/ (not committed):
 * - cdn/: a snapshot of the library's dist/cdn, so a rebuild during the run
 *   cannot pull files from under it;
 * - data/: every dataset in each contender's format (ours: our schema, for
 *   `src`; TimelineJS3 JSON; vis-timeline items; Chart.js config);
 * - one HTML page per contender and dataset, written as a blogger would embed it.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toChartJs, toTimelineJS, toVisItems, matchesQuery } from './convert.mjs';

/** The CDN entry file, relative to the repository root. */
export const CDN_ENTRY = 'dist/cdn/france-russia-relations.js';

/** The poll series (or poll) compared with Chart.js: lines over time in both. */
export const DEFAULT_POLL = 'pew-france-opinion-of-russia';

const PAGE_STYLE = 'body{margin:0 auto;max-width:60rem;padding:1rem;font-family:system-ui,sans-serif}';

function page(title, head, body) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <style>${PAGE_STYLE}</style>
${head}
  </head>
  <body>
    <h1>France–Russia relations</h1>
${body}
  </body>
</html>
`;
}

/** Whether the CDN build registers `<opinion-poll-chart>`. */
export function cdnHasPollChart(repo) {
  const file = join(repo, CDN_ENTRY);
  return existsSync(file) && readFileSync(file, 'utf8').includes('opinion-poll-chart');
}

/**
 * @param {object} o
 * @param {string} o.repo the repository root
 * @param {string} o.out bench/generated
 * @param {string} [o.poll] id of the poll or poll series for the Chart.js comparison
 * @param {boolean} [o.pollStub] serve test/poll-stub.js instead of the CDN build for the poll pages (tests the hook)
 * @param {string[]} [o.only] dataset ids to prepare
 */
export async function prepare({ repo, out, poll = DEFAULT_POLL, pollStub = false, only }) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'data'), { recursive: true });
  mkdirSync(join(out, 'pages'), { recursive: true });
  if (existsSync(join(repo, 'dist/cdn'))) cpSync(join(repo, 'dist/cdn'), join(out, 'cdn'), { recursive: true, filter: (src) => !src.endsWith('.map') });

  const read = (file) => JSON.parse(readFileSync(join(repo, 'data', file), 'utf8'));
  const eras = read('eras.json');
  const { syntheticEvents } = await import(pathToFileURL(join(repo, 'demo/synthetic-events.js')).href);

  const datasets = [
    { id: 'bundled', label: 'bundled dataset', kind: 'timeline', events: read('events.json'), query: 'treaty', oursUsesBundled: true },
    { id: 'synthetic-1000', label: '1,000 synthetic events', kind: 'timeline', events: syntheticEvents(1000), query: 'exhibition' },
    { id: 'synthetic-10000', label: '10,000 synthetic events', kind: 'timeline', events: syntheticEvents(10000), query: 'exhibition' },
  ].filter((d) => !only || only.includes(d.id));

  const ourScript = '    <script type="module" src="/cdn/france-russia-relations.js"></script>';
  const prepared = [];
  for (const d of datasets) {
    const files = { timelinejs: `/data/${d.id}.timelinejs.json`, vis: `/data/${d.id}.vis.json` };
    writeFileSync(join(out, files.timelinejs), JSON.stringify(toTimelineJS(d.events, eras)));
    writeFileSync(join(out, files.vis), JSON.stringify(toVisItems(d.events, eras)));
    let oursTag = '<relations-timeline></relations-timeline>';
    if (!d.oursUsesBundled) {
      files.ours = `/data/${d.id}.ours.json`;
      writeFileSync(join(out, files.ours), JSON.stringify({ events: d.events }));
      oursTag = `<relations-timeline src="${files.ours}"></relations-timeline>`;
    }
    const pages = {
      blank: page('Blank', '', '    <div style="height:720px"></div>'),
      ours: page('Ours', ourScript, `    ${oursTag}`),
      timelinejs: page(
        'TimelineJS3',
        `    <link rel="stylesheet" href="/node_modules/@knight-lab/timelinejs/dist/css/timeline.css" />
    <script src="/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script>`,
        `    <div id="timeline" style="height:720px"></div>
    <script>
      // font: null — the default font CSS pulls Google Fonts; everything here is local.
      window.__timeline = new TL.Timeline('timeline', '${files.timelinejs}', { font: null, language: 'en' });
    </script>`,
      ),
      vis: page(
        'vis-timeline',
        '    <script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>',
        `    <div id="visualization"></div>
    <script>
      fetch('${files.vis}')
        .then((response) => response.json())
        .then((items) => {
          const timeline = new vis.Timeline(document.getElementById('visualization'), new vis.DataSet(items), { height: '720px' });
          window.__vis = { timeline, items };
        });
    </script>`,
      ),
    };
    const urls = {};
    for (const [contender, html] of Object.entries(pages)) {
      const name = `${contender}-${d.id}.html`;
      writeFileSync(join(out, 'pages', name), html);
      urls[contender] = `/pages/${name}`;
    }
    prepared.push({
      id: d.id,
      label: d.label,
      kind: d.kind,
      count: d.events.length,
      query: d.query,
      // What vis-timeline's filter keeps (title + summary); ours also searches people's names.
      expectedMatches: d.events.filter((e) => matchesQuery(e, d.query)).length,
      contenders: ['blank', 'ours', 'timelinejs', 'vis'],
      urls,
      dataFiles: files,
    });
  }

  // The poll: ours vs Chart.js. Ours joins once the CDN build registers the
  // element (or with --poll-stub, which tests this hook with a stand-in).
  const withPoll = (!only || only.includes('poll')) && (pollStub || cdnHasPollChart(repo));
  if (withPoll) {
    const records = [...read('polls.json'), ...read('poll-series.json')];
    const record = records.find((r) => r.id === poll);
    if (!record) throw new Error(`no poll or poll series "${poll}" in data/polls.json or data/poll-series.json`);
    writeFileSync(join(out, 'data/poll.chartjs.json'), JSON.stringify(toChartJs(record)));
    if (pollStub) {
      mkdirSync(join(out, 'stub'), { recursive: true });
      cpSync(new URL('./test/poll-stub.js', import.meta.url), join(out, 'stub/poll-stub.js'));
    }
    const script = pollStub ? '    <script type="module" src="/stub/poll-stub.js"></script>' : ourScript;
    // <opinion-poll-chart poll="…"> draws a poll, series="…" a poll series.
    const attribute = Array.isArray(record.waves) ? 'series' : 'poll';
    const pages = {
      blank: page('Blank', '', '    <div style="height:400px"></div>'),
      'ours-poll': page('Ours', script, `    <opinion-poll-chart ${attribute}="${poll}"></opinion-poll-chart>`),
      chartjs: page(
        'Chart.js',
        '    <script src="/node_modules/chart.js/dist/chart.umd.min.js"></script>',
        `    <div style="max-width:48rem"><canvas id="chart"></canvas></div>
    <script>
      fetch('/data/poll.chartjs.json')
        .then((response) => response.json())
        .then((config) => {
          // The benchmark's only hook: a flag set when Chart.js has drawn its first frame
          // (its default 1 s animation then goes on).
          config.plugins = [{ id: 'bench', afterDraw: () => { window.__chartRendered = true; } }];
          window.__chart = new Chart(document.getElementById('chart'), config);
        });
    </script>`,
      ),
    };
    const urls = {};
    for (const [contender, html] of Object.entries(pages)) {
      const name = `${contender}-poll.html`;
      writeFileSync(join(out, 'pages', name), html);
      urls[contender] = `/pages/${name}`;
    }
    prepared.push({
      id: 'poll',
      label: `${attribute === 'series' ? 'poll series' : 'poll'} "${poll}"${pollStub ? ' (STUB element, hook test only)' : ''}`,
      kind: 'poll',
      count: 0,
      contenders: ['blank', 'ours-poll', 'chartjs'],
      urls,
      dataFiles: { chartjs: '/data/poll.chartjs.json' },
      stub: pollStub,
    });
  }
  return { datasets: prepared, poll: withPoll ? poll : undefined };
}
