import { expect, type Page } from './test';
import { confirmRecoveryKey, createRegister, invoke, resetHarness } from './app';

// The case page specs' shared steps (course.spec.ts, course-locales.spec.ts): a fresh register,
// a job centre, a caseworker, an active mentor and a mentee seeded through the contract, a
// course opened for them, and the moves a coordinator makes on the page.

/** A screenshot of the page from its top (the content area scrolls on its own). */
export async function shot(page: Page, name: string) {
  await page.evaluate("document.querySelector('main')?.scrollTo(0, 0)");
  await page.screenshot({ path: `test-results/casepage/${name}.png` });
}

/** A calendar date `days` before today, in local time as the app counts it. */
export function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function openRegister(page: Page) {
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
}

export type Seed = { organisationId: number; contactId: number; mentorId: number; menteeId: number; code: string };

/** A job centre with a caseworker, an active mentor with room for two, and a mentee. */
export async function seed(page: Page, mentee = 'Amina Hassan', mentorName = 'Lars Nielsen'): Promise<Seed> {
  const org = await invoke<{ id: number }>(page, 'organisations:save', {
    name: 'Jobcenter Aarhus',
    sector: 'job-centre',
    municipality: 'Aarhus',
  });
  const contact = await invoke<{ id: number }>(page, 'contacts:save', {
    name: 'Mette Sørensen',
    memberships: [{ organisationId: org.id, role: 'Sagsbehandler' }],
  });
  const mentor = await seedMentor(page, mentorName);
  const m = await invoke<{ id: number; code: string }>(page, 'mentees:save', {
    name: mentee,
    municipality: 'Aarhus',
    industries: ['health'],
    profession: 'Nurse',
    languages: [{ code: 'ar', level: 'native' }],
    goals: ['job'],
  });
  return { organisationId: org.id, contactId: contact.id, mentorId: mentor, menteeId: m.id, code: m.code };
}

export async function seedMentor(page: Page, name: string): Promise<number> {
  const mentor = await invoke<{ id: number }>(page, 'mentors:save', {
    name,
    municipality: 'Aarhus',
    industries: ['health'],
    profession: 'Nurse',
    languages: [
      { code: 'da', level: 'native' },
      { code: 'ar', level: 'good' },
    ],
    capacity: 2,
  });
  await invoke(page, 'mentors:setStatus', { id: mentor.id, status: 'trained' });
  await invoke(page, 'mentors:setStatus', { id: mentor.id, status: 'active' });
  return mentor.id;
}

export async function openCourse(page: Page, s: Seed, referredDaysAgo = 20): Promise<number> {
  const c = await invoke<{ id: number }>(page, 'cases:open', {
    menteeId: s.menteeId,
    coordinator: 'Sara Holm',
    referral: {
      organisationId: s.organisationId,
      contactId: s.contactId,
      date: daysAgo(referredDaysAgo),
      reason: 'Trained nurse from Syria; wants to work in Danish health care and needs a network.',
    },
  });
  return c.id;
}

/** Opens a course the way a coordinator does: Courses in the navigation, then its row. */
export async function goToCourse(page: Page, code: string) {
  await page.getByTestId('cases-nav').click();
  // The courses screen loads on first use: wait for its switch before reading it, or a closed
  // course is looked for in a list that leaves closed ones out.
  const switchClosed = page.getByTestId('include-closed');
  await expect(switchClosed).toBeVisible();
  if (!(await switchClosed.isChecked())) await switchClosed.check();
  await page.getByRole('gridcell', { name: code }).first().click();
  await expect(page.getByTestId('case-page')).toBeVisible();
}

export async function step(page: Page, name: string, fill?: () => Promise<void>) {
  await page.getByTestId(`step-${name}`).click();
  await expect(page.getByTestId('step-dialog')).toBeVisible();
  await fill?.();
  await page.getByTestId('step-confirm').click();
  await expect(page.getByTestId('step-dialog')).toBeHidden();
}

export async function logMeeting(page: Page, date: string, note: string, minutes = '60') {
  await page.getByTestId('meeting-log').click();
  await expect(page.getByTestId('quick-meeting-dialog')).toBeVisible();
  await page.getByTestId('quick-meeting-date').fill(date);
  await page.getByTestId('quick-meeting-type').selectOption('mentor-mentee');
  await page.getByTestId('quick-meeting-duration').fill(minutes);
  await page.getByTestId('quick-meeting-note').fill(note);
  await page.getByTestId('quick-meeting-save').click();
  await expect(page.getByTestId('quick-meeting-dialog')).toBeHidden();
}

/** Nothing sticks out sideways: the content area does not scroll horizontally. */
export async function expectNoOverflow(page: Page, where: string) {
  const overflow = await page.evaluate<number>(
    "(() => { const m = document.querySelector('main'); return m ? m.scrollWidth - m.clientWidth : 0; })()",
  );
  expect(overflow, `${where}: horizontal overflow in px`).toBeLessThanOrEqual(0);
}
