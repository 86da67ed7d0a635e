import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, invoke, resetHarness } from './support/app';

// Possible duplicates, as a coordinator meets them: a Windows-1252 sheet with namesakes at one
// organisation (different e-mail) and one exact repeat. The check step counts the namesakes and
// says they will be imported; the summary offers the review; one pair is merged (confirmed), the
// other kept as two people; the contacts toolbar's badge goes when nothing is left. In English
// and in Danish, axe on the review and the merge dialog. Screenshots go to test-results/import-duplicates.

const out = mkdtempSync(path.join(os.tmpdir(), 'bindeled-dups-e2e-'));
const SHOTS = 'test-results/import-duplicates';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

/** Two Anne Holms and two Jens Bergs (same organisation, other e-mail), Bo Lund twice with the same e-mail. */
function sheet(): string {
  const file = path.join(out, 'kontakter.csv');
  const rows = [
    'Navn;Organisation;Email;Tlf',
    'Anne Holm;Røde Kors Århus;anne@rodekors.dk;',
    'Anne Holm;Røde Kors Århus;a.holm@privat.dk;+45 20 30 40 50',
    'Jens Bæk;Jobcenter Aarhus;jens.baek@aarhus.dk;',
    'Jens Bæk;Jobcenter Aarhus;jb@mail.dk;',
    'Bo Lund;Mødrehjælpen;bo@moedrehjaelpen.dk;',
    'Bo Lund;Mødrehjælpen; BO@moedrehjaelpen.dk ;',
  ];
  // Windows-1252, as Excel saves it: æ, ø and å are single bytes (latin1 holds them at the same codes).
  writeFileSync(file, Buffer.from(`${rows.join('\r\n')}\r\n`, 'latin1'));
  return file;
}

const TEXT = {
  en: {
    note: 'imported as new contact persons',
    summary: '2 possible duplicates were imported',
    merged: 'Merged',
    kept: 'Kept both',
    empty: 'No possible duplicates to review',
    confirm: 'cannot be undone',
  },
  da: {
    note: 'importeres som nye kontaktpersoner',
    summary: '2 mulige dubletter blev importeret',
    merged: 'Flettet',
    kept: 'Begge er beholdt',
    empty: 'Ingen mulige dubletter at gennemgå',
    confirm: 'kan ikke fortrydes',
  },
} as const;

async function count(page: Page, list: string, key: string): Promise<number> {
  const text = await page.getByTestId(`${list}-${key}`).locator('dd').innerText();
  return Number(text.replace(/\D/g, ''));
}

async function contacts(page: Page): Promise<{ id: number; name: string; email: string }[]> {
  return invoke(page, 'contacts:list', { includeArchived: true });
}

for (const lang of ['en', 'da'] as const) {
  test(`possible duplicates are counted, imported and reviewed: merge one, keep both on the other (${lang})`, async ({ page }) => {
    const text = TEXT[lang];
    await resetHarness(page);
    await page.goto('/');
    await confirmRecoveryKey(page, await createRegister(page));
    if (lang === 'da') {
      await page.getByTestId('settings-nav').click();
      await page.getByTestId('language-select').first().selectOption('da');
    }
    await page.getByTestId('contacts-nav').click();
    // Nothing to review yet: no badge.
    await expect(page.getByTestId('import-contacts')).toBeVisible();
    await expect(page.getByTestId('duplicates-button')).toBeHidden();

    await page.getByTestId('import-contacts').click();
    await page.request.post('/__harness/next-file', { data: { path: sheet() } });
    await page.getByTestId('import-choose-file').click();
    await expect(page.getByTestId('import-encoding')).toContainText('1252');
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-next').click();

    // Before writing: two possible duplicates, explained, and the one exact repeat.
    await expect(page.getByTestId('import-counts')).toBeVisible();
    expect(await count(page, 'import-counts', 'possibleDuplicates')).toBe(2);
    expect(await count(page, 'import-counts', 'duplicatesInFile')).toBe(1);
    await expect(page.getByTestId('import-possible-note')).toContainText(text.note);
    await expect(page.getByTestId('remark-row-3')).toContainText(lang === 'en' ? 'row 2' : 'række 2');
    await expectAccessible(page, `import: check with possible duplicates (${lang})`);
    await shot(page, `check-${lang}`);
    await page.getByTestId('import-run').click();

    // After: five people (the exact repeat skipped), and the way to the review.
    await expect(page.getByTestId('import-finished')).toBeVisible();
    expect(await count(page, 'import-summary', 'created')).toBe(5);
    await expect(page.getByTestId('import-possible-duplicates')).toContainText(text.summary);
    await shot(page, `summary-${lang}`);
    await page.getByTestId('import-review-duplicates').click();

    // The review: the first pair side by side, the e-mail marked as differing, the name not.
    const review = page.getByTestId('duplicate-review');
    await expect(review).toBeVisible();
    await expect(page.getByTestId('import-wizard')).toBeHidden();
    await expect(page.getByTestId('duplicate-position')).toContainText('1');
    await expect(page.getByTestId('pair-left-name')).toHaveText('Anne Holm');
    await expect(page.getByTestId('pair-left-email')).toHaveText('anne@rodekors.dk');
    await expect(page.getByTestId('pair-right-email')).toHaveText('a.holm@privat.dk');
    await expect(page.getByTestId('pair-field-email')).toHaveAttribute('data-differs', 'true');
    await expect(page.getByTestId('pair-field-phone')).toHaveAttribute('data-differs', 'true');
    await expect(page.getByTestId('pair-field-name')).not.toHaveAttribute('data-differs', 'true');
    await expectAccessible(page, `duplicate review (${lang})`);
    await shot(page, `review-${lang}`);

    // Merge into the left one, from the keyboard; the dialog says what moves and that it is final.
    await page.getByTestId('merge-into-left').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('merge-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('a.holm@privat.dk');
    await expect(dialog).toContainText(text.confirm);
    await expect(page.getByTestId('merge-moves').locator('li')).toHaveCount(4);
    await expectAccessible(page, `merge dialog (${lang})`);
    await shot(page, `merge-dialog-${lang}`);
    // Cancel changes nothing; then merge for real.
    await page.getByTestId('merge-cancel').click();
    await expect(dialog).toBeHidden();
    expect(await contacts(page)).toHaveLength(5);
    await page.getByTestId('merge-into-left').click();
    await page.getByTestId('merge-confirm').click();
    await expect(page.getByTestId('duplicate-notice')).toContainText(text.merged);
    const afterMerge = await contacts(page);
    expect(afterMerge).toHaveLength(4);
    expect(afterMerge.filter((c) => c.name === 'Anne Holm').map((c) => c.email)).toEqual(['anne@rodekors.dk']);
    // The list behind the dialog is read again at once: its badge counts the one pair left.
    await expect(page.getByTestId('duplicates-count')).toHaveText('1');

    // The second pair: two different people, kept both.
    await expect(page.getByTestId('pair-left-name')).toHaveText('Jens Bæk');
    await page.getByTestId('keep-both').click();
    await expect(page.getByTestId('duplicate-notice')).toContainText(text.kept);
    await expect(page.getByTestId('duplicates-empty')).toContainText(text.empty);
    await expectAccessible(page, `duplicate review, nothing left (${lang})`);
    await shot(page, `review-empty-${lang}`);
    await page.getByTestId('duplicate-review-close').click();
    await expect(review).toBeHidden();

    // Four people; both Jens Bæk stay; the badge is gone.
    const final = await contacts(page);
    expect(final).toHaveLength(4);
    expect(final.filter((c) => c.name === 'Jens Bæk')).toHaveLength(2);
    await expect(page.getByTestId('duplicates-button')).toBeHidden();
    await page.getByTestId('quick-filter').fill('Anne Holm');
    await expect(page.getByRole('gridcell', { name: 'anne@rodekors.dk' })).toBeVisible();
    await expect(page.getByRole('gridcell', { name: 'a.holm@privat.dk' })).toBeHidden();
  });
}

test('the contacts toolbar shows the open pairs and opens the same review', async ({ page }) => {
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
  await page.getByTestId('contacts-nav').click();
  await page.getByTestId('import-contacts').click();
  await page.request.post('/__harness/next-file', { data: { path: sheet() } });
  await page.getByTestId('import-choose-file').click();
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-run').click();
  await page.getByTestId('import-close').click();

  // The badge counts the two open pairs and names them for screen readers.
  const button = page.getByTestId('duplicates-button');
  await expect(button).toBeVisible();
  await expect(page.getByTestId('duplicates-count')).toHaveText('2');
  await expect(button).toHaveAccessibleName('2 possible duplicates to review');
  await expectAccessible(page, 'contacts with the duplicates badge');
  await shot(page, 'contacts-badge-en');
  await button.click();
  await expect(page.getByTestId('duplicate-position')).toHaveText('Pair 1 of 2');
  await page.getByTestId('duplicate-next').click();
  await expect(page.getByTestId('duplicate-position')).toHaveText('Pair 2 of 2');
  await expect(page.getByTestId('pair-left-name')).toHaveText('Jens Bæk');

  // A pair decided behind the screen's back (here: a contact deleted) is refused with a translated error and the list refreshed.
  const pairs = await invoke<{ left: { id: number }; right: { id: number } }[]>(page, 'contacts:duplicatePairs', {});
  await invoke(page, 'contacts:delete', { id: pairs[1]!.right.id });
  await page.getByTestId('keep-both').click();
  await expect(page.getByTestId('duplicate-error')).toContainText('already been decided');
  await expect(page.getByTestId('duplicate-position')).toHaveText('Pair 1 of 1');
  await expect(page.getByTestId('pair-left-name')).toHaveText('Anne Holm');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('duplicate-review')).toBeHidden();
  await expect(page.getByTestId('duplicates-count')).toHaveText('1');
});
