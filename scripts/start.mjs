/**
 * `npm start`: builds (prestart), then serves the demo with live reload on
 * this machine only (127.0.0.1), on the first free port from 8000, or on
 * PORT. A port in use, or any other failure, says so and exits non-zero.
 */
import { createServer } from 'node:http';
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

const given = process.env.PORT;
const candidates = given ? [Number(given)] : Array.from({ length: 10 }, (_, i) => 8000 + i);
if (candidates.some((port) => !Number.isInteger(port) || port < 1 || port > 65535)) {
  console.error(`npm start: PORT must be a port number (1–65535), not "${given}".`);
  process.exit(1);
}

/** Resolves once `server` listens on 127.0.0.1:`port`; rejects with the listen error. */
function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

// Our own server: Web Dev Server binds every interface when told "localhost".
const server = createServer();
let port;
for (const candidate of candidates) {
  try {
    await listen(server, candidate);
    port = candidate;
    break;
  } catch (error) {
    if (error.code !== 'EADDRINUSE') {
      console.error(`npm start: could not listen on 127.0.0.1:${candidate}: ${error.message}`);
      process.exit(1);
    }
  }
}
if (port === undefined) {
  console.error(
    given
      ? `npm start: port ${given} is in use. Choose another one: PORT=${Number(given) === 8123 ? 8124 : 8123} npm start`
      : `npm start: ports 8000 to 8009 are all in use. Choose a free one: PORT=8123 npm start`,
  );
  process.exit(1);
}

try {
  const dev = await startDevServer({
    config: { ...config, port, middlewareMode: { server } },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  server.on('request', dev.koaApp.callback());
} catch (error) {
  console.error(`npm start: the dev server did not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
console.log(`\n  Demo: http://localhost:${port}/demo/  (this machine only; Ctrl+C stops it)\n`);
