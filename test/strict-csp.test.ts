/**
 * Strict CSP (issue 13, item 6), on a page as a host would serve it (test/fixtures/strict-csp.html,
 * which loads test/fixtures/csp-violations.js to record violations): the script tag's build under
 * the policy the README gives, `default-src 'self'` with no inline script or style and Trusted
 * Types restricted to Lit's one policy (no 'allow-duplicates': the build holds one lit-html).
 * `trusted-types.test.html` runs inside the test runner's page, which needs inline scripts and
 * two copies of Lit; this page needs neither. Every element, in the states that load more code or
 * set geometry (an open event, unfolded sections, a card opened in the gallery, a tooltip), must
 * cause no `securitypolicyviolation`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadedFrame } from './helpers.js';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const PAGE = new URL('./fixtures/strict-csp.html', import.meta.url).href;

type Host = HTMLElement & { updateComplete?: Promise<unknown> };
type StrictWindow = Window & typeof globalThis & { cspViolations: string[] };

const ready = (el: Host) => !!el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part~="loading"], [aria-busy="true"]');

describe('a page with a strict Content Security Policy', () => {
  it(`shows every element, opened and unfolded, with no violation of ${POLICY}`, async function () {
    this.timeout(60_000);
    const frame = await loadedFrame({ src: PAGE }, 'width: 1000px; height: 800px; border: 0');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as StrictWindow;
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content'), 'the page\'s policy').to.equal(POLICY);
    expect(win.cspViolations, 'the recorder runs under the policy').to.deep.equal([]);
    const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
    const [timeline, card, gallery, chart] = ['relations-timeline', 'alliance-card', 'alliance-gallery', 'opinion-poll-chart'].map(
      (tag) => doc.querySelector<Host>(tag)!,
    ) as [Host, Host, Host, Host];
    await waitUntil(() => [timeline, card, gallery, chart].every(ready), 'the elements did not render under the policy', { timeout: 30_000 });
    expect(win.cspViolations, 'while loading').to.deep.equal([]);

    // An event opened (its details are a chunk of their own).
    q(timeline, '.toggle')!.click();
    await waitUntil(() => q(timeline, '[part~="details"] [part~="sources"]'), 'the event did not open with its details');
    // Every section of the card unfolded; a gallery card opened in full.
    for (const details of card.shadowRoot!.querySelectorAll('details')) details.open = true;
    q(gallery, '[part~="toggle"]')!.click();
    await waitUntil(() => gallery.shadowRoot!.querySelector('alliance-card[variant="full"]')?.shadowRoot?.querySelector('[part~="bar"]'), 'the gallery card did not open');
    // The chart's tooltip, positioned through the CSSOM.
    q(chart, '[part~="mark"]')!.dispatchEvent(new win.PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => q(chart, '[part~="tooltip"]'), 'no tooltip');
    expect(q(chart, '[part~="tooltip"]')!.style.left).to.match(/px$/);
    // The geometry the CSSOM sets is there (bands of several widths, the bar's marks placed).
    const bands = [...timeline.shadowRoot!.querySelectorAll('.band-item')].map((b) => win.getComputedStyle(b).flexGrow);
    expect(new Set(bands).size).to.be.greaterThan(1);
    expect(win.getComputedStyle(q(card, '.mark')!).getPropertyValue('--_at')).to.match(/%$/);
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    expect(win.cspViolations, 'once opened').to.deep.equal([]);

    // The check can fail: an inline style attribute on this page is reported.
    doc.body.lastElementChild!.setAttribute('style', 'outline: 1px solid');
    await waitUntil(() => win.cspViolations.length > 0, 'a style attribute was not reported: the page does not enforce its policy');
    expect(win.cspViolations[0]).to.match(/^style-src-attr/);
  });
});
