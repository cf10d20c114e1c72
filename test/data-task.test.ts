import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DataError, fetchJson, loadJson, ValidationError } from '../src/data/load.js';
import { validateProbeData, type PlumbingProbe } from './fixtures/plumbing-probe.js';
import './fixtures/plumbing-probe.js';
import { captureWarnings } from './helpers.js';

const FIXTURES = new URL('./fixtures/', import.meta.url).href;


async function settled(el: PlumbingProbe): Promise<void> {
  await waitUntil(() => !el.shadowRoot!.querySelector('[part=loading]'), 'data task did not settle');
  await el.updateComplete;
}

describe('data loading', () => {
  describe('loadJson', () => {
    it('fetches, parses and validates', async () => {
      expect(await loadJson(`${FIXTURES}probe-data.json`, validateProbeData)).to.deep.equal({
        items: ['one', 'two', 'three'],
      });
    });

    it('shares one request between callers of the same URL', async () => {
      const url = `${FIXTURES}probe-data.json?shared`;
      expect(fetchJson(url)).to.equal(fetchJson(url));
    });

    for (const [file, failure] of [
      ['missing.json', 'http'],
      ['probe-broken.json', 'json'],
      ['probe-invalid.json', 'invalid'],
    ] as const) {
      it(`reports ${failure} failures as a DataError`, async () => {
        const error = await loadJson(`${FIXTURES}${file}`, validateProbeData).catch((e: unknown) => e);
        expect(error).to.be.instanceOf(DataError);
        expect((error as DataError).failure).to.equal(failure);
      });
    }

    it('points at the offending value in schema errors', async () => {
      const error = (await loadJson(`${FIXTURES}probe-invalid.json`, validateProbeData).catch((e: unknown) => e)) as DataError;
      expect(error.detail).to.equal('items[1]: expected a string');
      expect(new ValidationError('', 'an object').message).to.equal('(root): expected an object');
    });
  });

  describe('data task in an element', () => {
    it('renders the loading state, then the bundled data, without warnings', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const el = await fixture<PlumbingProbe>(html`<plumbing-probe></plumbing-probe>`);
        await settled(el);
        expect(el.shadowRoot!.querySelector('[part=list]')!.textContent).to.equal('bundled');
        await expect(el).to.be.accessible();
        expect(warnings).to.deep.equal([]);
      } finally {
        restore();
      }
    });

    it('shows a polite loading status while pending', async () => {
      const el = document.createElement('plumbing-probe');
      el.src = `${FIXTURES}probe-data.json?pending`;
      document.body.append(el);
      try {
        await el.updateComplete;
        const status = el.shadowRoot!.querySelector('[part=loading]');
        expect(status?.getAttribute('role')).to.equal('status');
        expect(status?.textContent).to.equal('Loading…');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('renders data from src', async () => {
      const el = await fixture<PlumbingProbe>(html`<plumbing-probe src=${`${FIXTURES}probe-data.json`}></plumbing-probe>`);
      await settled(el);
      expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['one', 'two', 'three']);
    });

    it('shows a translated error and warns exactly once when src fails', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const src = `${FIXTURES}does-not-exist.json`;
        const el = await fixture<PlumbingProbe>(html`<plumbing-probe lang="fr" src=${src}></plumbing-probe>`);
        await settled(el);
        const error = el.shadowRoot!.querySelector('[part=error]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.textContent).to.equal(
          `Impossible de charger les données depuis « ${src} » : le serveur a répondu par une erreur.`,
        );
        await expect(el).to.be.accessible();
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<plumbing-probe>').and.contain(src).and.contain('HTTP 404');
      } finally {
        restore();
      }
    });

    it('reports schema errors in the element’s language', async () => {
      const { restore } = captureWarnings();
      try {
        const el = await fixture<PlumbingProbe>(
          html`<plumbing-probe lang="ru" src=${`${FIXTURES}probe-invalid.json`}></plumbing-probe>`,
        );
        await settled(el);
        expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain(
          'данные не соответствуют схеме',
        );
      } finally {
        restore();
      }
    });

    it('recovers when src changes to a good dataset', async () => {
      const { restore } = captureWarnings();
      try {
        const el = await fixture<PlumbingProbe>(html`<plumbing-probe src=${`${FIXTURES}probe-broken.json`}></plumbing-probe>`);
        await settled(el);
        expect(el.shadowRoot!.querySelector('[part=error]')).to.not.equal(null);
        el.src = `${FIXTURES}probe-data.json`;
        await waitUntil(() => el.shadowRoot!.querySelector('[part=list]'), 'no list after src change');
        expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      } finally {
        restore();
      }
    });
  });
});
