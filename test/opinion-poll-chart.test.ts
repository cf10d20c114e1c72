import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/opinion-poll-chart/define.js';
import type { OpinionPollChart } from '../src/opinion-poll-chart/opinion-poll-chart.js';
import { loadBundledDataset } from '../src/data/given.js';
import { formatNumber, formatPercent } from '../src/i18n/format.js';
import { marginOfError, samplingError } from '../src/opinion-poll-chart/margin-of-error.js';
import { csvCell, modelCsv, toCsv } from '../src/opinion-poll-chart/csv.js';
import { moveMark } from '../src/shared/roving.js';
import { runs, spreadLabels, spreadSpans, stackSegments, textWidth, wrapText, yearTicks } from '../src/opinion-poll-chart/layout.js';
import { addsUp, chartAnswers, pollModel, roundingTolerance, seriesModel } from '../src/opinion-poll-chart/model.js';
import { BAD_SHARES, HOSTILE, ONE_WAVE, POLL, SERIES, WAVE_TOO_HIGH } from './fixtures/poll-chart.js';
import { axNodes, captureWarnings, openFolds } from './helpers.js';

const FIXTURES = new URL('./fixtures/', import.meta.url).href;

// Every record of the bundled data gets its own test, so a new poll is tested too.
const BUNDLED = await loadBundledDataset('en');
const RECORDS = [
  ...BUNDLED.polls.map((p) => ({ attribute: 'poll' as const, id: p.id })),
  ...BUNDLED.series.map((s) => ({ attribute: 'series' as const, id: s.id })),
];
type Template = ReturnType<typeof html>;

/** Renders a chart (or a wrapper holding one) and waits until its data has loaded. */
async function render(template: Template): Promise<OpinionPollChart> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'opinion-poll-chart' ? root : root.querySelector('opinion-poll-chart')!) as OpinionPollChart;
  await waitUntil(() => !el.shadowRoot!.querySelector('[part~="loading"]'), 'chart did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = (el: OpinionPollChart, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: OpinionPollChart, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** Text content with source-formatting white space collapsed (no-break and thin spaces kept). */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const errors = (el: OpinionPollChart) => $$(el, '[part~="error"]').map(text);
const marks = (el: OpinionPollChart, scope = '') => $$(el, `${scope} [part~="mark"]`);
const meta = (el: OpinionPollChart, term: string) => {
  const item = $$(el, '.meta-item').find((i) => text(i.querySelector('dt')) === term);
  return text(item?.querySelector('dd'));
};

/** Text boxes of the SVG labels that overlap one another, or that leave the element. */
function overlappingLabels(el: OpinionPollChart): string[] {
  const problems: string[] = [];
  const host = el.getBoundingClientRect();
  for (const svgEl of $$(el, 'svg.chart')) {
    const boxes = [...svgEl.querySelectorAll<SVGTextElement>('text')]
      .filter((t) => t.textContent!.trim() !== '')
      .map((t) => ({ t: t.textContent!.trim(), r: t.getBoundingClientRect() }));
    for (const { t, r } of boxes) {
      if (r.left < host.left - 1 || r.right > host.right + 1) problems.push(`"${t}" leaves the element`);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        if (overlap) problems.push(`"${boxes[i]!.t}" overlaps "${boxes[j]!.t}"`);
      }
    }
  }
  return problems;
}

describe('<opinion-poll-chart>', () => {
  describe('every poll and series in the data', () => {
    it('has polls and series to chart', () => {
      expect(RECORDS.filter((r) => r.attribute === 'poll').length).to.be.at.least(20);
      expect(RECORDS.filter((r) => r.attribute === 'series').length).to.be.at.least(5);
    });

    for (const record of RECORDS) {
      it(`${record.id} renders in en, fr and ru, light and dark, at 320 and 800 px, accessibly and without overlaps`, async () => {
        const { warnings, restore } = captureWarnings();
        try {
          for (const [lang, width, theme] of [
            ['en', 800, 'light'],
            ['fr', 320, 'light'],
            ['ru', 800, 'dark'],
            ['en', 320, 'dark'],
          ] as const) {
            const el = await render(html`<div style=${`width: ${width}px`}>
              <opinion-poll-chart lang=${lang} theme=${theme} poll=${record.attribute === 'poll' ? record.id : undefined}
                series=${record.attribute === 'series' ? record.id : undefined}></opinion-poll-chart>
            </div>`);
            const where = `${record.id} (${lang}, ${width} px, ${theme})`;
            expect(errors(el), where).to.deep.equal([]);
            expect(marks(el).length, where).to.be.greaterThan(0);
            expect(text($(el, '[part~="summary"]')), where).to.match(/\d/);
            expect($(el, '[part~="meta"]'), where).to.not.equal(null);
            expect(overlappingLabels(el), where).to.deep.equal([]);
            await expect(el, where).to.be.accessible();
            if (width === 320) {
              // Everything unfolded (questions, the original wording, notes, sources): still no overlap, still accessible.
              await openFolds(el);
              expect(overlappingLabels(el), `${where}, unfolded`).to.deep.equal([]);
              await expect(el, `${where}, unfolded`).to.be.accessible();
            }
          }
          expect(warnings).to.deep.equal([]);
        } finally {
          restore();
        }
      });
    }
  });

  describe('a poll', () => {
    it('draws 100 % stacked bars: positive, negative, then neither, don’t know and the unreported rest apart', async () => {
      const el = await render(html`<opinion-poll-chart .data=${POLL}></opinion-poll-chart>`);
      const segments = marks(el, '.group[data-form="stacked"]');
      expect(segments.map((m) => m.dataset['value'])).to.deep.equal(['17.5', '63', '10', '2.5', '7']);
      const classes = segments.map((m) => [...m.classList].find((c) => c.startsWith('tone-')));
      expect(classes).to.deep.equal(['tone-pos-1', 'tone-neg-1', 'tone-neutral', 'tone-dont-know', 'tone-unreported']);
      // The unreported rest is hatched, not a solid colour, and labelled in the legend.
      expect(segments[4]!.querySelector('.fill')!.getAttribute('fill')).to.equal('url(#opc-hatch)');
      const legend = $$(el, '[part~="legend"] li').map(text);
      expect(legend).to.deep.equal(['Good 17.5%', 'Bad 63%', 'Neither 10%', 'Don’t know 2.5%', 'Not published 7%']);
      // Kept apart: a wider gap before "Neither" than between the two sides.
      const rect = (i: number) => segments[i]!.querySelector('.fill')!.getBoundingClientRect();
      expect(rect(2).left - rect(1).right).to.be.greaterThan(rect(1).left - rect(0).right + 3);
      await expect(el).to.be.accessible();
    });

    it('draws separate bars on a 0–100 % scale for a multiple-choice question, and says why they do not add up', async () => {
      const el = await render(html`<opinion-poll-chart .data=${POLL}></opinion-poll-chart>`);
      const group = $(el, '.group[data-form="bars"]')!;
      expect(text(group.querySelector('.mc-note'))).to.equal('Several answers were allowed, so the shares do not add up to 100%.');
      expect(group.querySelector('[part~="legend"]')).to.equal(null);
      const bars = [...group.querySelectorAll<HTMLElement>('[part~="mark"]')];
      expect(bars.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Russia: 69%', 'China: 27%', 'Iran: 26%']);
      const track = bars[0]!.querySelector('.track')!.getBoundingClientRect().width;
      expect(bars[0]!.querySelector('.fill')!.getBoundingClientRect().width / track).to.be.closeTo(0.69, 0.01);
      // Labels above the bars, wrapped the same at any width: as tall on a phone as wide.
      const phone = await render(html`<div style="width: 390px"><opinion-poll-chart type="bars" poll="ifop-2024-06-allies-and-threats"></opinion-poll-chart></div>`);
      const wide = await render(html`<div style="width: 1200px"><opinion-poll-chart type="bars" poll="ifop-2024-06-allies-and-threats"></opinion-poll-chart></div>`);
      const chartHeight = (chart: OpinionPollChart) => $(chart, 'svg.chart')!.getBoundingClientRect().height;
      expect(chartHeight(phone)).to.equal(chartHeight(wide));
    });

    it('draws separate bars for every question with type="bars"', async () => {
      const el = await render(html`<opinion-poll-chart type="bars" .data=${POLL}></opinion-poll-chart>`);
      expect($$(el, '.group').map((g) => g.dataset['form'])).to.deep.equal(['bars', 'bars']);
      await expect(el).to.be.accessible();
    });

    it('shows the question as asked, marked as a paraphrase, with its translation', async () => {
      const el = await render(html`<opinion-poll-chart .data=${POLL}></opinion-poll-chart>`);
      const wording = $$(el, '[part~="wording"]');
      expect(text(wording[0]!.querySelector('.term'))).to.equal('Question (paraphrase: the exact wording was not published)');
      expect(wording[0]!.querySelector('q')!.getAttribute('lang')).to.equal('fr');
      expect(text(wording[0]!.querySelector('q'))).to.equal('Quelle est votre opinion de la Russie ?');
      expect(text(wording[0])).to.contain('Translation What is your opinion of Russia?');
      expect(text(wording[1]!.querySelector('.term'))).to.equal('Question as asked');
      // In French the original needs no translation.
      const fr = await render(html`<opinion-poll-chart lang="fr" .data=${POLL}></opinion-poll-chart>`);
      expect($$(fr, '[part~="wording"] q')).to.have.length(2);
    });

    it('keeps pollster, sponsor, population, fieldwork, sample size, mode and margin of error beside the chart', async () => {
      const el = await render(html`<opinion-poll-chart .data=${POLL}></opinion-poll-chart>`);
      expect(meta(el, 'Pollster')).to.equal('Fixture Polling');
      expect(meta(el, 'Commissioned by')).to.equal('Fixture Weekly');
      expect(meta(el, 'Population')).to.equal('French adults');
      expect(meta(el, 'Fieldwork')).to.match(/^12\s?–\s?13 May 2017$/);
      expect(meta(el, 'Sample size')).to.equal('1,200');
      expect(meta(el, 'Mode')).to.equal('Telephone');
      expect(meta(el, 'Margin of error')).to.equal(
        '±2.8 points (computed by us: the 95% sampling error of a simple random sample of 1,200; the pollster did not publish one)',
      );
      expect(meta(el, 'Source of the figures')).to.equal('the pollster’s own release');
      expect(text($(el, '[part~="notes"]'))).to.contain('A fixture.');
    });

    it('uses the published margin of error, or says it was not published', async () => {
      const published = await render(html`<opinion-poll-chart poll="vciom-2018-04-views-of-france"></opinion-poll-chart>`);
      expect(meta(published, 'Margin of error')).to.equal('±2.2 points (published by the pollster)');
      const none = await render(html`<opinion-poll-chart poll="bbc-globescan-2013-russia-influence"></opinion-poll-chart>`);
      expect(meta(none, 'Margin of error')).to.equal('Not published');
      expect(meta(none, 'Sample size')).to.equal('Not published');
    });

    it('sums it up in one sentence, never featuring the unreported rest', async () => {
      const el = await render(html`<opinion-poll-chart poll="bbc-globescan-2013-russia-influence"></opinion-poll-chart>`);
      expect(text($(el, '[part~="summary"]'))).to.equal(
        "Russia's influence in the world: 63% of French respondents chose “Mainly negative” (GlobeScan / PIPA for BBC World Service, 2013).",
      );
      const fr = await render(html`<opinion-poll-chart lang="fr" poll="bbc-globescan-2013-russia-influence"></opinion-poll-chart>`);
      expect(text($(fr, '[part~="summary"]'))).to.equal(
        `L’influence de la Russie dans le monde\u00a0: ${formatPercent(63, 'fr')} des Français interrogés ont choisi «\u00a0Plutôt négative\u00a0» (GlobeScan / PIPA pour BBC World Service, 2013).`,
      );
      const ru = await render(html`<opinion-poll-chart lang="ru" poll="bbc-globescan-2013-russia-influence"></opinion-poll-chart>`);
      expect(text($(ru, '[part~="summary"]'))).to.equal(
        `Влияние России в мире: ответ «В основном отрицательное» выбрали ${formatPercent(63, 'ru')} опрошенных французов (GlobeScan / PIPA по заказу BBC World Service, 2013).`,
      );
      // Only the unreported rest is larger; the summary still names a real answer.
      const positive = await render(html`<opinion-poll-chart poll="bbc-globescan-2007-russia-influence"></opinion-poll-chart>`);
      expect(text($(positive, '[part~="summary"]'))).to.contain('14% of French respondents chose “Mainly positive”');
    });

    it('gives each question a heading one level below the title, with heading-level', async () => {
      const el = await render(html`<opinion-poll-chart heading-level="3" .data=${POLL}></opinion-poll-chart>`);
      expect($(el, '[part~="title"]')!.getAttribute('aria-level')).to.equal('3');
      expect($$(el, '[part~="question-title"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['4', '4']);
      expect($$(el, '[part~="question-title"]').map(text)).to.deep.equal(['Opinion of Russia', 'Greatest threats']);
    });

    it('marks a poll reported only by Russian state media, and explains it', async () => {
      const el = await render(html`<opinion-poll-chart poll="ifop-sputnik-2016-04-defeat-of-germany"></opinion-poll-chart>`);
      const flag = $(el, '[part~="header"] [part~="flag"]')!;
      expect(flag.dataset['status']).to.equal('state-media');
      expect(text(flag)).to.contain('Reported only by Russian state media');
      expect(meta(el, 'Commissioned by')).to.equal('Sputnik (Russian state media)');
      await expect(el).to.be.accessible();
    });

    it('links its sources over http(s) only, in a new tab, with noopener noreferrer', async () => {
      const el = await render(html`<opinion-poll-chart poll="odoxa-2017-05-russia-and-putin"></opinion-poll-chart>`);
      const links = $$(el, '[part~="sources"] a');
      expect(links.length).to.be.greaterThan(0);
      for (const a of links) {
        expect(a.getAttribute('href')).to.match(/^https?:\/\//);
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(a.getAttribute('target')).to.equal('_blank');
        expect(text(a.querySelector('.visually-hidden'))).to.equal('(opens in a new tab)');
      }
    });

    it('renders hostile strings as text, never as HTML', async () => {
      const el = await render(html`<opinion-poll-chart .data=${HOSTILE}></opinion-poll-chart>`);
      expect(el.shadowRoot!.querySelector('img, script, b, i, svg svg[onload]')).to.equal(null);
      expect(text($(el, '[part~="title"]'))).to.equal('<img src=x onerror="window.__pwned=1">');
      expect(meta(el, 'Pollster')).to.equal('<b>Bold</b> Polling');
      expect(text($(el, '[part~="wording"] q'))).to.equal('<i>Leading</i> question?');
      expect(text($(el, '[part~="legend"]'))).to.contain('<svg onload="window.__pwned=3">good');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('folded sections', () => {
    const closed = (node: Element | null) => (node as HTMLDetailsElement | null)?.open === false;

    it('folds notes and sources behind disclosures, sources with their count, and keeps the facts beside the chart', async () => {
      const el = await render(html`<opinion-poll-chart poll="vciom-2018-04-views-of-france"></opinion-poll-chart>`);
      const sources = $(el, '[part~="sources"]')!;
      expect(sources.localName).to.equal('details');
      expect(closed(sources)).to.equal(true);
      expect(text(sources.querySelector('[part~="count"]'))).to.equal(String(sources.querySelectorAll('li').length));
      expect(sources.querySelector('a')!.checkVisibility()).to.equal(false);
      const notes = $(el, '[part~="notes"]')!;
      expect(closed(notes)).to.equal(true);
      expect(notes.querySelector('[part~="count"]')).to.equal(null);
      // Always in sight: the first question's chart, its wording, and every fact of the meta list.
      expect($(el, '[part~="meta"]')!.checkVisibility()).to.equal(true);
      expect($(el, '[part~="summary"]')!.checkVisibility()).to.equal(true);
      expect($(el, '[part~="margin"]')!.checkVisibility()).to.equal(true);
      for (const toggle of $$(el, '[part~="section-toggle"]')) expect(toggle.getBoundingClientRect().height, text(toggle)).to.be.at.least(24);
      await expect(el).to.be.accessible();
    });

    it('shows the first question of a poll in full and folds the others behind their headings', async () => {
      const el = await render(html`<opinion-poll-chart poll="vciom-2018-04-views-of-france"></opinion-poll-chart>`);
      const questions = $$(el, '[part~="question"]');
      expect(questions).to.have.length(4);
      expect(questions[0]!.localName).to.equal('div');
      expect(questions.slice(1).every((q) => q.localName === 'details' && closed(q))).to.equal(true);
      // Every question keeps its heading, in sight.
      const headings = $$(el, '[part~="question-title"]');
      expect(headings.map((h) => [h.getAttribute('role'), h.checkVisibility()])).to.deep.equal(Array(4).fill(['heading', true]));
      // A folded chart is not a tab stop until opened; opened, its marks are.
      const folded = questions[1] as HTMLDetailsElement;
      expect(folded.querySelector<SVGElement>('[part~="mark"][tabindex="0"]')!.checkVisibility()).to.equal(false);
      folded.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => folded.open, 'Enter did not open the question');
      await el.updateComplete;
      const mark = folded.querySelector<SVGElement>('[part~="mark"][tabindex="0"]')!;
      expect(mark.checkVisibility()).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(mark);
      await expect(el).to.be.accessible();
      // Single-question polls and series fold no question.
      const single = await render(html`<opinion-poll-chart poll="bbc-globescan-2013-russia-influence"></opinion-poll-chart>`);
      expect($$(single, 'details[part~="question"]')).to.have.length(0);
    });

    it('shows a question asked in another language by its translation, the original folded behind its label', async () => {
      const el = await render(html`<opinion-poll-chart .data=${POLL}></opinion-poll-chart>`);
      const wording = $$(el, '[part~="wording"]')[0]!;
      const original = wording.querySelector('details')!;
      expect(closed(original)).to.equal(true);
      expect(text(original.querySelector('summary'))).to.equal('Question (paraphrase: the exact wording was not published)');
      expect(original.querySelector('q[lang="fr"]')!.checkVisibility()).to.equal(false);
      expect([...wording.querySelectorAll(':scope > p q')].map((q) => [text(q), q.checkVisibility()])).to.deep.equal([['What is your opinion of Russia?', true]]);
      // Asked in the reader's language: shown in full, nothing folded.
      const fr = await render(html`<opinion-poll-chart lang="fr" .data=${POLL}></opinion-poll-chart>`);
      expect($$(fr, '[part~="wording"] details')).to.have.length(0);
      expect($(fr, '[part~="wording"] q')!.checkVisibility()).to.equal(true);
    });

    it("folds a series' notes on each wave inside its notes, with their count", async () => {
      const el = await render(html`<opinion-poll-chart series="pew-france-opinion-of-russia"></opinion-poll-chart>`);
      const notes = $(el, '[part~="notes"]') as HTMLDetailsElement;
      const waves = notes.querySelector('.wave-notes details')!;
      expect(text(waves.querySelector('[part~="count"]'))).to.equal(String(waves.querySelectorAll('li').length));
      notes.open = true;
      await waitUntil(() => notes.querySelector('.fold-body > p')!.checkVisibility(), 'the notes did not open');
      expect(waves.querySelector('li')!.checkVisibility()).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('opens from the keyboard and puts the sources in the accessibility tree once open', async function () {
      const el = await render(html`<opinion-poll-chart poll="bbc-globescan-2013-russia-influence"></opinion-poll-chart>`);
      const sources = $(el, '[part~="sources"]') as HTMLDetailsElement;
      const link = sources.querySelector('a')!;
      const name = text(link);
      const isLink = (n: { role: string; name: string }) => n.role === 'link' && n.name.replace(/\s+/g, ' ').trim() === name;
      const before = await axNodes();
      sources.querySelector('summary')!.focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => sources.open, 'Space did not open the sources');
      expect(link.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
      const after = await axNodes();
      if (before === null || after === null) this.skip(); // no DevTools Protocol (Firefox, WebKit)
      expect(before.some(isLink)).to.equal(false);
      expect(after.some(isLink)).to.equal(true);
    });
  });

  describe('compact', () => {
    it('folds the facts behind "Methodology", the margin of error on its toggle, beside the notes', async () => {
      const el = await render(html`<div style="width: 390px"><opinion-poll-chart compact series="pew-france-opinion-of-russia"></opinion-poll-chart></div>`);
      expect(el.hasAttribute('compact'), 'reflected, a styling hook').to.equal(true);
      const fold = $(el, '[part~="methodology"]') as HTMLDetailsElement;
      expect(fold.localName).to.equal('details');
      expect(fold.open).to.equal(false);
      expect(fold.parentElement!.classList.contains('tail'), 'beside the notes and sources').to.equal(true);
      expect(text(fold.querySelector('summary'))).to.equal(`Methodology ${meta(el, 'Margin of error').split(' (')[0]}`);
      expect(text(fold.querySelector('summary'))).to.match(/^Methodology ±\d/);
      // Every fact is there, folded: one meta list, inside the fold.
      expect($$(el, '[part~="meta"]')).to.have.length(1);
      expect(fold.querySelector('[part~="meta"]')!.checkVisibility()).to.equal(false);
      expect(meta(el, 'Pollster')).to.equal('Pew Research Center');
      await expect(el).to.be.accessible();
      fold.querySelector('summary')!.click();
      await waitUntil(() => fold.querySelector('[part~="meta"]')!.checkVisibility(), 'the methodology did not open');
      await expect(el).to.be.accessible();
      // Without it, the facts are in sight and nothing is called methodology.
      el.compact = false;
      await el.updateComplete;
      expect($(el, '[part~="methodology"]')).to.equal(null);
      expect($(el, '[part~="meta"]')!.checkVisibility()).to.equal(true);
    });

    it('says so in French and Russian, and leaves the toggle alone when no margin is known', async () => {
      const fr = await render(html`<opinion-poll-chart compact lang="fr" poll="vciom-2018-04-views-of-france"></opinion-poll-chart>`);
      expect(text($(fr, '[part~="methodology"] summary'))).to.match(/^Fiche technique ±\s?\d/);
      const ru = await render(html`<opinion-poll-chart compact lang="ru" series="pew-france-opinion-of-russia"></opinion-poll-chart>`);
      expect(text($(ru, '[part~="methodology"] summary'))).to.match(/^Методика от ±\d/);
      await expect(ru).to.be.accessible();
      const none = await render(html`<opinion-poll-chart compact .data=${{ ...POLL, sampleSize: null, marginOfError: null }}></opinion-poll-chart>`);
      expect(errors(none)).to.deep.equal([]);
      expect(text($(none, '[part~="methodology"] summary'))).to.equal('Methodology');
    });
  });

  describe('values of stacked bars at 320 px', () => {
    /** The value written for each segment (on it or below the bar), with its size and whether it sits inside the element. */
    function written(el: OpinionPollChart) {
      const host = el.getBoundingClientRect();
      return $$(el, '[part~="mark"].segment').map((mark) => {
        const label = mark.querySelector<SVGTextElement>('.in-label, .out-label');
        const box = label?.getBoundingClientRect();
        return {
          value: Number(mark.dataset['value']),
          text: label ? text(label) : undefined,
          size: label ? parseFloat(getComputedStyle(label).fontSize) : 0,
          inside: !!box && box.left >= host.left - 1 && box.right <= host.right + 1 && box.width > 0,
          outside: !!label?.classList.contains('out-label'),
        };
      });
    }

    for (const [what, template] of [
      ['a series drawn as stacked bars', html`<div style="width: 320px"><opinion-poll-chart type="stacked" series="pew-france-opinion-of-russia"></opinion-poll-chart></div>`],
      ['a poll with small shares', html`<div style="width: 320px"><opinion-poll-chart lang="fr" .data=${POLL}></opinion-poll-chart></div>`],
      ['a series with a small wave', html`<div style="width: 320px"><opinion-poll-chart lang="ru" type="stacked" series="ifop-putin-good-opinions"></opinion-poll-chart></div>`],
    ] as const) {
      it(`writes every value of ${what}, on its segment or below the bar, in 12 px or more`, async () => {
        const el = await render(template);
        const lang = el.getAttribute('lang') ?? 'en';
        const values = written(el);
        expect(values.length).to.be.greaterThan(0);
        for (const v of values) {
          expect(v.text, `value ${v.value}`).to.equal(formatPercent(v.value, lang));
          expect(v.size, `value ${v.value}`).to.be.at.least(12);
          expect(v.inside, `value ${v.value} leaves the element`).to.equal(true);
        }
        expect(values.some((v) => v.outside), 'some value is written below its bar').to.equal(true);
        expect(overlappingLabels(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('writes the values below a bar on as few lines as keep them apart', () => {
      // Two labels that fit side by side near the end of the bar.
      const one = spreadSpans([290, 298], [20, 20], 8, 0, 300);
      expect(one.line).to.deep.equal([0, 0]);
      expect(one.left[1]! - (one.left[0]! + 20)).to.be.at.least(8);
      expect(one.left[1]! + 20).to.be.at.most(300);
      // Too many for one line: a second line, each still within the bar.
      const many = spreadSpans([10, 20, 30, 40], [30, 30, 30, 30], 8, 0, 100);
      expect(Math.max(...many.line)).to.equal(1);
      for (const left of many.left) expect(left).to.be.within(0, 70);
      // On the lines a narrower bar needed, even where one would do.
      expect(spreadSpans([10, 20, 30, 40], [30, 30, 30, 30], 8, 0, 400, 2).line).to.deep.equal([0, 1, 0, 1]);
    });
  });

  describe('a series', () => {
    it('draws a line per answer with a point per published wave, and no line across a missing wave', async () => {
      const el = await render(html`<opinion-poll-chart .data=${SERIES}></opinion-poll-chart>`);
      const group = $(el, '.group')!;
      expect(group.dataset['form']).to.equal('line');
      // favourable: 2010, 2017, 2018, 2020 (2019 unpublished); unfavourable: all five; don't know: 2010, 2017, 2020.
      expect($$(el, '[part~="mark"].tone-pos-1').length).to.equal(4);
      expect($$(el, '[part~="mark"].tone-neg-1').length).to.equal(5);
      expect($$(el, '[part~="mark"].tone-dont-know').length).to.equal(3);
      // Stretches between consecutive published waves only: 2 + 4 + 1.
      expect($$(el, '[part~="line"].tone-pos-1')).to.have.length(2);
      expect($$(el, '[part~="line"].tone-neg-1')).to.have.length(4);
      expect($$(el, '[part~="line"].tone-dont-know')).to.have.length(1);
      // 2010–2017 is more than three years: dashed, and said so.
      expect($$(el, '[part~="line"].long')).to.have.length(3);
      expect(text($(el, '.chart-notes'))).to.contain('A dashed line joins two waves more than three years apart.');
      expect(text($(el, '.chart-notes'))).to.contain('A break in a line is a wave that did not publish that answer');
      await expect(el).to.be.accessible();
    });

    it('labels the end of each line with its last value', async () => {
      const el = await render(html`<opinion-poll-chart .data=${SERIES}></opinion-poll-chart>`);
      expect($$(el, '.end-label').map(text)).to.deep.equal(['35%', '55%', '10%']);
    });

    it('marks derived and state-media waves on the chart and explains them', async () => {
      const el = await render(html`<opinion-poll-chart .data=${SERIES}></opinion-poll-chart>`);
      const flagged = $$(el, '[part~="mark"].flagged');
      expect(flagged.length).to.equal(5);
      expect(flagged.map((m) => text(m.querySelector('.flag')))).to.include.members(['*', '†']);
      expect(flagged[0]!.getAttribute('aria-label')).to.match(/\(derived from published figures\)|\(reported only by Russian state media\)/);
      const notes = $$(el, '.chart-notes [part~="flag"]').map((n) => n.dataset['status']);
      expect(notes).to.deep.equal(['derived', 'state-media']);
    });

    it('summarises the latest value against the earliest', async () => {
      const el = await render(html`<opinion-poll-chart series="pew-france-opinion-of-russia"></opinion-poll-chart>`);
      expect(text($(el, '[part~="summary"]'))).to.equal(
        'Pew Research Center, 2023: 82% of French respondents chose “Unfavourable (very or somewhat)” (2007: 65%).',
      );
    });

    it('gives the sample sizes and computed margins of the waves', async () => {
      const el = await render(html`<opinion-poll-chart series="pew-france-opinion-of-russia"></opinion-poll-chart>`);
      expect(meta(el, 'Sample size')).to.equal('752–1,328');
      expect(meta(el, 'Fieldwork')).to.match(/^2007\s?–\s?2023 \(14 waves\)$/);
      expect(meta(el, 'Margin of error')).to.match(/^±2\.7 to ±3\.6 points \(computed by us from each wave’s sample size/);
    });

    it('draws one 100 % bar per wave with type="stacked", showing what a wave does not publish as a toned-down rest', async () => {
      const el = await render(html`<div style="width: 800px"><opinion-poll-chart type="stacked" series="ifop-putin-good-opinions"></opinion-poll-chart></div>`);
      expect($$(el, '[part~="bar"]')).to.have.length(6);
      const rest = $$(el, '[part~="mark"].tone-unreported');
      expect(rest.map((m) => m.dataset['value'])).to.deep.equal(['80', '88', '92', '89', '91', '91']);
      expect(text($(el, '[part~="legend"]'))).to.contain('Bad opinion (not published)');
      // Wave labels sit above the bars at any width, and the chart is as tall at 800 px as
      // on a phone: markup a server drew at another width keeps its box once redrawn.
      const phone = await render(html`<div style="width: 390px"><opinion-poll-chart type="stacked" series="ifop-putin-good-opinions"></opinion-poll-chart></div>`);
      const narrow = await render(html`<div style="width: 320px"><opinion-poll-chart type="stacked" series="ifop-putin-good-opinions"></opinion-poll-chart></div>`);
      for (const chart of [el, phone, narrow]) {
        const label = $(chart, '.row-label')!.getBoundingClientRect();
        expect(label.bottom).to.be.at.most($(chart, '[part~="bar"] .fill')!.getBoundingClientRect().top);
      }
      const height = (chart: OpinionPollChart) => $(chart, 'svg.chart')!.getBoundingClientRect().height;
      expect(height(el)).to.equal(height(phone));
      expect(overlappingLabels(narrow)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('draws a compact line chart lower, the same at every width', async () => {
      const heights = [];
      for (const [width, compact] of [[390, true], [1200, true], [1200, false]] as const) {
        const el = await render(html`<div style=${`width: ${width}px`}><opinion-poll-chart ?compact=${compact} series="pew-france-opinion-of-russia"></opinion-poll-chart></div>`);
        heights.push($(el, 'svg.chart')!.getAttribute('height'));
      }
      expect(heights).to.deep.equal(['200', '200', '240']);
    });

    it('draws once at its width, and again when its width changes', async () => {
      const box = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
      const el = document.createElement('opinion-poll-chart') as OpinionPollChart;
      el.setAttribute('series', 'pew-france-opinion-of-russia');
      // The width of the drawing after each update that drew one.
      const drawn: string[] = [];
      const updated = (el as unknown as { updated(): void }).updated.bind(el);
      Object.assign(el, {
        updated() {
          updated();
          const svg = el.shadowRoot!.querySelector('svg.chart');
          if (svg) drawn.push(svg.getAttribute('width')!);
        },
      });
      box.append(el);
      await waitUntil(() => drawn.length > 0, 'the chart was not drawn', { timeout: 5000 });
      // The first frames go by (the size observer reports the width the chart was drawn at).
      for (let i = 0; i < 4; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(drawn).to.have.length(1);
      box.style.width = '400px';
      await waitUntil(() => drawn.length > 1, 'the chart was not drawn again at its new width', { timeout: 5000 });
      expect(Number(drawn.at(-1))).to.be.below(Number(drawn[0]));
    });

    it('draws separate bars per wave with type="bars"', async () => {
      const el = await render(html`<opinion-poll-chart type="bars" .data=${SERIES}></opinion-poll-chart>`);
      expect(marks(el)).to.have.length(15);
      expect(text($(el, '.value.muted'))).to.equal('not published');
      await expect(el).to.be.accessible();
    });
  });

  describe('table twin', () => {
    const numbers = (cells: HTMLElement[]) => cells.map(text).filter((t) => t !== '–' && !/not published/i.test(t));

    it('is a real table, visually hidden until toggled, holding exactly the charted numbers', async () => {
      const el = await render(html`<opinion-poll-chart .data=${POLL}></opinion-poll-chart>`);
      const twin = $(el, '[part~="table"]')!;
      const toggle = $(el, '[part~="table-toggle"]') as HTMLButtonElement;
      expect(twin.classList.contains('visually-hidden')).to.equal(true);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(text(twin.querySelector('caption'))).to.equal('Fixture poll on Russia');
      const charted = marks(el).map((m) => formatPercent(Number(m.dataset['value']), 'en-GB'));
      expect(numbers($$(el, '[part~="table"] td'))).to.deep.equal(charted);
      expect($$(el, '[part~="table"] tbody th[scope="row"]').map(text)).to.deep.equal(['Good', 'Bad', 'Neither', 'Don’t know', 'Not published', 'Russia', 'China', 'Iran']);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(twin.classList.contains('visually-hidden')).to.equal(false);
      expect(twin.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
    });

    it('holds a series wave by wave, with unpublished values as dashes', async () => {
      const el = await render(html`<opinion-poll-chart .data=${SERIES}></opinion-poll-chart>`);
      ($(el, '[part~="table-toggle"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const rows = $$(el, '[part~="table"] tbody tr');
      expect(rows.map((r) => text(r.querySelector('th')))).to.deep.equal(['2010', '2017 *', '2018 †', '2019', '2020']);
      const answerCells = rows.flatMap((r) => [...r.querySelectorAll<HTMLElement>('td')].slice(0, 3));
      const charted = marks(el)
        .map((m) => ({ key: m.dataset['key']!.split(':').map(Number), v: formatPercent(Number(m.dataset['value']), 'en-GB') }))
        .sort((a, b) => a.key[1]! - b.key[1]! || a.key[0]! - b.key[0]!)
        .map((m) => m.v);
      expect(numbers(answerCells)).to.deep.equal(charted);
      expect(text(rows[3]!.querySelector('td'))).to.equal('–Not published');
      expect(text(rows[0]!.querySelectorAll('td')[4]!)).to.equal('±2.5 points (computed)');
      expect(text(rows[1]!.querySelectorAll('td')[4]!)).to.equal('±3.4 points');
      await expect(el).to.be.accessible();
    });

    it('prints', async function () {
      const el = await render(html`<opinion-poll-chart .data=${POLL}></opinion-poll-chart>`);
      // Print emulation needs the DevTools protocol (Chromium only here).
      const printing = await emulateMedia({ media: 'print' }).then(() => true, () => false);
      if (!printing) this.skip();
      try {
        expect(getComputedStyle($(el, '[part~="table"]')!).position).to.equal('static');
        expect(getComputedStyle($(el, '[part~="actions"]')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('keyboard and tooltips', () => {
    it('has one tab stop per chart; arrows, Home and End move, with a tooltip on focus; Escape closes it', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>before</button><opinion-poll-chart .data=${SERIES}></opinion-poll-chart></div>`);
      const el = wrapper.querySelector('opinion-poll-chart')!;
      await waitUntil(() => !el.shadowRoot!.querySelector('[part~="loading"]'));
      await el.updateComplete;
      expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
      const tooltip = () => text($(el, '[part~="tooltip"]'));
      expect(focused()!.dataset['key']).to.equal('0:0');
      expect(tooltip()).to.equal('2010 — Favourable: 60%');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused()!.dataset['key']).to.equal('0:1');
      expect(tooltip()).to.equal('2017 — Favourable: 50% (derived from published figures)');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused()!.dataset['key']).to.equal('1:1');
      expect(tooltip()).to.equal('2017 — Unfavourable: 40% (derived from published figures)');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused()!.dataset['key']).to.equal('2:4');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused()!.dataset['key']).to.equal('0:0');
      expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0').map((m) => m.dataset['key'])).to.deep.equal(['0:0']);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '[part~="tooltip"]')).to.equal(null);
    });

    it('moves through the segments of stacked bars and opens tooltips on hover too', async () => {
      const el = await render(html`<opinion-poll-chart .data=${POLL}></opinion-poll-chart>`);
      const first = marks(el)[0]!;
      first.focus();
      await el.updateComplete;
      expect(text($(el, '[part~="tooltip"]'))).to.equal('Good: 17.5%');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(text($(el, '[part~="tooltip"]'))).to.equal('Bad: 63%');
      first.blur();
      marks(el)[4]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(text($(el, '[part~="tooltip"]'))).to.equal('Not published: 7%');
    });

    it('gives every mark an accessible name and the SVG a title and description', async () => {
      const el = await render(html`<opinion-poll-chart series="pew-france-opinion-of-russia"></opinion-poll-chart>`);
      const svgEl = $(el, 'svg.chart')!;
      const title = el.shadowRoot!.getElementById(svgEl.getAttribute('aria-labelledby')!)!;
      const desc = el.shadowRoot!.getElementById(svgEl.getAttribute('aria-describedby')!)!;
      // Hidden HTML (a server renderer cannot fill an SVG <title>): read by name computation, not shown.
      expect([title.hidden, desc.hidden]).to.deep.equal([true, true]);
      expect(text(title)).to.equal('French opinion of Russia (Pew Research Center)');
      expect(text(desc)).to.contain('82% of French respondents').and.contain('The exact figures are in the table');
      for (const mark of marks(el)) expect(mark.getAttribute('aria-label')).to.match(/^\d{4} — .+: \d+%/);
    });
  });

  describe('CSV download', () => {
    it('offers the charted numbers as CSV generated in the browser', async () => {
      const el = await render(html`<opinion-poll-chart downloadable poll="bbc-globescan-2013-russia-influence"></opinion-poll-chart>`);
      const created: Blob[] = [];
      const originalCreate = URL.createObjectURL;
      const originalClick = HTMLAnchorElement.prototype.click;
      let downloaded = '';
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        created.push(blob as Blob);
        return 'blob:fixture';
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloaded = this.download;
      };
      try {
        ($(el, '[part~="download"]') as HTMLButtonElement).click();
        // The CSV code is a chunk of its own (fetched when a downloadable chart is drawn).
        await waitUntil(() => downloaded, 'nothing was downloaded');
      } finally {
        URL.createObjectURL = originalCreate;
        HTMLAnchorElement.prototype.click = originalClick;
      }
      expect(downloaded).to.equal('bbc-globescan-2013-russia-influence.csv');
      expect(created).to.have.length(1);
      expect(created[0]!.type).to.equal('text/csv;charset=utf-8');
      // A byte-order mark first, for spreadsheets (TextDecoder drops it from text()).
      expect([...new Uint8Array(await created[0]!.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const csv = await created[0]!.text();
      expect(csv).to.equal(
        'poll_id,question_id,question,answer_id,answer,kind,share_percent\r\n' +
          'bbc-globescan-2013-russia-influence,russia-influence,Russia\'s influence in the world,mainly-negative,Mainly negative,negative,63\r\n' +
          'bbc-globescan-2013-russia-influence,russia-influence,Russia\'s influence in the world,other-not-published,Other answers / not published,unreported,37\r\n',
      );
      await aTimeout(0);
    });

    it('has no download button unless downloadable', async () => {
      const el = await render(html`<opinion-poll-chart poll="bbc-globescan-2013-russia-influence"></opinion-poll-chart>`);
      expect($(el, '[part~="download"]')).to.equal(null);
    });

    it('writes a series wave by wave, unpublished values empty', async () => {
      const data = await loadBundledDataset('en');
      const series = data.series.find((s) => s.id === 'ifop-putin-good-opinions')!;
      const csv = modelCsv(seriesModel(series, 'auto', { date: (d) => String(d.year), remainder: 'rest' }));
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).to.equal('series_id,wave,status,sample_size,margin_of_error_points,margin_of_error_computed,good_percent,bad_percent,dont-know_percent');
      expect(lines[1]).to.equal('ifop-putin-good-opinions,2013-02,derived,,,,20,,');
      expect(lines).to.have.length(7);
    });

    it('quotes and defuses cells', () => {
      expect(csvCell('plain')).to.equal('plain');
      expect(csvCell('a, b')).to.equal('"a, b"');
      expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
      expect(csvCell('=HYPERLINK("x")')).to.equal('"\'=HYPERLINK(""x"")"');
      expect(csvCell('-1')).to.equal("'-1");
      expect(csvCell(-1)).to.equal('-1');
      expect(csvCell(null)).to.equal('');
      expect(toCsv([['a', 1], ['b', null]])).to.equal('a,1\r\nb,\r\n');
    });
  });

  describe('margin of error', () => {
    it('computes the 95 % sampling error from the sample size: 1.96 · √(0.25 / n), in points', () => {
      expect(samplingError(1000)).to.be.closeTo(3.099, 0.001);
      expect(samplingError(1200)).to.be.closeTo(2.829, 0.001);
      expect(samplingError(1600)).to.be.closeTo(2.45, 0.001);
      expect(samplingError(100)).to.be.closeTo(9.8, 1e-9);
      expect(samplingError(0)).to.equal(undefined);
      expect(samplingError(-5)).to.equal(undefined);
      expect(samplingError(Number.NaN)).to.equal(undefined);
    });

    it('prefers the published margin, labels a computed one, and knows when there is none', () => {
      expect(marginOfError(2.2, 1600)).to.deep.equal({ points: 2.2, computed: false });
      const computed = marginOfError(null, 1200)!;
      expect(computed.computed).to.equal(true);
      expect(computed.sampleSize).to.equal(1200);
      expect(computed.points).to.be.closeTo(2.829, 0.001);
      expect(marginOfError(null, null)).to.equal(undefined);
      expect(marginOfError(undefined, 0)).to.equal(undefined);
    });
  });

  describe('locales', () => {
    it('writes numbers, percentages and dates the French way', async () => {
      const el = await render(html`<opinion-poll-chart lang="fr" .data=${POLL}></opinion-poll-chart>`);
      const share = formatPercent(17.5, 'fr');
      expect(share).to.match(/^17,5[\u00a0\u202f]%$/);
      expect(text($(el, '.in-label'))).to.equal(share);
      expect(text($(el, '[part~="legend"] li'))).to.equal(`Bonne ${share}`);
      expect(meta(el, 'Terrain')).to.match(/^12\s?–\s?13 mai 2017$/);
      expect(meta(el, 'Effectif')).to.equal(formatNumber(1200, 'fr'));
      expect(meta(el, 'Marge d’erreur')).to.match(/^±\u00a02,8\u00a0points \(calculée par nos soins/);
      expect(text($(el, '[part~="table-toggle"]'))).to.equal('Afficher le tableau');
      await expect(el).to.be.accessible();
    });

    it('writes numbers, percentages and dates the Russian way', async () => {
      const el = await render(html`<opinion-poll-chart lang="ru" .data=${POLL}></opinion-poll-chart>`);
      expect(text($(el, '.in-label'))).to.equal('17,5\u00a0%');
      expect(meta(el, 'Сроки опроса')).to.match(/^12\s?–\s?13 мая 2017\s?г\.$/);
      expect(meta(el, 'Погрешность')).to.match(/^±2,8\u00a0п\.\u00a0п\. \(рассчитана нами/);
      const series = await render(html`<opinion-poll-chart lang="ru" series="pew-france-opinion-of-russia"></opinion-poll-chart>`);
      expect(meta(series, 'Сроки опроса')).to.match(/\(14\u00a0волн\)$/);
      const two = await render(html`<opinion-poll-chart lang="ru" series="pew-russia-opinion-of-france"></opinion-poll-chart>`);
      expect(meta(two, 'Сроки опроса')).to.match(/\(2\u00a0волны\)$/);
      await expect(el).to.be.accessible();
    });

    it('follows the page language', async () => {
      const el = await render(html`<div lang="fr"><opinion-poll-chart poll="bbc-globescan-2013-russia-influence"></opinion-poll-chart></div>`);
      expect(text($(el, '[part~="title"]'))).to.equal('L’influence de la Russie dans le monde vue de France (BBC World Service, 2013)');
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, Template, RegExp, RegExp, boolean]> = [
      ['no poll or series', html`<opinion-poll-chart></opinion-poll-chart>`, /Give the id of a poll/, /neither "poll" nor "series" is set\. Allowed: a poll id in "poll" \(bbc-globescan/, false],
      ['an unknown poll', html`<opinion-poll-chart poll="no-such-poll"></opinion-poll-chart>`, /No poll has the id “no-such-poll”/, /"no-such-poll" is not a valid value for "poll"\. Allowed: "bbc-globescan-2005-russia-influence"/, false],
      ['an unknown series', html`<opinion-poll-chart series="no-such-series"></opinion-poll-chart>`, /No poll series has the id “no-such-series”/, /"no-such-series" is not a valid value for "series"\. Allowed: "pew-france-opinion-of-russia"/, false],
      ['both poll and series', html`<opinion-poll-chart poll="bbc-globescan-2013-russia-influence" series="pew-france-opinion-of-russia"></opinion-poll-chart>`, /Give either “poll” or “series”, not both/, /both "poll".*and "series".*are set/, true],
      ['shares that do not add up', html`<opinion-poll-chart .data=${BAD_SHARES}></opinion-poll-chart>`, /The shares for “Opinion of Russia” add up to 120%, not 100%/, /"data" gives the poll "fixture-bad-shares", whose shares for question "opinion" add up to 120, not 100.*Allowed: shares that add up to 100/, false],
      ['a wave above 100', html`<opinion-poll-chart .data=${WAVE_TOO_HIGH}></opinion-poll-chart>`, /The shares of the 2021 wave add up to 130%/, /"data" gives the series "fixture-wave-too-high", whose shares for the 2021 wave add up to 130, more than 100/, true],
      ['a series with one wave', html`<opinion-poll-chart .data=${ONE_WAVE}></opinion-poll-chart>`, /The series “fixture-one-wave” has only one wave/, /"data" gives the series "fixture-one-wave", which has 1 wave\(s\)\. Allowed: a series with at least two waves/, true],
      ['a line for a single poll', html`<opinion-poll-chart type="line" poll="bbc-globescan-2014-russia-influence"></opinion-poll-chart>`, /A line chart needs a poll series/, /type="line" needs a series, and "bbc-globescan-2014-russia-influence" is a single poll\. Allowed: "auto", "stacked", "bars"/, true],
      ['an unknown type', html`<opinion-poll-chart type="pie" poll="bbc-globescan-2014-russia-influence"></opinion-poll-chart>`, /“pie” is not a valid value for “type”/, /"pie" is not a valid value for "type"\. Allowed: "auto", "stacked", "bars", "line"/, true],
      ['an unknown theme', html`<opinion-poll-chart theme="sepia" poll="bbc-globescan-2014-russia-influence"></opinion-poll-chart>`, /“sepia” is not a valid value for “theme”/, /"sepia".*"theme"\. Allowed: "auto", "system", "light", "dark"/, true],
      ['data outside the schema', html`<opinion-poll-chart .data=${{ polls: [{ id: 'Not An Id' }] }}></opinion-poll-chart>`, /The “data” property does not follow the dataset schema \(polls\[0\]\.id/, /"data" property does not follow the dataset schema/, false],
    ];
    for (const [name, template, message, warning, drawsAnyway] of cases) {
      it(`shows a message and warns once for ${name}`, async () => {
        const { warnings, restore } = captureWarnings();
        try {
          const el = await render(template);
          el.requestUpdate();
          await el.updateComplete;
          expect(errors(el).join(' ')).to.match(message);
          expect($(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
          expect(warnings, warnings.join(' || ')).to.have.length(1);
          expect(warnings[0]).to.match(/^<opinion-poll-chart>: /).and.match(warning);
          expect(marks(el).length > 0).to.equal(drawsAnyway);
          await expect(el).to.be.accessible();
        } finally {
          restore();
        }
      });
    }

    it('in French and Russian too', async () => {
      const { restore } = captureWarnings();
      try {
        const fr = await render(html`<opinion-poll-chart lang="fr" poll="pas-de-sondage"></opinion-poll-chart>`);
        expect(errors(fr)).to.deep.equal(['Aucun sondage n’a l’identifiant «\u00a0pas-de-sondage\u00a0».']);
        const ru = await render(html`<opinion-poll-chart lang="ru" .data=${{ ...BAD_SHARES, id: 'fixture-bad-shares-ru' }}></opinion-poll-chart>`);
        expect(errors(ru)[0]).to.equal(`Доли ответов на вопрос «Мнение о России» в сумме дают ${formatPercent(120, 'ru')}, а не ${formatPercent(100, 'ru')}, поэтому график не построен.`);
        await expect(ru).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('loads a dataset from src', async () => {
      const el = await render(html`<opinion-poll-chart poll="fixture-src-poll" src=${`${FIXTURES}poll-chart-data.json`}></opinion-poll-chart>`);
      expect(errors(el)).to.deep.equal([]);
      expect(text($(el, '[part~="title"]'))).to.equal('A poll loaded from src');
      expect(marks(el).map((m) => m.dataset['value'])).to.deep.equal(['30', '65', '5']);
      expect(meta(el, 'Fieldwork')).to.match(/^2\s?–\s?4 March 2020$/);
    });

    it('prints no warning for valid input', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        await render(html`<opinion-poll-chart theme="dark" type="bars" heading-level="4" downloadable .data=${POLL}></opinion-poll-chart>`);
        await render(html`<opinion-poll-chart type="stacked" series="pew-russia-opinion-of-france"></opinion-poll-chart>`);
        await aTimeout(0);
        expect(warnings).to.deep.equal([]);
      } finally {
        restore();
      }
    });
  });

  describe('theme', () => {
    it('is accessible in dark, with a tooltip open and the table shown', async () => {
      const el = await render(html`<opinion-poll-chart theme="dark" downloadable .data=${SERIES}></opinion-poll-chart>`);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      ($(el, '[part~="table-toggle"]') as HTMLButtonElement).click();
      marks(el)[0]!.focus();
      await el.updateComplete;
      expect($(el, '[part~="tooltip"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('contrast', () => {
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r, g, b] = rgb(color).map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };

    for (const theme of ['light', 'dark'] as const) {
      it(`keeps every fill at 3:1 against the surface, and values on fills at 4.5:1, in ${theme}`, async () => {
        for (const template of [
          html`<opinion-poll-chart theme=${theme} .data=${POLL}></opinion-poll-chart>`,
          html`<opinion-poll-chart theme=${theme} poll="vciom-2017-05-relations-with-france"></opinion-poll-chart>`,
          html`<opinion-poll-chart theme=${theme} poll="elabe-2022-02-invasion-of-ukraine"></opinion-poll-chart>`,
          html`<opinion-poll-chart theme=${theme} series="ifop-defeat-of-germany"></opinion-poll-chart>`,
        ]) {
          const el = await render(template);
          const surface = getComputedStyle(el).backgroundColor;
          const fills = $$(el, 'svg.chart .fill:not(.tone-unreported):not(.tone-dont-know)');
          const lines = $$(el, 'svg.chart .line');
          expect(fills.length + lines.length).to.be.greaterThan(0);
          for (const fill of fills) expect(contrast(getComputedStyle(fill).fill, surface), fill.getAttribute('class')!).to.be.at.least(3);
          for (const line of lines) expect(contrast(getComputedStyle(line).stroke, surface), line.getAttribute('class')!).to.be.at.least(3);
          for (const label of $$(el, 'svg.chart .in-label:not(.on-unreported):not(.on-dont-know)')) {
            const fill = label.parentElement!.querySelector('.fill')!;
            expect(contrast(getComputedStyle(label).fill, getComputedStyle(fill).fill), label.textContent!).to.be.at.least(4.5);
          }
          for (const label of $$(el, 'svg.chart .end-label')) expect(contrast(getComputedStyle(label).fill, surface)).to.be.at.least(4.5);
        }
      });
    }
  });

  describe('pure helpers', () => {
    it('lays out stacked segments at 100 % (or the rounded total above it), skipping zeros', () => {
      const segments = stackSegments([50, 0, 30, null, 20], [false, false, false, false, true], 308, { gap: 2, apartGap: 6 });
      expect(segments.map((s) => s.index)).to.deep.equal([0, 2, 4]);
      expect(segments[0]!.width).to.be.closeTo(150, 1e-9);
      expect(segments[1]!.x).to.be.closeTo(152, 1e-9);
      expect(segments[2]!.x - (segments[1]!.x + segments[1]!.width)).to.be.closeTo(6, 1e-9);
      const over = stackSegments([60, 41], [false, false], 203, { gap: 2 });
      expect(over[1]!.x + over[1]!.width).to.be.closeTo(203, 1e-9);
      const under = stackSegments([40, 30], [false, false], 102, { gap: 2 });
      expect(under[1]!.x + under[1]!.width).to.be.closeTo(72, 1e-9);
    });

    it('spreads end labels apart within bounds, keeping their order', () => {
      const ys = spreadLabels([100, 102, 50, 101], 14, 0, 200);
      expect(ys[2]).to.equal(50);
      const sorted = [ys[0]!, ys[3]!, ys[1]!];
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).to.be.at.least(14);
      const low = spreadLabels([195, 198, 199], 14, 0, 200);
      expect(Math.max(...low)).to.equal(200);
      expect(Math.min(...low)).to.equal(172);
    });

    it('splits lines at unpublished waves, never bridging them', () => {
      expect(runs([1, 2, null, 4, null, null, 7, 8])).to.deep.equal([[0, 1], [3], [6, 7]]);
      expect(runs([null, null])).to.deep.equal([]);
    });

    it('thins year ticks to fit', () => {
      expect(yearTicks(2006.5, 2023.5, 40, 40)).to.deep.equal([2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
      expect(yearTicks(2006.5, 2023.5, 15, 40)).to.deep.equal([2010, 2015, 2020]);
      expect(yearTicks(1944, 2025, 3, 40)).to.deep.equal([1960, 1980, 2000, 2020]);
    });

    it('estimates text widths and wraps', () => {
      expect(textWidth('100%')).to.be.within(25, 40);
      expect(wrapText('Support Ukraine and sanctions first, even at a cost', 150)).to.have.length.above(1);
      expect(wrapText('short', 150)).to.deep.equal(['short']);
    });

    it('moves between marks on a grid', () => {
      const grid = [
        { key: '0:0', row: 0, col: 0 },
        { key: '0:2', row: 0, col: 2 },
        { key: '1:1', row: 1, col: 1 },
        { key: '1:2', row: 1, col: 2 },
      ];
      expect(moveMark(grid, '0:0', 'ArrowRight')).to.equal('0:2');
      expect(moveMark(grid, '0:2', 'ArrowRight')).to.equal('1:1');
      expect(moveMark(grid, '0:0', 'ArrowLeft')).to.equal('0:0');
      expect(moveMark(grid, '0:2', 'ArrowDown')).to.equal('1:2');
      expect(moveMark(grid, '1:1', 'ArrowUp')).to.equal('0:0');
      expect(moveMark(grid, '1:1', 'ArrowDown')).to.equal('1:1');
      expect(moveMark(grid, '0:2', 'End')).to.equal('1:2');
      expect(moveMark(grid, '1:2', 'Home')).to.equal('0:0');
      expect(moveMark(grid, '1:2', 'Enter')).to.equal(undefined);
    });

    it('orders answers for stacked bars, strongest shades outermost', () => {
      const answers = chartAnswers(
        [
          { id: 'friendly', label: '', kind: 'positive' },
          { id: 'good', label: '', kind: 'positive' },
          { id: 'calm', label: '', kind: 'neutral' },
          { id: 'cool', label: '', kind: 'negative' },
          { id: 'hostile', label: '', kind: 'negative' },
          { id: 'rest', label: '', kind: 'unreported' },
        ],
        'stacked',
      );
      expect(answers.map((a) => `${a.id}:${a.tone}`)).to.deep.equal(['friendly:pos-1', 'good:pos-2', 'cool:neg-2', 'hostile:neg-1', 'calm:neutral', 'rest:unreported']);
      expect(answers.map((a) => a.apart)).to.deep.equal([false, false, false, false, true, true]);
    });

    it('accepts rounding but not shares that do not add up', () => {
      expect(roundingTolerance(2)).to.equal(1);
      expect(roundingTolerance(7)).to.equal(3);
      expect(addsUp([33, 33, 33])).to.equal(true);
      expect(addsUp([74, 15, 12])).to.equal(true);
      expect(addsUp([70, 50])).to.equal(false);
      expect(addsUp([40, 30])).to.equal(false);
    });

    it('builds one group per question, leaving out what does not add up', async () => {
      const data = await loadBundledDataset('en');
      const odoxa = pollModel(data.polls.find((p) => p.id === 'odoxa-2017-05-russia-and-putin')!, 'auto');
      expect(odoxa.groups.map((g) => g.form)).to.deep.equal(['stacked', 'stacked', 'stacked', 'stacked']);
      expect(odoxa.problems).to.deep.equal([]);
      const ifop = pollModel(data.polls.find((p) => p.id === 'ifop-2014-06-allies-and-threats')!, 'auto');
      expect(ifop.groups.map((g) => g.form)).to.deep.equal(['bars', 'stacked']);
    });
  });
});
