import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, invoke, resetHarness } from './support/app';

// The contacts and organisations grids served by core one page at a time (contacts:page,
// organisations:page): 260 people so the list spans three blocks of 100. Sort, filter, scroll
// to the end, open a row from the keyboard, and export exactly the filtered view.
// Screenshots go to test-results/paging for a human look, in English and Danish.

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/paging/${name}.png` });
const FIRST = ['Anna', 'Bo', 'Carl', 'Dorte', 'Emil', 'Frida', 'Gustav', 'Hanne', 'Ida', 'Jens', 'Karin', 'Lars', 'Mette'];
const LAST = ['Hansen', 'Sørensen', 'Nielsen', 'Virtanen', 'Berg'];
const firstCell = (page: Page) => page.getByRole('grid').getByRole('row').nth(1).getByRole('gridcell').first();
const byName = (a: string, b: string) => a.localeCompare(b, 'en');

async function open(page: Page) {
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
}

async function seedContacts(page: Page) {
  const orgs: number[] = [];
  for (const name of ['Jobcenter Aarhus', 'Røde Kors Odense', 'NAV Bergen'])
    orgs.push((await invoke<{ id: number }>(page, 'organisations:save', { name })).id);
  const people = Array.from({ length: 260 }, (_, i) => ({
    name: `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]} ${String(i).padStart(3, '0')}`,
    email: `p${i}@example.org`,
    role: i % 3 === 0 ? 'Leder' : 'Konsulent',
    memberships: [{ organisationId: orgs[i % orgs.length] }],
  }));
  await page.evaluate(async (list) => {
    const api = (globalThis as unknown as { api: { invoke: (c: string, i: unknown) => Promise<unknown> } }).api;
    for (const p of list) await api.invoke('contacts:save', p);
  }, people);
  return people;
}

test('contacts page by page: sort, filter, scroll to the end, open, export the view', async ({ page }) => {
  test.setTimeout(150_000);
  await open(page);
  const people = await seedContacts(page);
  const sorted = people.map((p) => p.name).sort(byName);

  await page.getByTestId('contacts-nav').click();
  await expect(firstCell(page)).toHaveText(sorted[0] ?? '');
  await expectAccessible(page, 'contacts (paged)');
  await shot(page, 'contacts-en');

  // Sorted by name, descending, in core.
  await page.getByRole('columnheader', { name: 'Name' }).click();
  await expect(firstCell(page)).toHaveText(sorted[sorted.length - 1] ?? '');

  // Keyboard to the last row: the blocks after the first one load as the grid goes down.
  await firstCell(page).click();
  await page.getByTestId('detail-panel').waitFor();
  await firstCell(page).click();
  await page.keyboard.press('Control+ArrowDown');
  const focusedRow = () =>
    page.evaluate<number>("Number(document.activeElement?.closest('[aria-rowindex]')?.getAttribute('aria-rowindex') ?? 0)");
  await expect.poll(focusedRow).toBe(261);
  await expect(page.locator('.ag-cell-focus')).toHaveText(sorted[0] ?? '');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail-title')).toHaveText(sorted[0] ?? '');
  await shot(page, 'contacts-end-en');

  // The quick search goes through the full-text index: "sorensen" finds Sørensen.
  await page.getByTestId('quick-filter').fill('sorensen');
  await expect(firstCell(page)).toContainText('Sørensen');
  await page.getByTestId('quick-filter').fill('');

  // A text filter on the role column, then export exactly that view, in the grid's order.
  const role = page.getByRole('columnheader', { name: 'Role or title' });
  await role.hover();
  await role.locator('.ag-header-cell-filter-button').click();
  await page.locator('.ag-filter input[type="text"]').first().fill('leder');
  await page.keyboard.press('Escape');
  const leaders = people
    .filter((p) => p.role === 'Leder')
    .map((p) => p.name)
    .sort((a, b) => byName(b, a));
  await expect(firstCell(page)).toHaveText(leaders[0] ?? '');
  await shot(page, 'contacts-filtered-en');

  const state = (await (await page.request.get('/__harness/state')).json()) as { workDir: string };
  const file = path.join(state.workDir, 'leaders.csv');
  await page.request.post('/__harness/next-save-file', { data: { path: file } });
  await page.getByTestId('export-contacts').click();
  await page.getByTestId('export-csvSemicolon').click();
  await expect(page.getByTestId('export-saved')).toContainText(String(leaders.length));
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/).slice(1);
  expect(lines.map((l) => l.split(';')[0]?.replace(/"/g, ''))).toEqual(leaders);

  // The same list in Danish; a search that matches nothing says so.
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('contacts-nav').click();
  await expect(page.getByRole('columnheader', { name: 'Navn' })).toBeVisible();
  await expect(firstCell(page)).toHaveText(sorted[0] ?? '');
  await expectAccessible(page, 'contacts (paged, da)');
  await shot(page, 'contacts-da');
  await page.getByTestId('quick-filter').fill('zzzz');
  await expect(page.getByText('Ingen rækker passer til filteret')).toBeVisible();
});

test('organisations page by page: sorted by a count, searched, in English and Danish', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  const ids: number[] = [];
  for (let i = 0; i < 130; i++) {
    const org = { name: `Forening ${String(i).padStart(3, '0')}`, municipality: i % 2 ? 'Aarhus' : 'Oslo' };
    ids.push((await invoke<{ id: number }>(page, 'organisations:save', org)).id);
  }
  for (let i = 0; i < 3; i++) await invoke(page, 'contacts:save', { name: `Person ${i}`, memberships: [{ organisationId: ids[7] }] });

  await page.getByTestId('organisations-nav').click();
  await expect(firstCell(page)).toHaveText('Forening 000');
  const contacts = page.getByRole('columnheader', { name: 'Contact persons' });
  await contacts.click();
  await contacts.click();
  await expect(contacts).toHaveAttribute('aria-sort', 'descending');
  await expect(firstCell(page)).toHaveText('Forening 007');
  await page.getByTestId('quick-filter').fill('aarhus');
  await expect(firstCell(page)).toHaveText('Forening 007');
  // Equal counts follow the tiebreak, the id, in the same direction: the newest first.
  await expect(page.getByRole('grid').getByRole('row').nth(2).getByRole('gridcell').first()).toHaveText('Forening 129');
  await expectAccessible(page, 'organisations (paged)');
  await shot(page, 'organisations-en');

  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('organisations-nav').click();
  await expect(page.getByRole('columnheader', { name: 'Navn' })).toBeVisible();
  await expect(firstCell(page)).toHaveText('Forening 000');
  await expectAccessible(page, 'organisations (paged, da)');
  await shot(page, 'organisations-da');
});
