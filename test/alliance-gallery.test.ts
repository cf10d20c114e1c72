import { captureWarnings } from './helpers.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/alliance-gallery/define.js';
import '../src/relations-timeline/define.js';
import type { AllianceCard } from '../src/alliance-card/alliance-card.js';
import type { AllianceGallery } from '../src/alliance-gallery/alliance-gallery.js';
import { loadBundledDataset } from '../src/data/given.js';
import type { RelationsTimeline } from '../src/relations-timeline/relations-timeline.js';

const FIXTURES = new URL('./fixtures/', import.meta.url).href;


const loaded = (el: HTMLElement) => !!el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part~="loading"]');
const cardsOf = (el: AllianceGallery) => [...el.shadowRoot!.querySelectorAll<AllianceCard>('alliance-card')];

/** Renders a gallery and waits until it and every card in it have loaded. */
async function gallery(template: ReturnType<typeof html>): Promise<AllianceGallery> {
  const el = await fixture<AllianceGallery>(template);
  await waitUntil(() => loaded(el) && cardsOf(el).every(loaded), 'gallery did not load', { timeout: 10000 });
  await el.updateComplete;
  await Promise.all(cardsOf(el).map((c) => c.updateComplete));
  return el;
}

const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const errors = (el: HTMLElement) => $$(el, '[part~="error"]').map((e) => e.textContent!.trim());

describe('<alliance-gallery>', () => {
  it('lists every agreement in order as compact cards, accessibly', async function () {
    this.timeout(30000);
    const { alliances } = await loadBundledDataset('en');
    const el = await gallery(html`<alliance-gallery heading-level="3"></alliance-gallery>`);
    expect(cardsOf(el).map((c) => c.getAttribute('alliance'))).to.deep.equal(alliances.map((a) => a.id));
    expect(cardsOf(el).every((c) => c.variant === 'compact' && c.headingLevel === 3)).to.equal(true);
    expect($(el, '[part~="count"]')!.textContent).to.equal(`${alliances.length} agreements`);
    expect($(el, '[part~="list"]')!.getAttribute('aria-label')).to.equal('Alliances, treaties and agreements between France and Russia');
    await expect(el).to.be.accessible();
  });

  it('opens a card in full with its button, by mouse or keyboard', async () => {
    const el = await gallery(html`<alliance-gallery kinds="entente"></alliance-gallery>`);
    const [first, second] = $$(el, '[part~="toggle"]') as [HTMLButtonElement, HTMLButtonElement];
    const [card1, card2] = cardsOf(el) as [AllianceCard, AllianceCard];
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(first.getAttribute('aria-controls')).to.equal(card1.id);
    expect(first.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Show details: Franco-Russian consultative agreement');
    first.click();
    // It opens once the card's own agreement is here (its details: the gallery holds them in brief).
    await waitUntil(() => first.getAttribute('aria-expanded') === 'true', 'the card did not open');
    await card1.updateComplete;
    expect(card1.variant).to.equal('full');
    expect(card1.shadowRoot!.querySelector('[part~="stages"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    second.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => card2.variant === 'full', 'Enter did not open the card');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(card2.variant).to.equal('compact');
    expect(second.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows every card in full with variant="full", and no buttons', async () => {
    const el = await gallery(html`<alliance-gallery variant="full" kinds="non-aggression-pact mutual-assistance-treaty"></alliance-gallery>`);
    expect(cardsOf(el).map((c) => [c.getAttribute('alliance'), c.variant])).to.deep.equal([
      ['non-aggression-pact-1932', 'full'],
      ['mutual-assistance-treaty-1935', 'full'],
    ]);
    expect($$(el, '[part~="toggle"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('passes calendar, theme and src to its cards', async () => {
    const el = await gallery(html`<alliance-gallery calendar="dual" theme="dark" kinds="alliance"></alliance-gallery>`);
    const card = cardsOf(el)[0]!;
    expect([card.calendar, card.theme]).to.deep.equal(['dual', 'dark']);
    expect(getComputedStyle(card).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    const fromSrc = await gallery(html`<alliance-gallery src=${`${FIXTURES}alliance-dataset.json`}></alliance-gallery>`);
    expect(cardsOf(fromSrc).map((c) => c.getAttribute('alliance'))).to.deep.equal(['page-agreement-1905']);
    expect(cardsOf(fromSrc)[0]!.src).to.equal(`${FIXTURES}alliance-dataset.json`);
  });

  it('speaks French and Russian', async () => {
    const fr = await gallery(html`<alliance-gallery lang="fr" kinds="declaration"></alliance-gallery>`);
    expect($(fr, '[part~="count"]')!.textContent).to.equal('5\u00a0accords');
    expect($(fr, '[part~="toggle"]')!.textContent).to.contain('Afficher les détails');
    await expect(fr).to.be.accessible();
    const ru = await gallery(html`<alliance-gallery lang="ru" kinds="declaration alliance"></alliance-gallery>`);
    expect($(ru, '[part~="count"]')!.textContent).to.equal('8 соглашений');
    const ruFew = await gallery(html`<alliance-gallery lang="ru" kinds="entente"></alliance-gallery>`);
    expect($(ruFew, '[part~="count"]')!.textContent).to.equal('2 соглашения');
    expect(cardsOf(ru)[0]!.shadowRoot!.querySelector('[part~="kind"]')!.textContent).to.equal('Союз');
    await expect(ru).to.be.accessible();
  });

  it('says when no agreement is of the kinds asked for', async () => {
    const el = await gallery(html`<alliance-gallery kinds="military-convention"></alliance-gallery>`);
    expect($(el, '[part~="empty"]')!.textContent).to.equal('No agreement of these kinds is in the data.');
    expect(cardsOf(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('links its cards to a timeline with for', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <alliance-gallery for="gallery-tl" kinds="peace-treaty"></alliance-gallery>
      <relations-timeline id="gallery-tl" controls="none" from="1800" to="1815"></relations-timeline>
    </div>`);
    const el = root.querySelector('alliance-gallery')!;
    const timeline = root.querySelector<RelationsTimeline>('relations-timeline')!;
    await waitUntil(() => loaded(el) && cardsOf(el).every(loaded), 'gallery did not load');
    const tilsit = cardsOf(el).find((c) => c.getAttribute('alliance') === 'treaties-of-tilsit')!;
    expect(tilsit.htmlFor).to.equal('gallery-tl');
    ($$(el, '[part~="toggle"]')[cardsOf(el).indexOf(tilsit)] as HTMLButtonElement).click();
    await waitUntil(() => tilsit.shadowRoot!.querySelector('[data-event="erfurt-meeting-1808"]'), 'the card did not open');
    (tilsit.shadowRoot!.querySelector('[data-event="erfurt-meeting-1808"]') as HTMLAnchorElement).click();
    expect(timeline.selected).to.equal('erfurt-meeting-1808');
  });

  describe('bad input', () => {
    const cases: Array<[string, ReturnType<typeof html>, RegExp, RegExp]> = [
      ['an unknown kind', html`<alliance-gallery kinds="alliance marriage"></alliance-gallery>`, /“marriage” is not a valid value for “kinds”/, /^<alliance-gallery>: "marriage" is not a valid value for "kinds"\. Allowed: "peace-treaty"/],
      ['an unknown variant', html`<alliance-gallery variant="grid" kinds="alliance"></alliance-gallery>`, /“grid” is not a valid value for “variant”/, /^<alliance-gallery>: "grid" is not a valid value for "variant"\. Allowed: "compact", "full"\.$/],
      ['a for naming no timeline', html`<alliance-gallery for="missing-gallery-tl" kinds="alliance"></alliance-gallery>`, /No <relations-timeline> with the id “missing-gallery-tl”/, /^<alliance-gallery>: "missing-gallery-tl" is not a valid value for "for"/],
    ];
    for (const [name, template, message, warning] of cases) {
      it(`shows one message and warns once for ${name}, still listing cards`, async () => {
        const { warnings, restore } = captureWarnings();
        try {
          const el = await gallery(template);
          await aTimeout(0);
          await el.updateComplete;
          expect(errors(el).join(' ')).to.match(message);
          expect(errors(el)).to.have.length(1);
          expect(warnings).to.have.length(1);
          expect(warnings[0]).to.match(warning);
          expect(cardsOf(el).length).to.be.greaterThan(0);
          // The cards do not repeat the gallery's message.
          expect(cardsOf(el).flatMap(errors)).to.deep.equal([]);
          await expect(el).to.be.accessible();
        } finally {
          restore();
        }
      });
    }

    it('prints no warning for valid input', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        await gallery(html`<alliance-gallery kinds="alliance entente" variant="full" calendar="dual" theme="light" heading-level="4"></alliance-gallery>`);
        await aTimeout(0);
        expect(warnings).to.deep.equal([]);
      } finally {
        restore();
      }
    });
  });
});
