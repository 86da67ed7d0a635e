import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, resetHarness, invoke } from './support/app';

// Erasure with its preview from the mentee page (queue, preview, choose, confirm, gone), the
// erasure queue with removal by reason, and retention: the policy, the calendar, a dry run and
// the confirmed run. People are seeded through the contract; their own screens are tested
// elsewhere. Screenshots go to test-results/erasure for a human look (English and Finnish).

async function shot(page: Page, name: string) {
  await page.evaluate("document.querySelector('main')?.scrollTo(0, document.querySelector('main')?.scrollHeight ?? 0)");
  await page.screenshot({ path: `test-results/erasure/${name}.png` });
}

async function openRegister(page: Page) {
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
}

/** A mentee whose one course ran from `from` and closed on `closed` (the person moved away). */
async function menteeWithClosedCourse(page: Page, name: string, from: string, closed: string) {
  const m = await invoke<{ id: number; code: string }>(page, 'mentees:save', { name, municipality: 'Aarhus', goals: ['job'] });
  const c = await invoke<{ id: number }>(page, 'cases:open', {
    menteeId: m.id,
    referral: { organisationId: null, contactId: null, date: from, reason: `Referred ${name}` },
  });
  await invoke(page, 'cases:transition', { id: c.id, to: 'intake', date: from });
  await invoke(page, 'cases:transition', {
    id: c.id,
    to: 'closed',
    date: closed,
    closing: { outcome: 'moved', evaluation: `${name} moved` },
  });
  return m;
}

async function language(page: Page, lng: 'en' | 'fi') {
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption(lng);
}

test('erasure with its preview from the mentee page', async ({ page }) => {
  await openRegister(page);
  const amina = await menteeWithClosedCourse(page, 'Amina Qwzmarker', '2026-01-05', '2026-03-01');
  const other = await menteeWithClosedCourse(page, 'Hodan Ali', '2026-01-05', '2026-03-01');

  await page.getByTestId('mentees-nav').click();
  await page.getByRole('gridcell', { name: amina.code }).click();
  const section = page.getByTestId('erasure-section');
  await expect(section).toBeVisible();
  await section.getByTestId('erasure-request').click();
  await expect(section.getByTestId('erasure-queued')).toBeVisible();

  await section.getByTestId('erasure-open').click();
  const dialog = page.getByTestId('erase-dialog');
  await expect(dialog).toContainText(`Erase or anonymise ${amina.code}`);
  // Anonymising is offered first: the course stays for the statistics, its texts go.
  await expect(dialog.getByTestId('step-cases-blank')).toContainText('Dates, statuses, outcome and referring organisation kept');
  await expect(dialog.getByTestId('step-mentees-blank')).toContainText('A new code');
  await expect(dialog).toContainText('the entry is removed');
  await expectAccessible(page, 'erase dialog (anonymise)');
  await page.screenshot({ path: 'test-results/erasure/erase-dialog-anonymise-en.png' });

  await dialog.getByTestId('erase-mode-erase').click();
  await expect(dialog.getByTestId('erase-person-row')).toHaveText('The person’s own record is deleted.');
  await expect(dialog.getByTestId('step-cases-delete')).toContainText('Mentoring courses');
  await expect(dialog.getByTestId('step-search_index-delete')).toContainText('No longer found by name');
  await page.screenshot({ path: 'test-results/erasure/erase-dialog-erase-en.png' });
  await dialog.getByTestId('erase-next').click();
  await expect(dialog.getByTestId('erase-confirm')).toContainText('cannot be undone');
  await expectAccessible(page, 'erase dialog (confirm)');
  await dialog.getByTestId('erase-apply').click();
  await expect(dialog.getByTestId('erase-done')).toContainText('Erased.');
  await dialog.getByTestId('erase-close').click();

  await expect(page.getByTestId('mentee-view')).toHaveCount(0);
  await expect(page.getByRole('gridcell', { name: amina.code })).toHaveCount(0);
  const left = await invoke<{ id: number }[]>(page, 'mentees:list', {});
  expect(left.map((m) => m.id)).toEqual([other.id]);
  const search = await invoke<unknown[]>(page, 'search:query', { text: 'Qwzmarker', limit: 10 });
  expect(search).toEqual([]);

  // Finnish: the dialog on the other mentee, long words and all; then cancel.
  await language(page, 'fi');
  await page.getByTestId('mentees-nav').click();
  await page.getByRole('gridcell', { name: other.code }).click();
  await page.getByTestId('erasure-section').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/erasure/erasure-section-fi.png' });
  await page.getByTestId('erasure-open').click();
  await expect(page.getByTestId('erase-steps')).toContainText('Mentorointijaksot');
  await expectAccessible(page, 'erase dialog (fi)');
  await page.screenshot({ path: 'test-results/erasure/erase-dialog-anonymise-fi.png' });
  await page.getByTestId('erase-close').click();
  await expect(page.getByTestId('erase-dialog')).toHaveCount(0);
});

test('the erasure queue, and retention: policy, calendar, dry run and confirmed run', async ({ page }) => {
  await openRegister(page);
  // Closed more than two years ago: due now under the default policy (anonymise after 24 months).
  const old = await menteeWithClosedCourse(page, 'Sahra Old', '2023-09-01', '2024-01-10');
  const waiting = await invoke<{ id: number; code: string }>(page, 'mentees:save', { name: 'Omar Said' });
  await invoke(page, 'erasure:request', { person: { kind: 'mentee', id: waiting.id } });

  await page.getByTestId('privacy-nav').click();
  await page.getByTestId('privacy-tab-erasure').click();
  const row = page.getByTestId(`queue-row-mentee-${waiting.id}`);
  await expect(row).toContainText(waiting.code);
  await expect(row).toContainText('Asked to be erased');
  await expectAccessible(page, 'erasure queue');
  await page.screenshot({ path: 'test-results/erasure/queue-en.png' });
  await row.getByTestId('queue-remove').click();
  await expect(page.getByTestId('dequeue-submit')).toBeDisabled();
  await page.getByTestId('dequeue-request-withdrawn').click();
  await page.getByTestId('dequeue-submit').click();
  await expect(page.getByTestId('erasure-queue-empty')).toBeVisible();

  await page.getByTestId('privacy-tab-retention').click();
  await expect(page.getByTestId('retention-overdue')).toHaveText('1 person is due now.');
  // Mentees without a course after one month: Omar falls due next month in the calendar.
  await page.getByTestId('policy-menteesWithoutCourse-months').fill('1');
  await page.getByTestId('policy-save').click();
  await expect(page.getByTestId('policy-saved')).toBeVisible();
  const next = new Date();
  next.setDate(1);
  next.setMonth(next.getMonth() + 1);
  const month = `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}`;
  await expect(page.getByTestId(`calendar-${month}`).getByRole('cell').last()).toHaveText('1');

  await page.getByTestId('retention-dry-run').click();
  await expect(page.getByTestId('retention-items')).toContainText(old.code);
  await expect(page.getByTestId('retention-steps')).toContainText('Mentoring courses');
  await expectAccessible(page, 'retention dry run');
  await shot(page, 'retention-en');
  await page.getByTestId('retention-apply').click();
  await expect(page.getByTestId('retention-confirm')).toContainText('1 person');
  await page.getByTestId('retention-apply-now').click();
  await expect(page.getByTestId('retention-applied')).toContainText('1 person handled');
  await expect(page.getByTestId('retention-overdue')).toHaveText('No one is due now.');
  const mentees = await invoke<{ id: number }[]>(page, 'mentees:list', {});
  expect(mentees.map((m) => m.id)).toEqual([waiting.id]);

  await language(page, 'fi');
  await page.getByTestId('privacy-nav').click();
  await page.getByTestId('privacy-tab-retention').click();
  await page.getByTestId('retention-dry-run').click();
  await expect(page.getByTestId('retention-nothing')).toBeVisible();
  await expectAccessible(page, 'retention (fi)');
  await page.evaluate("document.querySelector('main')?.scrollTo(0, 0)");
  await page.screenshot({ path: 'test-results/erasure/retention-fi.png', fullPage: true });
});
