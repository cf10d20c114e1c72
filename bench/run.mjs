#!/usr/bin/env node
/**
 * `npm run bench`: ours vs TimelineJS3 and vis-timeline (and vs Chart.js for a
 * poll, once <opinion-poll-chart> is in the CDN build), side by side in one run
 * of Debian's Chromium, interleaved, several runs each; prints the tables and
 * writes bench/RESULTS.md. See bench/README.md.
 *
 * Options:
 *   --runs N            runs per contender (default 5)
 *   --only a,b          datasets: bundled, synthetic-1000, synthetic-10000, poll
 *   --scroll-frames N   frames of the scripted scroll (default 60)
 *   --scroll-max MS     time box of the scripted scroll (default 2000)
 *   --screenshots DIR   save a PNG of each page (first run) to DIR
 *   --poll ID           poll or poll-series id for the Chart.js comparison
 *   --poll-stub         use test/poll-stub.js as <opinion-poll-chart> (tests the hook)
 *   --no-write          do not write RESULTS.md
 *   --json FILE         also write the raw results as JSON
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { fileSizes, measurePage } from './measure.mjs';
import { CDN_ENTRY, DEFAULT_POLL, prepare } from './prepare.mjs';
import { startServer } from './server.mjs';
import { renderReport } from './report.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(BENCH, '..');
const OUT = join(BENCH, 'generated');

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
];

/** Fewer runs where a contender is very slow (said in RESULTS.md). */
const RUN_CAP = { 'synthetic-10000/timelinejs': 2, 'synthetic-10000/vis': 3 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Makes sure dist/cdn exists: waits while another build seems to be writing it
 * (dist/ present, the entry missing or brand new), and builds the library when
 * it is still missing (a clean clone: installs the root dependencies first).
 */
async function ensureDist() {
  const entry = join(REPO, CDN_ENTRY);
  const fresh = () => existsSync(entry) && Date.now() - statSync(entry).mtimeMs < 3000;
  if (existsSync(join(REPO, 'dist')) && (!existsSync(entry) || fresh())) {
    console.log(`Waiting for ${CDN_ENTRY} (a build may be running)…`);
    for (let i = 0; i < 15 && (!existsSync(entry) || fresh()); i++) await sleep(2000);
  }
  if (existsSync(entry)) return;
  const run = (args) => {
    console.log(`> npm ${args.join(' ')}  (in ${REPO})`);
    const result = spawnSync('npm', args, { cwd: REPO, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed; cannot benchmark without dist/cdn`);
  };
  if (!existsSync(join(REPO, 'node_modules/.bin/rollup'))) run(['install', '--no-audit', '--no-fund']);
  run(['run', 'build', '--silent']);
  if (!existsSync(entry)) throw new Error(`${CDN_ENTRY} is still missing after the build`);
}

function gitCommit() {
  try {
    const head = readFileSync(join(REPO, '.git/HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 12);
    const ref = head.slice(5);
    const loose = join(REPO, '.git', ref);
    if (existsSync(loose)) return readFileSync(loose, 'utf8').trim().slice(0, 12);
    const packed = readFileSync(join(REPO, '.git/packed-refs'), 'utf8');
    const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
    return line ? line.slice(0, 12) : undefined;
  } catch {
    return undefined;
  }
}

/** Gzip size of every CDN file against size-budgets.json (the tests enforce them). */
function sizeBudgets() {
  try {
    const { files } = JSON.parse(readFileSync(join(REPO, 'size-budgets.json'), 'utf8'));
    const dir = join(OUT, 'cdn');
    const all = [join(dir, 'france-russia-relations.js'), ...readdirSync(join(dir, 'chunks')).filter((n) => n.endsWith('.js')).map((n) => join(dir, 'chunks', n))];
    // A pattern (data parts: agreement.*.js…) is shown with its largest file.
    return Object.entries(files).map(([file, limit]) => {
      const pattern = new RegExp(`^${file.replace(/^dist\/cdn\//, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);
      const sizes = all.filter((path) => pattern.test(path.slice(dir.length + 1))).map((path) => fileSizes(path));
      const largest = sizes.sort((a, b) => b.gzip - a.gzip)[0];
      return { file: sizes.length > 1 ? `${file} (largest of ${sizes.length})` : file, limit, ...(largest ?? { raw: undefined, gzip: undefined }) };
    });
  } catch {
    return [];
  }
}


const OPTIONS = {
  runs: { type: 'string', default: '5' },
  only: { type: 'string' },
  'scroll-frames': { type: 'string', default: '60' },
  'scroll-max': { type: 'string', default: '2000' },
  screenshots: { type: 'string' },
  poll: { type: 'string', default: DEFAULT_POLL },
  'poll-stub': { type: 'boolean', default: false },
  'no-write': { type: 'boolean', default: false },
  json: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
};

export const USAGE = `Usage: npm run bench -- [options]

Loads <relations-timeline> and <opinion-poll-chart> side by side with TimelineJS3,
vis-timeline and Chart.js in headless Chromium (${CHROMIUM}) and writes
bench/RESULTS.md: bytes, time to render, long tasks, layout shift, heap, DOM size,
search and a fling through the list, as ratios of one run.

Options:
  --runs N            page loads per contender and dataset, interleaved (default 5)
  --only IDS          comma-separated datasets: bundled, synthetic-1000, synthetic-10000, poll
  --scroll-frames N   animation frames the fling takes to cross the content (default 60)
  --scroll-max MS     time box of the fling in ms (default 2000)
  --screenshots DIR   save a screenshot of every page load in DIR
  --poll ID           the poll series drawn by both charts (default ${DEFAULT_POLL})
  --poll-stub         draw the chart from a stub (tests the Chart.js hook without a build)
  --no-write          print the report without writing bench/RESULTS.md
  --json FILE         also write every sample as JSON to FILE
  -h, --help          print this help

Example: npm run bench -- --only bundled,poll --runs 3`;

/** The options, or `undefined` after printing the help; throws a one-line message on a bad option. */
export function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true });
  } catch (error) {
    throw new Error(`${error.message}\n\n${USAGE}`, { cause: error });
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return undefined;
  }
  for (const name of ['runs', 'scroll-frames', 'scroll-max']) {
    if (!(Number(parsed.values[name]) > 0)) throw new Error(`--${name} takes a positive number, not "${parsed.values[name]}"\n\n${USAGE}`);
  }
  return parsed.values;
}

export async function main(argv = process.argv.slice(2)) {
  const values = parseOptions(argv);
  if (!values) return undefined;
  const runs = Math.max(1, Number(values.runs));
  const scrollFrames = Number(values['scroll-frames']);
  const scrollMaxMs = Number(values['scroll-max']);
  const only = values.only?.split(',').map((s) => s.trim());
  const started = Date.now();

  // The poll hook test (--only poll --poll-stub) needs no build; everything else does.
  const needsDist = !(values['poll-stub'] && only?.every((id) => id === 'poll'));
  if (needsDist) await ensureDist();
  const { datasets, poll } = await prepare({ repo: REPO, out: OUT, poll: values.poll, pollStub: values['poll-stub'], only });
  if (values.screenshots) mkdirSync(values.screenshots, { recursive: true });

  const server = await startServer({ '/node_modules/': join(BENCH, 'node_modules'), '/': OUT });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const results = [];
  const browserVersion = `Chromium ${browser.version()}`;
  try {
    for (const d of datasets) {
      const samples = Object.fromEntries(d.contenders.map((c) => [c, []]));
      console.log(`\n${d.label}: ${d.contenders.join(', ')} × ${runs} runs, interleaved`);
      for (let run = 0; run < runs; run++) {
        for (const contender of d.contenders) {
          const cap = RUN_CAP[`${d.id}/${contender}`];
          if (cap !== undefined && run >= cap) continue;
          const t0 = Date.now();
          const sample = await measurePage(browser, {
            url: server.origin + d.urls[contender],
            kind: contender,
            expected: d.count,
            resolveUrl: server.resolveUrl,
            query: d.kind === 'timeline' && (contender === 'ours' || contender === 'vis') ? d.query : undefined,
            scrollFrames: d.kind === 'timeline' ? scrollFrames : 0,
            scrollMaxMs,
            screenshot: values.screenshots && run === 0 ? join(values.screenshots, `${contender}-${d.id}.png`) : undefined,
          });
          samples[contender].push(sample);
          process.stdout.write(
            `  run ${run + 1} ${contender.padEnd(10)} rendered ${sample.rendered.toFixed(0).padStart(6)} ms` +
              (sample.search ? `, search ${sample.search.ms.toFixed(0)} ms (${sample.search.shown})` : '') +
              (sample.scroll ? `, scroll ${sample.scroll.over}/${sample.scroll.frames} frames over` : '') +
              `  [${((Date.now() - t0) / 1000).toFixed(1)} s]\n`,
          );
          if (process.env.BENCH_DEBUG) console.log(`    phases ${JSON.stringify(sample.phases)}`);
          for (const error of sample.errors) console.log(`    page error: ${error.slice(0, 200)}`);
        }
      }
      results.push({ dataset: d, samples });
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  const meta = {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ram: totalmem(),
    os: `${process.platform} ${release()}`,
    node: process.version,
    browser: browserVersion,
    commit: gitCommit(),
    version: JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version,
    runs,
    runCap: RUN_CAP,
    scrollFrames,
    scrollMaxMs,
    duration: (Date.now() - started) / 1000,
    poll,
    pollStub: values['poll-stub'],
    budgets: sizeBudgets(),
  };
  const report = renderReport(meta, results);
  console.log(`\n${report.terminal}`);
  if (!values['no-write']) {
    writeFileSync(join(BENCH, 'RESULTS.md'), report.markdown);
    console.log(`Wrote bench/RESULTS.md (${meta.duration.toFixed(0)} s).`);
  }
  if (values.json) writeFileSync(values.json, JSON.stringify({ meta, results: results.map((r) => ({ dataset: { ...r.dataset }, samples: r.samples })) }, null, 1));
  return { meta, results, report };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    // A bad option is the reader's mistake: its message and the usage, no stack.
    console.error(error instanceof Error && error.message.includes(USAGE) ? error.message : error);
    process.exit(1);
  });
}
