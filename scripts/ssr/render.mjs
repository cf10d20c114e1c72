#!/usr/bin/env node
/**
 * Server-renders HTML fragments with the built `dist/ssr.js`, in a process of
 * its own (the renderer installs a DOM shim on globalThis, which must not leak
 * into the test runner). Reads JSON `[{ html, lang? }, …]` on stdin, writes
 * JSON `[{ html } | { error }, …]` on stdout; console warnings go to stderr.
 *
 *   echo '[{"html":"<alliance-card alliance=\"treaty-1992\"></alliance-card>","lang":"fr"}]' | node scripts/ssr/render.mjs
 */
import { readFileSync } from 'node:fs';

const { renderToString } = await import('../../dist/ssr.js');
const jobs = JSON.parse(readFileSync(0, 'utf8'));
const results = [];
for (const job of jobs) {
  try {
    results.push({ html: await renderToString(job.html, { lang: job.lang }) });
  } catch (error) {
    results.push({ error: String(error?.stack ?? error) });
  }
}
process.stdout.write(JSON.stringify(results));
