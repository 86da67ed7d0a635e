import { execFileSync } from 'node:child_process';
import { openSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/test';
import Database from 'better-sqlite3-multiple-ciphers';
import { confirmRecoveryKey, createRegister, expectAccessible, PASSPHRASE, resetHarness, unlock } from './support/app';

let registerDir = '';

test.beforeEach(async ({ page }) => {
  const workDir = await resetHarness(page);
  registerDir = path.join(workDir, 'registers', 'Bindeled');
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
});

test('when the core process dies, a screen says so and starting again leads back to unlock', async ({ page }) => {
  await page.request.post('/__harness/kill-core');
  await expect(page.getByTestId('fatal-crashed')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bindeled stopped unexpectedly' })).toBeVisible();
  await expectAccessible(page, 'fatal: crashed');
  await page.getByTestId('fatal-restart').click();
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('home-greeting')).toBeVisible();
});

test('a damaged register gets an explanation, not a blank window, and is left as it was', async ({ page }) => {
  await page.getByTestId('lock-button').click();
  // The unlock screen shows once core has closed the database, so nothing rewrites the file after us.
  await expect(page.getByTestId('unlock-passphrase')).toBeVisible();
  const fd = openSync(path.join(registerDir, 'register.db'), 'r+');
  writeSync(fd, Buffer.alloc(64, 0x41), 0, 64, 20); // page 1, right after the salt
  closeSync(fd);
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('fatal-corrupt')).toBeVisible();
  await expect(page.getByTestId('fatal-details')).toContainText('REGISTER_CORRUPT');
  await expectAccessible(page, 'fatal: corrupt');
});

test('a register from a newer Bindeled is refused with a clear screen', async ({ page }) => {
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('unlock-passphrase')).toBeVisible();
  // The built CLI (it inherits the tests' cheap key derivation from playwright.config.ts).
  const hex = execFileSync(process.execPath, ['out/main/cli.js', 'export-key', '--dir', registerDir], {
    env: { ...process.env, BINDELED_PASSPHRASE: PASSPHRASE },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  const db = new Database(path.join(registerDir, 'register.db'));
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${hex}'"`);
  db.pragma('user_version = 999');
  db.close();
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('fatal-newerVersion')).toBeVisible();
  await expectAccessible(page, 'fatal: newer version');
});
