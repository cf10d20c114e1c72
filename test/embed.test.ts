/**
 * dist/embed/: the static, server-rendered pages with their oEmbed files, the
 * configurable page, and the two height protocols (WordPress's and ours,
 * with dist/embed/resize.js on the host page), in sandboxed iframes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { loadedFrame, testFrame } from './helpers.js';

const EMBED = '/dist/embed/';
const listeners: ((e: MessageEvent) => void)[] = [];
afterEach(() => listeners.splice(0).forEach((listener) => window.removeEventListener('message', listener)));

const frame = (src: string, sandbox: string | null, style = 'width: 700px; height: 300px') =>
  loadedFrame({ src, title: 'embed', ...(sandbox === null ? {} : { sandbox }) }, style);

/** Messages the frame posts to this page. */
function messagesFrom(el: HTMLIFrameElement): unknown[] {
  const seen: unknown[] = [];
  const listener = (e: MessageEvent) => {
    if (e.source === el.contentWindow) seen.push(e.data);
  };
  window.addEventListener('message', listener);
  listeners.push(listener);
  return seen;
}

type Height = { type: 'frr:height'; height: number };
type WpHeight = { message: 'height'; value: number; secret: string };
const ours = (seen: unknown[]) => seen.filter((m): m is Height => (m as Height)?.type === 'frr:height');
const wordpress = (seen: unknown[]) => seen.filter((m): m is WpHeight => (m as WpHeight)?.message === 'height');

const list = (dir: string) => executeServerCommand<string[], { dir: string }>('frr-list-files', { dir });
const read = (path: string) => executeServerCommand<string, { path: string }>('frr-read-file', { path });

describe('embed pages', function () {
  this.timeout(30000);

  it('a static page shows its record with JavaScript off', async () => {
    // Same origin to read it; no allow-scripts, so frame.js and the elements never run.
    const el = await frame(`${EMBED}fr/agreement/treaty-1992.html`, 'allow-same-origin');
    const doc = el.contentDocument!;
    const card = doc.querySelector('alliance-card')!;
    expect(card.shadowRoot!.textContent).to.contain('Traité');
    expect(card.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
    expect(doc.documentElement.lang).to.equal('fr');
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).to.match(/\/dist\/embed\/fr\/agreement\/treaty-1992\.html$/);
    expect(doc.querySelector('meta[property="og:title"]')!.getAttribute('content')).to.not.equal('');
    expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')!.length).to.be.greaterThan(20);
  });

  it('every page has an oEmbed 1.0 file in WordPress markup, linked from its head', async () => {
    const files = (await list('dist/embed'))!;
    const jsons = files.filter((f) => f.endsWith('.oembed.json'));
    // A timeline, eras, agreements, a gallery, polls and series, in three languages.
    expect(jsons.length).to.be.greaterThan(200);
    for (const lang of ['en', 'fr', 'ru']) expect(jsons.filter((f) => f.startsWith(`dist/embed/${lang}/`)).length).to.equal(jsons.length / 3);
    for (const file of jsons) {
      const json = JSON.parse((await read(file))!) as Record<string, unknown>;
      expect(json, file).to.include({ version: '1.0', type: 'rich' });
      for (const key of ['width', 'height']) expect(json[key], `${file} ${key}`).to.be.a('number');
      for (const key of ['title', 'provider_name', 'provider_url', 'html']) expect(json[key], `${file} ${key}`).to.be.a('string').and.not.equal('');
      const markup = new DOMParser().parseFromString(json['html'] as string, 'text/html');
      const page = file.replace(/\.oembed\.json$/, '.html');
      const quote = markup.querySelector('blockquote.wp-embedded-content > a')!;
      const iframe = markup.querySelector('iframe.wp-embedded-content')!;
      expect(new URL(quote.getAttribute('href')!).pathname, file).to.equal(`/${page}`);
      expect(new URL(iframe.getAttribute('src')!).pathname, file).to.equal(`/${page}`);
      expect(iframe.getAttribute('sandbox'), file).to.contain('allow-scripts').and.not.contain('allow-same-origin');
      expect(iframe.hasAttribute('data-frr-embed'), file).to.equal(true);
      const head = new DOMParser().parseFromString((await read(page))!, 'text/html');
      const link = head.querySelector('head link[rel="alternate"][type="application/json+oembed"]')!;
      expect(new URL(link.getAttribute('href')!).pathname, page).to.equal(`/${file}`);
    }
  });

  it("an oEmbed file's iframe loads its page, sandboxed, and reports its height", async () => {
    const json = JSON.parse((await read('dist/embed/en/series/pew-france-opinion-of-russia.oembed.json'))!) as { html: string };
    const markup = new DOMParser().parseFromString(json.html, 'text/html');
    const template = markup.querySelector('iframe')!;
    // The file names the host it was built for; this test server may listen elsewhere.
    const src = new URL(new URL(template.getAttribute('src')!).pathname, location.href).href;
    const attributes = Object.fromEntries([...template.attributes].map((a) => [a.name, a.value]));
    const { el } = testFrame({ ...attributes, src });
    const seen = messagesFrom(el);
    await waitUntil(() => ours(seen).length > 0, 'no height reported', { timeout: 15000 });
    expect(ours(seen).at(-1)!.height).to.be.greaterThan(200);
  });

  describe('in <iframe sandbox="allow-scripts"> (opaque origin)', () => {
    it("reports its height in WordPress's protocol and ours, and answers WordPress's ready", async () => {
      const { el } = testFrame({ src: `${EMBED}en/agreement/treaty-1992.html#?secret=Ab12Cd34`, title: 'embed', sandbox: 'allow-scripts' }, 'width: 600px; height: 200px');
      const seen = messagesFrom(el);
      await waitUntil(() => wordpress(seen).length > 0 && ours(seen).length > 0, 'no height in both protocols', { timeout: 15000 });
      const wp = wordpress(seen).at(-1)!;
      expect(wp.secret).to.equal('Ab12Cd34');
      expect(wp.value).to.be.greaterThan(300);
      expect(ours(seen).at(-1)!.height).to.equal(wp.value);
      const before = wordpress(seen).length;
      el.contentWindow!.postMessage({ message: 'ready', secret: 'Ab12Cd34' }, '*');
      await waitUntil(() => wordpress(seen).length > before, 'no answer to "ready"');
      // A wrong secret gets nothing.
      const after = wordpress(seen).length;
      el.contentWindow!.postMessage({ message: 'ready', secret: 'wrong' }, '*');
      el.contentWindow!.postMessage({ message: 'ready', secret: 'Ab12Cd34' }, '*');
      await waitUntil(() => wordpress(seen).length > after, 'no answer to the second "ready"');
      expect(wordpress(seen).length).to.equal(after + 1);
    });

  });

  describe('the configurable page (same origin, to drive it)', () => {
    it('builds the element from the query and follows its content: height messages on change', async () => {
      const src = `${EMBED}index.html?element=alliance-card&alliance=franco-russian-alliance&theme=dark&accent=%23aa3300`;
      const { el, loaded } = testFrame({ src, title: 'embed', sandbox: 'allow-scripts allow-same-origin' }, 'width: 700px; height: 200px');
      const seen = messagesFrom(el);
      await loaded;
      const doc = el.contentDocument!;
      const card = doc.querySelector('alliance-card') as HTMLElement & { updateComplete: Promise<unknown> };
      expect(card.getAttribute('theme')).to.equal('dark');
      expect(doc.documentElement.style.getPropertyValue('--frr-color-accent')).to.equal('#aa3300');
      await waitUntil(() => card.shadowRoot?.querySelector('[part~="card"]') && ours(seen).length > 0, 'no card', { timeout: 15000 });
      await waitUntil(() => ours(seen).at(-1)!.height > 400, 'no height for the card', { timeout: 15000 });
      const closed = ours(seen).at(-1)!.height;
      // Opening a folded section makes the page taller: reported.
      card.shadowRoot!.querySelector<HTMLElement>('[part~="terms"] > summary')!.click();
      await waitUntil(() => ours(seen).at(-1)!.height > closed, 'no new height after opening a section');
      // Switching language changes the text, and the height with it.
      const opened = ours(seen).at(-1)!.height;
      card.setAttribute('lang', 'ru');
      await waitUntil(() => ours(seen).at(-1)!.height !== opened, 'no new height after switching language');
      // However much is opened, the frame asks for no more than 1,000 px (WordPress's limit): the rest scrolls inside.
      await waitUntil(() => card.shadowRoot!.querySelector('[part~="title"]')?.textContent === 'Русско-французский союз', 'the card is not in Russian', { timeout: 15000 });
      await card.updateComplete;
      for (const details of card.shadowRoot!.querySelectorAll('details')) details.open = true;
      const main = doc.querySelector('main')!;
      await waitUntil(() => main.scrollHeight > main.clientHeight && ours(seen).at(-1)!.height >= 990, 'the open card did not reach the limit', { timeout: 5000 });
      expect(Math.max(...ours(seen).map((m) => m.height))).to.be.at.most(1000);
      // Everything it fetched came from its own origin.
      const foreign = el.contentWindow!.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).origin !== location.origin);
      expect(foreign.map((entry) => entry.name)).to.deep.equal([]);
    });

    it('opens the event in its URL hash, and keeps the one opened there (a reload reopens it)', async () => {
      const id = 'franco-russian-military-convention-1892';
      const el = await frame(`${EMBED}index.html?element=relations-timeline&era=franco-russian-alliance#${id}`, 'allow-scripts allow-same-origin', 'width: 800px; height: 800px');
      const timeline = el.contentDocument!.querySelector('relations-timeline')!;
      // A small link to the record's own page, in a new tab (the page's <base target>).
      const full = el.contentDocument!.querySelector<HTMLAnchorElement>('.frr-embed-footer a')!;
      expect(new URL(full.href).pathname).to.equal('/dist/embed/en/era/franco-russian-alliance.html');
      expect(full.target || el.contentDocument!.querySelector('base')!.target).to.equal('_blank');
      expect((await fetch(full.href)).ok).to.equal(true);
      await waitUntil(() => timeline.shadowRoot?.getElementById(id)?.querySelector('[aria-expanded="true"]'), 'the event in the hash did not open', { timeout: 15000 });
      const other = timeline.shadowRoot!.querySelector<HTMLButtonElement>('.toggle[aria-expanded="false"]')!;
      other.click();
      await waitUntil(() => el.contentWindow!.location.hash === `#${other.dataset['id']}`, 'the opened event is not in the hash');
    });

    it("hands a link to WordPress's script when WordPress embeds it (its sandbox cannot open tabs)", async () => {
      const { el, loaded } = testFrame({ src: `${EMBED}en/agreement/treaty-1992.html#?secret=Zz9`, title: 'embed', sandbox: 'allow-scripts allow-same-origin' });
      const seen = messagesFrom(el);
      await loaded;
      const link = el.contentDocument!.querySelector<HTMLAnchorElement>('.frr-embed-footer a')!;
      link.click();
      await waitUntil(() => seen.some((m) => (m as { message?: string }).message === 'link'), 'no link message');
      expect(seen.find((m) => (m as { message?: string }).message === 'link')).to.deep.equal({ message: 'link', value: link.href, secret: 'Zz9' });
    });

    it('shows the element’s own message for a bad value, and a page message for an unknown element', async () => {
      const bad = await frame(`${EMBED}index.html?element=alliance-card&alliance=no-such-treaty`, 'allow-scripts allow-same-origin');
      const card = bad.contentDocument!.querySelector('alliance-card')!;
      await waitUntil(() => card.shadowRoot?.querySelector('[part~="error"]'), 'no error shown', { timeout: 15000 });
      expect(card.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('no-such-treaty');
      const unknown = await frame(`${EMBED}index.html?element=bogus-widget`, 'allow-scripts allow-same-origin');
      expect(unknown.contentDocument!.querySelector('[role="alert"]')!.textContent).to.contain('bogus-widget');
    });
  });

  it('resize.js stays under 1 kB gzipped, and frame.js small', async () => {
    const sizes = (await executeServerCommand<Record<string, { gzip: number }>, { dir: string }>('frr-gzip-sizes', { dir: 'dist/embed' }))!;
    expect(sizes['dist/embed/resize.js']!.gzip).to.be.below(1000);
    expect(sizes['dist/embed/frame.js']!.gzip).to.be.below(2000);
  });

  it('resize.js on a host page sizes each data-frr-embed iframe to its content', async () => {
    const host = await frame('about:blank', null, 'width: 800px; height: 600px');
    const doc = host.contentDocument!;
    // Absolute: a written about:blank page resolves relative URLs differently across browsers.
    const page = new URL(`${EMBED}en/agreement/treaty-1992.html`, location.href).href;
    const script = new URL(`${EMBED}resize.js`, location.href).href;
    doc.open();
    doc.write(`<!doctype html><html><body>
      <iframe data-frr-embed sandbox="allow-scripts" title="a" src="${page}" width="600" height="150"></iframe>
      <iframe sandbox="allow-scripts" title="b" src="${page}" width="600" height="150"></iframe>
      <script src="${script}"></script></body></html>`);
    doc.close();
    const [sized, other] = [...doc.querySelectorAll('iframe')];
    await waitUntil(() => sized!.getBoundingClientRect().height > 300, 'the marked iframe was not resized', { timeout: 15000 });
    expect(sized!.style.height).to.match(/^\d+px$/);
    // The unmarked one keeps its height attribute.
    expect(other!.style.height).to.equal('');
    expect(other!.getBoundingClientRect().height).to.be.below(160);
  });
});
