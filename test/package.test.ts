/**
 * The shape of what we publish: package.json entries, one registering entry
 * per element, framework typings for every tag, the dataset and its schemas,
 * no source maps, README links that resolve from the npm page, the manifest
 * kept current, and the CDN file within budget.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { serverJob } from './helpers.js';

interface ExportTarget {
  types: string;
  default?: string;
}
interface PackageJson {
  name: string;
  version: string;
  license: string;
  type: string;
  types: string;
  customElements: string;
  sideEffects: string[];
  files: string[];
  exports: Record<string, ExportTarget | string>;
  scripts: Record<string, string>;
}

const read = (path: string) => executeServerCommand<string, { path: string }>('frr-read-file', { path });
const list = (dir: string) => executeServerCommand<string[], { dir: string }>('frr-list-files', { dir });
/** What `npm pack` would publish. */
let packing: Promise<string[]> | undefined;
const packed = () => (packing ??= serverJob<{ files: string[] }>('frr-packed-files').then((result) => result.files));

/** The framework typings: export subpath, the module each augments, and where. */
const FRAMEWORKS = {
  react: { module: 'react', augments: 'IntrinsicElements' },
  preact: { module: 'preact', augments: 'IntrinsicElements' },
  vue: { module: 'vue', augments: 'GlobalComponents' },
  svelte: { module: 'svelte/elements', augments: 'SvelteHTMLElements' },
} as const;

/** A package.json `sideEffects` glob as a RegExp (npm/webpack semantics: `*` within a folder). */
const globToRegExp = (glob: string) =>
  new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

interface Budgets {
  readonly files: Record<string, number>;
  readonly pages: Record<string, { readonly budget: number; readonly perEvent?: number; readonly events?: number }>;
  readonly localeRatio: number;
}

describe('package', () => {
  let pkg: PackageJson;
  let sources: string[];
  let built: string[];
  before(async function () {
    // npm pack takes seconds, more on a busy machine: once, here, for the tests that read it.
    this.timeout(120000);
    pkg = JSON.parse((await read('package.json'))!) as PackageJson;
    sources = (await list('src'))!;
    built = (await list('dist'))!;
    await packed();
  });

  it('is an ES module package (code MIT, data text CC BY 4.0) with types and a manifest', () => {
    expect(pkg.name).to.equal('france-russia-relations');
    expect(pkg.license).to.equal('MIT AND CC-BY-4.0');
    expect(pkg.type).to.equal('module');
    expect(pkg.types).to.equal('./dist/index.d.ts');
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect(pkg.files).to.include.members(['dist/', 'custom-elements.json']);
  });

  it('exports side-effect-free classes at "." and a registering "./all.js"', () => {
    expect(pkg.exports['.']).to.deep.equal({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(pkg.exports['./all.js']).to.deep.equal({ types: './dist/all.d.ts', default: './dist/all.js' });
    const sideEffect = (file: string) => pkg.sideEffects.some((glob) => globToRegExp(glob).test(file));
    expect(sideEffect('dist/all.js')).to.equal(true);
    expect(sideEffect('dist/index.js')).to.equal(false);
    expect(sideEffect('dist/i18n/format.js')).to.equal(false);
  });

  it('has one registering entry per element, imported by all.ts and marked as a side effect', async () => {
    const all = (await read('src/all.ts'))!;
    const defines = sources.filter((file) => /^src\/[^/]+\/define\.ts$/.test(file));
    for (const file of defines) {
      const tag = file.split('/')[1]!;
      expect(pkg.exports[`./${tag}.js`], tag).to.deep.equal({
        types: `./dist/${tag}/define.d.ts`,
        default: `./dist/${tag}/define.js`,
      });
      expect(all, tag).to.contain(`import './${tag}/define.js';`);
      expect(pkg.sideEffects.some((glob) => globToRegExp(glob).test(`dist/${tag}/define.js`)), tag).to.equal(true);
      const source = (await read(file))!;
      // Guarded, so a second copy of the library on the page does not throw.
      expect(source, tag).to.match(new RegExp(`if \\(!customElements\\.get\\('${tag}'\\)\\)`));
    }
    const elementExports = Object.keys(pkg.exports).filter((key) => /^\.\/[a-z]+-[a-z-]+\.js$/.test(key));
    expect(elementExports.length).to.equal(defines.length);
  });

  it('builds every exported file', () => {
    for (const target of Object.values(pkg.exports)) {
      const paths = typeof target === 'string' ? [target] : [target.types, target.default ?? target.types];
      for (const path of paths) {
        const file = path.replace(/^\.\//, '');
        if (file.startsWith('dist/')) expect(built, file).to.include(file);
      }
    }
    expect(built).to.include('dist/cdn/france-russia-relations.js');
  });

  it('publishes every exported file, wildcard exports included', async () => {
    const files = await packed();
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      const paths = typeof target === 'string' ? [target] : [target.types, target.default ?? target.types];
      for (const path of paths.map((p) => p.replace(/^\.\//, ''))) {
        if (path.includes('*')) {
          // Node's subpath patterns: `*` matches any string, slashes included.
          const [prefix, suffix] = path.split('*') as [string, string];
          const matching = files.filter((file) => file.startsWith(prefix) && file.endsWith(suffix));
          expect(matching, subpath).to.have.length.greaterThan(0);
        } else {
          expect(files, subpath).to.include(path);
        }
      }
    }
  });

  it('exports type-only framework typings that type every tag', async () => {
    const tags = sources.filter((file) => /^src\/[^/]+\/define\.ts$/.test(file)).map((file) => file.split('/')[1]!);
    const files = await packed();
    for (const [name, { module, augments }] of Object.entries(FRAMEWORKS)) {
      const path = `frameworks/${name}.d.ts`;
      expect(pkg.exports[`./${name}`], name).to.deep.equal({ types: `./${path}` });
      expect(files, name).to.include(path);
      const typings = (await read(path))!;
      expect(typings, name).to.contain(`declare module '${module}'`);
      expect(typings, name).to.contain(`interface ${augments} {`);
      for (const tag of tags) expect(typings, `${name}: ${tag}`).to.contain(`'${tag}':`);
    }
    // The typings read the classes through what the package publishes.
    expect(files).to.include('frameworks/elements.d.ts');
  });

  it('exports the dataset and its JSON Schemas as france-russia-relations/data/…', async () => {
    expect(pkg.exports['./data/*.json']).to.equal('./data/*.json');
    const data = (await list('data'))!.filter((file) => /^data\/(schema\/)?[^/]+\.json$/.test(file));
    expect(data).to.include.members(['data/events.json', 'data/alliances.json', 'data/schema/events.schema.json']);
    const files = await packed();
    // Every collection and every schema ships, with the README that states their licence.
    expect(files).to.include.members([...data, 'data/README.md']);
    expect(((await read('data/README.md'))!)).to.contain('CC BY 4.0');
  });

  it('publishes no source maps, and no file points at one', async () => {
    const files = await packed();
    expect(files.filter((file) => file.endsWith('.map'))).to.deep.equal([]);
    for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/relations-timeline/relations-timeline.js', 'dist/cdn/france-russia-relations.js']) {
      expect(await read(file), file).not.to.contain('sourceMappingURL');
    }
  });

  it('links the README only to anchors, web pages and files the package publishes', async () => {
    const readme = (await read('README.md'))!;
    const files = await packed();
    const slug = (heading: string) =>
      heading.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/g, '-');
    const anchors = [...readme.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => slug(heading!));
    const cdn = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/`;
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)|<img\b[^>]*\bsrc="([^"]+)"/g)].map(([, link, image]) => (link ?? image)!);
    expect(targets.filter((t) => t.endsWith('.png')), 'the README shows its screenshots').to.have.length.greaterThan(3);
    expect(targets).to.have.length.greaterThan(5);
    for (const target of targets) {
      if (target.startsWith('#')) {
        expect(anchors, target).to.include(target.slice(1));
      } else if (target.startsWith('https://cdn.jsdelivr.net/npm/')) {
        // A file of this package, at this version: it must be in the tarball.
        expect(target.startsWith(cdn), `${target} is not ${cdn}…`).to.equal(true);
        expect(files, target).to.include(target.slice(cdn.length));
      } else {
        // A relative link resolves on GitHub but not on the npm page.
        expect(target, 'an absolute link').to.match(/^https:\/\//);
      }
    }
  });

  it('keeps custom-elements.json identical to a freshly generated one (run `npm run analyze`)', async function () {
    // The analyzer builds a TypeScript program: seconds, more on a busy machine.
    this.timeout(60000);
    const committed = await read('custom-elements.json');
    const fresh = await serverJob<string>('frr-fresh-manifest');
    expect(JSON.parse(committed!)).to.deep.equal(JSON.parse(fresh));
  });

  it('keeps every CDN file within its gzip budget', async () => {
    const budgets = (JSON.parse((await read('size-budgets.json'))!) as Budgets).files;
    const sizes = (await executeServerCommand<Record<string, { raw: number; gzip: number }>, { dir: string }>(
      'frr-gzip-sizes',
      { dir: 'dist/cdn' },
    ))!;
    expect(Object.keys(sizes)).to.have.length.greaterThan(0);
    const patterns = Object.entries(budgets).map(([glob, max]) => [new RegExp(`^${glob.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`), max] as const);
    for (const [file, { gzip }] of Object.entries(sizes)) {
      const budget = patterns.find(([pattern]) => pattern.test(file))?.[1];
      expect(budget, `no budget for ${file} in size-budgets.json`).to.be.a('number');
      expect(gzip, `${file} is ${gzip} B gzipped`).to.be.at.most(budget!);
    }
  });

  describe('what a page fetches through the script tag (gzip level 9)', () => {
    const ENTRY = 'dist/cdn/france-russia-relations.js';
    const PAGES: Record<string, (locale: string) => string[]> = {
      // French and Russian pages fetch their interface strings as chunks of their own, with the data.
      'relations-timeline': (l) => ['chunks/relations-timeline.js', `chunks/timeline.${l}.js`, ...(l === 'en' ? [] : [`chunks/relations-timeline.${l}.js`, `chunks/strings.${l}.js`])],
      'alliance-card': (l) => ['chunks/alliance-card.js', `chunks/agreement.franco-russian-alliance.${l}.js`, ...(l === 'en' ? [] : [`chunks/alliance-card.${l}.js`, `chunks/strings.${l}.js`])],
      // The card's and the chart's French and Russian strings are chunks of their own, fetched with their data.
      'opinion-poll-chart': (l) => ['chunks/opinion-poll-chart.js', `chunks/series.pew-france-opinion-of-russia.${l}.js`, ...(l === 'en' ? [] : [`chunks/opinion-poll-chart.${l}.js`, `chunks/strings.${l}.js`])],
    };
    PAGES['all three'] = (l) => Object.values(PAGES).slice(0, 3).flatMap((files) => files(l));
    // Its cards' code and strings, and every agreement in brief, in one part (compact cards, until one opens).
    PAGES['alliance-gallery'] = (l) => ['chunks/alliance-gallery.js', 'chunks/alliance-card.js', `chunks/agreements.brief.${l}.js`, ...(l === 'en' ? [] : [`chunks/alliance-card.${l}.js`, `chunks/strings.${l}.js`])];
    const weigh = async (files: string[]) =>
      (await executeServerCommand<{ gzip: number }, { files: string[] }>('frr-page-weight', { files: [ENTRY, ...files.map((f) => `dist/cdn/${f}`)] }))!.gzip;

    for (const [page, files] of Object.entries(PAGES)) {
      it(`keeps a page with ${page} within its budget, and French and Russian within the ratio`, async () => {
        const budgets = JSON.parse((await read('size-budgets.json'))!) as Budgets;
        const { budget, perEvent = 0, events = 0 } = budgets.pages[page]!;
        const eventCount = (JSON.parse((await read('data/events.json'))!) as unknown[]).length;
        const en = await weigh(files('en'));
        expect(en, `${page}: ${en} B`).to.be.at.most(budget + perEvent * Math.max(0, eventCount - events));
        for (const locale of ['fr', 'ru']) {
          const other = await weigh(files(locale));
          expect(other / en, `${page} in ${locale}: ${other} B against ${en} B in English`).to.be.at.most(budgets.localeRatio);
        }
      });
    }

    it('counts what it should: a budget check fails on a heavier page', async () => {
      const light = await weigh(PAGES['alliance-card']!('en'));
      const heavy = await weigh([...PAGES['alliance-card']!('en'), 'chunks/timeline.en.js']);
      expect(heavy).to.be.greaterThan(light + 15000);
      // The element chunk pulls its shared chunk (Lit, theme, locale) in: more than its own file.
      const own = await weigh(['chunks/alliance-card.js']);
      expect(own).to.be.greaterThan(20000);
    });
  });

  it('loads the CDN file twice on one page without an error, and defines a tag on first use', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const url = new URL('/dist/cdn/france-russia-relations.js', location.href).href;
      await import(/* @vite-ignore */ url);
      await import(/* @vite-ignore */ `${url}?copy=2`);
      const host = document.createElement('div');
      document.body.append(host);
      // Inside a shadow root attached after the loader started, as a framework would.
      host.attachShadow({ mode: 'open' }).append(document.createElement('alliance-gallery'));
      await customElements.whenDefined('alliance-gallery');
      host.remove();
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
