#!/usr/bin/env node
// Dependency-free static server for the Parallax site (www/).
//   node www/serve.mjs [port] [root]      (or PORT=8080 node www/serve.mjs)
//   import { serve } from './www/serve.mjs'; const server = await serve(root, 0);
// Binds 127.0.0.1 only. GET/HEAD only; paths are confined to `root`.

import http from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ts': 'text/plain; charset=utf-8',
};

const HERE = path.dirname(fileURLToPath(import.meta.url));

function send(res, status, text, head) {
  const body = `${status} ${text}\n`;
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...head });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** Resolves a request path inside root, or null when it escapes root or is malformed. */
export function resolveInside(root, urlPath) {
  let p;
  try {
    p = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (p.includes('\0') || p.includes('\\')) return null;
  const full = path.resolve(root, `.${path.posix.normalize(`/${p}`)}`);
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

function handler(root) {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
      return;
    }
    let file = resolveInside(root, new URL(req.url, 'http://localhost').pathname);
    if (!file) { send(res, 400, 'Bad Request'); return; }
    if (path.basename(file).startsWith('.') && file !== root) { send(res, 404, 'Not Found'); return; }
    try {
      let st = await stat(file);
      if (st.isDirectory()) {
        if (!req.url.split('?')[0].endsWith('/')) {
          res.writeHead(301, { Location: `${req.url.split('?')[0]}/` });
          res.end();
          return;
        }
        file = path.join(file, 'index.html');
        st = await stat(file);
      }
      if (!st.isFile()) { send(res, 404, 'Not Found'); return; }
      const type = MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': st.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') { res.end(); return; }
      createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch {
      send(res, 404, 'Not Found');
    }
  };
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 = any free port).
 * @returns {Promise<http.Server>} listening; `server.address().port` is the port.
 */
export function serve(root = HERE, port = 8080, host = '127.0.0.1') {
  const abs = path.resolve(root);
  const server = http.createServer(handler(abs));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const root = process.argv[3] ? path.resolve(process.argv[3]) : HERE;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`invalid port: ${process.argv[2] ?? process.env.PORT}`);
    process.exit(2);
  }
  serve(root, port).then((server) => {
    const { port: p } = server.address();
    console.log(`Parallax: serving ${root} at http://127.0.0.1:${p}/`);
    const stop = () => server.close(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }, (e) => {
    console.error(`cannot listen on 127.0.0.1:${port}: ${e.message}`);
    process.exit(1);
  });
}
