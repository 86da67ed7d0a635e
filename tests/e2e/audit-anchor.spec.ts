import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, invoke, PASSPHRASE, resetHarness, unlock } from './support/app';

// The audit anchor on the audit page: keyslots.json's anchor edited while the register was
// locked; unlock notices, and the chain check says what happened and what to do, in English and
// Danish, axe clean. Screenshots go to test-results/audit-anchor.

async function shot(page: Page, name: string) {
  await page.evaluate("document.querySelector('main')?.scrollTo(0, 0)");
  await page.screenshot({ path: `test-results/audit-anchor/${name}.png` });
}

test('an edited audit anchor is reported by the chain check', async ({ page }) => {
  test.setTimeout(120_000);
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
  const { dir } = await invoke<{ dir: string }>(page, 'register:info', {});
  await page.getByTestId('lock-button').click();
  // Locked (and the lock's anchor written) before the file is edited.
  await expect(page.getByTestId('unlock-passphrase')).toBeVisible();

  const file = path.join(dir, 'keyslots.json');
  const slots = JSON.parse(readFileSync(file, 'utf8')) as { auditAnchor: { seq: number } };
  writeFileSync(file, JSON.stringify({ ...slots, auditAnchor: { ...slots.auditAnchor, seq: slots.auditAnchor.seq + 7 } }, null, 2));

  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('lock-button')).toBeVisible();
  await page.getByTestId('audit-nav').click();
  await expect(page.getByTestId('audit-table')).toBeVisible();
  await page.getByTestId('audit-check').click();
  await expect(page.getByTestId('audit-anchor-result')).toContainText('has been edited outside Bindeled');
  // The intact-chain message would say nothing was removed, which cannot be known now.
  await expect(page.getByTestId('audit-chain-result')).toHaveCount(0);
  await shot(page, 'anchor-forged-en');
  await expectAccessible(page, 'audit page with an anchor problem');

  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('audit-nav').click();
  await expect(page.getByRole('heading', { name: 'Revisionslog' })).toBeVisible();
  await expect(page.getByTestId('audit-table')).toBeVisible();
  await page.getByTestId('audit-check').click();
  await expect(page.getByTestId('audit-anchor-result')).toContainText('ændret uden for Bindeled');
  await shot(page, 'anchor-forged-da');
  await expectAccessible(page, 'audit page with an anchor problem, Danish');
});
