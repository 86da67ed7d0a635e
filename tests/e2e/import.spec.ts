import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, resetHarness } from './support/app';

// Import, export and the partner directory through the UI against the real core: the Danish
// Excel fixture through every wizard step, a second import that finds everyone already there, a
// cancelled import that leaves nothing behind, a CSV export and the directory .docx.
// Screenshots go to test-results/import for a human look.

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/partners_da_excel.csv');
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/import/${name}.png`, fullPage: true });
const out = mkdtempSync(path.join(os.tmpdir(), 'bindeled-import-e2e-'));

async function openRegister(page: Page) {
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
}

async function nextFile(page: Page, file: string | null) {
  await page.request.post('/__harness/next-file', { data: { path: file } });
}

async function nextSaveFile(page: Page, file: string | null) {
  await page.request.post('/__harness/next-save-file', { data: { path: file } });
}

/** The number shown under a label in a row of counts. */
async function count(page: Page, list: string, key: string): Promise<number> {
  const text = await page.getByTestId(`${list}-${key}`).locator('dd').innerText();
  return Number(text.replace(/\D/g, ''));
}

/** What the fixture holds, read independently of Bindeled: 205 people; rows 202–204 repeat earlier e-mails. */
const FILE = { dataRows: 205, repeatedEmails: [202, 203, 204] };

test('import the Danish Excel file through the wizard, then find the people in the list', async ({ page }) => {
  await openRegister(page);
  await page.getByTestId('contacts-nav').click();

  // Step 1.
  await page.getByTestId('import-contacts').click();
  await expect(page.getByTestId('import-step')).toHaveText('Step 1 of 5: Choose a file');
  await expectAccessible(page, 'import: file');

  // Step 2: the file as Bindeled reads it, encoding and delimiter in words.
  await nextFile(page, FIXTURE);
  await page.getByTestId('import-choose-file').click();
  await expect(page.getByTestId('import-encoding')).toContainText('Windows-1252');
  await expect(page.getByTestId('import-delimiter')).toHaveText('semicolons (;)');
  await expect(page.getByTestId('import-row-count')).toHaveText(String(FILE.dataRows));
  await expect(page.getByTestId('import-sample')).toContainText('Æblehaven Beboerforening');
  await expectAccessible(page, 'import: preview');
  await shot(page, 'preview-en');
  await page.getByTestId('import-next').click();

  // Step 3: suggestions from the Danish headers, pre-selected.
  await expect(page.getByTestId('mapping-suggested')).toBeVisible();
  await expect(page.getByTestId('mapping-0')).toHaveValue('name'); // Navn
  await expect(page.getByTestId('mapping-1')).toHaveValue('organisation'); // Organisation
  await expect(page.getByTestId('mapping-2')).toHaveValue('email'); // Email
  await expect(page.getByTestId('mapping-3')).toHaveValue('phone'); // Tlf
  await expectAccessible(page, 'import: mapping');
  await shot(page, 'mapping-en');
  await page.getByTestId('import-next').click();

  // Step 4: the repeated e-mails are found; skip by default, but update with row 204.
  await expect(page.getByTestId('import-counts')).toBeVisible();
  expect(await count(page, 'import-counts', 'rows')).toBe(FILE.dataRows);
  expect(await count(page, 'import-counts', 'rejected')).toBe(0);
  expect(await count(page, 'import-counts', 'duplicatesInRegister')).toBe(0);
  const inFile = await count(page, 'import-counts', 'duplicatesInFile');
  expect(inFile).toBeGreaterThanOrEqual(FILE.repeatedEmails.length);
  for (const row of FILE.repeatedEmails) await expect(page.getByTestId(`remark-row-${row}`)).toContainText('same e-mail');
  await expect(page.getByTestId('policy-skip')).toBeChecked();
  await page.getByTestId('row-action-204').selectOption('update');
  await expectAccessible(page, 'import: check');
  await shot(page, 'check-en');
  await page.getByTestId('import-run').click();

  // Step 5: the summary adds up to the file.
  await expect(page.getByTestId('import-finished')).toBeVisible();
  expect(await count(page, 'import-summary', 'rowsRead')).toBe(FILE.dataRows);
  expect(await count(page, 'import-summary', 'updated')).toBe(1);
  expect(await count(page, 'import-summary', 'skippedDuplicates')).toBe(inFile - 1);
  expect(await count(page, 'import-summary', 'rejected')).toBe(0);
  expect(await count(page, 'import-summary', 'created')).toBe(FILE.dataRows - inFile);
  await expectAccessible(page, 'import: summary');
  await shot(page, 'summary-en');
  await page.getByTestId('import-close').click();

  // The people are in the list, names intact.
  await expect(page.getByTestId('import-wizard')).toBeHidden();
  await shot(page, 'after-import-en');
  await page.getByTestId('quick-filter').fill('Bo Lund');
  await expect(page.getByRole('gridcell', { name: 'Bo Lund' })).toBeVisible();
  await page.getByTestId('quick-filter').fill('Ærø Jensen-Møller');
  await expect(page.getByRole('gridcell', { name: 'Ærø Jensen-Møller' })).toBeVisible();

  // The same file again, in Danish: the mapping is remembered and everyone is already there.
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('contacts-nav').click();
  await page.getByTestId('import-contacts').click();
  await nextFile(page, FIXTURE);
  await page.getByTestId('import-choose-file').click();
  await expect(page.getByTestId('import-delimiter')).toHaveText('semikolon (;)');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('mapping-remembered')).toContainText('Husket fra sidst');
  await shot(page, 'mapping-da');
  await page.getByTestId('import-next').click();
  expect(await count(page, 'import-counts', 'duplicatesInRegister')).toBeGreaterThanOrEqual(FILE.dataRows - inFile);
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-finished')).toHaveText('Importen er færdig.');
  expect(await count(page, 'import-summary', 'created')).toBe(0);
  expect(await count(page, 'import-summary', 'skippedDuplicates')).toBe(FILE.dataRows);
  await expectAccessible(page, 'import: summary (da)');
  await shot(page, 'summary-da');
});

test('a cancelled import leaves nothing behind and says so', async ({ page }) => {
  // Big enough that the import is still running when Cancel is pressed.
  const big = path.join(out, 'many.csv');
  const lines = ['Name,Organisation,Email,Phone'];
  for (let i = 0; i < 40_000; i++) lines.push(`Person ${i} Ødegård,Org ${i % 400},p${i}@example.org,${20_000_000 + i}`);
  writeFileSync(big, `${lines.join('\r\n')}\r\n`);

  await openRegister(page);
  await page.getByTestId('contacts-nav').click();
  await page.getByTestId('import-contacts').click();
  await nextFile(page, big);
  await page.getByTestId('import-choose-file').click();
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-counts')).toBeVisible();
  await expect(page.getByTestId('import-partial')).toBeHidden();
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-running')).toBeVisible();
  await shot(page, 'running-en');
  await expectAccessible(page, 'import: running');
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-cancelled')).toContainText('Nothing was imported');
  await expectAccessible(page, 'import: cancelled');
  await shot(page, 'cancelled-en');
  await page.getByTestId('import-close').click();
  // Read the lists afresh from core: no people and no organisations were left behind.
  await page.getByTestId('organisations-nav').click();
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.getByTestId('contacts-nav').click();
  await expect(page.getByTestId('empty-state')).toBeVisible();
});

test('rejected rows are listed with row number and reason, and saved as an error file', async ({ page }) => {
  const file = path.join(out, 'with-errors.csv');
  const rows = [
    'Navn;E-post;Organisasjon',
    'Kari Nordmann;kari@nav.no;NAV Grünerløkka',
    ';ingen@navn.no;NAV Grünerløkka',
    'Ola Hansen;ikke-en-adresse;NAV Grünerløkka',
  ];
  writeFileSync(file, `${rows.join('\n')}\n`);
  const errors = path.join(out, 'feil.csv');

  await openRegister(page);
  await page.getByTestId('contacts-nav').click();
  // Keyboard only to the preview: the dialog puts focus on its first action.
  await page.getByTestId('import-contacts').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-choose-file')).toBeFocused();
  await nextFile(page, file);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-facts')).toBeVisible();
  await page.getByTestId('import-next').click();
  // Norwegian headers are recognised; without a name column the wizard will not go on.
  await expect(page.getByTestId('mapping-1')).toHaveValue('email');
  await page.getByTestId('mapping-0').selectOption('');
  await expect(page.getByTestId('mapping-name-missing')).toBeVisible();
  await expect(page.getByTestId('import-next')).toBeDisabled();
  await page.getByTestId('mapping-0').selectOption('name');
  await page.getByTestId('import-next').click();
  expect(await count(page, 'import-counts', 'rejected')).toBe(2);
  await expect(page.getByTestId('remark-row-3')).toContainText('Name is empty');
  await expect(page.getByTestId('remark-row-4')).toContainText('E-mail is not a valid e-mail address');
  await page.getByTestId('import-run').click();
  expect(await count(page, 'import-summary', 'created')).toBe(1);
  expect(await count(page, 'import-summary', 'rejected')).toBe(2);
  await expect(page.getByTestId('import-rejected')).toContainText('Name is empty');
  await nextSaveFile(page, errors);
  await page.getByTestId('import-save-errors').click();
  await expect(page.getByTestId('import-errors-saved')).toContainText('feil.csv');
  const saved = readFileSync(errors, 'utf8');
  expect(saved).toContain('Ola Hansen');
  expect(saved).toContain('E-mail is not a valid e-mail address');
});

test('import organisations from the organisations list', async ({ page }) => {
  const file = path.join(out, 'organisationer.csv');
  writeFileSync(
    file,
    '\uFEFFNavn;Kommune;Hjemmeside;Sådan arbejder vi\r\nLektiecafé Vollsmose;Odense;https://lektie.example;Frivillige hjælper med lektier\r\nKvindenetværket;Aarhus;;\r\n',
  );
  await openRegister(page);
  await page.getByTestId('organisations-nav').click();
  await page.getByTestId('import-organisations').click();
  await expect(page.getByRole('dialog')).toContainText('Import organisations');
  await nextFile(page, file);
  await page.getByTestId('import-choose-file').click();
  await expect(page.getByTestId('import-encoding')).toHaveText('Unicode text (UTF-8 with byte order mark)');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('mapping-0')).toHaveValue('name');
  await expect(page.getByTestId('mapping-1')).toHaveValue('municipality');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-counts')).toBeVisible();
  await page.getByTestId('import-run').click();
  expect(await count(page, 'import-summary', 'created')).toBe(2);
  await page.getByTestId('import-close').click();
  await expect(page.getByRole('gridcell', { name: 'Lektiecafé Vollsmose' })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'Kvindenetværket' })).toBeVisible();
});

test('export contacts to CSV for Excel and make the partner directory', async ({ page }) => {
  await openRegister(page);
  await page.getByTestId('contacts-nav').click();
  await page.getByTestId('import-contacts').click();
  await nextFile(page, FIXTURE);
  await page.getByTestId('import-choose-file').click();
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-finished')).toBeVisible();
  await page.getByTestId('import-close').click();

  mkdirSync(out, { recursive: true });
  const csv = path.join(out, 'kontakter.csv');
  await nextSaveFile(page, csv);
  await page.getByTestId('export-contacts').click();
  await page.getByTestId('export-csvSemicolon').click();
  await expect(page.getByTestId('export-saved')).toContainText('kontakter.csv');
  const bytes = readFileSync(csv);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const header = bytes.subarray(3).toString('utf8').split(/\r?\n/)[0] ?? '';
  expect(header).toContain(';');
  expect(bytes.toString('utf8')).toContain('Ærø Jensen-Møller');

  const docx = path.join(out, 'partneroversigt.docx');
  await page.getByTestId('organisations-nav').click();
  await page.getByTestId('export-organisations').click();
  await page.getByTestId('directory-button').click();
  await expect(page.getByTestId('directory-dialog')).toBeVisible();
  await expectAccessible(page, 'directory dialog');
  await nextSaveFile(page, docx);
  await page.getByTestId('directory-generate').click();
  await expect(page.getByTestId('export-saved')).toContainText('partneroversigt.docx');
  expect(existsSync(docx)).toBe(true);
  expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
  await shot(page, 'directory-saved');
});
