/**
 * A small static file server for the benchmark, bound to 127.0.0.1 on a free port. It serves
 * only the folders the pages need, never caches (every sample loads every byte afresh) and
 * stops when the benchmark closes it.
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

/**
 * @param {Record<string, string>} mounts URL prefix (such as `/dist/`) → folder on disk.
 * @param {{gzip?: boolean}} options `gzip`: text compressed for a client that accepts it, as a
 *   web server sends it (Lighthouse's simulated network then carries the compressed bytes).
 * @returns {Promise<{origin: string, requests: string[], close: () => Promise<void>}>}
 */
export async function serve(mounts, { gzip = false } = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const prefix = Object.keys(mounts).find((candidate) => path.startsWith(candidate));
    if (!prefix) {
      response.writeHead(404).end('not served by the benchmark');
      return;
    }
    const root = mounts[prefix];
    const file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const compress =
        gzip && /text|json|svg/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const body = compress ? gzipSync(await readFile(file), { level: 6 }) : await readFile(file);
      response.writeHead(200, {
        'content-type': type,
        'content-length': body.length,
        'cache-control': 'no-store',
        ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
