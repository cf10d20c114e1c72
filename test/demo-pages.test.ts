/**
 * The demo pages a newcomer opens after `npm start`: each one's scripts load,
 * its generated lists fill, and its elements draw content. (A demo script
 * once imported a function from a module that no longer exported it: the
 * chart page showed its headings and nothing else, and no test noticed.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadedFrame } from './helpers.js';

const TAGS = 'relations-timeline, alliance-card, alliance-gallery, opinion-poll-chart';

/** Our elements in a document that have drawn something other than their loading status. */
const drawn = (doc: Document) =>
  [...doc.querySelectorAll(TAGS)].filter((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part~="loading"]'));

describe('the demo pages', () => {
  for (const page of ['index.html', 'alliance-card.html', 'opinion-poll-chart.html', 'stress.html']) {
    it(`${page}: its scripts run, its lists fill and its elements draw`, async function () {
      // A page of dozens of charts or cards, on a loaded 2-core machine.
      this.timeout(60000);
      const frame = await loadedFrame({ src: `/demo/${page}`, title: page }, 'width: 1000px; height: 800px');
      const doc = frame.contentDocument!;
      await waitUntil(() => drawn(doc).length > 0, `${page}: no element drew anything`, { timeout: 45000 });
      // Lists the page's script fills from the data (charts, cards): none stays empty.
      await waitUntil(
        () => [...doc.querySelectorAll('[data-list]')].every((list) => list.childElementCount > 0),
        `${page}: a list stayed empty`,
        { timeout: 45000 },
      );
      expect(doc.querySelectorAll(TAGS).length).to.be.greaterThan(0);
    });
  }
});
