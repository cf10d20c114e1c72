/**
 * Compile tests of the framework typings in frameworks/ (run by `npm test`
 * after the build, since the typings read dist/*.d.ts):
 * - React and Preact with tsc, in one program that also checks every file in
 *   frameworks/ (skipLibCheck off): the usages compile, and every
 *   `@ts-expect-error` meets its error (a wrong attribute value, a wrong
 *   property type, a wrong listener); test/types/properties.ts checks that the
 *   typings list every public property of each element class;
 * - Vue with vue-tsc (strict templates) and Svelte with svelte-check: Good and
 *   Legacy files compile without a problem, and each line of a Wrong file
 *   marked `error:` is reported, and no other line.
 * Exits 1 on any failure.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (path) => resolve(root, 'node_modules', path);

if (!existsSync(resolve(root, 'dist/index.d.ts'))) {
  console.error('test-types: dist/index.d.ts is missing; run `npm run build` first.');
  process.exit(1);
}

function run(args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}

/** Lines of a deliberately wrong file that must be reported (1-based). */
function expectedLines(file) {
  return readFileSync(resolve(root, file), 'utf8')
    .split('\n')
    .flatMap((line, index) => (/<!-- error: /.test(line) ? [index + 1] : []));
}

/**
 * Compares reported problems ({ file, line, text }) with what the Wrong file
 * expects; returns the complaints.
 */
function compare(problems, wrongFile) {
  const expected = expectedLines(wrongFile);
  if (expected.length === 0) return [`${wrongFile} marks no line with "error:"`];
  const complaints = [];
  for (const line of expected) {
    if (!problems.some((p) => p.file === wrongFile && p.line === line)) {
      complaints.push(`${wrongFile}:${line}: expected an error, got none`);
    }
  }
  for (const p of problems) {
    if (p.file !== wrongFile || !expected.includes(p.line)) complaints.push(`${p.file}:${p.line}: unexpected: ${p.text}`);
  }
  return complaints;
}

const checks = [
  {
    name: 'React 19 and Preact (tsc), every typings file checked',
    args: [bin('typescript/bin/tsc'), '-p', 'test/types/tsconfig.json', '--pretty', 'false'],
  },
  {
    name: 'Vue 3 (vue-tsc, strictTemplates)',
    args: [bin('vue-tsc/bin/vue-tsc.js'), '-p', 'test/types/vue/tsconfig.json', '--pretty', 'false'],
    judge({ output }) {
      // test/types/vue/Wrong.vue(13,23): error TS2322: Type '"purple"' is not assignable …
      const problems = [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/gm)].map(([, file, line, text]) => ({
        file: relative(root, resolve(root, file)),
        line: Number(line),
        text,
      }));
      const complaints = compare(problems, 'test/types/vue/Wrong.vue');
      if (problems.length === 0 && output.trim()) complaints.push(output.trim());
      return complaints;
    },
  },
  {
    name: 'Svelte 5 (svelte-check)',
    args: [
      bin('svelte-check/bin/svelte-check'),
      '--workspace',
      'test/types/svelte',
      '--tsconfig',
      './tsconfig.json',
      '--output',
      'machine',
    ],
    judge({ output }) {
      // 1796440419549 ERROR "Wrong.svelte" 10:21 "Type '"purple"' is not assignable …"
      const problems = [...output.matchAll(/^\d+ (ERROR|WARNING) "(.+?)" (\d+):\d+ (.*)$/gm)].map(
        ([, kind, file, line, text]) => ({ file: `test/types/svelte/${file}`, line: Number(line), text: `${kind} ${text}` }),
      );
      const complaints = compare(problems, 'test/types/svelte/Wrong.svelte');
      if (!/COMPLETED/.test(output)) complaints.push(output.trim());
      return complaints;
    },
  },
];

/** tsc and its @ts-expect-error lines decide alone: exit code 0 and no output. */
const plain = ({ code, output }) => (code === 0 && !output.trim() ? [] : [output.trim() || `exit code ${code}`]);

let failed = 0;
const queue = [...checks];
// Two at a time: the machine has two cores.
await Promise.all(
  [0, 1].map(async () => {
    for (let check = queue.shift(); check; check = queue.shift()) {
      const started = performance.now();
      const result = await run(check.args);
      const complaints = (check.judge ?? plain)(result);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (complaints.length === 0) {
        console.log(`types: ok    ${check.name} (${seconds} s)`);
      } else {
        failed++;
        console.error(`types: FAIL  ${check.name} (${seconds} s)\n${complaints.map((c) => `  ${c}`).join('\n')}`);
      }
    }
  }),
);
if (failed) {
  console.error(`types: ${failed} of ${checks.length} framework typing checks failed`);
  process.exit(1);
}
