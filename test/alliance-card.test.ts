import { axNodes, captureWarnings, openFolds } from './helpers.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/alliance-card/define.js';
import '../src/relations-timeline/define.js';
import type { AllianceCard } from '../src/alliance-card/alliance-card.js';
import {
  agreementSpan,
  assignLanes,
  barGeometry,
  durationBetween,
  SCALE_START,
  yearValue,
} from '../src/alliance-card/span.js';
import { loadBundledDataset } from '../src/data/given.js';
import { record } from './fixtures/alliance-record.js';
import { NOTES_LENGTH, PARTIES_IN_SIGHT } from '../src/alliance-card/card-view.js';
import type { Alliance } from '../src/data/types.js';
import type { RelationsTimeline } from '../src/relations-timeline/relations-timeline.js';

const FIXTURES = new URL('./fixtures/', import.meta.url).href;
const LOCALES = ['en', 'fr', 'ru'] as const;


const loaded = (el: AllianceCard) => !!el.shadowRoot && !el.shadowRoot.querySelector('[part~="loading"]') && el.shadowRoot.childElementCount > 0;

/** Renders a card and waits until its data has loaded. */
async function card(template: ReturnType<typeof html>): Promise<AllianceCard> {
  const el = await fixture<AllianceCard>(template);
  await waitUntil(() => loaded(el), 'card did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Renders a container and waits until every card in it has loaded. */
async function cards(template: ReturnType<typeof html>): Promise<{ root: HTMLElement; all: AllianceCard[] }> {
  const root = await fixture<HTMLElement>(template);
  const all = [...root.querySelectorAll<AllianceCard>('alliance-card')];
  await waitUntil(() => all.every(loaded), 'cards did not load', { timeout: 10000 });
  await Promise.all(all.map((el) => el.updateComplete));
  return { root, all };
}

const $ = (el: AllianceCard, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: AllianceCard, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: AllianceCard, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();
const errors = (el: AllianceCard) => $$(el, '[part~="error"]').map((e) => e.textContent!.trim());

async function emulate(ctx: Mocha.Context, features: { name: string; value: string }[]): Promise<void> {
  if (!(await executeServerCommand('frr-emulate-media-features', { features }))) ctx.skip();
}


describe('<alliance-card>', () => {
  describe('every agreement in the data', () => {
    for (const locale of LOCALES) {
      for (const [width, theme] of [
        [320, 'light'],
        [800, 'dark'],
      ] as const) {
      it(`renders in full and compact, in ${locale}, ${theme}, accessibly and without overflow at ${width} px`, async function () {
        this.timeout(60000);
        const dataset = await loadBundledDataset(locale);
        expect(dataset.alliances.length).to.be.at.least(20);
        const { warnings, restore } = captureWarnings();
        try {
          const { root, all } = await cards(html`<div lang=${locale}>
            ${dataset.alliances.map(
              (a) => html`<div style=${`width: ${width}px`}><alliance-card theme=${theme} alliance=${a.id} calendar="dual"></alliance-card></div>
                <alliance-card theme=${theme} variant="compact" alliance=${a.id}></alliance-card>`,
            )}
          </div>`);
          expect(warnings).to.deep.equal([]);
          dataset.alliances.forEach((a: Alliance, i) => {
            const full = all[i * 2]!;
            const compact = all[i * 2 + 1]!;
            for (const el of [full, compact]) {
              expect(errors(el), a.id).to.deep.equal([]);
              expect(text(el, '[part~="title"]'), a.id).to.equal(a.name);
            }
            expect($$(full, '[part~="stage"]'), a.id).to.have.length(a.stages.length);
            expect($$(full, '.mark'), a.id).to.have.length(a.stages.length);
            expect($$(full, '[part~="terms"] li'), a.id).to.have.length(a.terms.length);
            expect($$(full, '[part~="related"] a'), a.id).to.have.length(a.relatedEvents.length);
            expect($$(full, '[part~="sources"] li'), a.id).to.have.length(a.sources.length);
            expect($(full, '[part~="ending"] p')!.textContent, a.id).to.contain(a.ending.note);
            const box = $(full, '.card')!;
            expect(box.scrollWidth, `${a.id} overflows at ${width} px`).to.be.at.most(box.clientWidth);
            expect($(compact, '[part~="stages"]'), a.id).to.equal(null);
          });
          await expect(root).to.be.accessible();
        } finally {
          restore();
        }
      });
      }
    }
  });

  describe('content', () => {
    it('shows name, kind, period, parties, stages at their precision, terms, ending, outcome, related events and sources', async () => {
      const el = await card(html`<alliance-card alliance="franco-russian-alliance"></alliance-card>`);
      expect(text(el, '[part~="title"]')).to.equal('Franco-Russian Alliance');
      expect($(el, '[part~="title"]')!.getAttribute('role')).to.equal('heading');
      expect($(el, '[part~="title"]')!.getAttribute('aria-level')).to.equal('2');
      expect(text(el, '[part~="kind"]')).to.equal('Alliance');
      expect(text(el, '[part~="dates"]')).to.equal('1892–1917');
      expect(text(el, '[part~="disputed"]')).to.equal('Disputed');
      expect($$(el, '[part~="parties"] li').map((li) => li.textContent)).to.deep.equal(['French Third Republic', 'Russian Empire']);
      const stages = $$(el, '[part~="stage"]');
      expect(stages.map((s) => s.dataset['stage'])).to.deep.equal(['signed', 'ratified', 'in-force', 'amended', 'amended', 'ended']);
      expect(stages.map((s) => s.querySelector('time')!.textContent)).to.deep.equal([
        'August 1892',
        '27 December 1893',
        '4 January 1894',
        '1899',
        '1900',
        '1917',
      ]);
      expect(stages[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('1892-08');
      expect(stages[0]!.textContent).to.contain('Signature');
      expect(text(el, '[part~="ending"] [part~="section-toggle"]')).to.equal('How it ended Lapsed');
      expect(text(el, '[part~="ending"] p')).to.match(/^The alliance was never formally denounced/);
      expect(text(el, '[part~="outcome"]')).to.contain('Bismarck');
      expect(text(el, '[part~="certainty"]')).to.contain('FirstWorldWar.com');
      const related = $$(el, '[part~="related"] a');
      expect(related[0]!.getAttribute('href')).to.equal('#french-squadron-at-kronstadt-1891');
      expect(related[0]!.textContent).to.equal('French squadron visits Kronstadt');
      expect(text(el, '[part~="duration"]')).to.match(/^Lasted about 25 years Scale from 1668 to \d{4}\. Period of the agreement: 1892–1917\.$/);
      await expect(el).to.be.accessible();
    });

    it('says how long an agreement lasted, that it never formally ended, or that its end is not dated', async () => {
      const { all } = await cards(html`<div>
        <alliance-card alliance="treaties-of-tilsit"></alliance-card>
        <alliance-card alliance="franco-soviet-treaty-1990"></alliance-card>
        <alliance-card alliance="joint-declaration-1966"></alliance-card>
        <alliance-card alliance="secret-treaty-1859"></alliance-card>
      </div>`);
      const caption = (el: AllianceCard) => text(el, '.caption-text');
      expect(caption(all[0]!)).to.equal('Lasted 4 years and 11 months');
      expect(caption(all[1]!)).to.equal('Lasted 1 year and 3 months');
      expect(caption(all[2]!)).to.equal('No formal end: in force since 1966');
      expect(text(all[2]!, '[part~="dates"]')).to.equal('since 1966');
      expect(caption(all[3]!)).to.equal('The sources used do not date its end');
      expect(text(all[3]!, '[part~="dates"]')).to.equal('from 1859, end not dated');
      expect($(all[0]!, '[part~="bar"]')!.dataset['end']).to.equal('ended');
      expect($(all[2]!, '[part~="bar"]')!.dataset['end']).to.equal('ongoing');
      expect($(all[3]!, '[part~="bar"]')!.dataset['end']).to.equal('undated');
      expect($(all[3]!, '.tail')).to.not.equal(null);
      expect($(all[0]!, '.talks')).to.not.equal(null);
    });

    it('adds Old Style dates with calendar="dual" where the sources give them', async () => {
      const { all } = await cards(html`<div>
        <alliance-card alliance="versailles-accession-1756" calendar="dual"></alliance-card>
        <alliance-card alliance="amsterdam-treaty-1717" calendar="dual"></alliance-card>
        <alliance-card alliance="amsterdam-treaty-1717"></alliance-card>
        <alliance-card lang="ru" alliance="amsterdam-treaty-1717" calendar="dual"></alliance-card>
      </div>`);
      const dates = (el: AllianceCard) => $$(el, '[part~="stage"] time').map((t) => t.textContent);
      expect(dates(all[0]!)).to.deep.equal(['11 January 1757 (31 December 1756 O.S.)', '18 March 1760', '5 May (24 April O.S.) 1762']);
      expect(dates(all[1]!)).to.deep.equal(['1717', '15 August (4 August O.S.) 1717']);
      expect(dates(all[2]!)).to.deep.equal(['1717', '15 August 1717']);
      expect(dates(all[3]!)[1]).to.equal('15 августа (4 августа ст. ст.) 1717 г.');
    });

    it('fits the page outline with heading-level', async () => {
      const el = await card(html`<alliance-card heading-level="4" alliance="treaty-1992"></alliance-card>`);
      expect($(el, '[part~="title"]')!.getAttribute('aria-level')).to.equal('4');
      const levels = new Set($$(el, '[part~="section-title"]').map((h) => h.getAttribute('aria-level')));
      expect([...levels]).to.deep.equal(['5']);
      const deep = await card(html`<alliance-card heading-level="6" alliance="treaty-1992"></alliance-card>`);
      expect($(deep, '[part~="section-title"]')!.getAttribute('aria-level')).to.equal('6');
    });

    it('links sources only over http(s), in a new tab, with noopener noreferrer and a hidden notice', async () => {
      const el = await card(html`<alliance-card alliance="mistral-contract"></alliance-card>`);
      const links = $$(el, '[part~="sources"] a');
      expect(links.length).to.be.greaterThan(0);
      for (const a of links) {
        expect(a.getAttribute('href')).to.match(/^https?:\/\//);
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(a.getAttribute('target')).to.equal('_blank');
        expect(a.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('(opens in a new tab)');
      }
    });

    it('speaks French and Russian, with Russian plurals', async () => {
      const { all, root } = await cards(html`<div>
        <alliance-card lang="fr" alliance="franco-russian-alliance"></alliance-card>
        <alliance-card lang="ru" alliance="franco-russian-alliance"></alliance-card>
        <alliance-card lang="ru" alliance="treaties-of-tilsit"></alliance-card>
        <alliance-card lang="ru" alliance="franco-soviet-treaty-1990"></alliance-card>
        <alliance-card lang="fr" alliance="alliance-treaty-1944"></alliance-card>
      </div>`);
      const [fr, ru, ruTilsit, ru1990, fr1944] = all as [AllianceCard, AllianceCard, AllianceCard, AllianceCard, AllianceCard];
      expect(text(fr, '[part~="title"]')).to.equal('Alliance franco-russe');
      expect(text(fr, '[part~="dates"]')).to.equal('1892-1917');
      expect(text(fr, '[part~="stage"]')).to.match(/^Signature août 1892/);
      expect($(fr, '.caption-text')!.textContent).to.equal('Durée\u00a0: environ 25\u00a0ans');
      expect(text(fr, '[part~="ending"] [part~="section-toggle"]')).to.match(/Caducité$/);
      expect(text(ru, '[part~="kind"]')).to.equal('Союз');
      expect(text(ru, '[part~="dates"]')).to.equal('1892–1917 гг.');
      expect($(ru, '.caption-text')!.textContent).to.equal('Срок действия: около 25 лет');
      expect($(ruTilsit, '.caption-text')!.textContent).to.equal('Срок действия: 4 года и 11 месяцев');
      expect($(ru1990, '.caption-text')!.textContent).to.equal('Срок действия: 1 год и 3 месяца');
      expect($(fr1944, '.caption-text')!.textContent).to.equal('Durée\u00a0: 10\u00a0ans');
      expect(text(ru, '[part~="section-title"]')).to.equal('Стороны');
      await expect(root).to.be.accessible();
    });

    it('links a record given by property to its related events through the bundled index', async () => {
      const el = await card(html`<alliance-card .alliance=${record()}></alliance-card>`);
      const index = (await loadBundledDataset('en')).events.find((e) => e.id === 'franco-russian-military-convention-1892')!;
      const links = $$(el, '[part~="related"] a');
      expect(links.map((a) => a.textContent!.replace(/\s+/g, ' ').trim()).join(' ')).to.contain(index.title);
    });

    it('renders hostile strings as text, never as HTML', async () => {
      const hostile = '<img src=x onerror="window.__pwnedCard=1">';
      const el = await card(html`<alliance-card .alliance=${record({
        name: { en: hostile },
        summary: { en: '<script>window.__pwnedCard=2</script>' },
        terms: { en: ['<b>bold</b>'] },
      })}></alliance-card>`);
      expect(text(el, '[part~="title"]')).to.equal(hostile);
      expect(text(el, '[part~="summary"]')).to.contain('<script>');
      expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
      expect((window as { __pwnedCard?: number }).__pwnedCard).to.equal(undefined);
    });
  });

  describe('folded sections', () => {
    const folded = (el: AllianceCard) => $$(el, 'details.fold:not(.stage-fold)') as HTMLDetailsElement[];
    const count = (el: AllianceCard, part: string) => text(el, `[part~="${part}"] [part~="count"]`);

    it('keeps the essentials in sight and folds the rest behind disclosures that show their count', async () => {
      const el = await card(html`<alliance-card alliance="franco-russian-alliance"></alliance-card>`);
      const a = (await loadBundledDataset('en')).alliances.find((x) => x.id === 'franco-russian-alliance')!;
      expect(folded(el).map((d) => d.getAttribute('part'))).to.deep.equal(['ending', 'terms', 'outcome', 'certainty', 'related', 'sources']);
      expect(folded(el).every((d) => !d.open), 'all closed').to.equal(true);
      expect(count(el, 'terms')).to.equal(String(a.terms.length));
      expect(count(el, 'related')).to.equal(String(a.relatedEvents.length));
      expect(count(el, 'sources')).to.equal(String(a.sources.length));
      expect($(el, '[part~="outcome"] [part~="count"]')).to.equal(null);
      // What folds is in the page (find-in-page, readers without JavaScript), just not shown.
      const source = $(el, '[part~="sources"] a')!;
      expect(source.checkVisibility()).to.equal(false);
      for (const part of ['summary', 'bar', 'parties', 'stages']) expect($(el, `[part~="${part}"]`)!.checkVisibility(), part).to.equal(true);
      // Each toggle is a target of at least 24 × 24 px, and keeps its section's heading.
      for (const toggle of $$(el, '[part~="section-toggle"]')) {
        const box = toggle.getBoundingClientRect();
        expect(box.height, toggle.textContent!).to.be.at.least(24);
        expect(box.width, toggle.textContent!).to.be.at.least(24);
      }
      const heading = $(el, '[part~="sources"] > summary [part~="section-title"]')!;
      expect([heading.getAttribute('role'), heading.getAttribute('aria-level')]).to.deep.equal(['heading', '3']);
      await expect(el).to.be.accessible();
    });

    it('folds the notes of more than two stages behind their dates, and shows those of one or two', async () => {
      const { all } = await cards(html`<div>
        <alliance-card alliance="franco-russian-alliance"></alliance-card>
        <alliance-card alliance="consultative-agreement-1891"></alliance-card>
      </div>`);
      const [many, two] = all as [AllianceCard, AllianceCard];
      const stages = $$(many, '[part~="stage"]');
      expect(stages).to.have.length(6);
      for (const stage of stages) {
        const details = stage.querySelector('details')!;
        expect(details.open).to.equal(false);
        expect(details.querySelector('summary time')!.checkVisibility(), 'the date shows').to.equal(true);
        expect(details.querySelector('[part~="stage-note"]')!.checkVisibility(), 'the note folds').to.equal(false);
      }
      expect($$(two, '[part~="stage"] details')).to.have.length(0);
      expect($$(two, '[part~="stage-note"]').every((note) => note.checkVisibility())).to.equal(true);
      stages[0]!.querySelector('summary')!.click();
      await waitUntil(() => stages[0]!.querySelector('details')!.open, 'the stage did not open');
      expect(stages[0]!.querySelector('[part~="stage-note"]')!.checkVisibility()).to.equal(true);
      await expect(many).to.be.accessible();
    });

    it(`folds the notes of two stages too when they run past ${NOTES_LENGTH} characters`, async () => {
      const note = (n: number) => ({ en: `${'A long note on this stage. '.repeat(n)}`.trim() });
      const stages = (n: number) => [
        { stage: 'signed', date: '1892-08', precision: 'month', note: note(n) },
        { stage: 'in-force', date: '1894-01-04', precision: 'day', note: note(n) },
      ];
      const short = await card(html`<alliance-card .alliance=${record({ stages: stages(5) })}></alliance-card>`);
      expect($$(short, '[part~="stage"] details')).to.have.length(0);
      // 2 × 6 × 26 characters: past the limit.
      const long = await card(html`<alliance-card .alliance=${record({ stages: stages(6) })}></alliance-card>`);
      const folds = $$(long, '[part~="stage"] details') as HTMLDetailsElement[];
      expect(folds).to.have.length(2);
      expect(folds.every((d) => !d.open && !d.querySelector('[part~="stage-note"]')!.checkVisibility())).to.equal(true);
      await expect(long).to.be.accessible();
      // The same holds for bundled records, in the reader's language.
      const treaty = await card(html`<alliance-card lang="ru" alliance="treaty-1992"></alliance-card>`);
      expect($$(treaty, '[part~="stage"] details')).to.have.length(2);
    });

    it(`folds the parties of more than ${PARTIES_IN_SIGHT} behind their count, and keeps fewer in sight`, async () => {
      const parties = ['France', 'Russia', 'Britain', 'Ottoman Empire', 'Sardinia', 'Austria', 'Prussia'].map((en) => ({ en }));
      const many = await card(html`<alliance-card .alliance=${record({ parties })}></alliance-card>`);
      const fold = $(many, '[part~="parties-fold"]') as HTMLDetailsElement;
      expect(fold.localName).to.equal('details');
      expect(fold.open).to.equal(false);
      expect(fold.querySelector('[part~="count"]')!.textContent!.trim()).to.equal('7');
      expect([...fold.querySelectorAll('[part~="parties"] li')].map((li) => li.textContent)).to.deep.equal(parties.map((p) => p.en));
      expect(fold.querySelector('[part~="parties"]')!.checkVisibility()).to.equal(false);
      const heading = fold.querySelector('summary [part~="section-title"]')!;
      expect(heading.textContent!.trim()).to.equal('Parties');
      await expect(many).to.be.accessible();
      const few = await card(html`<alliance-card .alliance=${record({ parties: parties.slice(0, PARTIES_IN_SIGHT) })}></alliance-card>`);
      expect($(few, '[part~="parties-fold"]')).to.equal(null);
      expect($(few, '[part~="parties"]')!.checkVisibility()).to.equal(true);
    });

    it('opens and closes from the keyboard, and puts what it holds in the accessibility tree once open', async function () {
      const el = await card(html`<alliance-card alliance="treaty-1992"></alliance-card>`);
      const sources = $(el, '[part~="sources"]') as HTMLDetailsElement;
      const toggle = sources.querySelector('summary')!;
      const first = sources.querySelector('a')!;
      const linkName = first.textContent!.replace(/\s+/g, ' ').trim();
      const before = await axNodes();
      toggle.focus();
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => sources.open, 'Enter did not open the sources');
      expect(first.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
      const after = await axNodes();
      await sendKeys({ press: ' ' });
      await waitUntil(() => !sources.open, 'Space did not close the sources');
      if (before === null || after === null) this.skip(); // no DevTools Protocol (Firefox, WebKit)
      const isLink = (n: { role: string; name: string }) => n.role === 'link' && n.name.replace(/\s+/g, ' ').trim() === linkName;
      expect(before.some(isLink), 'a folded source is not in the tree').to.equal(false);
      expect(after.some(isLink), 'an open source is in the tree').to.equal(true);
      // (Chromium names it as drawn, in capitals.)
      const toggles = after.filter((n) => n.name.replace(/\s+/g, ' ').trim().toLowerCase() === 'sources 3');
      expect(toggles.map((n) => n.expanded), 'the toggle, named with its count, says it is expanded').to.deep.equal([true]);
      expect(after.some((n) => n.role === 'heading' && n.name.toLowerCase() === 'sources'), 'its title stays a heading').to.equal(true);
    });

    for (const [width, theme] of [
      [320, 'light'],
      [320, 'dark'],
      [1280, 'light'],
    ] as const) {
      it(`is accessible and does not overflow with every section open, at ${width} px, ${theme}`, async () => {
        const { root, all } = await cards(html`<div style=${`width: ${width}px`}>
          ${['franco-russian-alliance', 'treaty-of-paris-1856', 'treaty-1992'].map(
            (id) => html`<alliance-card theme=${theme} alliance=${id} lang=${id === 'treaty-of-paris-1856' ? 'ru' : 'en'}></alliance-card>`,
          )}
        </div>`);
        for (const el of all) {
          const closed = el.getBoundingClientRect().height;
          await openFolds(el);
          expect(el.getBoundingClientRect().height).to.be.greaterThan(closed);
          const box = $(el, '.card')!;
          expect(box.scrollWidth, `overflows at ${width} px`).to.be.at.most(box.clientWidth);
        }
        await expect(root).to.be.accessible();
      });
    }
  });

  describe('duration bar', () => {
    it('draws the agreement on the 1668–today scale and one shape per stage, hidden behind a text caption', async () => {
      const el = await card(html`<alliance-card alliance="mistral-contract"></alliance-card>`);
      const bar = $(el, '[part~="bar"]')!;
      expect(bar.localName).to.equal('figure');
      expect(bar.querySelector('.scale')!.getAttribute('aria-hidden')).to.equal('true');
      expect(bar.querySelector('.axis-start')!.textContent).to.equal(String(SCALE_START));
      expect(bar.querySelector('.axis-end')!.textContent).to.equal(String(new Date().getUTCFullYear()));
      const marks = $$(el, '.mark');
      expect(marks.map((m) => m.dataset['stage'])).to.deep.equal(['negotiated', 'negotiated', 'negotiated', 'signed', 'suspended', 'ended']);
      // Shapes differ per stage, so the bar reads without colour.
      const shapes = new Set(marks.map((m) => m.querySelector('svg')!.innerHTML.replace(/<!--.*?-->/g, '')));
      expect(shapes.size).to.equal(4);
      // The same shapes head the list of stages, which doubles as the legend.
      expect($$(el, '[part~="stage"] svg')).to.have.length(6);
      const segment = $(el, '.segment')!;
      const from = parseFloat(segment.style.getPropertyValue('--_from'));
      expect(from).to.be.within(95, 100);
    });

    it('uses system colours in forced-colours mode and no motion when reduced', async function () {
      const el = await card(html`<alliance-card alliance="triple-entente"></alliance-card>`);
      const probe = document.createElement('div');
      document.body.append(probe);
      try {
        await emulate(this, [{ name: 'forced-colors', value: 'active' }]);
        probe.style.color = 'CanvasText';
        expect(getComputedStyle($(el, '.run')!).backgroundColor).to.equal(getComputedStyle(probe).color);
        await emulate(this, [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        expect(getComputedStyle($(el, '[part~="related"] a')!).transitionDuration).to.equal('0s');
      } finally {
        probe.remove();
        await executeServerCommand('frr-emulate-media-features', { features: [] });
      }
    });

    it('prints without the timeline hint, unfolded, with the address of each source', async function () {
      const root = await fixture<HTMLElement>(html`<div>
        <alliance-card for="print-tl" alliance="treaty-1992"></alliance-card>
        <relations-timeline id="print-tl" controls="none" from="1990" to="1995"></relations-timeline>
      </div>`);
      const el = root.querySelector('alliance-card')!;
      await waitUntil(() => loaded(el), 'card did not load');
      await el.updateComplete;
      expect(getComputedStyle($(el, '.hint')!).display).to.equal('block');
      // Print emulation needs the DevTools protocol (Chromium only here).
      const printing = await emulateMedia({ media: 'print' }).then(() => true, () => false);
      if (!printing) this.skip();
      try {
        expect(getComputedStyle($(el, '.hint')!).display).to.equal('none');
        const source = $(el, '[part~="sources"] a')!;
        expect(getComputedStyle(source, '::after').content).to.contain(source.getAttribute('href')!);
        // Folded sections print unfolded.
        expect(source.checkVisibility(), 'a folded source prints').to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('lays out dates, durations and lanes with pure functions', async () => {
      expect(yearValue({ year: 1900 })).to.equal(1900.5);
      expect(yearValue({ year: 1900, month: 7 })).to.be.closeTo(1900.54, 0.01);
      expect(durationBetween({ year: 1807, month: 7, day: 7 }, { year: 1812, month: 6, day: 24 })).to.deep.equal({ years: 4, months: 11, approximate: false });
      expect(durationBetween({ year: 1892, month: 8 }, { year: 1917 })).to.deep.equal({ years: 25, months: 0, approximate: true });
      expect(durationBetween({ year: 1944, month: 12, day: 10 }, { year: 1955, month: 5, day: 7 })).to.deep.equal({ years: 10, months: 0, approximate: false });
      expect(durationBetween({ year: 2000, month: 1, day: 5 }, { year: 2000, month: 1, day: 20 })).to.deep.equal({ years: 0, months: 0, approximate: false });
      expect(assignLanes([10, 12, 13, 50], 5)).to.deep.equal([0, 1, 2, 0]);
      expect(assignLanes([10, 11, 12, 13], 5, 2)).to.deep.equal([0, 1, 0, 1]);
      const { alliances } = await loadBundledDataset('en');
      const tilsit = alliances.find((a) => a.id === 'treaties-of-tilsit')!;
      const span = agreementSpan(tilsit);
      expect([span.talks?.stage, span.start.stage, span.end?.stage, span.endKind]).to.deep.equal(['negotiated', 'signed', 'ended', 'ended']);
      const g = barGeometry(tilsit, { year: 2025, month: 1, day: 1 });
      expect(g.scaleEnd).to.equal(2025);
      expect(g.from).to.be.closeTo(((1807.48 - 1668) / (2025.0 - 1668)) * 100, 0.1);
      expect(g.talksAt).to.be.below(g.startAt);
      expect(g.endAt).to.be.at.most(100);
      const declaration = alliances.find((a) => a.id === 'joint-declaration-1966')!;
      const ongoing = barGeometry(declaration, { year: 2025, month: 6, day: 1 });
      expect([ongoing.endKind, ongoing.endAt, Math.round(ongoing.to)]).to.deep.equal(['ongoing', 100, 100]);
    });
  });

  describe('variant', () => {
    it('compact shows the name, kind, dates, one line and a slim bar', async () => {
      const el = await card(html`<alliance-card variant="compact" alliance="mutual-assistance-treaty-1935"></alliance-card>`);
      expect(text(el, '[part~="title"]')).to.equal('Franco-Soviet Treaty of Mutual Assistance');
      expect(text(el, '[part~="kind"]')).to.equal('Mutual-assistance treaty');
      expect(text(el, '[part~="dates"]')).to.equal('from 1935, end not dated');
      expect(text(el, '[part~="summary"]')).to.contain('Laval');
      expect($(el, '[part~="bar"]')!.classList.contains('mini')).to.equal(true);
      expect($(el, '[part~="bar"]')!.getAttribute('aria-hidden')).to.equal('true');
      for (const part of ['stages', 'terms', 'ending', 'sources', 'related', 'duration']) expect($(el, `[part~="${part}"]`), part).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('switches between variants and ids without reloading', async () => {
      const el = await card(html`<alliance-card alliance="treaty-1992"></alliance-card>`);
      el.variant = 'compact';
      await el.updateComplete;
      expect($(el, '[part~="stages"]')).to.equal(null);
      el.alliance = 'triple-entente';
      await el.updateComplete;
      expect($(el, '[part~="loading"]')).to.equal(null);
      expect(text(el, '[part~="title"]')).to.equal('Triple Entente');
      expect(el.getAttribute('variant')).to.equal('compact');
    });

    it('is accessible in dark', async () => {
      const el = await card(html`<alliance-card theme="dark" alliance="alliance-treaty-1944"></alliance-card>`);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
      const compact = await card(html`<alliance-card theme="dark" variant="compact" alliance="alliance-treaty-1944"></alliance-card>`);
      await expect(compact).to.be.accessible();
    });
  });

  describe('data', () => {
    it('takes a record in the alliances schema through the alliance property, in English where nothing else is given', async () => {
      const el = await card(html`<alliance-card lang="fr" .alliance=${record()}></alliance-card>`);
      expect(text(el, '[part~="title"]')).to.equal('A page’s convention');
      expect(text(el, '[part~="kind"]')).to.equal('Convention militaire');
      expect(text(el, '[part~="related"] a')).to.equal('Signature de la convention militaire franco-russe');
      expect(text(el, '[part~="sources"]')).to.contain('Wikisource');
      await expect(el).to.be.accessible();
    });

    it('loads a dataset from src', async () => {
      const el = await card(html`<alliance-card src=${`${FIXTURES}alliance-dataset.json`} alliance="page-agreement-1905"></alliance-card>`);
      expect(text(el, '[part~="title"]')).to.equal('A page\'s own agreement');
      expect(text(el, '[part~="kind"]')).to.equal('Agreement');
      expect(text(el, '[part~="ending"] [part~="section-toggle"]')).to.match(/Expired$/);
      expect(text(el, '[part~="ending"] p')).to.equal('It expired after five years.');
      expect($(el, '[part~="related"] a')!.getAttribute('href')).to.equal('#page-event-1905');
      expect($(el, '[part~="sources"] a')!.getAttribute('href')).to.equal('https://example.org/archive');
    });
  });

  describe('linked timeline', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('with for, opens a related event in the timeline through its selected property', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <alliance-card for="linked-tl" alliance="treaties-of-tilsit"></alliance-card>
        <relations-timeline id="linked-tl" from="1800" to="1815" controls="none"></relations-timeline>
      </div>`);
      const el = root.querySelector('alliance-card')!;
      const timeline = root.querySelector<RelationsTimeline>('relations-timeline')!;
      await waitUntil(() => loaded(el), 'card did not load');
      await el.updateComplete;
      expect(text(el, '.hint')).to.equal('Each event opens in the timeline on this page.');
      const link = $(el, '[data-event="erfurt-meeting-1808"]') as HTMLAnchorElement;
      expect(link.getAttribute('aria-describedby')).to.equal('timeline-hint');
      link.click();
      expect(timeline.selected).to.equal('erfurt-meeting-1808');
      expect(location.hash).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('follows the keyboard: Tab reaches the related events, Enter selects one', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <button>before</button>
        <alliance-card for="keyboard-tl" variant="full" alliance="treaty-1992"></alliance-card>
        <relations-timeline id="keyboard-tl" from="1990" to="1995" controls="none"></relations-timeline>
      </div>`);
      const el = root.querySelector('alliance-card')!;
      const timeline = root.querySelector<RelationsTimeline>('relations-timeline')!;
      await waitUntil(() => loaded(el), 'card did not load');
      await el.updateComplete;
      root.querySelector('button')!.focus();
      // Related events are folded: Tab to their toggle, open it with Enter, then Tab to the first.
      const toggle = $(el, '[part~="related"] > summary')!;
      for (let i = 0; i < 10 && el.shadowRoot!.activeElement !== toggle; i++) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => ($(el, '[part~="related"]') as HTMLDetailsElement).open, 'Enter did not open the related events');
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.dataset['event']).to.equal('treaty-france-russia-1992');
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Enter' });
      expect(timeline.selected).to.equal('treaty-france-russia-1992');
    });

    it('finds the timeline from inside another shadow root', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const timeline = document.createElement('relations-timeline');
      timeline.id = 'shadow-tl';
      timeline.setAttribute('controls', 'none');
      const el = document.createElement('alliance-card');
      el.setAttribute('for', 'shadow-tl');
      el.alliance = 'alliance-treaty-1944';
      shadow.append(el, timeline);
      await waitUntil(() => loaded(el), 'card did not load');
      await el.updateComplete;
      ($(el, '[data-event="ussr-annuls-1944-treaty"]') as HTMLAnchorElement).click();
      expect(timeline.selected).to.equal('ussr-annuls-1944-treaty');
    });

    it('without for, links related events to their hash', async () => {
      const el = await card(html`<alliance-card alliance="treaty-1992"></alliance-card>`);
      expect($(el, '.hint')).to.equal(null);
      const link = $(el, '[part~="related"] a') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('#treaty-france-russia-1992');
      link.click();
      // Fragment navigation settles asynchronously in some browsers.
      await waitUntil(() => location.hash === '#treaty-france-russia-1992', 'hash not set');
      history.replaceState(null, '', location.pathname + location.search);
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, () => ReturnType<typeof html>, RegExp, RegExp]> = [
      [
        'no alliance',
        () => html`<alliance-card></alliance-card>`,
        /The “alliance” attribute is required: give the id of an agreement, such as “amsterdam-treaty-1717”\. Valid ids are listed in the browser console and in data\/alliances\.json\./,
        /^<alliance-card>: the "alliance" attribute is missing\. Allowed: .*"franco-russian-alliance".*"mistral-contract"/,
      ],
      [
        'an unknown id',
        () => html`<alliance-card alliance="entente-cordial"></alliance-card>`,
        /No agreement has the id “entente-cordial”\. Valid ids are listed in the browser console and in data\/alliances\.json\./,
        /^<alliance-card>: "entente-cordial" is not a valid value for "alliance"\. Allowed: .*"franco-russian-alliance"/,
      ],
      [
        'an unknown id, in French',
        () => html`<alliance-card lang="fr" alliance="pacte-inconnu"></alliance-card>`,
        /Aucun accord n’a l’identifiant «\u00a0pacte-inconnu\u00a0»\./,
        /"pacte-inconnu".*"alliance".*"treaty-1992"/,
      ],
      [
        'an unknown id, in Russian',
        () => html`<alliance-card lang="ru" alliance="неизвестный"></alliance-card>`,
        /Нет соглашения с идентификатором «неизвестный»\./,
        /"неизвестный".*"alliance"/,
      ],
      [
        'a record that does not follow the schema',
        () => html`<alliance-card .alliance=${record({ stages: [{ stage: 'promised', date: '1900', precision: 'year' }] })}></alliance-card>`,
        /The agreement given in the “alliance” property does not follow the data schema \(stages\[0\]\.stage: expected one of negotiated/,
        /^<alliance-card>: the record in the "alliance" property does not follow the schema \(stages\[0\]\.stage/,
      ],
      [
        'a record citing an unknown source',
        () => html`<alliance-card .alliance=${record({ sources: ['no-such-source'] })}></alliance-card>`,
        /does not follow the data schema \(sources\[0\]: expected a known id \(no "no-such-source"\)\)/,
        /no-such-source/,
      ],
      [
        'an unknown variant',
        () => html`<alliance-card variant="tiny" alliance="treaty-1992"></alliance-card>`,
        /“tiny” is not a valid value for “variant”/,
        /^<alliance-card>: "tiny" is not a valid value for "variant"\. Allowed: "full", "compact"\.$/,
      ],
      [
        'an unknown calendar',
        () => html`<alliance-card calendar="mayan" alliance="treaty-1992"></alliance-card>`,
        /“mayan” is not a valid value for “calendar”/,
        /^<alliance-card>: "mayan" is not a valid value for "calendar"\. Allowed: "gregorian", "dual"\.$/,
      ],
      [
        'an unknown theme',
        () => html`<alliance-card theme="sepia" alliance="treaty-1992"></alliance-card>`,
        /“sepia” is not a valid value for “theme”/,
        /^<alliance-card>: "sepia" is not a valid value for "theme"\. Allowed: "auto", "system", "light", "dark"\.$/,
      ],
      [
        'a for naming no timeline',
        () => html`<alliance-card for="no-such-timeline" alliance="treaty-1992"></alliance-card>`,
        /No <relations-timeline> with the id “no-such-timeline” is on this page, so related events link to their anchors instead\./,
        /^<alliance-card>: "no-such-timeline" is not a valid value for "for"\. Allowed: the id of a <relations-timeline> element on the page\.$/,
      ],
    ];
    for (const [name, template, message, warning] of cases) {
      it(`shows a message and warns once for ${name}`, async () => {
        const { warnings, restore } = captureWarnings();
        try {
          const el = await card(template());
          await aTimeout(0);
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          expect(errors(el).join(' ')).to.match(message);
          expect($(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
          expect(warnings).to.have.length(1);
          expect(warnings[0]).to.match(warning);
          await expect(el).to.be.accessible();
        } finally {
          restore();
        }
      });
    }

    it('still renders the card with the fallback for an unknown variant, and the anchors for an unknown for', async () => {
      const { restore } = captureWarnings();
      try {
        const el = await card(html`<alliance-card variant="huge" for="nowhere-tl" alliance="treaty-1992"></alliance-card>`);
        await aTimeout(0);
        await el.updateComplete;
        expect($(el, '[part~="stages"]')).to.not.equal(null);
        expect($(el, '.hint')).to.equal(null);
        expect($(el, '[part~="related"] a')!.getAttribute('href')).to.equal('#treaty-france-russia-1992');
      } finally {
        restore();
      }
    });

    it('prints no warning for valid input', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const root = await fixture<HTMLElement>(html`<div>
          <alliance-card alliance="franco-russian-alliance" variant="compact" calendar="dual" theme="dark" heading-level="3" for="quiet-tl"></alliance-card>
          <alliance-card .alliance=${record()} theme="light"></alliance-card>
          <relations-timeline id="quiet-tl" controls="none" from="1890" to="1900"></relations-timeline>
        </div>`);
        const all = [...root.querySelectorAll('alliance-card')];
        await waitUntil(() => all.every(loaded), 'cards did not load');
        await aTimeout(0);
        expect(warnings).to.deep.equal([]);
        expect(all.flatMap(errors)).to.deep.equal([]);
      } finally {
        restore();
      }
    });
  });
});
