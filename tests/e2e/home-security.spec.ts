import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, invoke, PASSPHRASE, resetHarness, unlock } from './support/app';

// The overview's "Recent security events" after what the old list left out: the audit anchor's
// finding and an administrator accepting it, users added, given another role and removed, all
// followed by more ordinary work than the old page of 200 rows held. Each is there in plain
// words, in English and in Danish, and the page is axe clean. Screenshots go to
// test-results/home-security.

async function shot(page: Page, name: string) {
  await page.getByTestId('audit-list').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `test-results/home-security/${name}.png` });
}

test('the overview lists anchor findings and user changes as security events, in English and Danish', async ({ page }) => {
  test.setTimeout(180_000);
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
  const { dir } = await invoke<{ dir: string }>(page, 'register:info', {});
  // The anchor in keyslots.json edited while the register was locked: unlock notices.
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('unlock-passphrase')).toBeVisible();
  const file = path.join(dir, 'keyslots.json');
  const slots = JSON.parse(readFileSync(file, 'utf8')) as { auditAnchor: { seq: number } };
  writeFileSync(file, JSON.stringify({ ...slots, auditAnchor: { ...slots.auditAnchor, seq: slots.auditAnchor.seq + 7 } }, null, 2));
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('lock-button')).toBeVisible();
  expect(await invoke<{ accepted: boolean }>(page, 'audit:acceptHead', {})).toMatchObject({ accepted: true });
  const user = await invoke<{ id: string }>(page, 'users:add', {
    displayName: 'Nora Lindqvist',
    role: 'read-only',
    passphrase: 'tåge fyrtårn sommerfugl kaffe',
  });
  await invoke(page, 'users:setRole', { id: user.id, role: 'coordinator' });
  await invoke(page, 'users:remove', { id: user.id });
  for (let i = 0; i < 210; i++) await invoke(page, 'contacts:save', { name: `Kontakt ${i} Holm` });

  await page.getByTestId('settings-nav').click();
  await page.getByTestId('home-nav').click();
  const list = page.getByTestId('audit-list');
  for (const text of [
    'User removed',
    'A user’s role changed',
    'User added',
    'An administrator accepted this copy of the audit log',
    'Register unlocked',
    'Warning: the audit log does not match its seal',
  ])
    await expect(list).toContainText(text);
  await expect(list).not.toContainText('Other event');
  await expectAccessible(page, 'overview with security events');
  await shot(page, 'home-en');

  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('home-nav').click();
  for (const text of [
    'Bruger fjernet',
    'En brugers rolle ændret',
    'Bruger tilføjet',
    'En administrator godkendte denne kopi af revisionsloggen',
    'Register låst op',
    'Advarsel: revisionsloggen passer ikke med sit segl',
  ])
    await expect(list).toContainText(text);
  await expectAccessible(page, 'overview with security events, Danish');
  await shot(page, 'home-da');
});
