import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

// Installed before the renderer's own script: the same `window.api` shape as the preload's.
const API_SHIM = `
(() => {
  const listeners = new Map();
  const source = new EventSource('/events');
  source.onmessage = (m) => {
    const { event, payload } = JSON.parse(m.data);
    for (const cb of listeners.get(event) ?? []) cb(payload);
  };
  window.api = {
    invoke: (channel, input) =>
      fetch('/invoke', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel, input }) }).then((r) => r.json()),
    on: (event, cb) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(cb);
      return () => listeners.get(event).delete(cb);
    },
  };
})();
`;

/** Serves the built renderer, with the harness's window.api injected into index.html. */
export function serveStatic(dir: string, pathname: string, res: ServerResponse): void {
  if (pathname === '/__harness/api.js') {
    res.writeHead(200, { 'content-type': TYPES['.js'] ?? 'text/javascript' });
    res.end(API_SHIM);
    return;
  }
  const file = path.join(dir, path.normalize(pathname === '/' ? '/index.html' : pathname));
  if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404);
    res.end('not found');
    return;
  }
  let body: Buffer | string = readFileSync(file);
  if (path.basename(file) === 'index.html') {
    body = body.toString('utf8').replace('<head>', '<head>\n    <script src="/__harness/api.js"></script>');
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  res.end(body);
}
