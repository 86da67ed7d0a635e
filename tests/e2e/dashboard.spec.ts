import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, invoke, resetHarness, unlock } from './support/app';

// The dashboard against the real core: a new register shows how to begin; a small register
// (eight courses, all dated today so that every period preset holds them) shows its figures and
// charts, and a figure opens the list behind it. Then "Results report…": a breakdown by
// municipality, the preview with "< 5" cells and the legend, and the export to .docx and .xlsx,
// read back from the files. Screenshots in English and Danish at 1200 px go to
// test-results/dashboard for a human look.

const SHOTS = 'test-results/dashboard';

/** The whole page: the app scrolls inside its frame, so the window is made tall for the picture. */
async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  const size = page.viewportSize() ?? { width: 1200, height: 820 };
  await page.setViewportSize({ width: 1200, height: 2400 });
  // The charts redraw for the new size on the next frames (a script string: no DOM types here).
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done))))');
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
  await page.setViewportSize(size);
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The text of one part of an Office file (a zip): its XML with the tags taken out. */
function zipText(file: string, part: string): string {
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 20_000_000 })
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Eight courses from two partners, three matched with meetings, one closed; statistics consents for all. */
async function seed(page: Page) {
  const day = today();
  const jc = await invoke<{ id: number }>(page, 'organisations:save', { name: 'Jobcenter Aarhus', sector: 'job-centre' });
  const hs = await invoke<{ id: number }>(page, 'organisations:save', { name: 'Boligsocial Gellerup', sector: 'housing-social' });
  const mentors: number[] = [];
  for (const name of ['Karen Holm', 'Jonas Berg']) {
    const { id } = await invoke<{ id: number }>(page, 'mentors:save', { name, capacity: 5 });
    await invoke(page, 'mentors:setStatus', { id, status: 'trained' });
    await invoke(page, 'mentors:setStatus', { id, status: 'active' });
    mentors.push(id);
  }
  const courses: number[] = [];
  for (let i = 0; i < 8; i++) {
    const mentee = await invoke<{ id: number }>(page, 'mentees:save', {
      name: `Mentee ${i + 1}`,
      goals: ['job'],
      municipality: i < 6 ? 'Aarhus' : 'Vejle',
    });
    await invoke(page, 'consents:save', {
      person: { kind: 'mentee', id: mentee.id },
      purpose: 'statistics',
      givenOn: day,
      method: 'signed',
    });
    const c = await invoke<{ id: number }>(page, 'cases:open', {
      menteeId: mentee.id,
      referral: { organisationId: i < 6 ? jc.id : hs.id, date: day, reason: 'Job' },
    });
    courses.push(c.id);
  }
  // Courses 1–3 matched; 1 and 2 started with meetings; 3 waits as matched; 4–5 wait for a mentor.
  for (const [n, id] of courses.slice(0, 5).entries()) {
    await invoke(page, 'cases:transition', { id, to: 'intake', date: day });
    await invoke(page, 'cases:transition', { id, to: 'waiting', date: day });
    if (n < 3) await invoke(page, 'cases:transition', { id, to: 'matched', date: day, mentorId: mentors[n % 2] });
  }
  for (const id of courses.slice(0, 2)) {
    await invoke(page, 'cases:saveAgreement', { caseId: id, agreement: { date: day } });
    await invoke(page, 'cases:transition', { id, to: 'active', date: day });
    await invoke(page, 'meetings:save', { caseId: id, date: day, durationMinutes: 90 });
  }
  // Course 8 ends at once: moved away.
  await invoke(page, 'cases:transition', { id: courses[7], to: 'closed', date: day, closing: { outcome: 'moved' } });
}

test('the dashboard: empty state, figures that open their lists, charts, and the results report exported', async ({ page }) => {
  test.setTimeout(180_000);
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));

  // A new register: what to do first, and the register's own card below.
  await expect(page.getByTestId('dashboard-empty')).toContainText('No courses in the register yet');
  await expect(page.getByTestId('audit-list')).toContainText('Register created');
  await expectAccessible(page, 'empty dashboard');
  await shot(page, 'empty-en');
  await page.getByTestId('start-mentors').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mentors' })).toBeVisible();

  await seed(page);
  await page.getByTestId('home-nav').click();
  await expect(page.getByTestId('dashboard-empty')).toHaveCount(0);
  await expect(page.getByTestId('figure-open')).toContainText('7');
  await expect(page.getByTestId('figure-waiting')).toContainText('2');
  await expect(page.getByTestId('figure-active')).toContainText('2');
  await expect(page.getByTestId('figure-referrals')).toContainText('8');
  await expect(page.getByTestId('figure-referrals')).toContainText('Period before: 0');
  await expect(page.getByTestId('figure-matched')).toContainText('3');
  await expect(page.getByTestId('figure-wait')).toContainText('0');
  await expect(page.getByTestId('figure-closed')).toContainText('1');
  await expect(page.getByTestId('figure-meetings')).toContainText('2');
  await expect(page.getByTestId('figure-hours')).toContainText('3');
  await expect(page.getByTestId('figure-mentors')).toContainText('2');
  // The charts carry their numbers as tables for screen readers.
  await expect(page.getByTestId('chart-sources').locator('table')).toContainText('Jobcenter Aarhus6');
  await expect(page.getByTestId('chart-outcomes').locator('table')).toContainText('Moved away1');
  await expect(page.getByTestId('chart-monthly').locator('canvas').first()).toBeVisible();
  await expectAccessible(page, 'dashboard');
  await shot(page, 'dashboard-en');

  // A figure opens its list: waiting for a mentor → the courses on that status only.
  await page.getByTestId('figure-waiting').click();
  await expect(page.getByTestId('cases-page')).toBeVisible();
  await expect(page.getByTestId('status-chip-waiting')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('row')).toHaveCount(3); // the header and two courses
  await page.getByTestId('home-nav').click();
  await page.getByTestId('figure-closed').click();
  await expect(page.getByTestId('include-closed')).toBeChecked();
  await expect(page.getByTestId('status-chip-closed')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('home-nav').click();

  // Another period: last year holds nothing.
  await page.getByTestId('dashboard-period').click();
  await page.getByRole('option', { name: 'Last year' }).click();
  await expect(page.getByTestId('figure-referrals')).toContainText('0');
  await expect(page.getByTestId('chart-sources')).toContainText('Nothing in this period yet.');
  await page.getByTestId('dashboard-period').click();
  await page.getByRole('option', { name: 'This year' }).click();

  // The results report from the dashboard.
  await page.getByTestId('dashboard-results').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Results report' })).toBeVisible();
  await expect(page.getByTestId('programme-coverage')).toContainText('included');
  await page.getByTestId('results-breakdown-municipality').click();
  const byMunicipality = page.getByTestId('programme-table-by-municipality');
  await expect(byMunicipality).toContainText('Aarhus');
  await expect(byMunicipality).toContainText('< 5');
  await expect(page.getByTestId('programme-legend')).toContainText('fewer than 5');
  await page.getByTestId('narrative-introduction').fill('A year of new partnerships in Aarhus.');
  await expectAccessible(page, 'results report');
  await shot(page, 'results-en');

  // Leaving with unsaved text asks first.
  await page.getByTestId('results-back').click();
  await expect(page.getByTestId('unsaved-dialog')).toBeVisible();
  await page.getByTestId('unsaved-stay').click();

  await page.getByTestId('results-export').click();
  await expect(page.getByTestId('results-exported')).toBeVisible({ timeout: 60_000 });
  const docx = (await page.getByTestId('results-docx-path').textContent()) ?? '';
  const xlsx = (await page.getByTestId('results-xlsx-path').textContent()) ?? '';
  expect(docx.endsWith('.docx')).toBe(true);
  expect(xlsx.endsWith('.xlsx')).toBe(true);
  expect(existsSync(docx) && existsSync(xlsx)).toBe(true);
  copyFileSync(docx, `${SHOTS}/results-en.docx`); // kept for a look as PDF pages
  const document = zipText(docx, 'word/document.xml');
  expect(document).toContain('A year of new partnerships in Aarhus.');
  expect(document).toContain('Aarhus');
  expect(document).toContain('< 5');
  expect(document).not.toContain('Mentee 1');
  const workbook = zipText(xlsx, 'xl/sharedStrings.xml');
  expect(workbook).toContain('Aarhus');
  expect(workbook).not.toContain('Mentee 1');
  // Exported: the text is in the document, so leaving no longer asks.
  await page.getByTestId('results-back').click();
  await expect(page.getByTestId('dashboard')).toBeVisible();

  // Danish: the dashboard and the results page, numbers and dates in Danish.
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('home-nav').click();
  await expect(page.getByTestId('figure-referrals')).toContainText('Nye henvisninger');
  await expect(page.getByTestId('chart-outcomes').locator('table')).toContainText('Flyttet');
  await expectAccessible(page, 'dashboard (da)');
  await shot(page, 'dashboard-da');
  await page.getByTestId('dashboard-results').click();
  await page.getByTestId('results-breakdown-municipality').click();
  await expect(page.getByTestId('programme-table-by-municipality')).toContainText('< 5');
  await expect(page.getByTestId('programme-legend')).toContainText('færre end 5');
  await shot(page, 'results-da');

  // A read-only colleague sees the dashboard and the preview, but no narrative and no export.
  const reader = 'vindmølle havneby kanal smørrebrød';
  await invoke(page, 'users:add', { displayName: 'Læser', role: 'read-only', passphrase: reader });
  await page.getByTestId('lock-button').click();
  await unlock(page, reader);
  await expect(page.getByTestId('figure-referrals')).toContainText('8');
  await page.getByTestId('dashboard-results').click();
  await expect(page.getByTestId('programme-table-overview')).toBeVisible();
  await expect(page.getByTestId('results-read-only')).toBeVisible();
  await expect(page.getByTestId('results-export')).toHaveCount(0);
  await expect(page.getByTestId('narrative-introduction')).toHaveCount(0);
});
