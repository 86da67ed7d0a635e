import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, resetHarness } from './support/app';

// The mentees, mentors and courses grids served by core one page at a time (mentees:page,
// mentors:page, cases:page): 230 mentees and 130 mentors, so the lists span several blocks of
// 100. Sort, filter, Ctrl+↓ to the end, Enter opens; names found only while shown. English and
// Danish; screenshots go to test-results/paging-mentoring for a human look.

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/paging-mentoring/${name}.png` });
const FIRST = ['Amina', 'Bashir', 'Carla', 'Dawit', 'Esra', 'Farah', 'Goran', 'Hiba', 'Ivan', 'Jamal', 'Kateryna'];
const LAST = ['Hassan', 'Rahimi', 'Mendes', 'Tesfaye', 'Yilmaz', 'Noor', 'Petrović'];
const TOWNS = ['Aarhus', 'Odense', 'Tampere'];
const firstCell = (page: Page) => page.getByRole('grid').getByRole('row').nth(1).getByRole('gridcell').first();
const focusedRow = (page: Page) =>
  page.evaluate<number>("Number(document.activeElement?.closest('[aria-rowindex]')?.getAttribute('aria-rowindex') ?? 0)");
const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

interface Seeded {
  mentees: { id: number; code: string; name: string; municipality: string }[];
  mentors: { id: number; name: string; municipality: string }[];
  courses: { id: number; code: string }[];
}

async function open(page: Page): Promise<Seeded> {
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
  const people = Array.from({ length: 230 }, (_, i) => ({
    name: `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]} ${String(i).padStart(3, '0')}`,
    municipality: TOWNS[i % TOWNS.length] as string,
    birthYear: 1960 + (i % 40),
  }));
  const mentors = Array.from({ length: 130 }, (_, i) => ({
    name: `Mentor ${String(i).padStart(3, '0')} ${LAST[i % LAST.length]}`,
    municipality: TOWNS[i % TOWNS.length] as string,
  }));
  return page.evaluate(
    async ({ people, mentors }) => {
      const api = (globalThis as unknown as { api: { invoke: (c: string, i: unknown) => Promise<{ value: never }> } }).api;
      const seeded: Seeded = { mentees: [], mentors: [], courses: [] };
      for (const p of people) {
        const saved = (await api.invoke('mentees:save', p)).value as { id: number; code: string };
        seeded.mentees.push({ ...p, id: saved.id, code: saved.code });
      }
      for (const m of mentors) seeded.mentors.push({ ...m, id: ((await api.invoke('mentors:save', m)).value as { id: number }).id });
      for (const m of seeded.mentees.slice(0, 210)) {
        const referral = { organisationId: null, contactId: null, date: '2026-01-05', reason: 'Job' };
        const course = (await api.invoke('cases:open', { menteeId: m.id, referral })).value as { id: number };
        seeded.courses.push({ id: course.id, code: m.code });
      }
      return seeded;
    },
    { people, mentors },
  );
}

async function toDanish(page: Page) {
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
}

/**
 * From the first row, Ctrl+↓ goes to the last one (its blocks load on the way); Enter opens it.
 * The courses list opens a course on a click, so there the first cell only takes the focus.
 */
async function toTheEnd(page: Page, rows: number, last: string, focusOnly = false) {
  if (focusOnly) await firstCell(page).focus();
  else {
    await firstCell(page).click();
    await firstCell(page).click();
  }
  await page.keyboard.press('Control+ArrowDown');
  await expect.poll(() => focusedRow(page)).toBe(rows + 1);
  await expect(page.locator('.ag-cell-focus')).toHaveText(last);
  await page.keyboard.press('Enter');
}

async function filterColumn(page: Page, header: string, text: string) {
  const column = page.getByRole('columnheader', { name: header });
  await column.hover();
  await column.locator('.ag-header-cell-filter-button').click();
  await page.locator('.ag-filter input[type="text"]').first().fill(text);
  await page.keyboard.press('Escape');
}

test('mentees page by page: by code, to the end, opened by Enter, names searched only when shown', async ({ page }) => {
  test.setTimeout(240_000);
  const s = await open(page);
  const codes = s.mentees.map((m) => m.code).sort();
  await page.getByTestId('mentees-nav').click();
  await expect(firstCell(page)).toHaveText(codes[0] ?? '');
  await expectAccessible(page, 'mentees (paged)');
  await shot(page, 'mentees-en');

  await page.getByRole('columnheader', { name: 'Code' }).click();
  await expect(page.getByRole('columnheader', { name: 'Code' })).toHaveAttribute('aria-sort', 'descending');
  await expect(firstCell(page)).toHaveText(codes[codes.length - 1] ?? '');
  await toTheEnd(page, 230, codes[0] ?? '');
  const first = s.mentees.find((m) => m.code === codes[0]);
  await expect(page.getByTestId('detail-title')).toHaveText(first?.name ?? '');
  await shot(page, 'mentees-end-en');

  // The quick search through the index: a place finds its mentees, in the grid's order.
  await page.getByTestId('quick-filter').fill('odense');
  const odense = s.mentees.filter((m) => m.municipality === 'Odense').map((m) => m.code);
  await expect(firstCell(page)).toHaveText(odense.sort(desc)[0] ?? '');
  // A name finds nothing while names are hidden, and its mentee once they are shown.
  const someone = s.mentees[17] as Seeded['mentees'][number];
  await page.getByTestId('quick-filter').fill(someone.name);
  await expect(page.getByText('No rows match the filter')).toBeVisible();
  await page.getByTestId('show-names').click();
  await expect(firstCell(page)).toHaveText(someone.code);
  await expect(page.getByRole('gridcell', { name: someone.name })).toBeVisible();
  await page.getByTestId('show-names').click();
  await page.getByTestId('quick-filter').fill('');

  await toDanish(page);
  await page.getByTestId('mentees-nav').click();
  await expect(page.getByRole('columnheader', { name: 'Kode' })).toBeVisible();
  await expect(firstCell(page)).toHaveText(codes[0] ?? '');
  await expectAccessible(page, 'mentees (paged, da)');
  await shot(page, 'mentees-da');
});

test('mentors page by page: by name, a column filter, ended ones on request, to the end', async ({ page }) => {
  test.setTimeout(240_000);
  const s = await open(page);
  const names = s.mentors.map((m) => m.name);
  await page.evaluate(async (id) => {
    const api = (globalThis as unknown as { api: { invoke: (c: string, i: unknown) => Promise<unknown> } }).api;
    await api.invoke('mentors:setStatus', { id, status: 'ended' });
  }, s.mentors[0]?.id);
  await page.getByTestId('mentors-nav').click();
  // The ended mentor is left out until asked for.
  await expect(firstCell(page)).toHaveText(names[1] ?? '');
  await page.getByTestId('show-archived').click();
  await expect(firstCell(page)).toHaveText(names[0] ?? '');
  await expectAccessible(page, 'mentors (paged)');
  await shot(page, 'mentors-en');

  await page.getByRole('columnheader', { name: 'Name' }).click();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(firstCell(page)).toHaveText(names[129] ?? '');
  await toTheEnd(page, 130, names[0] ?? '');
  await expect(page.getByTestId('detail-title')).toHaveText(names[0] ?? '');

  await filterColumn(page, 'Municipality', 'tamp');
  const tampere = s.mentors.filter((m) => m.municipality === 'Tampere').map((m) => m.name);
  await expect(firstCell(page)).toHaveText(tampere[tampere.length - 1] ?? '');
  await shot(page, 'mentors-filtered-en');

  await toDanish(page);
  await page.getByTestId('mentors-nav').click();
  await expect(page.getByRole('columnheader', { name: 'Navn' })).toBeVisible();
  await expect(firstCell(page)).toHaveText(names[1] ?? '');
  await expectAccessible(page, 'mentors (paged, da)');
  await shot(page, 'mentors-da');
});

test('courses page by page: by code, a status chip, to the end, Enter opens the course', async ({ page }) => {
  test.setTimeout(240_000);
  const s = await open(page);
  const moved = s.courses.slice(0, 3);
  await page.evaluate(
    async (ids) => {
      const api = (globalThis as unknown as { api: { invoke: (c: string, i: unknown) => Promise<unknown> } }).api;
      for (const id of ids) await api.invoke('cases:transition', { id, to: 'intake', date: '2026-01-12' });
    },
    moved.map((c) => c.id),
  );
  const codes = s.courses.map((c) => c.code).sort();
  await page.getByTestId('cases-nav').click();
  await expect(page.getByTestId('status-chip-all')).toContainText('210');
  await expect(page.getByTestId('status-chip-intake')).toContainText('3');
  // Status first, in lifecycle order: the referred courses, oldest first.
  await expect(firstCell(page)).toHaveText(s.courses[3]?.code ?? '');
  await expectAccessible(page, 'courses (paged)');
  await shot(page, 'cases-en');

  await page.getByRole('columnheader', { name: 'Mentee code' }).click();
  await expect(firstCell(page)).toHaveText(codes[0] ?? '');
  await toTheEnd(page, 210, codes[209] ?? '', true);
  await expect(page.getByTestId('case-title')).toContainText(codes[209] ?? '');
  await page.getByTestId('case-back').click();

  // Back from a course the list starts again in its own order: status, then the oldest first
  // (the three moved courses were opened on the same day, so in the order they were opened).
  await page.getByTestId('status-chip-intake').click();
  await expect(page.getByRole('columnheader', { name: 'Status', exact: true })).toHaveAttribute('aria-sort', 'ascending');
  await expect(firstCell(page)).toHaveText(moved[0]?.code ?? '');
  await expect(page.getByRole('grid').getByRole('row')).toHaveCount(4);
  await page.getByTestId('status-chip-all').click();
  await page.getByTestId('quick-filter').fill('tampere');
  const tampere = new Set(s.mentees.filter((m) => m.municipality === 'Tampere').map((m) => m.code));
  const firstReferred = s.courses.find((c, i) => i >= moved.length && tampere.has(c.code));
  await expect(firstCell(page)).toHaveText(firstReferred?.code ?? '');
  await shot(page, 'cases-filtered-en');
  await page.getByTestId('quick-filter').fill('');

  await toDanish(page);
  await page.getByTestId('cases-nav').click();
  await expect(page.getByRole('columnheader', { name: 'Mentee-kode' })).toBeVisible();
  await expect(page.getByTestId('status-chip-all')).toContainText('210');
  await expectAccessible(page, 'courses (paged, da)');
  await shot(page, 'cases-da');
});
