import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, invoke, PASSPHRASE, resetHarness, unlock } from './support/app';

// Settings › Security › Make a new recovery key, against the real core: the administrator is
// told the old key will stop working, confirms with their own passphrase (a wrong one is refused
// in words), sees the new key once with the same print / copy / "I have stored it" check as at
// creation, and afterwards only the new key opens the register. A read-only user sees the action
// disabled with who to ask. Screenshots in English and Danish go to test-results/recovery-rotation.

const READER = 'Nora Lindqvist';
const READER_PASSPHRASE = 'tåge fyrtårn sommerfugl kaffe';

let oldKey = '';

/** Null when this machine can bind-mount (as root, chmod a-w stops nothing); else why not. */
function cannotMountReason(): string | null {
  // Probed on a folder of our own: other worktrees' tests share this machine's mounts.
  const probe = mkdtempSync(path.join(os.tmpdir(), 'bindeled-ro-probe-'));
  try {
    execFileSync('mount', ['--bind', probe, probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return null;
  } catch (error) {
    return `bind mounts are not available here (${(error as Error).message.split('\n')[0]})`;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

async function shot(page: Page, name: string) {
  await page.getByTestId('rotate-recovery-dialog').screenshot({ path: `test-results/recovery-rotation/${name}.png` });
}

async function openRotation(page: Page) {
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('recovery-key-section').scrollIntoViewIfNeeded();
  await page.getByTestId('rotate-recovery-open').click();
  await expect(page.getByTestId('rotate-recovery-dialog')).toBeVisible();
}

/** The key as the dialog shows it, groups joined by dashes (as createRegister returns it). */
async function shownKey(page: Page): Promise<string> {
  const key = page.getByTestId('rotate-recovery-dialog').getByTestId('recovery-key');
  await expect(key).toBeVisible();
  return (await key.locator('span > span:first-child').allTextContents()).join('-');
}

/** Types the requested group and ticks the box; `Done` is enabled only then. */
async function confirmShownKey(page: Page, key: string) {
  const done = page.getByTestId('rotate-recovery-done');
  await expect(done).toBeDisabled();
  const input = page.getByTestId('recovery-confirm-input');
  const group = Number(await input.getAttribute('data-group'));
  await input.fill(key.split('-')[group - 1] ?? '');
  await page.getByTestId('recovery-stored').check();
  await done.click();
  await expect(page.getByTestId('rotate-recovery-dialog')).toHaveCount(0);
}

async function tryRecoveryKey(page: Page, key: string) {
  await page.getByTestId('toggle-recovery').click();
  await page.getByTestId('unlock-recovery').fill(key);
  await page.getByTestId('unlock-submit').click();
}

test.beforeEach(async ({ page }) => {
  await resetHarness(page);
  await page.goto('/');
  oldKey = await createRegister(page);
  await confirmRecoveryKey(page, oldKey);
});

test('an administrator makes a new recovery key: shown once, the new one opens the register, the old one does not', async ({ page }) => {
  await openRotation(page);
  const dialog = page.getByTestId('rotate-recovery-dialog');
  await expect(page.getByTestId('rotate-recovery-warning')).toContainText('The old recovery key will stop working.');
  await expectAccessible(page, 'rotate recovery key: passphrase');
  await shot(page, 'en-1-passphrase');

  // Nothing typed, then a wrong passphrase: refused in words, and the key is not changed.
  await page.getByTestId('rotate-recovery-submit').click();
  await expect(dialog).toContainText('Required');
  await page.getByTestId('rotate-recovery-passphrase').fill('not the passphrase at all');
  await page.getByTestId('rotate-recovery-submit').click();
  await expect(page.getByTestId('rotate-recovery-error')).toContainText('That passphrase is not right');
  await expectAccessible(page, 'rotate recovery key: wrong passphrase');
  await shot(page, 'en-2-wrong-passphrase');

  await page.getByTestId('rotate-recovery-passphrase').fill(PASSPHRASE);
  await page.getByTestId('rotate-recovery-submit').click();
  await expect(dialog).toContainText('Your new recovery key');
  const newKey = await shownKey(page);
  expect(newKey).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){7}$/);
  expect(newKey).not.toBe(oldKey);
  await expectAccessible(page, 'rotate recovery key: new key');
  await shot(page, 'en-3-new-key');
  // Print gives the sheet alone: the key, the register and the advice.
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'test-results/recovery-rotation/en-4-print.png' });
  await expect(page.locator('.print-only')).toBeVisible();
  await expect(page.locator('.print-only')).toContainText(newKey);
  await expect(page.getByTestId('rotate-recovery-dialog')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The key cannot be waved away before it is stored: Esc leaves the dialog open.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await confirmShownKey(page, newKey);
  await expect(page.getByTestId('rotate-recovery-notice')).toContainText('A new recovery key has been made');
  await expectAccessible(page, 'settings after a new recovery key');
  await page.getByTestId('recovery-key-section').screenshot({ path: 'test-results/recovery-rotation/en-5-section.png' });

  // The event is on the home page's security events.
  await page.getByTestId('lock-button').click();
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('audit-list')).toContainText('New recovery key made');

  // The old key no longer opens the register; the new one does (and asks for a new passphrase).
  await page.getByTestId('lock-button').click();
  await tryRecoveryKey(page, oldKey);
  await expect(page.getByTestId('unlock-error')).toBeVisible();
  await expect(page.getByTestId('lock-button')).toHaveCount(0);
  await page.getByTestId('unlock-recovery').fill(newKey.toLowerCase().replaceAll('-', ' '));
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible();
});

test('the same in Danish', async ({ page }) => {
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indstillinger');
  await openRotation(page);
  await expect(page.getByTestId('rotate-recovery-warning')).toContainText('Den gamle gendannelsesnøgle holder op med at virke.');
  await page.getByTestId('rotate-recovery-passphrase').fill('ikke den rigtige');
  await page.getByTestId('rotate-recovery-submit').click();
  await expect(page.getByTestId('rotate-recovery-error')).toContainText('Adgangsfrasen er forkert');
  await shot(page, 'da-1-wrong-passphrase');
  await page.getByTestId('rotate-recovery-passphrase').fill(PASSPHRASE);
  await page.getByTestId('rotate-recovery-submit').click();
  await expect(page.getByTestId('rotate-recovery-dialog')).toContainText('Din nye gendannelsesnøgle');
  const newKey = await shownKey(page);
  await expectAccessible(page, 'rotate recovery key: new key (da)');
  await shot(page, 'da-2-new-key');
  await confirmShownKey(page, newKey);
  await expect(page.getByTestId('rotate-recovery-notice')).toContainText('Der er lavet en ny gendannelsesnøgle');
});

test('a read-only user sees the action disabled with who to ask, and core refuses it', async ({ page }) => {
  await invoke(page, 'users:add', { displayName: READER, role: 'read-only', passphrase: READER_PASSPHRASE });
  await page.getByTestId('lock-button').click();
  await unlock(page, READER_PASSPHRASE);
  await expect(page.getByTestId('read-only-note')).toBeVisible();
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('recovery-key-section').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('rotate-recovery-open')).toBeDisabled();
  await expect(page.getByTestId('rotate-recovery-admin-only')).toContainText('Only an administrator can make a new recovery key');
  await expectAccessible(page, 'settings, read-only user');
  await page.getByTestId('recovery-key-section').screenshot({ path: 'test-results/recovery-rotation/en-6-section-read-only.png' });
  await expect(invoke(page, 'register:rotateRecoveryKey', { passphrase: READER_PASSPHRASE })).rejects.toThrow('ROLE_NOT_ALLOWED');
});

test('a read-only register folder: refused in words, and the old key still works', async ({ page }) => {
  const reason = cannotMountReason();
  test.skip(reason !== null, reason ?? '');
  const { dir } = await invoke<{ dir: string }>(page, 'register:info', {});
  await openRotation(page);
  await page.getByTestId('rotate-recovery-passphrase').fill(PASSPHRASE);
  // The folder is bind-mounted read-only over itself, as tests/unit/resilience/read-only-folder does.
  execFileSync('mount', ['--bind', dir, dir]);
  try {
    execFileSync('mount', ['-o', 'remount,bind,ro', dir]);
    await page.getByTestId('rotate-recovery-submit').click();
    await expect(page.getByTestId('rotate-recovery-error')).toContainText("Bindeled cannot write to this register's folder");
    await expect(page.getByTestId('rotate-recovery-dialog').getByTestId('recovery-key')).toHaveCount(0);
    await expectAccessible(page, 'rotate recovery key: read-only folder');
    await shot(page, 'en-7-read-only-folder');
  } finally {
    execFileSync('umount', [dir]);
  }
  await page.getByTestId('rotate-recovery-cancel').click();
  await page.getByTestId('lock-button').click();
  await tryRecoveryKey(page, oldKey);
  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible();
});
