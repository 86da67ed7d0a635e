import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import { readKeySlots, unwrapWithPassphrase } from '../../electron/core/crypto/keyslots';
import { dbPath, openDatabase } from '../../electron/core/db/driver';
import { confirmRecoveryKey, createRegister, expectAccessible, invoke, PASSPHRASE, resetHarness, unlock } from './support/app';

// The audit log and Privacy › Disclosures served by core one page at a time (audit:page,
// disclosures:page): enough rows for three blocks of 100. Sort, filter, Ctrl+↓ to the last row,
// open it with Enter, export the filtered log; in English and Danish, axe clean. Screenshots go
// to test-results/paging-logs for a human look.

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/paging-logs/${name}.png`, fullPage: true });
const grid = (page: Page, testId: string) => page.getByTestId(testId).getByRole('grid');
const firstCell = (page: Page, testId: string) => grid(page, testId).getByRole('row').nth(1).getByRole('gridcell').first();
const focusedRow = (page: Page) =>
  page.evaluate<number>("Number(document.activeElement?.closest('[aria-rowindex]')?.getAttribute('aria-rowindex') ?? 0)");

async function open(page: Page) {
  const workDir = await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
  return workDir;
}

test('the audit log page by page: sort, filter by action, Ctrl+↓ to the end, open, export the view', async ({ page }) => {
  test.setTimeout(180_000);
  const workDir = await open(page);
  const mentee = await invoke<{ id: number; code: string }>(page, 'mentees:save', { name: 'Amina Hassan', goals: ['job'] });
  await page.evaluate(async (id) => {
    const api = (globalThis as unknown as { api: { invoke: (c: string, i: unknown) => Promise<unknown> } }).api;
    for (let i = 0; i < 240; i++) await api.invoke('mentees:get', { id, purpose: 'view' });
  }, mentee.id);
  const total = (await invoke<{ total: number }>(page, 'audit:list', {})).total;
  expect(total).toBeGreaterThan(240);

  await page.getByTestId('audit-nav').click();
  await expect(page.getByTestId('audit-count')).toHaveText(`${total} entries`);
  await expect(firstCell(page, 'audit-table')).toHaveText(String(total));
  await expectAccessible(page, 'audit log (paged)');
  await shot(page, 'audit-en');

  // Oldest first, sorted in core.
  const seq = page.getByRole('columnheader', { name: 'No.' });
  await seq.click();
  await expect(seq).toHaveAttribute('aria-sort', 'ascending');
  await expect(firstCell(page, 'audit-table')).toHaveText('1');
  await seq.click();
  await expect(seq).toHaveAttribute('aria-sort', 'descending');
  await expect(firstCell(page, 'audit-table')).toHaveText(String(total));

  // Keyboard to the last row (the oldest entry): the block at the end is read from the end.
  await firstCell(page, 'audit-table').click();
  await page.keyboard.press('Control+ArrowDown');
  await expect.poll(() => focusedRow(page)).toBe(total + 1);
  await expect(page.locator('.ag-cell-focus')).toHaveText('1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('audit-entry')).toContainText('Entry 1');
  await shot(page, 'audit-end-en');

  // Filtered by one action code, from the translated choice list; the count follows.
  await page.getByTestId('audit-action').selectOption('mentee.viewed');
  await expect(page.getByTestId('audit-count')).toHaveText('240 entries');
  await expect(page.getByTestId('audit-action-text').first()).toHaveText('Opened the mentee’s page');
  await firstCell(page, 'audit-table').click();
  await page.keyboard.press('Control+ArrowDown');
  await expect.poll(() => focusedRow(page)).toBe(241);

  // The export writes exactly the filtered view (oldest first, as the DPO format says).
  await page.getByTestId('audit-export').click();
  await expect(page.getByTestId('audit-export-saved')).toContainText('240 entries');
  const saved = path.join(workDir, 'saved');
  const { readdirSync } = await import('node:fs');
  const file = readdirSync(saved).find((f) => f.endsWith('.csv'));
  const lines = readFileSync(path.join(saved, file ?? ''), 'utf8')
    .trim()
    .split('\r\n')
    .slice(1);
  expect(lines).toHaveLength(240);
  expect(lines.every((l) => l.split(';')[4] === 'mentee.viewed')).toBe(true);
  const seqs = lines.map((l) => Number(l.split(';')[0]));
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  await shot(page, 'audit-filtered-en');

  // A group: everything about mentees, the created entry and the opened ones (not the export).
  await page.getByTestId('audit-action').selectOption('mentee');
  await expect(page.getByTestId('audit-count')).toHaveText('241 entries');

  // Danish.
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('audit-nav').click();
  await expect(page.getByRole('columnheader', { name: 'Nr.' })).toBeVisible();
  await expect(page.getByTestId('audit-count')).toHaveText(`${total + 1} linjer`);
  await expect(page.getByTestId('audit-action-text').first()).toHaveText('Eksporterede revisionsloggen');
  await page.getByTestId('audit-action').selectOption('mentee.viewed');
  await expect(page.getByTestId('audit-action-text').first()).toHaveText('Åbnede menteens side');
  await firstCell(page, 'audit-table').click();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('audit-entry')).toContainText('Linje');
  await expectAccessible(page, 'audit log (paged, da)');
  await shot(page, 'audit-da');
});

test('Privacy › Disclosures page by page: sort by person, Ctrl+↓, open, filter by partner, in English and Danish', async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1200, height: 900 });
  await open(page);
  const orgs: number[] = [];
  for (const name of ['Jobcenter Aarhus', 'Røde Kors Odense'])
    orgs.push((await invoke<{ id: number }>(page, 'organisations:save', { name })).id);
  const { dir } = await invoke<{ dir: string }>(page, 'register:info', {});

  // 230 disclosures written into the locked register (no screen makes feedback reports in bulk).
  await invoke(page, 'register:lock', { reason: 'user' });
  const key = (await unwrapWithPassphrase(readKeySlots(dir), PASSPHRASE)).dataKey;
  const db = openDatabase(dbPath(dir), key, { create: false });
  try {
    const insert = db.prepare(
      `INSERT INTO disclosures (at, person_kind, person_id, person_code, recipient_organisation_id, recipient_label, purpose, categories,
         file_name, recorded_by) VALUES (?, 'mentee', ?, ?, ?, ?, 'feedback-sharing', '["attendance"]', ?, 'owner')`,
    );
    db.transaction(() => {
      for (let i = 0; i < 230; i++) {
        const org = i % 3 === 0 ? 1 : 0;
        const day = String(1 + (i % 28)).padStart(2, '0');
        insert.run(
          `2026-11-${day}T10:${String(i % 60).padStart(2, '0')}`,
          i + 1,
          `M-${String(i).padStart(3, '0')}`,
          orgs[org],
          org ? 'Røde Kors Odense' : 'Jobcenter Aarhus',
          `report-${i}.docx`,
        );
      }
    })();
  } finally {
    db.close();
  }
  await page.goto('/');
  await unlock(page, PASSPHRASE);

  await page.getByTestId('privacy-nav').click();
  await page.getByTestId('privacy-tab-disclosures').click();
  await expect(page.getByTestId('disclosures-count')).toHaveText('230 disclosures');
  const person = page.getByRole('columnheader', { name: 'Person' });
  await person.click();
  await expect(person).toHaveAttribute('aria-sort', 'ascending');
  await expect(grid(page, 'disclosures-list').getByRole('row').nth(1).getByRole('gridcell').nth(1)).toHaveText('M-000');
  await expectAccessible(page, 'privacy disclosures (paged)');
  await shot(page, 'disclosures-en');

  await firstCell(page, 'disclosures-list').click();
  await page.keyboard.press('Control+ArrowDown');
  await expect.poll(() => focusedRow(page)).toBe(231);
  // The last block may still be loading when the focus gets there: Enter opens a loaded row.
  await expect(page.locator('[aria-rowindex="231"]').filter({ has: page.locator('.ag-cell-focus') })).toContainText('M-229');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('disclosure-detail')).toContainText('M-229 → Jobcenter Aarhus');
  await expect(page.getByTestId('disclosure-detail')).toContainText('report-229.docx');
  await shot(page, 'disclosures-end-en');

  await page.getByTestId('disclosures-partner').selectOption(String(orgs[1]));
  await expect(page.getByTestId('disclosures-count')).toHaveText('77 disclosures');
  await expect(page.getByTestId('disclosures-list')).not.toContainText('Jobcenter Aarhus');

  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('privacy-nav').click();
  await page.getByTestId('privacy-tab-disclosures').click();
  await expect(page.getByTestId('disclosures-count')).toHaveText('230 videregivelser');
  await expect(page.getByRole('columnheader', { name: 'Modtager' })).toBeVisible();
  await firstCell(page, 'disclosures-list').click();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('disclosure-detail')).toContainText('Hele videregivelsen');
  await expectAccessible(page, 'privacy disclosures (paged, da)');
  await shot(page, 'disclosures-da');
});
