import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, invoke, resetHarness } from './support/app';

// Issue 5 follow-ups on the real core: an anonymised mentor reads "Anonymised mentor" on the board
// and the course page (English and Danish), and the audit log does not link a deleted mentee's
// entries to the new mentee that got the same id. Screenshots go to test-results/anonymised-records.

async function shot(page: Page, name: string) {
  await page.evaluate("document.querySelector('main')?.scrollTo(0, 0)");
  await page.screenshot({ path: `test-results/anonymised-records/${name}.png` });
}

test('an anonymised mentor on the board and course page; audit entries of a reused id', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1200, height: 860 });
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));

  const mentor = await invoke<{ id: number }>(page, 'mentors:save', { name: 'Lars Nielsen', capacity: 2 });
  await invoke(page, 'mentors:setStatus', { id: mentor.id, status: 'trained' });
  await invoke(page, 'mentors:setStatus', { id: mentor.id, status: 'active' });
  const mentee = await invoke<{ id: number; code: string }>(page, 'mentees:save', { name: 'Amina Hassan', goals: ['job'] });
  const course = await invoke<{ id: number }>(page, 'cases:open', { menteeId: mentee.id, referral: { date: '2026-11-02' } });
  await invoke(page, 'cases:transition', { id: course.id, to: 'intake', date: '2026-11-02' });
  await invoke(page, 'cases:transition', { id: course.id, to: 'waiting', date: '2026-11-02' });
  await invoke(page, 'cases:transition', { id: course.id, to: 'matched', mentorId: mentor.id, date: '2026-11-03' });
  const request = { subject: { kind: 'mentor', id: mentor.id }, mode: 'anonymise' };
  const preview = await invoke<{ fingerprint: string }>(page, 'erasure:preview', request);
  await invoke(page, 'erasure:apply', { ...request, fingerprint: preview.fingerprint });

  const gone = await invoke<{ id: number }>(page, 'mentees:save', { name: 'Gone Person', goals: ['job'] });
  await invoke(page, 'mentees:delete', { id: gone.id });
  const reused = await invoke<{ id: number; code: string }>(page, 'mentees:save', { name: 'New Person', goals: ['job'] });
  expect(reused.id).toBe(gone.id);

  await page.getByTestId('board-nav').click();
  const card = page.getByTestId(`board-card-${course.id}`);
  await expect(card).toContainText('Anonymised mentor');
  await shot(page, 'board-en');
  await page.getByTestId(`board-open-${course.id}`).click();
  await expect(page.getByTestId('case-mentor-anonymised')).toHaveText('Anonymised mentor');
  await expect(page.getByTestId('case-mentor-link')).toHaveCount(0);
  await expect(page.getByTestId('mentor-history')).toContainText('Anonymised mentor');
  await shot(page, 'case-en');
  await expectAccessible(page, 'course page with an anonymised mentor');

  await page.getByTestId('audit-nav').click();
  await page.getByTestId('audit-action').selectOption('mentee');
  const rows = page.getByTestId('audit-table');
  await expect(rows).toContainText('deleted');
  // Links: the course's mentee and the new mentee (created) — never the deleted one's entries.
  await expect(page.getByTestId('audit-record-link')).toHaveCount(2);
  await expect(page.getByTestId('audit-record-link')).toHaveText([`Mentee ${reused.code}`, `Mentee ${mentee.code}`]);
  await shot(page, 'audit-en');

  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('board-nav').click();
  await expect(page.getByTestId(`board-card-${course.id}`)).toContainText('Anonymiseret mentor');
  await shot(page, 'board-da');
  await page.getByTestId(`board-open-${course.id}`).click();
  await expect(page.getByTestId('case-mentor-anonymised')).toHaveText('Anonymiseret mentor');
  await shot(page, 'case-da');
});
