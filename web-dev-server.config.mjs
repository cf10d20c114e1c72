/** `npm start`: serves the demo (and the TypeScript sources it imports) with live reload. */
import { esbuildPlugin } from '@web/dev-server-esbuild';

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
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    {
      name: 'frr-demo-address',
      serverStart() {
        setTimeout(() => console.log(`\n  Demo: http://localhost:${port}/demo/\n`), 0);
      },
    },
  ],
};
