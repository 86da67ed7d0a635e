import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { confirmRecoveryKey, createRegister, NEW_PASSPHRASE, PASSPHRASE, unlock } from '../e2e/support/app';

// The real app: the built shell (out/main/index.js), its utilityProcess core and the sandboxed
// renderer, each test on a throwaway profile and register folder.
const root = path.resolve(import.meta.dirname, '../..');

function electronBinary(): string | null {
  try {
    const binary: unknown = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const hasElectron = binary !== null;
if (!hasElectron) console.log('No Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD): Electron e2e skipped');

let app: ElectronApplication;
let page: Page;
let workDir = '';

test.beforeEach(async () => {
  test.skip(!hasElectron, 'No Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD): Electron e2e skipped');
  expect(existsSync(path.join(root, 'out', 'main', 'index.js')), 'run `npm run build` first').toBe(true);
  workDir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-electron-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [root],
    cwd: root,
    env: {
      ...env,
      BINDELED_USER_DATA_DIR: path.join(workDir, 'profile'),
      BINDELED_DEFAULT_REGISTER_DIR: path.join(workDir, 'registers', 'Bindeled'),
    },
  });
  page = await app.firstWindow();
});

test.afterEach(async () => {
  if (app) await app.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('create, see the recovery key, lock, wrong then right passphrase', async () => {
  const recoveryKey = await createRegister(page);
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await confirmRecoveryKey(page, recoveryKey);
  await page.getByTestId('lock-button').click();
  await unlock(page, 'kaffe blomst cykel vinduer');
  await expect(page.getByTestId('unlock-error')).toBeVisible();
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('lock-button')).toBeVisible();
});

test('the native menu locks the register (File › Lock register)', async () => {
  await confirmRecoveryKey(page, await createRegister(page));
  await app.evaluate(({ Menu }) => {
    const item = Menu.getApplicationMenu()
      ?.items.flatMap((i) => i.submenu?.items ?? [])
      .find((i) => i.accelerator === 'CmdOrCtrl+L');
    item?.click();
  });
  await expect(page.getByTestId('unlock-passphrase')).toBeVisible();
});

test('change language and change passphrase', async () => {
  await confirmRecoveryKey(page, await createRegister(page));
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').selectOption('da');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await page.getByTestId('language-select').selectOption('en');
  await page.getByTestId('change-passphrase-current').fill(PASSPHRASE);
  await page.getByTestId('change-passphrase-new').fill(NEW_PASSPHRASE);
  await page.getByTestId('change-passphrase-confirm').fill(NEW_PASSPHRASE);
  await page.getByTestId('change-passphrase-submit').click();
  await page.getByTestId('lock-button').click();
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('unlock-error')).toBeVisible();
  await unlock(page, NEW_PASSPHRASE);
  await expect(page.getByTestId('lock-button')).toBeVisible();
});

test('the window is hardened: no Node, no new windows, no navigation away', async () => {
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await page.evaluate(() => Object.keys((globalThis as unknown as { api: object }).api).sort())).toEqual(['invoke', 'on']);
  expect(await page.evaluate(() => (globalThis as unknown as { open(u: string): unknown }).open('https://example.org') === null)).toBe(
    true,
  );
  const internal = await page.evaluate(() =>
    (globalThis as unknown as { api: { invoke(c: string, i: unknown): Promise<unknown> } }).api.invoke('device:addSlot', {
      secretHex: '0'.repeat(64),
    }),
  );
  expect(internal).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
  const before = page.url();
  await page.evaluate(() => {
    (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(app.windows()).toHaveLength(1);
});
