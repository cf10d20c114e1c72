/**
 * The build minifies the text of our css`` templates (scripts/rollup/minify-templates.mjs).
 * The browser must read the minified text exactly as it reads the text as written: the same
 * rules, selectors, conditions and declarations, by the browser's own serialisation of each.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Template {
  readonly file: string;
  readonly written: string;
  readonly minified: string;
}

/**
 * Each rule of `css` as this browser serialises it, nested rules included. A
 * value with `var()` is kept as its tokens were written, to be read once the
 * variable is known, so there `0.5` and `.5` (the same number) and the space
 * after a comma (where a value's grammar ignores it) are made alike, outside
 * strings.
 */
function rules(css: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return [...sheet.cssRules].map((rule) =>
    rule.cssText.replace(/("(?:[^"\\]|\\.)*")|,\s+|(?<![\w.])0\.(?=\d)/g, (match, string?: string) => string ?? (match.startsWith(',') ? ',' : '.')),
  );
}

describe('minified styles', () => {
  let templates: Template[];
  before(async () => {
    templates = (await executeServerCommand<Template[], undefined>('frr-css-templates'))!;
  });

  it('finds the styles of every element and the shared ones', () => {
    const files = new Set(templates.map((t) => t.file));
    for (const file of ['src/shared/theme.ts', 'src/relations-timeline/relations-timeline.styles.ts', 'src/alliance-card/alliance-card.styles.ts', 'src/opinion-poll-chart/opinion-poll-chart.styles.ts']) {
      expect(files, file).to.include(file);
    }
  });

  it('are read by the browser exactly as the styles as written, and are shorter', () => {
    for (const { file, written, minified } of templates) {
      const expected = rules(written);
      expect(expected.length, `${file}: no rule read`).to.be.greaterThan(0);
      expect(rules(minified), file).to.deep.equal(expected);
      expect(minified.length, file).to.be.below(written.length);
    }
  });

  it('would see a minification that changes a rule', () => {
    // What a careless minifier does: `calc(1px + 2px)` needs its spaces, a descendant `:hover` its own.
    const written = '.a { inline-size: calc(1px + 2px); } .b :hover { color: red; }';
    expect(rules('.a{inline-size:calc(1px +2px)}.b:hover{color:red}')).to.not.deep.equal(rules(written));
    expect(rules('.a{inline-size:calc(1px + 2px)}.b :hover{color:red}')).to.deep.equal(rules(written));
  });
});
