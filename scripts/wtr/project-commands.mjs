/**
 * Server-side commands the browser tests call through `executeServerCommand`,
 * for the checks that need Node: reading project files, generating a fresh
 * custom-elements.json, listing what `npm pack` would publish, and measuring
 * gzip sizes of build outputs.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';
import ts from 'typescript';
import { schemaProblems } from '../data/schema-check.mjs';
import { minifyCss, walk } from '../rollup/minify-templates.mjs';

const root = resolve(import.meta.dirname, '../..');
const execFileAsync = promisify(execFile);

function inProject(path) {
  const full = resolve(root, path);
  if (full !== root && !full.startsWith(root + sep)) throw new Error(`outside the project: ${path}`);
  return full;
}

/** Every file below `dir` (relative to the project), as project-relative paths. */
function listFiles(dir) {
  const out = [];
  const walk = (full) => {
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      const path = join(full, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(inProject(dir));
  return out.sort();
}

const validateData = () => schemaProblems(root);

/**
 * The text of every css`` template in src/, as written and as the build minifies it
 * (scripts/rollup/minify-templates.mjs), each template's pieces joined where its
 * expressions go, with escapes read as the browser reads them.
 */
function cssTemplates() {
  const out = [];
  const cook = (raw) => new Function(`return \`${raw}\`;`)();
  for (const file of listFiles('src').filter((f) => f.endsWith('.ts') && !f.includes('/generated/'))) {
    const source = readFileSync(inProject(file), 'utf8');
    if (!source.includes('css`')) continue;
    const code = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
    walk(parseAst(code), (node) => {
      if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || node.tag.name !== 'css') return;
      const pieces = node.quasi.quasis.map((q) => code.slice(q.start, q.end));
      out.push({ file, written: pieces.map(cook).join(''), minified: pieces.map((p) => cook(minifyCss(p))).join('') });
    });
  }
  return out;
}

/**
 * What a page fetches through the script tag: the given built files (the
 * entry, an element's chunk, the data parts it reads) and every chunk they
 * import statically, transitively, with the gzip size (level 9) of each.
 */
function pageWeight(files) {
  const seen = new Map();
  const visit = (file) => {
    if (seen.has(file)) return;
    const code = readFileSync(inProject(file), 'utf8');
    seen.set(file, gzipSync(code, { level: 9 }).length);
    // Static imports only (`import … from"./x.js"`, `import"./x.js"`); dynamic ones load on demand.
    for (const [, spec] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(relative(root, resolve(root, file, '..', spec)).split(sep).join('/'));
    }
  };
  for (const file of files) visit(file);
  return { files: Object.fromEntries(seen), gzip: [...seen.values()].reduce((a, b) => a + b, 0) };
}

// Generating the manifest takes a few seconds (the plugins build a TypeScript
// program): do it once per test run, in a child process the server does not
// wait on, so other test files keep being served meanwhile.
let freshManifest;
function generateManifest() {
  freshManifest ??= (async () => {
    // The analyzer joins --outdir onto the working directory, so it must be relative.
    mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
    const outdir = mkdtempSync(join(root, 'node_modules/.cache/frr-cem-'));
    try {
      const cem = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
      const args = [cem, 'analyze', '--outdir', relative(root, outdir)];
      try {
        await execFileAsync(process.execPath, args, { cwd: root, encoding: 'utf8' });
      } catch (error) {
        throw new Error(`cem analyze failed: ${error.stderr || error.stdout || error.message}`, { cause: error });
      }
      return readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  })();
  return freshManifest;
}

/** Fragments rendered by dist/ssr.js in a child process (see scripts/ssr/render.mjs), with its warnings. */
function serverRender(jobs) {
  return new Promise((resolvePromise, reject) => {
    const child = execFile(process.execPath, [join(root, 'scripts/ssr/render.mjs')], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`server rendering failed: ${stderr || error.message}`));
      else resolvePromise({ results: JSON.parse(stdout), warnings: stderr.split('\n').filter(Boolean) });
    });
    child.stdin.end(JSON.stringify(jobs));
  });
}

/**
 * Slow commands (a child process: the analyzer, npm pack, a build, server
 * rendering) run as jobs, never blocking the test server: the first call
 * starts one and each call answers at once with `{ done, value | error }`, so
 * a busy machine never hits wtr's 20-second limit on a command's answer. The
 * browser side polls (test/helpers.ts, `serverJob`).
 */
const jobs = new Map();
function job(key, start) {
  let entry = jobs.get(key);
  if (!entry) {
    entry = { done: false };
    jobs.set(key, entry);
    Promise.resolve()
      .then(start)
      .then(
        (value) => Object.assign(entry, { done: true, value }),
        (error) => Object.assign(entry, { done: true, error: String(error?.message ?? error) }),
      );
  }
  if (!entry.done) return { done: false };
  // A failed job is forgotten, so asking again retries it.
  if (entry.error) jobs.delete(key);
  return entry;
}

/**
 * Builds the server-rendering examples as a user would run them: the plain
 * Node script (examples/node) and the Eleventy site (examples/eleventy, into
 * its _site/, which the test server then serves).
 */
async function buildExamples() {
  const run = async (args) => {
    try {
      return (await execFileAsync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout;
    } catch (error) {
      throw new Error(`${args.join(' ')} failed: ${error.stderr || error.stdout || error.message}`, { cause: error });
    }
  };
  const node = await run([join(root, 'examples/node/render.mjs')]);
  rmSync(join(root, 'examples/eleventy/_site'), { recursive: true, force: true });
  await run([join(root, 'node_modules/@11ty/eleventy/cmd.cjs'), '--config=examples/eleventy/eleventy.config.mjs', '--quiet']);
  const eleventy = readFileSync(join(root, 'examples/eleventy/_site/index.html'), 'utf8');
  return { node, eleventy };
}

// What `npm pack` would publish (paths and sizes); asked once per test run, in a
// child process the test server does not block on.
let packed;
function packedFiles() {
  packed ??= (async () => {
    try {
      const args = ['pack', '--dry-run', '--json', '--ignore-scripts'];
      const { stdout } = await execFileAsync('npm', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const [{ files, size, unpackedSize }] = JSON.parse(stdout);
      return { files: files.map((file) => file.path).sort(), size, unpackedSize };
    } catch (error) {
      packed = undefined;
      throw new Error(`npm pack --dry-run failed: ${error.stderr || error.message}`, { cause: error });
    }
  })();
  return packed;
}

const cdpSessions = new WeakMap();

/**
 * The DevTools Protocol session of a test page (one per page, kept: emulation
 * lasts as long as its session), or undefined in a browser without the protocol.
 */
async function cdpOf(session) {
  if (session.browser.type !== 'puppeteer') return undefined;
  const page = session.browser.getPage(session.id);
  if (page.browser().protocol !== 'cdp') return undefined;
  let cdp = cdpSessions.get(page);
  if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
  return cdp;
}

export function projectCommandsPlugin() {
  return {
    name: 'frr-project-commands',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'frr-emulate-media-features': {
          // Any media feature (forced-colors included, which wtr's emulateMedia lacks),
          // through the Chrome DevTools Protocol. Answers false where there is none.
          // puppeteer refuses forced-colors; the protocol itself accepts it.
          const cdp = await cdpOf(session);
          if (!cdp) return false;
          await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
          return true;
        }
        case 'frr-ax-headings': {
          // The names of the headings in the page's accessibility tree (what a screen
          // reader's heading navigation finds), through the DevTools Protocol; `headings: null`
          // elsewhere (a null answer would read as an unknown command).
          const cdp = await cdpOf(session);
          if (!cdp) return { headings: null };
          const { nodes } = await cdp.send('Accessibility.getFullAXTree');
          return { headings: nodes.filter((n) => !n.ignored && n.role?.value === 'heading').map((n) => n.name?.value ?? '') };
        }
        case 'frr-ax-nodes': {
          // Every node of the page's accessibility tree that is not ignored (role, name,
          // and whether it is expanded), through the DevTools Protocol; `nodes: null` elsewhere.
          const cdp = await cdpOf(session);
          if (!cdp) return { nodes: null };
          const { nodes } = await cdp.send('Accessibility.getFullAXTree');
          return {
            nodes: nodes
              .filter((n) => !n.ignored)
              .map((n) => ({
                role: n.role?.value ?? '',
                name: n.name?.value ?? '',
                expanded: n.properties?.find((p) => p.name === 'expanded')?.value?.value,
              })),
          };
        }
        case 'frr-css-templates':
          return cssTemplates();
        case 'frr-read-file':
          return readFileSync(inProject(payload.path), 'utf8');
        case 'frr-list-files':
          return listFiles(payload.dir);
        case 'frr-validate-data':
          return validateData();
        case 'frr-fresh-manifest':
          return job('manifest', generateManifest);
        case 'frr-packed-files':
          return job('packed', packedFiles);
        case 'frr-gzip-sizes':
          return Object.fromEntries(
            listFiles(payload.dir)
              .filter((file) => file.endsWith('.js'))
              .map((file) => {
                const bytes = readFileSync(inProject(file));
                return [file, { raw: statSync(inProject(file)).size, gzip: gzipSync(bytes, { level: 9 }).length }];
              }),
          );
        case 'frr-page-weight':
          return pageWeight(payload.files);
        case 'frr-ssr':
          return job(`ssr ${JSON.stringify(payload.jobs)}`, () => serverRender(payload.jobs));
        case 'frr-build-examples':
          // Once per run: browsers run this file side by side, and the build replaces _site/.
          return job('examples', buildExamples);
        default:
          return undefined;
      }
    },
  };
}
