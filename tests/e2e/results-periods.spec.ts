import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, invoke, resetHarness } from './support/app';

// The results report's period errors, next to the dates they are about, in the user's language:
// a comparison period that overlaps the report period, and a period over ten years; and the note
// on figures hidden because an earlier overlapping report was exported. Screenshots
// in English and Danish go to test-results/results-periods for a human look.

const SHOTS = 'test-results/results-periods';

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function setDates(page: Page, dates: Partial<Record<'from' | 'to' | 'compareFrom' | 'compareTo', string>>) {
  for (const [key, day] of Object.entries(dates)) await page.getByTestId(`results-${key}`).fill(day);
}

test('the results report says which period is wrong and what to choose, in English and Danish', async ({ page }) => {
  test.setTimeout(120_000);
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
  // The dashboard offers the results report once the register holds a course.
  const mentee = await invoke<{ id: number }>(page, 'mentees:save', { name: 'Mentee 1', goals: ['job'] });
  await invoke(page, 'cases:open', { menteeId: mentee.id, referral: { organisationId: null, date: '2026-02-02', reason: 'Job' } });
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('home-nav').click();
  await page.getByTestId('dashboard-results').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Results report' })).toBeVisible();

  await setDates(page, { from: '2026-01-01', to: '2026-06-30', compareFrom: '2025-07-01', compareTo: '2026-01-31' });
  const overlap = page.getByTestId('results-problem-comparison');
  await expect(overlap).toHaveText(
    'The comparison period overlaps the report period: 1 July 2025 to 31 January 2026 shares days with 1 January 2026 to 30 June 2026. Choose a comparison period that ends before 1 January 2026.',
  );
  // Beside the dates, not also in the bar; the comparison dates point screen readers to it.
  await expect(page.getByTestId('results-error')).toHaveCount(0);
  await expect(page.getByTestId('results-compareTo')).toHaveAttribute('aria-describedby', 'results-problem-comparison');
  await expectAccessible(page, 'results: overlapping comparison');
  await shot(page, 'overlap-en');

  // Corrected: the message goes and the preview comes.
  await setDates(page, { compareTo: '2025-12-31' });
  await expect(overlap).toHaveCount(0);
  await expect(page.getByTestId('programme-table-overview')).toBeVisible();

  await setDates(page, { from: '2016-01-01', to: '2026-01-01', compareFrom: '', compareTo: '' });
  const tooLong = page.getByTestId('results-problem-period');
  await expect(tooLong).toHaveText(
    'A report can cover at most 10 years; the chosen period covers 1 January 2016 to 1 January 2026, which is longer. Choose an end date on or before 31 December 2025.',
  );
  await expectAccessible(page, 'results: period over ten years');
  await shot(page, 'too-long-en');

  // Danish.
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('home-nav').click();
  await page.getByTestId('dashboard-results').click();
  await setDates(page, { from: '2026-01-01', to: '2026-06-30', compareFrom: '2025-07-01', compareTo: '2026-01-31' });
  await expect(page.getByTestId('results-problem-comparison')).toHaveText(
    'Sammenligningsperioden overlapper rapportperioden: 1. juli 2025 til 31. januar 2026 har dage til fælles med 1. januar 2026 til 30. juni 2026. Vælg en sammenligningsperiode, der slutter før 1. januar 2026.',
  );
  await expectAccessible(page, 'results: overlapping comparison (da)');
  await shot(page, 'overlap-da');
  await setDates(page, { from: '2016-01-01', to: '2026-01-01', compareFrom: '', compareTo: '' });
  await expect(page.getByTestId('results-problem-period')).toHaveText(
    'En rapport kan dække højst 10 år; den valgte periode dækker 1. januar 2016 til 1. januar 2026, og det er længere. Vælg en slutdato senest 31. december 2025.',
  );
  await expectAccessible(page, 'results: period over ten years (da)');
  await shot(page, 'too-long-da');
});

test('a report after an overlapping one hides what the difference would give away, and says so', async ({ page }) => {
  test.setTimeout(120_000);
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
  // Seven referrals: six in February, one in March. January–March then January–February would
  // give away March's single referral.
  for (let i = 0; i < 7; i++) {
    const mentee = await invoke<{ id: number }>(page, 'mentees:save', { name: `Mentee ${i + 1}`, goals: ['job'] });
    await invoke(page, 'consents:save', {
      person: { kind: 'mentee', id: mentee.id },
      purpose: 'statistics',
      givenOn: '2026-01-01',
      method: 'signed',
    });
    const date = i < 6 ? '2026-02-02' : '2026-03-03';
    await invoke(page, 'cases:open', { menteeId: mentee.id, referral: { organisationId: null, date, reason: 'Job' } });
  }
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('home-nav').click();
  await page.getByTestId('dashboard-results').click();
  await setDates(page, { from: '2026-01-01', to: '2026-03-31', compareFrom: '2025-01-01', compareTo: '2025-03-31' });
  await expect(page.getByTestId('programme-table-overview')).toContainText('7');
  await expect(page.getByTestId('programme-earlier-reports')).toHaveCount(0);
  await page.getByTestId('results-export').click();
  await expect(page.getByTestId('results-exported')).toBeVisible({ timeout: 60_000 });

  await setDates(page, { to: '2026-02-28', compareTo: '2025-02-28' });
  const note = page.getByTestId('programme-earlier-reports');
  await expect(note).toContainText('because an earlier report over an overlapping period was already given out');
  await expectAccessible(page, 'results: hidden because of an earlier report');
  await page.getByTestId('programme-legend').scrollIntoViewIfNeeded();
  await shot(page, 'earlier-report-en');

  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('home-nav').click();
  await page.getByTestId('dashboard-results').click();
  await setDates(page, { from: '2026-01-01', to: '2026-02-28', compareFrom: '2025-01-01', compareTo: '2025-02-28' });
  await expect(page.getByTestId('programme-earlier-reports')).toContainText('fordi en tidligere rapport over en overlappende periode');
  await expectAccessible(page, 'results: hidden because of an earlier report (da)');
  await page.getByTestId('programme-legend').scrollIntoViewIfNeeded();
  await shot(page, 'earlier-report-da');
});
