import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

// The dev server needs an inline React Refresh preamble and a websocket for hot reload; the
// strict CSP in renderer/index.html forbids both. Relax it for `npm start` only: built files keep
// the strict policy.
const devCsp: Plugin = {
  name: 'bindeled-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws://localhost:*"),
};

// Main-side entries: the Electron shell, the core process it starts as a utilityProcess, and the
// command-line tool. Runtime packages stay in package.json `dependencies`, which electron-vite
// leaves out of these bundles (externalizeDeps is on by default).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          core: resolve('electron/core/main.ts'),
          cli: resolve('electron/cli/index.ts'),
          // The backup's heavy steps run in a worker thread started from this file (core/backup/worker-run.ts).
          'backup-worker': resolve('electron/core/backup/worker-entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), devCsp],
    build: {
      outDir: resolve('out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the 8 MB bundle (mostly AG Grid and
      // AG Charts) halves and the first screen parses in well under half the time — for the app's
      // start and for every page the e2e tests open.
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
