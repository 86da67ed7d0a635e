import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readKeySlots, unwrapWithPassphrase } from '../../electron/core/crypto/keyslots';
import { dbPath, openDatabase } from '../../electron/core/db/driver';
import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, invoke, PASSPHRASE, resetHarness, unlock } from './support/app';

// The results report's export shows progress with Cancel; Cancel leaves no file, no audit row
// and nothing in the ledger of released figures. The small register of e2e writes the report
// in a moment, so the page holds the export call back (a wrapper around window.api.invoke, as
// export-cancel.spec does) until Cancel has been clicked: the real export:cancel reaches core
// first, core remembers it, and the released call stops before it writes a byte.
// Screenshots go to test-results/results-cancel.

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/results-cancel/${name}.png` });

async function holdExportCalls(page: Page) {
  await page.evaluate(() => {
    const w = globalThis as unknown as { api: { invoke: (c: string, i: unknown) => Promise<unknown> }; heldCalls: (() => void)[] };
    const original = w.api.invoke.bind(w.api);
    w.heldCalls = [];
    w.api.invoke = (channel, input) =>
      channel === 'reports:programmeExport'
        ? new Promise((resolve) => w.heldCalls.push(() => resolve(original(channel, input))))
        : original(channel, input);
  });
}

const releaseHeldCalls = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { heldCalls: (() => void)[] }).heldCalls.splice(0).forEach((release) => release()));

async function openResults(page: Page) {
  // Away and back: the dashboard offers the results report once it has seen the courses.
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('home-nav').click();
  await page.getByTestId('dashboard-results').click();
  await page.getByTestId('results-from').fill('2026-01-01');
  await page.getByTestId('results-to').fill('2026-06-30');
  await expect(page.getByTestId('programme-table-overview')).toBeVisible();
}

async function cancelExport(page: Page, lang: 'en' | 'da') {
  await page.getByTestId('results-export').click();
  await expect(page.getByTestId('results-progress')).toBeVisible();
  await expectAccessible(page, `results export progress (${lang})`);
  await page.getByTestId('results-progress').scrollIntoViewIfNeeded();
  await shot(page, `progress-${lang}`);
  await page.getByTestId('results-progress-cancel').click();
  await expect(page.getByTestId('results-progress-cancel')).toBeDisabled();
  await releaseHeldCalls(page);
  await expect(page.getByTestId('results-export-cancelled')).toBeVisible();
  await expect(page.getByTestId('results-progress')).toHaveCount(0);
  await expectAccessible(page, `results export cancelled (${lang})`);
  await page.getByTestId('results-export-cancelled').scrollIntoViewIfNeeded();
  await shot(page, `cancelled-${lang}`);
}

test('cancelling the results report leaves no file, no audit row and nothing in the ledger', async ({ page }) => {
  test.setTimeout(120_000);
  const workDir = await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
  for (let i = 0; i < 6; i++) {
    const mentee = await invoke<{ id: number }>(page, 'mentees:save', { name: `Mentee ${i + 1}`, goals: ['job'] });
    await invoke(page, 'consents:save', {
      person: { kind: 'mentee', id: mentee.id },
      purpose: 'statistics',
      givenOn: '2026-01-01',
      method: 'signed',
    });
    await invoke(page, 'cases:open', { menteeId: mentee.id, referral: { organisationId: null, date: '2026-02-02', reason: 'Job' } });
  }
  // Once: the page is never reloaded, so the wrapper stays for the Danish run too.
  await holdExportCalls(page);
  await openResults(page);
  await cancelExport(page, 'en');
  await expect(page.getByTestId('results-export-cancelled')).toHaveText('The export was cancelled. No file was saved.');

  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await openResults(page);
  await cancelExport(page, 'da');
  await expect(page.getByTestId('results-export-cancelled')).toHaveText('Eksporten blev annulleret. Der blev ikke gemt nogen fil.');

  // The save dialogs put both files (.docx and .xlsx) in the work folder's saved/: none is there.
  expect(readdirSync(path.join(workDir, 'saved'))).toEqual([]);
  const audited = await invoke<{ total: number }>(page, 'audit:list', { filter: { action: 'report.programme-exported' } });
  expect(audited.total).toBe(0);
  const { dir } = await invoke<{ dir: string }>(page, 'register:info', {});
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('unlock-passphrase')).toBeVisible();
  const key = (await unwrapWithPassphrase(readKeySlots(dir), PASSPHRASE)).dataKey;
  const db = openDatabase(dbPath(dir), key, { create: false });
  try {
    expect(db.prepare('SELECT count(*) FROM released_cells').pluck().get()).toBe(0);
  } finally {
    db.close();
  }
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('lock-button')).toBeVisible();
});
