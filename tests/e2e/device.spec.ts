import { expect, test } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, PASSPHRASE, unlock } from './support/app';

// "Remember on this device" runs the shell's real device-keychain code in the harness, over a
// stand-in for the OS keychain (tests/harness/fake-keychain.ts).

async function start(page: import('@playwright/test').Page, keychain: 'secure' | 'insecure' | 'none') {
  await page.request.post('/__harness/reset', { data: { keychain } });
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
  await page.getByTestId('settings-nav').click();
}

test('with a secure OS keychain the register can be unlocked on this device without the passphrase', async ({ page }) => {
  await start(page, 'secure');
  const toggle = page.getByTestId('remember-device');
  await expect(toggle).not.toBeChecked();
  // The switch turns on only once the slot is written, so click and wait rather than check().
  await toggle.click();
  await expect(page.getByTestId('settings-error')).toHaveCount(0);
  await expect(toggle).toBeChecked();
  await page.getByTestId('lock-button').click();
  await expectAccessible(page, 'unlock with device');
  await page.getByTestId('unlock-device').click();
  await expect(page.getByTestId('home-greeting')).toBeVisible();
  await expect(page.getByTestId('audit-list')).toContainText('Unlocking with this device switched on');

  // Switched off again: the button is gone and the passphrase is needed.
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('remember-device').click();
  await expect(page.getByTestId('remember-device')).not.toBeChecked();
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('unlock-passphrase')).toBeVisible();
  await expect(page.getByTestId('unlock-device')).toHaveCount(0);
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('home-greeting')).toBeVisible();
});

test('a plain-text keychain (Linux basic_text) is refused and the reason is shown', async ({ page }) => {
  await start(page, 'insecure');
  await expect(page.getByTestId('remember-device')).toBeDisabled();
  await expect(page.getByText('Not offered: this computer has no secure key store for your account.')).toBeVisible();
});

test('without an OS keychain the option is not shown at all', async ({ page }) => {
  await start(page, 'none');
  await expect(page.getByRole('heading', { name: 'Security', exact: true })).toBeVisible();
  await expect(page.getByTestId('remember-device')).toHaveCount(0);
});
