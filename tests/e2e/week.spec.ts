import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, PASSPHRASE, resetHarness, unlock } from './support/app';

// "This week" against the real core: courses seeded through the API with dates relative to
// today, then each section checked; Ctrl+M logs a meeting from another page in a few
// keystrokes; the quiet-days setting changes the quiet list; errors stay inside the dialog.
// Screenshots go to test-results/week for a human look.

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/week/${name}.png` });

/** Local YYYY-MM-DD `days` from today (the harness's core runs on this machine, in this zone). */
function day(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
/** Monday of this week, as days from today. */
const mondayOffset = -((new Date().getDay() + 6) % 7);

/** ISO week of today (or `weeksAhead` later), counted the long way: Thursdays from the year's first Thursday. */
function isoWeekOfToday(weeksAhead = 0): number {
  const now = new Date();
  const thursday = new Date(now.getFullYear(), now.getMonth(), now.getDate() + mondayOffset + 3 + 7 * weeksAhead);
  let first = new Date(thursday.getFullYear(), 0, 1);
  while (first.getDay() !== 4) first = new Date(first.getFullYear(), 0, first.getDate() + 1);
  let week = 1;
  for (let d = first; d < thursday; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 7)) week++;
  return week;
}

type Json = Record<string, unknown>;
type Invoke = (channel: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
/** One contract call from inside the page, as the renderer makes it; fails the test on an error. */
async function api<T = Json>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(([c, i]) => (globalThis as unknown as { api: { invoke: Invoke } }).api.invoke(c as string, i), [
    channel,
    input,
  ] as const);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function activeMentor(page: Page, name: string): Promise<number> {
  const m = await api<{ id: number }>(page, 'mentors:save', { name, capacity: 5 });
  await api(page, 'mentors:setStatus', { id: m.id, status: 'trained' });
  await api(page, 'mentors:setStatus', { id: m.id, status: 'active' });
  return m.id;
}

type Course = { caseId: number; code: string };
/** A mentee with a course referred `referredDaysAgo` days ago, moved on to `until`. */
async function course(
  page: Page,
  name: string,
  referredDaysAgo: number,
  until: 'referred' | 'waiting' | 'active' | 'closed',
  mentorId?: number,
) {
  const mentee = await api<{ id: number; code: string }>(page, 'mentees:save', { name });
  const opened = await api<{ id: number }>(page, 'cases:open', { menteeId: mentee.id, referral: { date: day(-referredDaysAgo) } });
  const id = opened.id;
  const start = day(-referredDaysAgo);
  if (until === 'closed') {
    await api(page, 'cases:transition', { id, to: 'closed', date: start, closing: { outcome: 'moved' } });
  } else if (until !== 'referred') {
    await api(page, 'cases:transition', { id, to: 'intake', date: start });
    await api(page, 'cases:transition', { id, to: 'waiting', date: start });
    if (until === 'active') {
      await api(page, 'cases:transition', { id, to: 'matched', mentorId, date: start });
      await api(page, 'cases:saveAgreement', { caseId: id, agreement: { date: start, participants: 'Caseworker, coordinator, mentee' } });
      await api(page, 'cases:transition', { id, to: 'active', date: start });
    }
  }
  return { caseId: id, code: mentee.code } satisfies Course;
}

async function openRegister(page: Page) {
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
}

/** Opens "This week" afresh (it reads the register when it opens). */
async function openWeek(page: Page) {
  await page.getByTestId('home-nav').click();
  await page.getByTestId('week-nav').click();
  await expect(page.getByTestId('week-meetings')).toBeVisible();
}

const codesIn = (page: Page, section: string, row: string) =>
  page
    .getByTestId(section)
    .getByTestId(row)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));

test('the week lists meetings, quiet courses, follow-ups and the waiting list; Ctrl+M logs a meeting', async ({ page }) => {
  test.setTimeout(180_000);
  await openRegister(page);

  // An empty register: four reassuring empty states.
  await page.getByTestId('week-nav').click();
  await expect(page.getByTestId('week-heading')).toHaveText(new RegExp(`^Week ${isoWeekOfToday()} · `));
  await expect(page.getByTestId('week-follow-ups-empty')).toHaveText('No follow-ups due this week');
  await expect(page.getByTestId('week-quiet-empty')).toHaveText('Every active course has had a meeting in the last 30 days');
  await expect(page.getByTestId('week-waiting-empty')).toHaveText('Nobody is waiting for a mentor');
  await expect(page.getByTestId('week-meetings-empty')).toBeVisible();
  await expectAccessible(page, 'week (empty)');
  await shot(page, 'week-empty-en');

  // Seed: two active mentors; courses that are quiet, recently met, new, waiting, referred, closed.
  const birgitte = await activeMentor(page, 'Birgitte Holm');
  const karim = await activeMentor(page, 'Karim Haddad');
  const amina = await course(page, 'Amina Yusuf', 60, 'active', birgitte);
  await api(page, 'meetings:save', { caseId: amina.caseId, date: day(-45), type: 'mentor-mentee' });
  const hassan = await course(page, 'Hassan Ali', 40, 'active', karim);
  await api(page, 'meetings:save', { caseId: hassan.caseId, date: day(mondayOffset), type: 'three-party' });
  await api(page, 'meetings:save', { caseId: hassan.caseId, date: day(mondayOffset + 6), type: 'mentor-mentee' });
  const fatima = await course(page, 'Fatima Noor', 10, 'active', birgitte);
  const omar = await course(page, 'Omar Said', 20, 'waiting');
  const leila = await course(page, 'Leila Rahimi', 5, 'referred');
  const yusuf = await course(page, 'Yusuf Karimi', 100, 'closed');
  await api(page, 'followUps:save', { caseId: yusuf.caseId, dueOn: day(-3) });
  await api(page, 'followUps:save', { caseId: hassan.caseId, dueOn: day(mondayOffset + 6) });

  await openWeek(page);
  // Meetings this week: Hassan's two, in date order; the one on Sunday is planned unless today is Sunday.
  await expect(page.getByTestId('week-meetings-count')).toHaveText('2');
  expect(await codesIn(page, 'week-meetings', 'week-meeting')).toEqual([hassan.code, hassan.code]);
  await expect(page.getByTestId('week-meetings')).toContainText('Three-party meeting');
  await expect(page.getByTestId('week-meetings')).toContainText('Karim Haddad');
  if (mondayOffset + 6 > 0) await expect(page.getByTestId('week-meetings')).toContainText('Planned');
  // Quiet (30 days by default): only Amina, 45 days since her last meeting; Fatima started 10 days ago.
  await expect(page.getByTestId('week-quiet-count')).toHaveText('1');
  expect(await codesIn(page, 'week-quiet', 'week-quiet-row')).toEqual([amina.code]);
  await expect(page.getByTestId('week-quiet-row')).toContainText('45 days');
  // Follow-ups: Yusuf's overdue one first, then Hassan's due on Sunday.
  await expect(page.getByTestId('week-follow-ups-count')).toHaveText('2');
  expect(await codesIn(page, 'week-follow-ups', 'week-follow-up')).toEqual([yusuf.code, hassan.code]);
  await expect(page.getByTestId('week-follow-up').first().getByTestId('week-overdue')).toHaveText('Overdue');
  await expect(page.getByTestId('week-follow-up').nth(1).getByTestId('week-overdue')).toHaveCount(0);
  // Waiting list: longest-waiting first, with the days waited.
  await expect(page.getByTestId('week-waiting-count')).toHaveText('2');
  expect(await codesIn(page, 'week-waiting', 'week-waiting-row')).toEqual([omar.code, leila.code]);
  await expect(page.getByTestId('week-waiting-row').first()).toContainText('20 days');
  await expect(page.getByTestId('week-waiting-row').nth(1)).toContainText('5 days');
  // Privacy: codes, never names, of mentees on this screen.
  for (const name of ['Amina', 'Hassan', 'Fatima', 'Omar', 'Leila', 'Yusuf']) await expect(page.locator('main')).not.toContainText(name);
  await expectAccessible(page, 'week');
  await shot(page, 'week-en');

  // A waiting-list row opens the course.
  await page.getByTestId('week-waiting-row').first().getByRole('button').click();
  await expect(page.getByTestId('cases-nav')).toHaveAttribute('aria-selected', 'true');

  // Ctrl+M from another page: type part of the code, Enter picks, Enter saves.
  await page.getByTestId('mentors-nav').click();
  await page.keyboard.press('Control+m');
  const dialog = page.getByTestId('quick-meeting-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('quick-meeting-case')).toBeFocused();
  // Typing a name narrows the list too (names show here, the user asked for them).
  await page.keyboard.type('amina');
  await expect(page.getByTestId('quick-meeting-case-option')).toHaveCount(1);
  await expect(page.getByTestId('quick-meeting-case-option')).toContainText(amina.code);
  await page.getByTestId('quick-meeting-case').fill('zzq');
  await expect(page.getByTestId('quick-meeting-case-empty')).toHaveText('No open course matches “zzq”');
  // Emptied, it lists every open course, active ones first.
  await page.getByTestId('quick-meeting-case').fill('');
  await expect(page.getByTestId('quick-meeting-case-option')).toHaveCount(5);
  await expect(page.getByTestId('quick-meeting-case-option').first()).toContainText('Active');
  await expect(page.getByTestId('quick-meeting-case-option').last()).toContainText('Referred');
  await expectAccessible(page, 'quick meeting dialog');
  await shot(page, 'quick-meeting-en');
  await page.keyboard.type(amina.code.slice(3).toLowerCase());
  await expect(page.getByTestId('quick-meeting-case-option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quick-meeting-case')).toHaveValue(`${amina.code} · Amina Yusuf`);
  await expect(page.getByTestId('quick-meeting-date')).toBeFocused();
  await expect(page.getByTestId('quick-meeting-date')).toHaveValue(day());
  await expect(page.getByTestId('quick-meeting-type')).toHaveValue('mentor-mentee');
  await expect(page.getByTestId('quick-meeting-duration')).toHaveValue('60');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('quick-meeting-logged')).toContainText(`Meeting logged for ${amina.code}`);
  const saved = await api<{ meetings: { date: string; type: string; durationMinutes: number }[] }>(page, 'cases:get', { id: amina.caseId });
  expect(saved.meetings[0]).toMatchObject({ date: day(), type: 'mentor-mentee', durationMinutes: 60 });

  // Amina has left the quiet list; her meeting today is among this week's.
  await openWeek(page);
  await expect(page.getByTestId('week-quiet-empty')).toBeVisible();
  await expect(page.getByTestId('week-meetings-count')).toHaveText('3');
  expect(await codesIn(page, 'week-meetings', 'week-meeting')).toContain(amina.code);

  // Escape closes the dialog and nothing is saved.
  await page.keyboard.press('Control+m');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // With a note typed, Escape asks first; leaving drops the note.
  await page.keyboard.press('Control+m');
  await page.getByTestId('quick-meeting-note').fill('Not to be kept');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('unsaved-dialog')).toBeVisible();
  await page.getByTestId('unsaved-leave').click();
  await expect(dialog).toBeHidden();

  // Settings: quiet after 7 days, so Fatima (active 10 days, never met) becomes quiet.
  await page.getByTestId('settings-nav').click();
  await expect(page.getByTestId('mentoring-quiet-days')).toHaveValue('30');
  await expect(page.getByTestId('mentoring-follow-up-months')).toHaveValue('6');
  await page.getByTestId('mentoring-quiet-days').fill('3');
  await expect(page.getByTestId('mentoring-settings')).toContainText('Enter a whole number of days from 7 to 365.');
  await page.getByTestId('mentoring-quiet-days').fill('7');
  await page.getByTestId('mentoring-settings-save').click();
  await expect(page.getByTestId('mentoring-settings-saved')).toBeVisible();
  await expectAccessible(page, 'settings with mentoring');
  await shot(page, 'settings-mentoring-en');

  await openWeek(page);
  expect(await codesIn(page, 'week-quiet', 'week-quiet-row')).toEqual([fatima.code]);
  await expect(page.getByTestId('week-quiet-row')).toContainText('No meeting logged yet');
  await expect(page.getByTestId('week-quiet-row')).toContainText('10 days');
  await expect(page.getByTestId('week-quiet')).toContainText('Active courses with no meeting for 7 days or more');

  // One click on "Log meeting" in the quiet row: the course is given, 30 minutes, a note, Ctrl+Enter.
  await page.getByTestId('week-quiet-log').click();
  await expect(dialog).toContainText(`Log a meeting · ${fatima.code}`);
  await expect(page.getByTestId('quick-meeting-case')).toHaveCount(0);
  await page.getByTestId('quick-meeting-minutes-30').click();
  await page.getByTestId('quick-meeting-topics').fill('CV');
  await page.getByTestId('quick-meeting-topics').press('Enter');
  await page.getByTestId('quick-meeting-note').fill('Went through her CV together');
  await page.getByTestId('quick-meeting-note').press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('quick-meeting-logged').last()).toContainText(`Meeting logged for ${fatima.code}`);
  // The page refreshes itself: Fatima is no longer quiet.
  await expect(page.getByTestId('week-quiet-empty')).toHaveText('Every active course has had a meeting in the last 7 days');
  const fatimaCase = await api<{ meetings: { durationMinutes: number; topics: string[]; note: string }[] }>(page, 'cases:get', {
    id: fatima.caseId,
  });
  expect(fatimaCase.meetings[0]).toMatchObject({ durationMinutes: 30, topics: ['CV'], note: 'Went through her CV together' });

  // An error is shown inside the dialog, translated, and nothing typed is lost: the course is
  // closed while the dialog is open, so only a follow-up meeting can be logged.
  await page.keyboard.press('Control+m');
  await expect(page.getByTestId('quick-meeting-case')).toBeFocused();
  await page.keyboard.type(hassan.code.slice(3));
  await page.keyboard.press('Enter');
  await page.getByTestId('quick-meeting-note').fill('Last talk before the move');
  await api(page, 'cases:transition', { id: hassan.caseId, to: 'closed', closing: { outcome: 'moved' } });
  await page.getByTestId('quick-meeting-save').click();
  await expect(page.getByTestId('quick-meeting-error')).toHaveText('The course is closed. Only follow-ups can be added to it now.');
  await expect(page.getByTestId('quick-meeting-note')).toHaveValue('Last talk before the move');
  await expect(page.getByTestId('quick-meeting-case')).toHaveValue(`${hassan.code} · Hassan Ali`);
  await page.getByTestId('quick-meeting-type').selectOption('follow-up');
  await page.getByTestId('quick-meeting-save').click();
  await expect(dialog).toBeHidden();
  const hassanCase = await api<{ meetings: { type: string; note: string }[] }>(page, 'cases:get', { id: hassan.caseId });
  expect(hassanCase.meetings).toContainEqual(
    expect.objectContaining({ date: day(), type: 'follow-up', note: 'Last talk before the move' }),
  );

  // Previous and next week: the heading moves, and back.
  await page.getByTestId('week-next').click();
  await expect(page.getByTestId('week-heading')).toHaveText(new RegExp(`^Week ${isoWeekOfToday(1)} · `));
  await expect(page.getByTestId('week-as-of')).toBeVisible();
  await page.getByTestId('week-this').click();
  await expect(page.getByTestId('week-heading')).toHaveText(new RegExp(`^Week ${isoWeekOfToday()} · `));

  // Finnish: long words, the same lists.
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('fi');
  await openWeek(page);
  await expect(page.getByTestId('week-heading')).toHaveText(new RegExp(`^Viikko ${isoWeekOfToday()} · `));
  await expect(page.getByTestId('week-waiting')).toContainText('Jonotuslista');
  await expect(page.getByTestId('week-waiting-row').first()).toContainText('20 päivää');
  await expectAccessible(page, 'week (fi)');
  await shot(page, 'week-fi');
  await page.keyboard.press('Control+m');
  await expect(page.getByTestId('quick-meeting-case')).toBeFocused();
  await page.keyboard.type(omar.code.slice(3));
  await expectAccessible(page, 'quick meeting dialog (fi)');
  await shot(page, 'quick-meeting-fi');
  await page.keyboard.press('Escape');
  await page.getByTestId('settings-nav').click();
  await shot(page, 'settings-mentoring-fi');
});

test('long lists show the first 50 from core and ask core for 50 more at a time', async ({ page }) => {
  test.setTimeout(120_000);
  await openRegister(page);
  // 120 mentees referred on different days, straight through the API in one go.
  await page.evaluate(
    async (dates) => {
      const invoke = (
        globalThis as unknown as { api: { invoke: (c: string, i: unknown) => Promise<{ ok: boolean; value: { id: number } }> } }
      ).api.invoke;
      for (const [i, date] of dates.entries()) {
        const m = await invoke('mentees:save', { name: `Mentee ${i}` });
        await invoke('cases:open', { menteeId: m.value.id, referral: { date } });
      }
    },
    Array.from({ length: 120 }, (_, i) => day(-i - 1)),
  );

  await page.getByTestId('week-nav').click();
  const rows = page.getByTestId('week-waiting-row');
  await expect(page.getByTestId('week-waiting-count')).toHaveText('120');
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText('120 days');
  await expect(rows.nth(49)).toContainText('71 days');
  await expect(page.getByTestId('week-waiting-shown')).toHaveText('50 of 120 shown');
  await expect(page.getByTestId('week-waiting-more')).toHaveText('Show 50 more');
  await expect(page.getByTestId('week-waiting-fewer')).toHaveCount(0);
  await expectAccessible(page, 'week (long list)');
  await shot(page, 'week-long-en');

  // Each click asks core for the next rows after the last one shown: no row twice, none left out.
  await page.getByTestId('week-waiting-more').click();
  await expect(rows).toHaveCount(100);
  await expect(rows.nth(50)).toContainText('70 days');
  await expect(page.getByTestId('week-waiting-more')).toHaveText('Show 20 more');
  await expect(page.getByTestId('week-waiting-shown')).toHaveText('100 of 120 shown');
  await page.getByTestId('week-waiting-more').scrollIntoViewIfNeeded();
  await shot(page, 'week-long-more-en');
  await page.getByTestId('week-waiting-more').click();
  await expect(rows).toHaveCount(120);
  await expect(page.getByTestId('week-waiting-more')).toHaveCount(0);
  await expect(page.getByTestId('week-waiting-shown')).toHaveText('120 of 120 shown');
  await expect(rows.last().getByText('1 day', { exact: true })).toBeVisible();
  const codes = await codesIn(page, 'week-waiting', 'week-waiting-row');
  expect(new Set(codes).size).toBe(120);
  await expectAccessible(page, 'week (long list, all shown)');

  // Back to the first 50, and in Danish the counts read as Danish.
  await page.getByTestId('week-waiting-fewer').click();
  await expect(rows).toHaveCount(50);
  await expect(page.getByTestId('week-waiting-more')).toHaveText('Show 50 more');
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await openWeek(page);
  await expect(page.getByTestId('week-waiting-shown')).toHaveText('50 af 120 vises');
  await expect(page.getByTestId('week-waiting-more')).toHaveText('Vis 50 flere');
  await page.getByTestId('week-waiting-more').click();
  await expect(rows).toHaveCount(100);
  await expect(page.getByTestId('week-waiting-more')).toHaveText('Vis 20 flere');
  await page.getByTestId('week-waiting-more').scrollIntoViewIfNeeded();
  await expectAccessible(page, 'week (long list, da)');
  await shot(page, 'week-long-da');
});

// The week of a demo register, for a human look at a fuller page (screenshots in
// test-results/week): make one with `BINDELED_PASSPHRASE='kaffe blomst cykel vindue' npm run
// cli -- demo --dir DIR --size s` and run with BINDELED_DEMO_DIR=DIR.
test('the week of a demo register, in English and Danish', async ({ page }) => {
  test.setTimeout(150_000);
  const demo = process.env.BINDELED_DEMO_DIR;
  const reason = 'needs a demo register: set BINDELED_DEMO_DIR (see the comment above this test)';
  if (!demo) console.log(`Skipped "the week of a demo register": ${reason}`);
  test.skip(!demo, reason);
  await resetHarness(page);
  await page.request.post('/__harness/next-folder', { data: { dir: demo } });
  await page.goto('/');
  await page.getByTestId('open-register').click();
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('lock-button')).toBeVisible({ timeout: 60_000 });
  await openWeek(page);
  // Each section's count is core's total; the rows on the page are at most the first 50 of it.
  const week = await api<Record<'meetings' | 'quiet' | 'followUps' | 'waiting', { total: number }>>(page, 'week:overview', {});
  for (const [section, row] of [
    ['meetings', 'week-meeting'],
    ['quiet', 'week-quiet-row'],
    ['follow-ups', 'week-follow-up'],
    ['waiting', 'week-waiting-row'],
  ] as const) {
    const total = week[section === 'follow-ups' ? 'followUps' : section].total;
    await expect(page.getByTestId(`week-${section}-count`)).toHaveText(String(total));
    await expect(page.getByTestId(`week-${section}`).getByTestId(row)).toHaveCount(Math.min(total, 50));
  }
  await expectAccessible(page, 'week (demo)');
  await page.screenshot({ path: 'test-results/week/demo-week-en.png', fullPage: true });
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await openWeek(page);
  await expect(page.getByTestId('week-heading')).toHaveText(/^Uge \d+ · /);
  await expectAccessible(page, 'week (demo, da)');
  await page.screenshot({ path: 'test-results/week/demo-week-da.png', fullPage: true });
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('en');
});
