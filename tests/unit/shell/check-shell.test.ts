import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { checkShell, cspFindings } from '../../../scripts/check-shell.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
type Finding = { where: string; message: string };
const check = checkShell as (root: string) => Finding[];

/** A copy of the shell and renderer page in a temp folder, with one deliberate weakness. */
function mutated(file: string, from: string | RegExp, to: string): Finding[] {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'bindeled-shell-'));
  cpSync(path.join(root, 'electron', 'main'), path.join(copy, 'electron', 'main'), { recursive: true });
  cpSync(path.join(root, 'electron', 'preload'), path.join(copy, 'electron', 'preload'), { recursive: true });
  cpSync(path.join(root, 'renderer', 'index.html'), path.join(copy, 'renderer', 'index.html'));
  const target = path.join(copy, file);
  const before = readFileSync(target, 'utf8');
  const after = before.replace(from, to);
  expect(after, `mutation of ${file} did not apply`).not.toBe(before);
  writeFileSync(target, after);
  return check(copy);
}

const messages = (findings: Finding[]) => findings.map((f) => f.message).join('\n');

describe('check-shell', () => {
  it('finds nothing wrong with the real shell', () => {
    expect(check(root)).toEqual([]);
  });

  it.each([
    ['electron/main/window.ts', 'sandbox: true', 'sandbox: false', /sandbox/],
    ['electron/main/window.ts', 'contextIsolation: true', 'contextIsolation: false', /contextIsolation/],
    ['electron/main/window.ts', 'nodeIntegration: false,', 'nodeIntegration: true,', /nodeIntegration/],
    ['electron/main/window.ts', 'webviewTag: false', 'webviewTag: true', /webviewTag/],
    ['electron/main/window.ts', 'webSecurity: true', 'webSecurity: false', /webSecurity/],
    [
      'electron/main/window.ts',
      /win\.webContents\.setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\);/,
      "win.webContents.setWindowOpenHandler(() => ({ action: 'allow' }));",
      /setWindowOpenHandler/,
    ],
    ['electron/main/security.ts', 'setPermissionRequestHandler', 'setPermissionRequestHandlerX', /no setPermissionRequestHandler/],
    [
      'electron/main/window.ts',
      /event\.preventDefault\(\);\s*log\.warn\('window\.navigation-blocked'\);/,
      "log.warn('window.navigation-blocked');",
      /will-navigate/,
    ],
    [
      'electron/main/security.ts',
      "contents.on('will-attach-webview', (event) => {\n      event.preventDefault();",
      "contents.on('will-attach-webview', (event) => {",
      /will-attach-webview/,
    ],
    ['electron/main/index.ts', 'app.enableSandbox();', '', /enableSandbox/],
    [
      'electron/main/ipc.ts',
      'relay.handle(senderInfo(event, mainWindow()), channel, input)',
      'relay.handle({ fromMainWindow: true, isMainFrame: true, url: "app://bindeled/" }, channel, input)',
      /sender frame/,
    ],
    [
      'electron/main/index.ts',
      'function focusWindow(): void {',
      "function focusWindow(): void {\n  void shell.openExternal('https://example.org');",
      /openExternal/,
    ],
    [
      'electron/main/index.ts',
      "import path from 'node:path';",
      "import path from 'node:path';\nimport { remote } from 'electron';",
      /remote/,
    ],
    ['electron/main/csp.ts', `"connect-src 'self'",`, `"connect-src 'self' https://api.example.org",`, /remote origin/],
    ['renderer/index.html', "script-src 'self'", "script-src 'self' 'unsafe-eval'", /eval/],
    ['renderer/index.html', "default-src 'self'", "default-src 'self' https://cdn.example.org", /remote origin/],
    ['renderer/index.html', 'Content-Security-Policy', 'X-Nothing', /no Content-Security-Policy/],
    [
      'electron/preload/index.ts',
      "contextBridge.exposeInMainWorld('api', api);",
      "contextBridge.exposeInMainWorld('api', { ...api, ipc: ipcRenderer });",
      /exposes ipcRenderer/,
    ],
    [
      'electron/preload/index.ts',
      "contextBridge.exposeInMainWorld('api', api);",
      "contextBridge.exposeInMainWorld('api', { send: ipcRenderer.send });",
      /exposes ipcRenderer/,
    ],
  ])('fails when %s changes %s', (file, from, to, expected) => {
    const findings = mutated(file, from, to);
    expect(findings.length).toBeGreaterThan(0);
    expect(messages(findings)).toMatch(expected);
  });

  it('judges CSP strings', () => {
    const good = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    expect(cspFindings(good)).toEqual([]);
    expect(cspFindings(good.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).not.toEqual([]);
    expect(cspFindings(good.replace("default-src 'self'", 'default-src *'))).not.toEqual([]);
    expect(cspFindings(good.replace("; frame-ancestors 'none'", ''))).not.toEqual([]);
    expect(cspFindings(good.replace("; frame-ancestors 'none'", ''), { meta: true })).toEqual([]);
  });
});
