/**
 * Every element that takes `src` fails the same way when the dataset cannot be
 * used: a visible, translated message in `part="error"`, exactly one console
 * warning naming the element and the URL, and an accessible state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/alliance-gallery/define.js';
import '../src/opinion-poll-chart/define.js';
import '../src/relations-timeline/define.js';
import { captureWarnings, errorTexts, settled } from './helpers.js';

const FIXTURES = new URL('./fixtures/', import.meta.url).href;

const TAGS: ReadonlyArray<readonly [tag: string, attributes: string]> = [
  ['relations-timeline', ''],
  ['alliance-card', 'alliance="treaty-1992"'],
  ['alliance-gallery', ''],
  ['opinion-poll-chart', 'poll="x"'],
];
const FAILURES = [
  ['nowhere.json', /server answered with an error/, 'HTTP 404'],
  ['probe-broken.json', /not valid JSON/, 'JSON'],
  ['probe-invalid.json', /does not follow the dataset schema/, 'expected'],
] as const;

describe('a src that cannot be used', () => {
  for (const [tag, attributes] of TAGS) {
    for (const [file, message, detail] of FAILURES) {
      it(`<${tag}> reports ${file} with one message and one warning`, async () => {
        const { warnings, restore } = captureWarnings();
        try {
          const src = `${FIXTURES}${file}?${tag}`;
          const el = await fixture<HTMLElement>(
            staticHtml`<${unsafeStatic(tag)} src=${src} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`,
          );
          await settled(el);
          const errors = errorTexts(el);
          expect(errors).to.have.length(1);
          expect(errors[0]).to.match(message);
          expect(warnings).to.have.length(1);
          expect(warnings[0]).to.contain(`<${tag}>`).and.contain(src).and.contain(detail);
          await expect(el).to.be.accessible();
        } finally {
          restore();
        }
      });
    }
  }

  it('shows nothing wrong for a src that works (the check can pass)', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<HTMLElement>(html`<relations-timeline src=${`${FIXTURES}custom-events.json`}></relations-timeline>`);
      await settled(el);
      expect(errorTexts(el)).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
    } finally {
      restore();
    }
  });
});
