import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import { readKeySlots, unwrapWithPassphrase } from '../../electron/core/crypto/keyslots';
import { dbPath, openDatabase } from '../../electron/core/db/driver';
import { confirmRecoveryKey, createRegister, expectAccessible, invoke, PASSPHRASE, resetHarness, unlock } from './support/app';

// The audit anchor on the audit page: keyslots.json's anchor edited while the register was
// locked; unlock notices, and the chain check says what happened, what it means in plain words
// and that the copy may be kept ("Continue with this copy", confirmed, audited), in English and
// Danish, axe clean. A key file from another register is explained and never offered.
// Screenshots go to test-results/audit-anchor.

async function shot(page: Page, name: string) {
  await page.evaluate("document.querySelector('main')?.scrollTo(0, 0)");
  await page.screenshot({ path: `test-results/audit-anchor/${name}.png` });
}

/** A new register, locked, with `edit` applied to its folder; then unlocked and on the audit page. */
async function editedRegister(page: Page, edit: (dir: string) => Promise<void> | void): Promise<string> {
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
  const { dir } = await invoke<{ dir: string }>(page, 'register:info', {});
  await page.getByTestId('lock-button').click();
  // Locked (and the lock's anchor written) before the files are edited.
  await expect(page.getByTestId('unlock-passphrase')).toBeVisible();
  await edit(dir);
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('lock-button')).toBeVisible();
  await page.getByTestId('audit-nav').click();
  await expect(page.getByTestId('audit-table')).toBeVisible();
  return dir;
}

async function toDanish(page: Page) {
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('audit-nav').click();
  await expect(page.getByRole('heading', { name: 'Revisionslog' })).toBeVisible();
  await expect(page.getByTestId('audit-table')).toBeVisible();
}

test('an edited audit anchor is reported by the chain check, and this copy can be accepted', async ({ page }) => {
  test.setTimeout(120_000);
  await editedRegister(page, (dir) => {
    const file = path.join(dir, 'keyslots.json');
    const slots = JSON.parse(readFileSync(file, 'utf8')) as { auditAnchor: { seq: number } };
    writeFileSync(file, JSON.stringify({ ...slots, auditAnchor: { ...slots.auditAnchor, seq: slots.auditAnchor.seq + 7 } }, null, 2));
  });
  await page.getByTestId('audit-check').click();
  await expect(page.getByTestId('audit-anchor-result')).toContainText('has been edited outside Bindeled');
  await expect(page.getByTestId('audit-anchor-explain')).toContainText('you can continue with this copy');
  // The intact-chain message would say nothing was removed, which cannot be known now.
  await expect(page.getByTestId('audit-chain-result')).toHaveCount(0);
  await shot(page, 'anchor-forged-en');
  await expectAccessible(page, 'audit page with an anchor problem');
  // Asked first; Cancel changes nothing.
  await page.getByTestId('audit-anchor-accept').click();
  await expect(page.getByTestId('audit-anchor-dialog')).toContainText('Continue with this copy of the register?');
  await shot(page, 'anchor-accept-dialog-en');
  await expectAccessible(page, 'the accept dialog');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('audit-anchor-dialog')).toHaveCount(0);
  expect((await invoke<{ anchor?: unknown }>(page, 'audit:verify', {})).anchor).toMatchObject({ problem: 'forged' });

  await toDanish(page);
  await page.getByTestId('audit-check').click();
  await expect(page.getByTestId('audit-anchor-result')).toContainText('ændret uden for Bindeled');
  await expect(page.getByTestId('audit-anchor-explain')).toContainText('kan du fortsætte med denne kopi');
  await shot(page, 'anchor-forged-da');
  await expectAccessible(page, 'audit page with an anchor problem, Danish');
  await page.getByTestId('audit-anchor-accept').click();
  await expect(page.getByTestId('audit-anchor-dialog')).toContainText('Fortsæt med denne kopi af registret?');
  await shot(page, 'anchor-accept-dialog-da');
  await page.getByTestId('audit-anchor-confirm').click();
  // Accepted: the check passes again, and the acceptance is an entry of the log.
  await expect(page.getByTestId('audit-anchor-accepted')).toContainText('Du fortsætter med denne kopi');
  await expect(page.getByTestId('audit-chain-result')).toContainText('Kæden er intakt');
  await expect(page.getByTestId('audit-anchor-result')).toHaveCount(0);
  await expect(page.getByTestId('audit-action-text').first()).toContainText('Accepterede denne kopi');
  await shot(page, 'anchor-accepted-da');
  await expectAccessible(page, 'audit page after accepting, Danish');
  expect((await invoke<{ anchor?: unknown }>(page, 'audit:verify', {})).anchor).toBeUndefined();
});

test('a key file from another register is explained and cannot be accepted', async ({ page }) => {
  test.setTimeout(120_000);
  // The database's first row names another register than keyslots.json (edited with the key).
  await editedRegister(page, async (dir) => {
    const key = (await unwrapWithPassphrase(readKeySlots(dir), PASSPHRASE)).dataKey;
    const db = openDatabase(dbPath(dir), key, { create: false });
    try {
      db.exec(`DROP TRIGGER audit_log_no_update;
        UPDATE audit_log SET details = json_set(details, '$.registerId', '00000000-0000-4000-8000-000000000000')
        WHERE action = 'register.created';`);
    } finally {
      db.close();
    }
  });
  await page.getByTestId('audit-check').click();
  await expect(page.getByTestId('audit-anchor-result')).toContainText('belongs to another register');
  await expect(page.getByTestId('audit-anchor-refused')).toContainText('This cannot be accepted');
  await expect(page.getByTestId('audit-anchor-accept')).toHaveCount(0);
  await shot(page, 'anchor-foreign-en');
  await expectAccessible(page, 'audit page with a foreign key file');
  // Core refuses it too, whoever asks.
  await expect(invoke(page, 'audit:acceptHead', {})).rejects.toThrow('audit:acceptHead: KEYSLOTS_FOREIGN');

  await toDanish(page);
  await page.getByTestId('audit-check').click();
  await expect(page.getByTestId('audit-anchor-refused')).toContainText('Dette kan ikke accepteres');
  await shot(page, 'anchor-foreign-da');
  await expectAccessible(page, 'audit page with a foreign key file, Danish');
});
