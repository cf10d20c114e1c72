/**
 * custom-elements.json against the elements themselves. IDEs, linters and the
 * framework typings generators believe the manifest, so each element is
 * rendered in the states that show its parts and driven until it would fire
 * its events, and the manifest must list exactly what it renders, observes,
 * dispatches and reads: parts, attributes (with the values the code accepts),
 * events (with their real class), custom properties, heading ranges, and
 * definitions that point at modules npm users can import.
 *
 * (test/package.test.ts checks that the committed file is the one `npm run
 * analyze` generates; this file checks that what it generates is true.)
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/alliance-gallery/define.js';
import '../src/opinion-poll-chart/define.js';
import '../src/relations-timeline/define.js';
import { $, $$, captureWarnings, settled } from './helpers.js';

interface Typed {
  readonly name: string;
  readonly type?: { readonly text: string };
  readonly description?: string;
  readonly default?: string;
}
interface Attribute extends Typed {
  readonly fieldName?: string;
}
interface Member extends Typed {
  readonly kind: string;
  readonly attribute?: string;
  readonly privacy?: string;
  readonly static?: boolean;
}
interface Declaration {
  readonly kind: string;
  readonly name: string;
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly attributes?: readonly Attribute[];
  readonly members?: readonly Member[];
  readonly events?: readonly Typed[];
  readonly cssParts?: readonly Typed[];
  readonly cssProperties?: readonly Typed[];
}
interface Export {
  readonly kind: string;
  readonly name: string;
  readonly declaration: { readonly name: string; readonly module?: string };
}
interface Module {
  readonly path: string;
  readonly declarations?: readonly Declaration[];
  readonly exports?: readonly Export[];
}

const read = async (path: string) => (await executeServerCommand<string, { path: string }>('frr-read-file', { path }))!;

const TAGS = ['relations-timeline', 'alliance-card', 'alliance-gallery', 'opinion-poll-chart'] as const;
type Tag = (typeof TAGS)[number];

let modules: readonly Module[] = [];
const element = (tag: Tag): Declaration => {
  const found = modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName === tag);
  if (!found) throw new Error(`custom-elements.json has no <${tag}>`);
  return found;
};
const names = (items: readonly Typed[] | undefined) => (items ?? []).map((i) => i.name).sort();

/** Places `<tag attributes>` in the page (removed after the test). */
async function place(tag: Tag, attributes: Record<string, string> = {}): Promise<LitElement> {
  const el = document.createElement(tag) as LitElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return fixture<LitElement>(el);
}

/** Lets the element render its current attributes and load what they need. */
async function update(el: LitElement): Promise<void> {
  await el.updateComplete;
  await settled(el);
  await el.updateComplete;
}

/** Places the element and waits until it, and any card inside it, has loaded. */
async function loaded(tag: Tag, attributes: Record<string, string> = {}): Promise<LitElement> {
  const el = await place(tag, attributes);
  await settled(el);
  await waitUntil(() => $$(el, 'alliance-card').every((card) => card.shadowRoot && !card.shadowRoot.querySelector('[part~="loading"]')), 'cards did not load', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/**
 * Every part an element exposes as it stands: the `part` tokens anywhere in its
 * shadow tree (SVG included), plus what nested elements export to it through
 * `exportparts`; a nested element's own parts are its API, not this one's.
 */
function renderedParts(el: Element): Set<string> {
  const parts = new Set<string>();
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    for (const token of node.part) parts.add(token);
    const exported = node.shadowRoot ? node.getAttribute('exportparts') : null;
    if (exported) {
      const inner = renderedParts(node);
      for (const mapping of exported.split(',')) {
        const [from, to = from] = mapping.split(':').map((s) => s.trim());
        if (from && inner.has(from)) parts.add(to!);
      }
    }
  }
  return parts;
}

let unique = 0;
/**
 * The element's parts while its `src` is still loading (`pending`) or after it
 * failed to reach the network (`offline`, which offers "Try again"): `fetch`
 * is replaced for as long as it takes, so no timing is involved.
 */
async function partsWithSrc(tag: Tag, attributes: Record<string, string>, outcome: 'pending' | 'offline'): Promise<Set<string>> {
  const original = window.fetch;
  let calls = 0;
  window.fetch = (() => {
    calls++;
    return outcome === 'pending' ? new Promise<Response>(() => undefined) : Promise.reject(new TypeError('Failed to fetch'));
  }) as typeof fetch;
  const { restore } = captureWarnings();
  try {
    const el = await place(tag, { ...attributes, src: `/manifest-test/${outcome}-${++unique}.json` });
    const shown = outcome === 'pending' ? '[part~="loading"]' : '[part~="retry"]';
    await waitUntil(() => calls > 0 && $(el, shown), `<${tag}> never showed ${shown}`, { timeout: 8000 });
    return renderedParts(el);
  } finally {
    window.fetch = original;
    restore();
  }
}

/** The element's parts with its bad input reported (warnings silenced). */
async function partsWithError(tag: Tag, attributes: Record<string, string>): Promise<Set<string>> {
  const { restore } = captureWarnings();
  try {
    const el = await loaded(tag, attributes);
    expect($(el, '[part~="error"]'), `<${tag}> shows no error for ${JSON.stringify(attributes)}`).to.not.equal(null);
    return renderedParts(el);
  } finally {
    restore();
  }
}

/** The states that, together, show every part of each element. */
const STATES: Record<Tag, Record<string, () => Promise<Set<string>>>> = {
  'relations-timeline': {
    'an event opened, with its details and sources': async () => {
      const el = await loaded('relations-timeline', { selected: 'baluze-mission-1702' });
      await waitUntil(() => $(el, '#baluze-mission-1702 [part~="sources"]'), 'details did not load', { timeout: 8000 });
      return renderedParts(el);
    },
    'a search that matches nothing': async () => {
      const el = await loaded('relations-timeline');
      const search = $(el, '[part~="search"]') as HTMLInputElement;
      search.value = 'no event says this';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      return renderedParts(el);
    },
    'a bad year': () => partsWithError('relations-timeline', { from: 'soon' }),
    loading: () => partsWithSrc('relations-timeline', {}, 'pending'),
    offline: () => partsWithSrc('relations-timeline', {}, 'offline'),
  },
  'alliance-card': {
    'a full, disputed card': async () => renderedParts(await loaded('alliance-card', { alliance: 'franco-russian-alliance' })),
    compact: async () => renderedParts(await loaded('alliance-card', { alliance: 'franco-russian-alliance', variant: 'compact' })),
    'a treaty of seven parties': async () => renderedParts(await loaded('alliance-card', { alliance: 'treaty-of-paris-1856' })),
    'an unknown agreement': () => partsWithError('alliance-card', { alliance: 'entente-cordial' }),
    loading: () => partsWithSrc('alliance-card', { alliance: 'franco-russian-alliance' }, 'pending'),
    offline: () => partsWithSrc('alliance-card', { alliance: 'franco-russian-alliance' }, 'offline'),
  },
  'alliance-gallery': {
    'compact cards with their buttons': async () => renderedParts(await loaded('alliance-gallery', { kinds: 'entente' })),
    'no agreement of the kind asked for': async () => renderedParts(await loaded('alliance-gallery', { kinds: 'military-convention' })),
    'an unknown kind': () => partsWithError('alliance-gallery', { kinds: 'entente-cordiale' }),
    loading: () => partsWithSrc('alliance-gallery', {}, 'pending'),
    offline: () => partsWithSrc('alliance-gallery', {}, 'offline'),
  },
  'opinion-poll-chart': {
    'a poll of several questions, downloadable, with a value focused': async () => {
      const el = await loaded('opinion-poll-chart', { poll: 'odoxa-2017-05-russia-and-putin', downloadable: '' });
      ($(el, '[part~="mark"]') as HTMLElement).focus();
      await el.updateComplete;
      expect($(el, '[part~="tooltip"]'), 'a focused value shows its tooltip').to.not.equal(null);
      return renderedParts(el);
    },
    'a poll reported by state media': async () => renderedParts(await loaded('opinion-poll-chart', { poll: 'ifop-sputnik-2016-04-defeat-of-germany' })),
    'a multiple-choice poll': async () => renderedParts(await loaded('opinion-poll-chart', { poll: 'levada-2017-05-hostile-countries' })),
    'a series as lines': async () => renderedParts(await loaded('opinion-poll-chart', { series: 'ifop-putin-good-opinions' })),
    compact: async () => renderedParts(await loaded('opinion-poll-chart', { series: 'ifop-putin-good-opinions', compact: '' })),
    'an unknown poll': () => partsWithError('opinion-poll-chart', { poll: 'ifop-1900' }),
    loading: () => partsWithSrc('opinion-poll-chart', { poll: 'x' }, 'pending'),
    offline: () => partsWithSrc('opinion-poll-chart', { poll: 'x' }, 'offline'),
  },
};

/** Records every event the element dispatches on itself (what "fires" means). */
function recordDispatches(el: Element): Event[] {
  const fired: Event[] = [];
  const dispatch = el.dispatchEvent.bind(el);
  el.dispatchEvent = (event: Event) => {
    fired.push(event);
    return dispatch(event);
  };
  return fired;
}

/** Drives each element through what a reader does with it, recording what it fires. */
const INTERACTIONS: Record<Tag, () => Promise<Event[]>> = {
  'relations-timeline': async () => {
    const el = await loaded('relations-timeline');
    const fired = recordDispatches(el);
    const toggle = () => $(el, '#baluze-mission-1702 .toggle') as HTMLButtonElement;
    toggle().click(); // open
    await el.updateComplete;
    await waitUntil(() => $(el, '#baluze-mission-1702 a[data-select]'), 'details did not load', { timeout: 8000 });
    ($(el, '#baluze-mission-1702 a[data-select]') as HTMLAnchorElement).click(); // a related event
    await el.updateComplete;
    toggle().focus();
    await sendKeys({ press: 'Enter' }); // close
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' }); // open the next one
    await sendKeys({ press: 'Escape' }); // and close it
    el.setAttribute('selected', 'suvorov-swiss-campaign'); // opened by the page: no event
    const search = $(el, '[part~="search"]') as HTMLInputElement;
    search.value = 'Tilsit';
    search.dispatchEvent(new Event('input'));
    ($(el, '[part~="filters"] input') as HTMLInputElement).click();
    ($(el, '[part~="era-band"]:not([disabled])') as HTMLButtonElement).click();
    await el.updateComplete;
    return fired;
  },
  'alliance-card': async () => {
    // A related event opens in the timeline named by `for`, through its `selected` property.
    const page = document.createElement('div');
    page.innerHTML = '<relations-timeline id="manifest-timeline"></relations-timeline>';
    const el = document.createElement('alliance-card') as LitElement;
    el.setAttribute('alliance', 'franco-russian-alliance');
    el.setAttribute('for', 'manifest-timeline');
    page.prepend(el);
    await fixture(page);
    await settled(el);
    const timeline = page.querySelector('relations-timeline')!;
    await settled(timeline);
    const fired = recordDispatches(el);
    const related = $(el, 'a[data-event]') as HTMLAnchorElement;
    related.click();
    await waitUntil(() => (timeline as unknown as { selected?: string }).selected === related.dataset['event'], 'the timeline did not open the event');
    el.setAttribute('variant', 'compact');
    await el.updateComplete;
    return fired;
  },
  'alliance-gallery': async () => {
    const el = await loaded('alliance-gallery', { kinds: 'entente' });
    const fired = recordDispatches(el);
    const toggle = $(el, '[part~="toggle"]') as HTMLButtonElement;
    toggle.click();
    await el.updateComplete;
    toggle.click();
    await el.updateComplete;
    return fired;
  },
  'opinion-poll-chart': async () => {
    const el = await loaded('opinion-poll-chart', { series: 'pew-france-opinion-of-russia' });
    const fired = recordDispatches(el);
    ($(el, '[part~="mark"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    ($(el, '[part~="table-toggle"]') as HTMLButtonElement).click();
    await el.updateComplete;
    return fired;
  },
};

/** What each element needs to render content (for trying attribute values on it). */
const CONTENT: Record<Tag, Record<string, string>> = {
  'relations-timeline': {},
  'alliance-card': { alliance: 'franco-russian-alliance' },
  'alliance-gallery': { kinds: 'entente' },
  'opinion-poll-chart': { series: 'pew-france-opinion-of-russia' },
};

/** The element's own top heading, whose level `heading-level` sets. */
const TOP_HEADING: Record<Tag, (el: Element) => Element | null | undefined> = {
  'relations-timeline': (el) => $(el, '[part~="era-title"]'),
  'alliance-card': (el) => $(el, '[part~="title"]'),
  'alliance-gallery': (el) => $(el, 'alliance-card')?.shadowRoot?.querySelector('[part~="title"]'),
  'opinion-poll-chart': (el) => $(el, '[part~="title"]'),
};

/** `'a' | 'b'` → `['a', 'b']`; `undefined` for a type that is not a union of string literals. */
function literals(type: string | undefined): string[] | undefined {
  const alternatives = (type ?? '').split('|').map((t) => t.trim());
  return alternatives.every((t) => /^'[^']*'$/.test(t)) ? alternatives.map((t) => t.slice(1, -1)) : undefined;
}

/** The values a warning lists after "Allowed:". */
const allowedIn = (warning: string) => [...(/Allowed: (.*)\.$/.exec(warning)?.[1] ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1]!);

/** Every custom property name the element's stylesheets (adopted, or <style> where not supported) read with var(). */
function propertiesRead(el: Element): Set<string> {
  const root = el.shadowRoot!;
  const adopted = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  const text = [...adopted, ...$$(el, 'style').map((style) => style.textContent ?? '')].join('\n');
  return new Set([...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!).filter((name) => !name.startsWith('--_')));
}

describe('custom-elements.json', () => {
  before(async () => {
    modules = (JSON.parse(await read('custom-elements.json')) as { modules: Module[] }).modules;
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('lists every part the element renders, and renders every part it lists', async function () {
        this.timeout(60000);
        const seen = new Map<string, string>();
        for (const [state, render] of Object.entries(STATES[tag])) {
          for (const part of await render()) if (!seen.has(part)) seen.set(part, state);
        }
        const listed = names(element(tag).cssParts);
        const unlisted = [...seen].filter(([part]) => !listed.includes(part)).map(([part, state]) => `${part} (${state})`);
        expect(unlisted, 'rendered, but not in custom-elements.json').to.deep.equal([]);
        expect(listed.filter((part) => !seen.has(part)), 'in custom-elements.json, but never rendered').to.deep.equal([]);
      });

      it("lists exactly the class's observed attributes", () => {
        const observed = [...((customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes)].sort();
        expect(names(element(tag).attributes)).to.deep.equal(observed);
      });

      it('types attributes as the values the code accepts, and properties with the same values', async function () {
        this.timeout(30000);
        const declaration = element(tag);
        for (const attribute of declaration.attributes ?? []) {
          const type = attribute.type?.text ?? '';
          // Markup can only give strings: literal unions, or string, number, boolean; no alias names.
          for (const alternative of type.split('|').map((t) => t.trim())) {
            expect(alternative, `${attribute.name}: ${type}`).to.match(/^('[^']*'|string|number|boolean)$/);
          }
          const field = declaration.members?.find((m) => m.name === attribute.fieldName);
          const settable = (field?.type?.text ?? '').split('|').map((t) => t.trim()).filter((t) => t !== 'undefined');
          expect(settable, `the ${attribute.fieldName} property takes what the ${attribute.name} attribute takes`).to.include.members(type.split('|').map((t) => t.trim()));
        }
        const enumerated = (declaration.attributes ?? []).filter((a) => literals(a.type?.text));
        expect(enumerated.map((a) => a.name)).to.include('theme');
        const el = await loaded(tag, CONTENT[tag]);
        const { warnings, restore } = captureWarnings();
        try {
          for (const attribute of enumerated) {
            const values = literals(attribute.type!.text)!;
            for (const value of values) {
              el.setAttribute(attribute.name, value);
              await update(el);
              expect(warnings, `${attribute.name}="${value}" is in the manifest, so the element takes it`).to.deep.equal([]);
            }
            el.setAttribute(attribute.name, 'not-a-value');
            await update(el);
            const warning = warnings.find((w) => w.includes(`"not-a-value" is not a valid value for "${attribute.name}"`));
            expect(warning, `${attribute.name}="not-a-value" is refused`).to.be.a('string');
            expect(allowedIn(warning!).sort(), `${attribute.name}: what the code allows`).to.deep.equal([...values].sort());
            el.removeAttribute(attribute.name);
            await update(el);
            warnings.length = 0;
          }
        } finally {
          restore();
        }
      });

      it('states the heading-level range the code clamps to', async function () {
        this.timeout(30000);
        const description = element(tag).attributes?.find((a) => a.name === 'heading-level')?.description ?? '';
        const range = /(\d)–(\d)/.exec(description);
        expect(range, `heading-level: "${description}" gives no range`).to.not.equal(null);
        const [low, high] = [Number(range![1]), Number(range![2])];
        const levelWith = async (value: number) => {
          const el = await loaded(tag, { ...CONTENT[tag], 'heading-level': String(value) });
          return Number(TOP_HEADING[tag](el)?.getAttribute('aria-level'));
        };
        expect(await levelWith(high)).to.equal(high);
        expect(await levelWith(high + 1)).to.equal(high);
        expect(await levelWith(low)).to.equal(low);
        expect(await levelWith(low - 2)).to.equal(low);
      });

      it('lists exactly the events the element fires, with their real class', async function () {
        this.timeout(20000);
        const fired = await INTERACTIONS[tag]();
        const listed = element(tag).events ?? [];
        expect([...new Set(fired.map((e) => e.type))].sort(), 'fired').to.deep.equal(names(listed));
        for (const event of fired) {
          const entry = listed.find((e) => e.name === event.type)!;
          expect(event.constructor.name, `the type of ${event.type}`).to.equal(entry.type?.text);
          expect(event).to.not.be.an.instanceOf(CustomEvent);
        }
        if (tag === 'relations-timeline') {
          expect(fired.map((e) => (e as Event & { eventId: string }).eventId).slice(0, 2)).to.deep.equal([
            'baluze-mission-1702',
            'matveyev-mission-to-paris-1705',
          ]);
        }
      });

      it('lists its own custom properties and every --frr-* theme property its styles read', async () => {
        const el = await loaded(tag, CONTENT[tag]);
        const read = propertiesRead(el);
        const relevant = (name: string) => name.startsWith('--frr-') || name.startsWith(`--${tag}-`);
        const listed = names(element(tag).cssProperties);
        expect(listed.filter((name) => !relevant(name)), 'another element’s properties').to.deep.equal([]);
        expect([...read].filter(relevant).sort()).to.deep.equal(listed);
        expect(listed.filter((name) => name.startsWith('--frr-')).length).to.be.greaterThan(10);
      });
    });
  }

  it('defines each tag in the module package.json exports as ./<tag>.js, which exports its class', async () => {
    const exportsMap = (JSON.parse(await read('package.json')) as { exports: Record<string, { default: string } | string> }).exports;
    const built = (await executeServerCommand<string[], { dir: string }>('frr-list-files', { dir: 'dist' }))!;
    const definitions = modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ module: m, definition: e })));
    expect(definitions.map((d) => d.definition.name).sort()).to.deep.equal([...TAGS].sort());
    for (const { module, definition } of definitions) {
      const tag = definition.name;
      const entry = exportsMap[`./${tag}.js`];
      expect(typeof entry === 'object' && entry.default, tag).to.equal(`./${module.path}`);
      expect(definition.declaration.module, tag).to.equal(module.path);
      // Follow the export to the class declaration the manifest describes.
      const exported = module.exports!.find((e) => e.kind === 'js' && e.name === definition.declaration.name)!;
      expect(exported, `${module.path} exports ${definition.declaration.name}`).to.not.equal(undefined);
      const home = modules.find((m) => m.path === exported.declaration.module);
      expect(home?.declarations?.find((d) => d.name === definition.declaration.name)?.tagName, tag).to.equal(tag);
    }
    // Every module the manifest names, as a module or in a reference, is one of its modules and ships in dist/.
    const paths = modules.map((m) => m.path);
    const referenced = new Set(modules.flatMap((m) => (m.exports ?? []).map((e) => e.declaration.module ?? m.path)));
    for (const path of referenced) expect(paths, `a reference to ${path}`).to.include(path);
    for (const path of paths) expect(built, path).to.include(path);
  });
});
