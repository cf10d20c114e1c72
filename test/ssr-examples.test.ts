/**
 * The server-rendering examples, built as their READMEs say (a plain Node
 * script; an Eleventy 3 site with `renderToString` in a transform): the
 * published HTML shows the real text with JavaScript off, and the Eleventy
 * page hydrates through its script tag.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadedFrame, serverJob } from './helpers.js';

const frame = async (attributes: Record<string, string>) => (await loadedFrame(attributes, 'width: 1000px; height: 800px')).contentDocument!;

const shadowText = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('server-rendering examples', function () {
  this.timeout(60000);
  let built: { node: string; eleventy: string };
  before(async () => {
    built = await serverJob<{ node: string; eleventy: string }>('frr-build-examples');
  });

  it('plain Node: the page shows each element in its language with JavaScript off', async () => {
    const doc = await frame({ sandbox: 'allow-same-origin', srcdoc: built.node });
    expect(shadowText(doc.querySelector('alliance-card'))).to.contain('Alliance franco-russe');
    expect(shadowText(doc.querySelector('opinion-poll-chart'))).to.contain('French opinion of Russia');
    expect(doc.querySelector('alliance-card [part~="loading"], opinion-poll-chart [part~="loading"]')).to.equal(null);
  });

  it('Eleventy: the built page shows the real text with JavaScript off', async () => {
    const doc = await frame({ sandbox: 'allow-same-origin', srcdoc: built.eleventy });
    const [card, ru] = [...doc.querySelectorAll('alliance-card')];
    expect(shadowText(card)).to.contain('Franco-Russian Alliance');
    expect(shadowText(ru)).to.contain('Антанта');
    const timeline = doc.querySelector('relations-timeline')!;
    expect(timeline.shadowRoot!.querySelectorAll('[part~="event"]').length).to.be.greaterThan(5);
    expect(shadowText(timeline)).to.not.contain('Loading');
  });

  it('Eleventy: the published page hydrates through its script tag and responds', async () => {
    const doc = await frame({ src: '/examples/eleventy/_site/index.html' });
    const timeline = doc.querySelector('relations-timeline') as HTMLElement & { hasUpdated: boolean };
    const before = timeline.shadowRoot!.querySelector('.toggle')!;
    await waitUntil(() => timeline.hasUpdated, 'the timeline did not hydrate', { timeout: 15000 });
    expect(before.isConnected).to.equal(true);
    (before as HTMLButtonElement).click();
    await waitUntil(() => before.getAttribute('aria-expanded') === 'true', 'the event did not open');
  });
});
