/**
 * Server rendering with plain Node: reads an HTML page, renders our elements
 * in it, writes the result.
 *
 *   node examples/node/render.mjs examples/node/page.html out.html
 *
 * Run inside this repository, the package name resolves to the package itself;
 * elsewhere, `npm install france-russia-relations @lit-labs/ssr parse5`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { renderToString } from 'france-russia-relations/ssr';

const [input = new URL('page.html', import.meta.url), output] = process.argv.slice(2);
const page = await renderToString(await readFile(input, 'utf8'));
if (output) await writeFile(output, page);
else process.stdout.write(page);
