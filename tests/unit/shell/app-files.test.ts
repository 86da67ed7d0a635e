import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL, mimeType, resolveAppFile } from '../../../electron/main/app-files';
import { APP_CSP, devCsp } from '../../../electron/main/csp';
import { coreEnv } from '../../../electron/main/paths';

vi.mock('electron', () => ({ app: {}, protocol: {}, session: {}, Menu: {} }));
const { isAllowedRequest } = await import('../../../electron/main/security');
const { menuTemplate } = await import('../../../electron/main/menu');

const root = path.resolve('/app/out/renderer');

describe('app:// file mapping', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppFile(root, APP_INDEX_URL)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://bindeled/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://bindeled/assets/index-abc.js?v=1#x')).toBe(path.join(root, 'assets', 'index-abc.js'));
  });

  it.each([
    'app://bindeled/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://bindeled/a%5c..%5c..%5csecret',
    'app://bindeled/%00',
    'app://bindeled/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('keeps dot segments inside the folder (the URL parser removes them first)', () => {
    expect(resolveAppFile(root, 'app://bindeled/../../etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppFile(root, 'app://bindeled/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('names content types', () => {
    expect(mimeType('a/index.html')).toMatch(/^text\/html/);
    expect(mimeType('a/x.JS')).toMatch(/^text\/javascript/);
    expect(mimeType('a/x.unknown')).toBe('application/octet-stream');
  });
});

describe('network policy', () => {
  it('allows only the app itself when packaged', () => {
    expect(isAllowedRequest('app://bindeled/assets/x.js', null)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', null)).toBe(true);
    expect(isAllowedRequest('app://elsewhere/x.js', null)).toBe(false);
    expect(isAllowedRequest('https://example.org/', null)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/', null)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', null)).toBe(false);
  });

  it('also allows the dev server and its WebSocket in development', () => {
    const dev = { protocol: 'http:', host: 'localhost:5173' };
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('https://example.org/', dev)).toBe(false);
  });

  it('keeps the dev CSP local', () => {
    expect(devCsp('http://localhost:5173/')).toContain('ws://localhost:5173');
    expect(APP_CSP).not.toMatch(/unsafe-eval|https?:|ws:/);
  });
});

describe('menu', () => {
  const labels = (items: unknown): string[] =>
    (items as { role?: string; label?: string; submenu?: unknown }[]).flatMap((i) => [
      i.role ?? i.label ?? '',
      ...(i.submenu ? labels(i.submenu) : []),
    ]);

  it('offers reload and developer tools only in development', () => {
    expect(labels(menuTemplate({ isDev: false, lock: () => undefined }, 'linux'))).not.toEqual(expect.arrayContaining(['reload']));
    expect(labels(menuTemplate({ isDev: false, lock: () => undefined }, 'linux'))).not.toContain('toggleDevTools');
    expect(labels(menuTemplate({ isDev: true, lock: () => undefined }, 'linux'))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('locks the register from File › Lock register (Ctrl/Cmd+L)', () => {
    const lock = vi.fn();
    const file = menuTemplate({ isDev: false, lock }, 'win32')[0] as {
      submenu: { label?: string; accelerator?: string; click?: () => void }[];
    };
    const item = file.submenu.find((i) => i.accelerator === 'CmdOrCtrl+L');
    item?.click?.();
    expect(lock).toHaveBeenCalledOnce();
  });

  it('speaks the interface language, from the same catalogs as the renderer', async () => {
    const { shellLabels } = await import('../../../electron/main/labels');
    const top = (lang: 'da' | 'fi' | 'en') =>
      menuTemplate({ isDev: false, lock: () => undefined, labels: shellLabels(lang) }, 'win32').map((i) => i.label);
    expect(top('da')).toEqual(['Filer', 'Rediger', 'Vis', 'Hjælp']);
    expect(top('fi')).toEqual(['Tiedosto', 'Muokkaa', 'Näytä', 'Ohje']);
    const file = menuTemplate({ isDev: false, lock: () => undefined, labels: shellLabels('da') }, 'win32')[0] as {
      submenu: { label?: string }[];
    };
    expect(file.submenu[0]?.label).toBe('Lås registeret');
  });
});

describe('core environment', () => {
  it('points core at the profile, Documents/Bindeled and the dev driver, and drops dangerous variables', () => {
    const env = coreEnv({
      base: {
        PATH: '/bin',
        NODE_OPTIONS: '--require evil.js',
        ELECTRON_RUN_AS_NODE: '1',
        BINDELED_SQLITE_BINDING: '/tmp/evil.node',
        BINDELED_TEST_KDF: 'cheap-argon2-for-tests-only',
      },
      userData: '/home/u/.config/Bindeled',
      documents: '/home/u/Documents',
      appVersion: '1.2.3',
      sqliteBinding: null,
    });
    expect(env).toMatchObject({
      PATH: '/bin',
      BINDELED_PROFILE_DIR: '/home/u/.config/Bindeled',
      BINDELED_DEFAULT_REGISTER_DIR: path.join('/home/u/Documents', 'Bindeled'),
      BINDELED_APP_VERSION: '1.2.3',
    });
    expect(env).not.toHaveProperty('NODE_OPTIONS');
    expect(env).not.toHaveProperty('ELECTRON_RUN_AS_NODE');
    expect(env).not.toHaveProperty('BINDELED_SQLITE_BINDING');
    expect(env).not.toHaveProperty('BINDELED_TEST_KDF');
    expect(
      coreEnv({ base: {}, userData: 'u', documents: 'd', appVersion: '1', sqliteBinding: '/x/better_sqlite3.node' })
        .BINDELED_SQLITE_BINDING,
    ).toBe('/x/better_sqlite3.node');
  });
});
