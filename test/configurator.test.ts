/**
 * dist/embed/configure.html: a non-developer picks what to embed and copies a
 * snippet; each snippet works when pasted into a blank page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { loadedFrame } from './helpers.js';

const frame = (src: string, style = 'width: 1200px; height: 900px') => loadedFrame({ src }, style);

/** A blank page holding `markup`, parsed and run as a CMS would serve it. */
async function blankPage(markup: string): Promise<Document> {
  const el = await frame('about:blank', 'width: 900px; height: 900px');
  // In view: the iframe snippet loads lazily, and WebKit does not load lazy frames out of view.
  el.scrollIntoView();
  const doc = el.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${markup}</body></html>`);
  doc.close();
  return doc;
}

async function configurator() {
  const el = await frame('/dist/embed/configure.html');
  const doc = el.contentDocument!;
  await waitUntil(() => doc.querySelector<HTMLTextAreaElement>('#snippet-page')?.value, 'no snippets');
  const form = doc.querySelector('form')!;
  const set = (name: string, value: string) => {
    const field = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]:not([type="radio"]), [name="${name}"][value="${value}"]`)!;
    // Not instanceof: the field belongs to the frame's realm.
    if (field.type === 'radio' || field.type === 'checkbox') (field as HTMLInputElement).checked = true;
    else field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const snippet = (name: string) => doc.querySelector<HTMLTextAreaElement>(`#snippet-${name}`)!.value;
  return { doc, set, snippet };
}

describe('embed configurator', function () {
  this.timeout(40000);

  it('names every field and control for keyboard and screen-reader users', async () => {
    const { doc } = await configurator();
    for (const field of doc.querySelectorAll<HTMLElement>('input, select, textarea')) {
      const labelled = !!(field as HTMLInputElement).labels?.length || !!field.getAttribute('aria-label');
      expect(labelled, field.outerHTML.slice(0, 80)).to.equal(true);
    }
    for (const button of doc.querySelectorAll('button')) expect(button.textContent!.trim()).to.not.equal('');
    expect(doc.querySelectorAll('.preview iframe[title]').length).to.equal(2);
    expect(doc.querySelector('#copy-status')!.getAttribute('role')).to.equal('status');
    // Fields of other elements are hidden, so they are skipped.
    const alliance = doc.querySelector<HTMLElement>('[data-for="alliance-card"]')!;
    expect(alliance.hidden).to.equal(true);
  });

  it("a card in French, dark, with an accent: each snippet works pasted into a blank page", async () => {
    const { set, snippet } = await configurator();
    set('element', 'alliance-card');
    set('alliance', 'treaty-1992');
    set('lang', 'fr');
    set('theme', 'dark');
    set('use-accent', 'on');
    set('accent', '#aa3300');

    // The page URL: a static, server-rendered page with its oEmbed link.
    const page = snippet('page');
    expect(new URL(page).pathname).to.equal('/dist/embed/fr/agreement/treaty-1992.html');
    const response = await fetch(page);
    expect(response.ok).to.equal(true);
    expect(await response.text()).to.contain('application/json+oembed');

    // The iframe and resize script: sized to its content.
    const withFrame = await blankPage(snippet('iframe'));
    const iframe = withFrame.querySelector('iframe[data-frr-embed]')!;
    expect(iframe.getAttribute('sandbox')).to.contain('allow-scripts').and.not.contain('allow-same-origin');
    const query = new URL(iframe.getAttribute('src')!).searchParams;
    expect(Object.fromEntries(query)).to.include({ element: 'alliance-card', alliance: 'treaty-1992', lang: 'fr', theme: 'dark', accent: '#aa3300' });
    await waitUntil(() => (iframe as HTMLIFrameElement).style.height !== '', 'the iframe was not resized', { timeout: 20000 });

    // The script tag: the element itself.
    const withScript = await blankPage(snippet('script'));
    const card = withScript.querySelector('alliance-card')!;
    expect(card.getAttribute('lang')).to.equal('fr');
    expect(card.getAttribute('theme')).to.equal('dark');
    await waitUntil(() => card.shadowRoot?.textContent?.includes('Traité'), 'the card did not render in French', { timeout: 20000 });

    // npm: the module it imports is one the package exports.
    const pkg = JSON.parse((await executeServerCommand<string, { path: string }>('frr-read-file', { path: 'package.json' }))!) as { exports: Record<string, unknown> };
    const specifier = /import 'france-russia-relations\/([^']+)'/.exec(snippet('npm'))![1]!;
    expect(pkg.exports).to.have.property(`./${specifier}`);
  });

  it('a chart of a series and a timeline era give their own page URLs', async () => {
    const { set, snippet } = await configurator();
    set('element', 'opinion-poll-chart');
    set('chart', 'series:pew-france-opinion-of-russia');
    expect(new URL(snippet('page')).pathname).to.equal('/dist/embed/en/series/pew-france-opinion-of-russia.html');
    expect(snippet('script')).to.contain('<opinion-poll-chart series="pew-france-opinion-of-russia" lang="en">');
    set('element', 'relations-timeline');
    set('era', 'franco-russian-alliance');
    expect(new URL(snippet('page')).pathname).to.equal('/dist/embed/en/era/franco-russian-alliance.html');
    for (const url of [snippet('page')]) expect((await fetch(url)).ok, url).to.equal(true);
  });
});
