import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, ORG, PASSPHRASE, resetHarness, unlock } from './support/app';

test.beforeEach(async ({ page }) => {
  await resetHarness(page);
  await page.goto('/');
});

test('a coordinator creates a register, stores the recovery key, locks and unlocks it', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Welcome to Bindeled' })).toBeVisible();
  await expectAccessible(page, 'welcome');

  await page.getByTestId('create-register').click();
  // Nothing is created from an incomplete form: each problem is named at its field.
  await page.getByTestId('passphrase').fill('sommer2024');
  await page.getByTestId('create-submit').click();
  await expect(page.getByText('Required')).toBeVisible();
  await expect(page.getByText('Choose a stronger passphrase before you continue.')).toBeVisible();
  await expect(page.getByTestId('strength-meter')).toHaveAttribute('data-score', /[01]/);
  await expectAccessible(page, 'create');
  await page.getByRole('button', { name: 'Back' }).click();

  const recoveryKey = await createRegister(page);
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await expectAccessible(page, 'recovery key');
  // The way on stays closed until one group is retyped and the tick is set.
  const proceed = page.getByTestId('recovery-continue');
  await expect(proceed).toBeDisabled();
  await page.getByTestId('recovery-confirm-input').fill('ZZZZ');
  await expect(page.getByText(/does not match group/)).toBeVisible();
  await page.getByTestId('recovery-stored').check();
  await expect(proceed).toBeDisabled();
  await confirmRecoveryKey(page, recoveryKey);

  await expect(page.getByTestId('home-greeting')).toHaveText(`Welcome to the register of ${ORG}`);
  await expect(page.getByTestId('audit-list')).toContainText('Register created');
  await expectAccessible(page, 'home');

  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('lock-notice')).toHaveText('The register is locked.');
  await expect(page.getByTestId('register-label')).toHaveText(ORG);
  // Locking drops everything read from the register out of the page.
  await expect(page.getByTestId('home-greeting')).toHaveCount(0);

  await unlock(page, 'kaffe blomst cykel vinduer');
  await expect(page.getByTestId('unlock-error')).toHaveText('That passphrase is not right. Check Caps Lock and try again.');
  await expectAccessible(page, 'unlock with error');
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('home-greeting')).toBeVisible();
  await expect(page.getByTestId('audit-list')).toContainText('Register unlocked');
});

test('Ctrl+L locks the register from anywhere', async ({ page }) => {
  const key = await createRegister(page);
  await confirmRecoveryKey(page, key);
  await page.keyboard.press('Control+l');
  await expect(page.getByTestId('unlock-passphrase')).toBeVisible();
});

test('the register is refused in a folder that is not empty, and the form keeps what was typed', async ({ page }) => {
  const first = await createRegister(page);
  await confirmRecoveryKey(page, first);
  await page.getByTestId('lock-button').click();
  await page.getByTestId('create-new').click();
  await page.getByTestId('org-name').fill('Second');
  await page.getByTestId('passphrase').fill(PASSPHRASE);
  await page.getByTestId('passphrase-confirm').fill(PASSPHRASE);
  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('create-error')).toContainText('That folder is not empty');
  await expect(page.getByTestId('org-name')).toHaveValue('Second');
});

test('a register whose folder has gone (USB stick out) is explained and can be removed from the list', async ({ page }) => {
  const workDir = await resetHarness(page);
  await page.reload();
  await confirmRecoveryKey(page, await createRegister(page));
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('unlock-passphrase')).toBeVisible();
  const dir = path.join(workDir, 'registers', 'Bindeled');
  renameSync(dir, `${dir}-elsewhere`);
  await page.reload();
  await expect(page.getByText('This folder cannot be found right now.')).toBeVisible();
  await expectAccessible(page, 'unlock, folder gone');
  await page.getByTestId('forget-register').click();
  await expect(page.getByRole('heading', { name: 'Welcome to Bindeled' })).toBeVisible();
  // Only the list entry went: the files are where the user moved them.
  expect(existsSync(path.join(`${dir}-elsewhere`, 'register.db'))).toBe(true);
});

test('the accessibility check still fails on a real violation (a nameless button, text too faint)', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Welcome to Bindeled' })).toBeVisible();
  await expectAccessible(page, 'welcome');
  // A string, so the Node typecheck needs no DOM types.
  await page.evaluate(`document.body.insertAdjacentHTML('beforeend',
    '<button><svg width="16" height="16"></svg></button><p style="color:#eeeeee;background:#ffffff">Grey on white</p>')`);
  const failure = await expectAccessible(page, 'broken welcome', { timeout: 2_000 }).then(
    () => 'passed',
    (error: Error) => error.message,
  );
  expect(failure).toContain('button-name (critical)');
  expect(failure).toContain('color-contrast (serious)');
});
