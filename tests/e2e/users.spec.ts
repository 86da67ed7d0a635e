import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, expectAccessible, ORG, PASSPHRASE, resetHarness, unlock } from './support/app';

// Users and roles on one register, against the real core: the administrator adds a read-only
// user in Settings › Users, locks; the new user unlocks with their own passphrase, sees the
// read-only note, and a write is refused by core with the translated message. The administrator
// then removes the user (with confirmation) and their passphrase stops working. Screenshots of
// the screens in English and Danish go to test-results/users for a human look.

const OWNER = 'Birgitte Holm';
const READER = 'Nora Lindqvist';
const READER_PASSPHRASE = 'tåge fyrtårn sommerfugl kaffe';

type Result = { ok: true; value: unknown } | { ok: false; error: { code: string } };

/** Calls a contract channel from the page, as the screens do; returns the Result. */
function invoke(page: Page, channel: string, input: unknown): Promise<Result> {
  return page.evaluate(
    ([c, i]) => (globalThis as unknown as { api: { invoke: (c: string, i: unknown) => Promise<Result> } }).api.invoke(c, i),
    [channel, input] as const,
  );
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/users/${name}.png`, fullPage: true });
}

async function openUsers(page: Page) {
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('users-section').scrollIntoViewIfNeeded();
}

async function lockAndUnlock(page: Page, passphrase: string) {
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('unlock-passphrase')).toBeVisible();
  await unlock(page, passphrase);
  await expect(page.getByTestId('lock-button')).toBeVisible();
}

test('an administrator adds a read-only user, who can look but not change anything, then removes them', async ({ page }) => {
  test.setTimeout(120_000);
  await resetHarness(page);
  await page.goto('/');
  // The create screen takes the first user's name (optional).
  await page.getByTestId('create-register').click();
  await page.getByTestId('org-name').fill(ORG);
  await page.getByTestId('owner-name').fill(OWNER);
  await page.getByTestId('passphrase').fill(PASSPHRASE);
  await page.getByTestId('passphrase-confirm').fill(PASSPHRASE);
  await shot(page, 'en-create');
  await page.getByTestId('create-submit').click();
  const key = page.getByTestId('recovery-key');
  await expect(key).toBeVisible();
  await confirmRecoveryKey(page, (await key.locator('span > span:first-child').allTextContents()).join('-'));

  await invoke(page, 'organisations:save', { name: 'Jobcenter Aarhus', sector: 'job-centre' });

  // The administrator's view of Settings › Users.
  await openUsers(page);
  await expect(page.getByTestId('users-you')).toContainText(`${OWNER}. Your role: Administrator`);
  await page.getByTestId('users-add').click();
  await page.getByTestId('add-user-name').fill(READER);
  await page.getByTestId('add-user-role').selectOption('read-only');
  await page.getByTestId('add-user-passphrase').fill(READER_PASSPHRASE);
  await page.getByTestId('add-user-confirm').fill(READER_PASSPHRASE);
  await expectAccessible(page, 'add user dialog');
  await shot(page, 'en-add-dialog');
  await page.getByTestId('add-user-submit').click();
  await expect(page.getByTestId('users-notice')).toContainText(READER);
  await expect(page.getByTestId('users-table')).toContainText(READER);
  await expect(page.getByTestId('users-table')).toContainText('Read-only');
  await expectAccessible(page, 'users (administrator)');
  await shot(page, 'en-users-admin');

  // The new user unlocks with their own passphrase.
  await lockAndUnlock(page, READER_PASSPHRASE);
  await expect(page.getByTestId('read-only-note')).toContainText('You can look but not change anything');
  await expect(page.getByTestId('current-user')).toContainText(READER);
  await page.getByTestId('organisations-nav').click();
  await expect(page.getByTestId('read-only-note')).toBeVisible();
  await expect(page.getByTestId('new-button')).toBeDisabled();
  await expect(page.getByTestId('import-organisations')).toBeDisabled();
  await expect(page.getByTestId('log-meeting-button')).toBeDisabled();
  await page.getByRole('gridcell', { name: 'Jobcenter Aarhus' }).click();
  await expect(page.getByTestId('detail-title')).toHaveText('Jobcenter Aarhus');
  await expect(page.getByTestId('edit-button')).toBeDisabled();
  await expect(page.getByTestId('log-interaction')).toBeDisabled();
  await expectAccessible(page, 'read-only organisations');
  await shot(page, 'en-read-only-organisations');

  // Settings: the Save buttons are off for a read-only user.
  await page.getByTestId('settings-nav').click();
  await expect(page.getByTestId('settings-save')).toBeDisabled();
  await expect(page.getByTestId('mentoring-settings-save')).toBeDisabled();
  await shot(page, 'en-read-only-settings');
  // From the page straight to core: refused, whatever the screens show.
  const refused = await invoke(page, 'organisations:save', { name: 'Sneaky', sector: 'health' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'ROLE_NOT_ALLOWED' } });
  expect(await invoke(page, 'users:remove', { id: 'owner' })).toMatchObject({ ok: false, error: { code: 'ROLE_NOT_ALLOWED' } });

  await openUsers(page);
  await expect(page.getByTestId('users-you')).toContainText(`${READER}. Your role: Read-only`);
  await expect(page.getByTestId('users-add')).toHaveCount(0);
  await expectAccessible(page, 'users (read-only)');
  await shot(page, 'en-users-read-only');

  // The same in Danish.
  await page.getByTestId('language-select').first().selectOption('da');
  await expect(page.getByTestId('read-only-note')).toContainText('Du kan se alt, men ikke ændre noget');
  await openUsers(page);
  await shot(page, 'da-users-read-only');

  // The administrator removes the user; their passphrase no longer opens the register.
  await lockAndUnlock(page, PASSPHRASE);
  await expect(page.getByTestId('read-only-note')).toHaveCount(0);
  await openUsers(page);
  await expect(page.getByTestId('users-you')).toContainText(`${OWNER}. Din rolle: Administrator`);
  await shot(page, 'da-users-admin');
  // Stepping down is asked first, and the last administrator is refused in words.
  await page.getByTestId('user-role-owner').selectOption('coordinator');
  await expect(page.getByTestId('remove-user-dialog')).toContainText('Vil du ændre din egen rolle?');
  await page.getByTestId('remove-user-confirm').click();
  await expect(page.getByTestId('users-error')).toContainText('Dette er den sidste administrator');
  await expect(page.getByTestId('user-role-owner')).toHaveValue('administrator');
  const row = page.getByTestId('users-table').getByRole('row', { name: new RegExp(READER) });
  await row.getByRole('button', { name: new RegExp(`Fjern: ${READER}`) }).click();
  await expect(page.getByTestId('remove-user-dialog')).toContainText('kan ikke længere låse registret op');
  await expectAccessible(page, 'remove user dialog');
  await shot(page, 'da-remove-dialog');
  await page.getByTestId('remove-user-confirm').click();
  await expect(page.getByTestId('users-table')).not.toContainText(READER);
  await page.getByTestId('users-show-removed').click();
  await expect(page.getByTestId('users-table')).toContainText('Fjernet');

  await page.getByTestId('lock-button').click();
  await unlock(page, READER_PASSPHRASE);
  await expect(page.getByTestId('unlock-error')).toBeVisible();
});
