/**
 * A tiny static file server for the benchmark, bound to 127.0.0.1 only.
 *
 * URL prefixes map to folders (longest prefix first), e.g.
 *   /cdn/          -> a snapshot of the library's dist/cdn
 *   /node_modules/ -> bench/node_modules (TimelineJS, vis-timeline, Chart.js)
 *   /              -> bench/generated (pages and converted data)
 * Files are sent uncompressed with `Cache-Control: no-store`; the benchmark
 * computes gzip sizes itself from the same files (see `resolveUrl`).
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

/**
 * Maps a request path to a file under one of the mounts, or `undefined` when it
 * is outside them (no `..` escapes).
 * @param {Record<string, string>} mounts URL prefix (ending in `/`) -> folder
 * @param {string} pathname decoded URL path
 */
export function resolvePath(mounts, pathname) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  for (const prefix of prefixes) {
    if (!pathname.startsWith(prefix)) continue;
    const root = normalize(mounts[prefix]);
    const file = normalize(join(root, pathname.slice(prefix.length)));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
    return file;
  }
  return undefined;
}

/**
 * Starts the server on 127.0.0.1 and an ephemeral port.
 * @param {Record<string, string>} mounts
 * @returns {Promise<{ origin: string, close: () => Promise<void>, resolveUrl: (url: string) => string | undefined }>}
 */
export function startServer(mounts) {
  const server = createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = resolvePath(mounts, pathname);
    let stats;
    try {
      stats = file && statSync(file);
    } catch {
      stats = undefined;
    }
    if (!file || !stats || !stats.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': stats.size,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        origin,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
        resolveUrl(url) {
          const parsed = new URL(url);
          if (parsed.origin !== origin) return undefined;
          let path = decodeURIComponent(parsed.pathname);
          if (path.endsWith('/')) path += 'index.html';
          return resolvePath(mounts, path);
        },
      });
    });
  });
}
