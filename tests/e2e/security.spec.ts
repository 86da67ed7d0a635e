import { expect, test } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, NEW_PASSPHRASE, PASSPHRASE, resetHarness, unlock } from './support/app';

let recoveryKey = '';

test.beforeEach(async ({ page }) => {
  await resetHarness(page);
  await page.goto('/');
  recoveryKey = await createRegister(page);
  await confirmRecoveryKey(page, recoveryKey);
});

test('changing the passphrase: the old one stops working, the new one opens the register', async ({ page }) => {
  await page.getByTestId('settings-nav').click();
  await expectAccessible(page, 'settings');
  await page.getByTestId('change-passphrase-current').fill('not the passphrase at all');
  await page.getByTestId('change-passphrase-new').fill(NEW_PASSPHRASE);
  await page.getByTestId('change-passphrase-confirm').fill(NEW_PASSPHRASE);
  await page.getByTestId('change-passphrase-submit').click();
  await expect(page.getByTestId('change-passphrase-error')).toContainText('That passphrase is not right');

  await page.getByTestId('change-passphrase-current').fill(PASSPHRASE);
  await page.getByTestId('change-passphrase-submit').click();
  await expect(page.getByTestId('change-passphrase-done')).toBeVisible();

  await page.getByTestId('lock-button').click();
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('unlock-error')).toBeVisible();
  await unlock(page, NEW_PASSPHRASE);
  await expect(page.getByTestId('home-greeting')).toBeVisible();
});

test('the recovery key opens the register and a new passphrase must be set first', async ({ page }) => {
  await page.getByTestId('lock-button').click();
  await page.getByTestId('toggle-recovery').click();
  // Typed carelessly: lower case, spaces instead of dashes.
  await page.getByTestId('unlock-recovery').fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible();
  await expectAccessible(page, 'set new passphrase');
  await page.getByTestId('new-passphrase').fill(NEW_PASSPHRASE);
  await page.getByTestId('new-passphrase-confirm').fill(NEW_PASSPHRASE);
  await page.getByTestId('new-passphrase-submit').click();
  await expect(page.getByTestId('home-greeting')).toBeVisible();
  await expect(page.getByTestId('audit-list')).toContainText('New passphrase set with the recovery key');

  await page.getByTestId('lock-button').click();
  await unlock(page, NEW_PASSPHRASE);
  await expect(page.getByTestId('home-greeting')).toBeVisible();
});

test('a recovery key with a typo is caught before it is tried', async ({ page }) => {
  await page.getByTestId('lock-button').click();
  await page.getByTestId('toggle-recovery').click();
  const typo = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
  await page.getByTestId('unlock-recovery').fill(typo);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('unlock-error')).toContainText('That recovery key has a typing error');
});

test('the register locks itself after the idle time set in Settings', async ({ page }) => {
  // A controlled clock, so the test does not wait real minutes. The register stays open across the reload.
  await page.clock.install();
  await page.reload();
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('auto-lock-minutes').fill('2');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByTestId('lock-button')).toBeVisible();
  await page.clock.fastForward('00:40');
  await expect(page.getByTestId('lock-notice')).toHaveText('The register was locked after 2 minutes without activity.');
});

test('the language can be switched and is remembered on this computer', async ({ page }) => {
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').selectOption('da');
  await expect(page.getByRole('heading', { name: 'Indstillinger' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expectAccessible(page, 'settings (da)');
  await page.getByTestId('lock-button').click();
  await page.reload();
  await expect(page.getByTestId('unlock-submit')).toHaveText('Lås op');
  await page.getByTestId('language-select').selectOption('fi');
  await expect(page.getByTestId('unlock-submit')).not.toHaveText('Lås op');
});
