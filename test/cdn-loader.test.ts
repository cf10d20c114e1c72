/**
 * The script-tag file registers nothing itself: it loads an element's code the
 * first time its tag appears, so a page with one element fetches that
 * element's chunk and not the others'. Each case runs in a fresh iframe (its
 * own module map and resource timeline).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { record } from './fixtures/alliance-record.js';
import { captureWarnings, readyFrame } from './helpers.js';
import { axeProblems } from './page-checks.js';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));
const ENTRY = new URL('/dist/cdn/france-russia-relations.js', location.href).href;

/** A fresh page with `body`, prepared by `setup` (before the script runs), then the script tag. */
async function page(body: string, setup?: (doc: Document) => void, entry = ENTRY) {
  const frame = await readyFrame();
  frames.push(frame);
  const doc = frame.contentDocument!;
  doc.body.innerHTML = body;
  setup?.(doc);
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = entry;
  doc.head.append(script);
  const win = frame.contentWindow!;
  const chunks = () =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.match(/\/chunks\/([^/?]+)\.js/)?.[1])
      .filter((name): name is string => !!name);
  /** The resource timing of `chunks/<name>.js`, once fetched. */
  const timing = (name: string) =>
    win.performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(`/chunks/${name}.js`)) as PerformanceResourceTiming | undefined;
  return { doc, win, chunks, timing };
}

describe('the script-tag loader', () => {
  it('fetches an element\'s chunk and what it imports side by side, not one after the other', async () => {
    const { doc, win, timing } = await page('<relations-timeline></relations-timeline>');
    await waitUntil(() => doc.querySelector('relations-timeline')?.shadowRoot?.querySelector('[part~="event"]'), 'the timeline did not render', { timeout: 20000 });
    const element = timing('relations-timeline')!;
    // The shared chunk (Lit, theme, locale) is requested before the element's chunk has arrived:
    // without the loader's preload the browser finds it only once it has parsed that chunk.
    for (const shared of ['css-props', 'directive']) {
      expect(timing(shared)!.startTime, `${shared} waited for relations-timeline.js`).to.be.below(element.responseEnd);
    }
    // So is the timeline index, the data it reads first: not once the element's code has run.
    expect(timing('timeline.en')!.startTime, 'timeline.en waited for relations-timeline.js').to.be.below(element.responseEnd);
    // Preloaded as modules (same credentials mode as the import, so the browser reuses them): one request each.
    for (const name of ['css-props', 'timeline.en']) {
      expect(win.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(`/chunks/${name}.js`))).to.have.length(1);
    }
  });

  it('fetches a card\'s and a chart\'s data beside their code, in their language (across a shadow root)', async () => {
    const { doc, win, timing } = await page('<opinion-poll-chart series="pew-france-opinion-of-russia"></opinion-poll-chart>', (d) => {
      const host = d.createElement('div');
      host.lang = 'fr';
      d.body.append(host);
      const card = d.createElement('alliance-card');
      card.setAttribute('alliance', 'treaty-1992');
      host.attachShadow({ mode: 'open' }).append(card);
    });
    const card = doc.querySelector('div')!.shadowRoot!.querySelector('alliance-card')!;
    const chart = doc.querySelector('opinion-poll-chart')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="card"]') && chart.shadowRoot?.querySelector('[part~="mark"]'), 'the card and the chart did not render', { timeout: 20000 });
    const entries = win.performance.getEntriesByType('resource');
    for (const [data, code] of [
      ['series.pew-france-opinion-of-russia.en', 'opinion-poll-chart'],
      ['agreement.treaty-1992.fr', 'alliance-card'],
      ['alliance-card.fr', 'alliance-card'],
      ['strings.fr', 'alliance-card'],
    ] as const) {
      expect(timing(data), `${data} fetched`).to.not.equal(undefined);
      expect(timing(data)!.startTime, `${data} waited for ${code}.js`).to.be.below(timing(code)!.responseEnd);
    }
    // Nothing in a language no element reads, nor the strings of an element not on the page.
    expect(entries.filter((entry) => /agreement\.treaty-1992\.en|opinion-poll-chart\.fr|\.ru\.js|relations-timeline/.test(entry.name))).to.deep.equal([]);
  });

  it('preloads the timeline index in the element\'s language, and none for a timeline with its own src', async () => {
    const { doc } = await page(
      '<div lang="ru"><relations-timeline></relations-timeline></div><relations-timeline src="/test/fixtures/custom-events.json"></relations-timeline>',
    );
    await waitUntil(() => doc.querySelector('relations-timeline')?.shadowRoot?.querySelector('[part~="event"]'), 'the timeline did not render', { timeout: 20000 });
    const links = [...doc.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href.split('/').pop());
    expect(links).to.include('timeline.ru.js');
    // The second timeline reads its own data first (and loads the bundled parts only after it).
    expect(links.filter((name) => name?.startsWith('timeline.'))).to.deep.equal(['timeline.ru.js']);
  });

  it('preloads the interface strings of a French page, and no other language\'s', async () => {
    const { doc, win } = await page('<relations-timeline></relations-timeline>', (d) => (d.documentElement.lang = 'fr-CA'));
    await waitUntil(() => doc.querySelector('relations-timeline')?.shadowRoot?.querySelector('[part~="event"]'), 'the timeline did not render', { timeout: 20000 });
    const links = [...doc.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href.split('/').pop());
    expect(links).to.include('strings.fr.js').and.include('relations-timeline.fr.js').and.include('css-props.js');
    expect(links).to.not.include('strings.ru.js');
    for (const name of ['strings.fr', 'relations-timeline.fr']) {
      const fetched = win.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(`/chunks/${name}.js`));
      expect(fetched, name).to.have.length(1);
    }
  });

  it('starts no Intl formatter for a bundled timeline; loads Intl\'s data for a card while its code downloads', async () => {
    for (const [markup, tag] of [
      ['<relations-timeline></relations-timeline>', undefined],
      ['<p lang="ru"><alliance-card alliance="treaty-1992"></alliance-card></p>', 'ru'],
    ] as const) {
      const made: { kind: string; tag: string; defined: boolean }[] = [];
      const name = markup.match(/<([a-z]+-[a-z-]+)/)![1]!;
      const { doc, win } = await page(markup, (d) => {
        const w = d.defaultView as Window & typeof globalThis;
        for (const kind of ['NumberFormat', 'DateTimeFormat'] as const) {
          w.Intl[kind] = new Proxy(w.Intl[kind], {
            construct(target, args: unknown[]) {
              made.push({ kind, tag: String(args[0]), defined: !!w.customElements.get(name) });
              return Reflect.construct(target, args) as object;
            },
          }) as never;
        }
      });
      await waitUntil(() => win.customElements.get(name) && doc.querySelector(name)?.shadowRoot?.querySelector('[part~="title"], [part~="event"]'), `${name} did not render`, { timeout: 20000 });
      if (tag) {
        // Without the warm-up the first formatter is built by the element's first render.
        expect(made[0], name).to.deep.equal({ kind: 'NumberFormat', tag, defined: false });
      } else {
        // The first Intl formatter costs 20–40 ms while ICU loads its data: the timeline writes its dates and count without one.
        await waitUntil(() => doc.querySelector(name)!.shadowRoot!.querySelectorAll('[part~="event"]').length > 200, 'the list was not drawn whole', { timeout: 20000 });
        expect(made, name).to.deep.equal([]);
      }
    }
  });

  it('fetches only the bundled parts a src dataset borrows from', async () => {
    const rendered = (doc: Document) => () => doc.querySelector('relations-timeline')?.shadowRoot?.querySelector('[part~="event"]');
    // Its own people and sources, no eras: the timeline index (for the eras), nothing else.
    const own = await page('<relations-timeline src="/test/fixtures/custom-events.json"></relations-timeline>');
    await waitUntil(rendered(own.doc), 'the timeline did not render', { timeout: 20000 });
    expect(own.chunks()).to.include('timeline.en');
    expect(own.chunks().filter((c) => /^(details|agreement|poll|series)\./.test(c))).to.deep.equal([]);
    // A bundled person and source, both in the 1800s' details: that part only, no other century, no agreement, poll or series.
    const borrowing = await page('<relations-timeline src="/test/fixtures/borrowing-events.json"></relations-timeline>');
    await waitUntil(rendered(borrowing.doc), 'the timeline did not render', { timeout: 20000 });
    expect(borrowing.chunks().filter((c) => c.startsWith('details.'))).to.deep.equal(['details.18.en']);
    expect(borrowing.chunks().filter((c) => /^(agreement|poll|series)\./.test(c))).to.deep.equal([]);
    expect(borrowing.doc.querySelector('relations-timeline')!.shadowRoot!.textContent).to.include('A lecture on the campaign of 1812');
  });

  it('fetches for a card given a record by property the timeline index and what the record cites, not every agreement and poll', async () => {
    // Set before the element is defined, as a framework would: Lit takes it over on upgrade.
    const { doc, chunks } = await page('<alliance-card></alliance-card>', (d) =>
      Object.assign(d.querySelector('alliance-card')!, { alliance: record({ sources: ['britannica-invasion-of-russia'] }) }),
    );
    const el = doc.querySelector('alliance-card')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="card"]'), 'the card did not render', { timeout: 20000 });
    expect(chunks()).to.include('timeline.en').and.include('details.18.en');
    expect(chunks().filter((c) => /^(agreement|poll|series)\./.test(c))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="related"] a')).to.not.equal(null);
  });

  it('fetches only the code of the elements a page uses', async () => {
    const { doc, chunks } = await page('<alliance-card alliance="franco-russian-alliance"></alliance-card>');
    const card = () => doc.querySelector('alliance-card')?.shadowRoot?.querySelector('[part~="card"]');
    await waitUntil(card, 'the card did not render', { timeout: 8000 });
    expect(chunks()).to.include('alliance-card').and.include('agreement.franco-russian-alliance.en');
    expect(chunks()).to.not.include('relations-timeline');
    expect(chunks()).to.not.include('opinion-poll-chart');
    expect(chunks().filter((c) => c.startsWith('agreement.'))).to.deep.equal(['agreement.franco-russian-alliance.en']);
  });

  it('fetches a gallery\'s agreements as one part beside its code (in brief for compact cards), and an opened card\'s own only then', async () => {
    const { doc, chunks, timing } = await page('<alliance-gallery lang="fr"></alliance-gallery><alliance-gallery variant="full" kinds="entente"></alliance-gallery>');
    const [compact, full] = [...doc.querySelectorAll<HTMLElement>('alliance-gallery')] as [HTMLElement, HTMLElement];
    const cards = (gallery: HTMLElement) => [...(gallery.shadowRoot?.querySelectorAll('alliance-card') ?? [])];
    const drawn = (gallery: HTMLElement) => cards(gallery).filter((card) => card.shadowRoot?.querySelector('[part~="card"]'));
    await waitUntil(() => cards(compact).length > 20 && drawn(compact).length === cards(compact).length && drawn(full).length > 0, 'the galleries\' cards did not render', { timeout: 20000 });
    // One request for every agreement of each gallery (and none per card), in the gallery's language.
    const agreements = () => chunks().filter((c) => /^agreements?\./.test(c)).sort();
    expect(agreements()).to.deep.equal(['agreements.brief.fr', 'agreements.en']);
    expect(timing('agreements.brief.fr')!.startTime, 'agreements.brief.fr waited for the gallery\'s code').to.be.below(timing('alliance-gallery')!.responseEnd);
    // A compact card shows what it has; the full ones their sources.
    expect(drawn(compact)[0]!.shadowRoot!.querySelector('[part~="summary"]')!.textContent).to.match(/\S/);
    expect(drawn(full)[0]!.shadowRoot!.querySelector('[part~="sources"]')).to.not.equal(null);
    // Opening a compact card fetches its own agreement, then shows it in full.
    const tilsit = cards(compact).find((card) => card.getAttribute('alliance') === 'treaties-of-tilsit')!;
    const button = compact.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="card-treaties-of-tilsit"]')!;
    let loadingShown = false;
    const watch = new MutationObserver(() => (loadingShown ||= !!tilsit.shadowRoot!.querySelector('[part~="loading"]')));
    watch.observe(tilsit.shadowRoot!, { childList: true, subtree: true });
    button.click();
    await waitUntil(() => tilsit.shadowRoot!.querySelector('[part~="sources"]'), 'the opened card did not show its sources', { timeout: 20000 });
    watch.disconnect();
    expect(agreements()).to.deep.equal(['agreement.treaties-of-tilsit.fr', 'agreements.brief.fr', 'agreements.en']);
    expect(loadingShown, 'the card showed "Loading…" while it opened').to.equal(false);
  });

  it('fetches the CSV download code for a chart that offers it only', async () => {
    const drawn = (doc: Document, selector: string) => () => doc.querySelector(selector)?.shadowRoot?.querySelector('[part~="mark"]');
    const plain = await page('<opinion-poll-chart series="pew-france-opinion-of-russia"></opinion-poll-chart>');
    await waitUntil(drawn(plain.doc, 'opinion-poll-chart'), 'the chart did not render', { timeout: 8000 });
    expect(plain.chunks()).to.not.include('csv');
    const offering = await page('<opinion-poll-chart downloadable series="pew-france-opinion-of-russia"></opinion-poll-chart>');
    await waitUntil(drawn(offering.doc, 'opinion-poll-chart'), 'the chart did not render', { timeout: 8000 });
    await waitUntil(() => offering.chunks().includes('csv'), 'the CSV code was not fetched for a downloadable chart');
  });

  it('loads an element added later, inside a shadow root created after it started', async () => {
    const { doc, win, chunks } = await page('<p>nothing yet</p>');
    await waitUntil(() => win.performance.getEntriesByType('resource').some((e) => e.name.includes('france-russia-relations.js')), 'entry not loaded');
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    const host = doc.createElement('div');
    doc.body.append(host);
    const chart = doc.createElement('opinion-poll-chart');
    chart.setAttribute('series', 'pew-france-opinion-of-russia');
    host.attachShadow({ mode: 'open' }).append(chart);
    await waitUntil(() => chart.shadowRoot?.querySelector('[part~="mark"]'), 'the chart did not render', { timeout: 8000 });
    expect(chunks()).to.include('opinion-poll-chart');
    expect(chunks()).to.not.include('relations-timeline');
  });

  it('says where a part of the library failed to load, and loads it on "Try again"', async function () {
    this.timeout(30_000);
    // The first request for the timeline index fails (503), as on a flaky network; the next one works.
    const entry = new URL(`/flaky-cdn/t${Date.now()}/france-russia-relations.js`, location.href).href;
    const { doc } = await page('<relations-timeline></relations-timeline>', undefined, entry);
    const el = doc.querySelector('relations-timeline')!;
    const error = () => el.shadowRoot?.querySelector('[part~="error"]');
    await waitUntil(error, 'no message for the failed part', { timeout: 20000 });
    expect(error()!.textContent).to.contain(`Could not load part of the library from “${new URL('chunks/', entry).href}”`);
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    retry.focus();
    retry.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length > 10, 'the events did not load on "Try again"', { timeout: 20000 });
    expect(error()).to.equal(null);
    // The button went; focus did not fall to the page's body but stayed in the element, on its content.
    await waitUntil(() => doc.activeElement === el && el.shadowRoot!.activeElement?.closest('[part~="loading"]') === null, 'focus left the element');
    expect(el.shadowRoot!.activeElement!.matches('a[href], button, input, select, summary, [tabindex="0"]')).to.equal(true);
  });

  it('loads the virtualizer of a long list on "Try again" after it failed', async function () {
    this.timeout(30_000);
    const url = new URL('../demo/synthetic-events.js', import.meta.url).href;
    const { syntheticEvents } = (await import(/* @vite-ignore */ url)) as { syntheticEvents: (count: number) => unknown[] };
    // The first request for the virtualizer fails (503), nothing else; the events are given by property.
    const entry = new URL(`/flaky-cdn/virtualizer-${Date.now()}/france-russia-relations.js`, location.href).href;
    const { doc, chunks } = await page('<relations-timeline></relations-timeline>', (d) => Object.assign(d.querySelector('relations-timeline')!, { events: syntheticEvents(1000) }), entry);
    const el = doc.querySelector('relations-timeline')!;
    const error = () => el.shadowRoot?.querySelector('[part~="error"]');
    await waitUntil(error, 'no message for the failed virtualizer', { timeout: 20000 });
    expect(error()!.textContent).to.contain(`Could not load part of the library from “${new URL('chunks/', entry).href}”`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length >= 5, 'the list did not show on "Try again"', { timeout: 20000 });
    expect(error()).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="count"]')!.textContent).to.match(/1,000/);
    expect(chunks().filter((c) => c === 'virtualize')).to.have.length(2);
  });

  it('loads an element whose code failed to load a moment later, under a new URL', async function () {
    this.timeout(30_000);
    // The first request for the card's own chunk fails (503); nothing else does.
    const entry = new URL(`/flaky-cdn/card-${Date.now()}/france-russia-relations.js`, location.href).href;
    const { doc, win, chunks } = await page('<alliance-card alliance="franco-russian-alliance"></alliance-card>', undefined, entry);
    const { warnings, restore } = captureWarnings(win as Window & typeof globalThis);
    try {
      const card = () => doc.querySelector('alliance-card')?.shadowRoot?.querySelector('[part~="card"]');
      await waitUntil(card, 'the card did not render after its code failed once', { timeout: 20000 });
    } finally {
      restore();
    }
    expect(chunks().filter((c) => c === 'alliance-card')).to.have.length(2);
    expect(win.performance.getEntriesByType('resource').some((e) => e.name.endsWith('/chunks/alliance-card.js?retry=1'))).to.equal(true);
    expect(warnings.join('\n')).to.contain("<alliance-card>: could not load the element's code");
  });

  /** The line the loader shows in place of an element whose code failed, if it shows. */
  const message = (el: Element) => {
    const line = el.shadowRoot?.querySelector<HTMLElement>('p[role="alert"]');
    return line && !line.hidden ? line.textContent : undefined;
  };

  /** A page whose card code fails `times` times, once the loader has given up (after three). */
  async function failedCards(times: number, body: string) {
    const entry = new URL(`/flaky-cdn/card${times}-${Date.now()}/france-russia-relations.js`, location.href).href;
    const shown = await page(body, undefined, entry);
    const { warnings, restore } = captureWarnings(shown.win as Window & typeof globalThis);
    const cards = [...shown.doc.querySelectorAll('alliance-card')];
    await waitUntil(() => cards.every(message), 'no message in place of the element', { timeout: 20000 });
    return { ...shown, cards, warnings, restore };
  }

  /** Adds a card (the next sighting of the tag). */
  const addCard = (doc: Document) => {
    const card = doc.createElement('alliance-card');
    card.setAttribute('alliance', 'treaty-1992');
    return doc.body.appendChild(card);
  };
  const rendered = (card: Element) => !!card.shadowRoot?.querySelector('[part~="card"]');

  it('says so in the element, in its language, when its code failed three times; tries again at the next sighting', async function () {
    this.timeout(40_000);
    // The first four requests for the card's own chunk fail (503): at load, a second later, two after, next sighting.
    const { doc, win, chunks, cards, warnings, restore } = await failedCards(
      4,
      '<alliance-card alliance="franco-russian-alliance"></alliance-card><p lang="fr"><alliance-card alliance="treaty-1992"></alliance-card></p>',
    );
    try {
      expect(win.customElements.get('alliance-card')).to.equal(undefined);
      expect(cards.map(message)).to.deep.equal(['Could not load this content. Reload the page to try again.', 'Impossible de charger ce contenu. Rechargez la page.']);
      expect(warnings.filter((w) => w.includes("<alliance-card>: could not load the element's code"))).to.have.length(3);
      expect(await axeProblems({ win, doc }, cards[0]!)).to.deep.equal([]);
      // Another card appears: the code is asked for again and fails again; every card says so, the new one too.
      cards.push(addCard(doc));
      await waitUntil(() => warnings.length === 4 && cards.every(message), 'the cards did not say so again', { timeout: 20000 });
      // One more: the code loads; every card shows itself, no message left.
      cards.push(addCard(doc));
      await waitUntil(() => cards.every(rendered), 'the cards did not render', { timeout: 20000 });
      expect(cards.map(message)).to.deep.equal([undefined, undefined, undefined, undefined]);
      expect(chunks().filter((c) => c === 'alliance-card')).to.have.length(5);
    } finally {
      restore();
    }
  });

  it('hides its message in an element that another copy of the library then defines', async function () {
    this.timeout(30_000);
    const { doc, cards, restore } = await failedCards(9, '<alliance-card alliance="franco-russian-alliance"></alliance-card>');
    try {
      // A second script tag, from a host that works: its copy of the loader defines the tag.
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = ENTRY;
      doc.head.append(script);
      await waitUntil(() => rendered(cards[0]!), 'the card did not render', { timeout: 20000 });
      expect(message(cards[0]!)).to.equal(undefined);
      // The card is whole and works: it still draws when its input changes.
      cards[0]!.setAttribute('alliance', 'treaty-1992');
      await waitUntil(() => cards[0]!.shadowRoot!.querySelector('[part~="card"]')?.textContent?.includes('1992'), 'the card did not change', { timeout: 20000 });
    } finally {
      restore();
    }
  });

  it('loads the interface strings of a language on "Try again" when they failed too', async function () {
    this.timeout(30_000);
    // A French page: the first requests for the French index and the French strings both fail.
    const entry = new URL(`/flaky-cdn/f${Date.now()}/france-russia-relations.js`, location.href).href;
    const { doc } = await page('<relations-timeline></relations-timeline>', (d) => (d.documentElement.lang = 'fr'), entry);
    const el = doc.querySelector('relations-timeline')!;
    const error = () => el.shadowRoot?.querySelector('[part~="error"]');
    await waitUntil(error, 'no message for the failed parts', { timeout: 20000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length > 10, 'the events did not load on "Try again"', { timeout: 20000 });
    // In French: the strings came too, not English in their place.
    const count = el.shadowRoot!.querySelector('[part~="count"]')!.textContent!;
    expect(count).to.match(/événements/);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.placeholder).to.match(/^Rechercher/);
  });
});
