/**
 * The demo's dev server (and the TypeScript sources it imports), with live
 * reload. `npm start` runs it through scripts/start.mjs (localhost only, a free
 * port); `npx wds --config web-dev-server.config.mjs` also works (PORT=…).
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { litRemovePartServe } from './scripts/rollup/lit-remove-part.mjs';

const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  hostname: 'localhost',
  // Production Lit: the demo is a showcase, its console stays clean.
  nodeResolve: { exportConditions: ['production'] },
  watch: true,
  appIndex: undefined,
  // dist/embed/ pages in sandboxed (opaque-origin) iframes load their modules with CORS.
  middleware: [(ctx, next) => (ctx.set('Access-Control-Allow-Origin', '*'), next())],
  plugins: [
    // lit-html 3.3.1–3.3.3 leaks a comment per row the virtualizer removes (lit/lit#5298).
    // First, so it reads lit-html's own text.
    litRemovePartServe(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
};
