/**
 * An Eleventy 3 site whose pages hold our elements, rendered at build time by
 * `renderToString` in a transform: the published HTML carries each element's
 * content (readable without JavaScript, by crawlers and feed readers), and the
 * script tag, copied beside the pages, hydrates it in the browser.
 *
 *   npx @11ty/eleventy --config=examples/eleventy/eleventy.config.mjs
 */
import { renderToString } from 'france-russia-relations/ssr';

export default function (eleventyConfig) {
  // The script-tag build, served from the site itself.
  eleventyConfig.addPassthroughCopy({ 'dist/cdn': 'frr' });
  eleventyConfig.addTransform('france-russia-relations', async function (content) {
    return this.page.outputPath?.endsWith('.html') ? renderToString(content) : content;
  });
  return {
    dir: { input: 'examples/eleventy/src', output: 'examples/eleventy/_site' },
  };
}
