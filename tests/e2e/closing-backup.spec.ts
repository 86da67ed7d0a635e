import { expect, test } from './support/test';
import { expectAccessible, resetHarness } from './support/app';

// Quitting while core finishes the automatic backup: the window stays up and says why. The
// harness sends the two events the shell and core send (app:closing, then backup:background
// step by step), so the note is checked at a moment the test chooses; the wait itself is
// tested on the shell's core host (tests/unit/shell/core-host.test.ts) and in core.

const emit = (page: import('@playwright/test').Page, event: string, payload: unknown) =>
  page.request.post('/__harness/emit', { data: { event, payload } });

test('quitting during a backup shows "Finishing the backup before closing…" until it is done, in English and Danish', async ({ page }) => {
  await resetHarness(page);
  await page.goto('/');
  await expect(page.getByTestId('create-register')).toBeVisible();

  // A backup after an ordinary lock shows nothing.
  await emit(page, 'backup:background', { running: true, done: 1, total: 4 });
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  await emit(page, 'app:closing', {});
  const note = page.getByRole('alertdialog');
  await expect(note).toContainText('Finishing the backup before closing…');
  await expect(note.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0.25');
  await expectAccessible(page, 'closing: backup');
  await page.screenshot({ path: 'test-results/closing-backup/en.png' });
  await emit(page, 'backup:background', { running: true, done: 3, total: 4 });
  await expect(note.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0.75');
  await emit(page, 'backup:background', { running: false, done: 4, total: 4 });
  await expect(note).toHaveCount(0);

  await page.getByTestId('language-select').first().selectOption('da');
  await emit(page, 'backup:background', { running: true, done: 2, total: 4 });
  await expect(page.getByRole('alertdialog')).toContainText('Gør sikkerhedskopien færdig, før programmet lukker…');
});
