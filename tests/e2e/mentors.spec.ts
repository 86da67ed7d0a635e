import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, resetHarness, invoke } from './support/app';

// The mentor and mentee screens against the real core: a mentor with languages, fields, times
// and a training goes applicant → trained → active; ending asks first; a mentee is listed by
// code until names are asked for; a referral from the mentee's view opens a course and lands on
// the courses page. Screenshots in English and Danish go to /tmp/shots for a human look.

const MENTOR = 'Karin Holm';
const MENTEE = 'Amina Yusuf';
const ORG = 'Jobcenter Aarhus';
const CASEWORKER = 'Lars Mikkelsen';
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/shots/mentors-${name}.png` });

async function openRegister(page: Page) {
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
}

async function addLanguage(page: Page, editor: string, typed: string, name: string) {
  await page.getByTestId(`${editor}-add`).fill(typed);
  await page.getByRole('option', { name, exact: true }).click();
}

async function pickIndustries(page: Page, testId: string, names: string[]) {
  await page.getByTestId(testId).click();
  // Fluent gives the options of a multi-select list the menuitemcheckbox role.
  for (const name of names) await page.getByRole('menuitemcheckbox', { name }).click();
  await page.keyboard.press('Escape');
}

const row = (page: Page, text: string) => page.getByRole('row').filter({ has: page.getByRole('gridcell', { name: text, exact: true }) });

test('a mentor with languages, fields and times is trained, activated, listed; another is ended and deleted', async ({ page }) => {
  test.setTimeout(240_000);
  await openRegister(page);

  await page.getByTestId('mentors-nav').click();
  await expect(page.getByTestId('empty-state')).toContainText('No mentors yet');
  await expectAccessible(page, 'mentors (empty)');

  await page.getByTestId('empty-add').click();
  await page.getByTestId('mentor-name-input').fill(MENTOR);
  await page.getByTestId('mentor-municipality').fill('Aarhus');
  await page.getByTestId('mentor-profession').fill('Nurse');
  // Languages by name, in the UI language; a level per language.
  await addLanguage(page, 'mentor-languages', 'arab', 'Arabic');
  await addLanguage(page, 'mentor-languages', 'dan', 'Danish');
  await page.getByTestId('language-level-ar').selectOption('native');
  await pickIndustries(page, 'mentor-industries', ['Health care', 'IT and software']);
  await expect(page.getByTestId('mentor-industries')).toHaveText('Health care, IT and software');
  // Times: a click, then the arrow keys and Space like in a table.
  await page.getByTestId('slot-tue-evening').check();
  await page.getByTestId('slot-sat-daytime').check();
  await page.getByTestId('slot-tue-evening').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slot-wed-evening')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('slot-wed-evening')).toBeChecked();
  await page.getByTestId('mentor-capacity').fill('2');
  await page.getByTestId('training-add').click();
  await page.getByTestId('training-title').fill('Introduction for new mentors');
  await page.getByTestId('mentor-vetting').fill('2025-03-03');
  await expect(page.getByText('no document is stored')).toBeVisible();
  await expectAccessible(page, 'mentor form');
  await shot(page, 'mentor-form-en');

  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('detail-title')).toHaveText(MENTOR);
  await expect(page.getByTestId('mentor-status')).toHaveText('Applicant');
  // Only the lifecycle's next steps are offered.
  await expect(page.getByTestId('mentor-status-active')).toHaveCount(0);
  await page.getByTestId('mentor-status-trained').click();
  await expect(page.getByTestId('mentor-status')).toHaveText('Trained');
  await page.getByTestId('mentor-status-active').click();
  await expect(page.getByTestId('mentor-status')).toHaveText('Active');
  await expect(page.getByTestId('mentor-status-paused')).toBeVisible();
  await expect(page.getByTestId('mentor-load')).toHaveText('0 of 2 mentees');
  await expect(page.getByTestId('mentor-availability-view')).toHaveText('Tue evening, Wed evening, Sat daytime');
  await expect(page.getByTestId('mentor-languages-view')).toContainText('Arabic · Mother tongue');

  const mentorRow = row(page, MENTOR);
  await expect(mentorRow.getByRole('gridcell', { name: 'Active', exact: true })).toBeVisible();
  await expect(mentorRow.getByRole('gridcell', { name: 'Health care, IT and software' })).toBeVisible();
  await expect(mentorRow.getByRole('gridcell', { name: 'Arabic, Danish' })).toBeVisible();
  await expect(mentorRow.getByRole('gridcell', { name: '0 / 2' })).toBeVisible();
  await expectAccessible(page, 'mentor view');
  await shot(page, 'mentor-view-en');
  // The trainings count is the last column: in view once the record is closed.
  await page.getByTestId('detail-close').click();
  await expect(mentorRow.getByRole('gridcell', { name: '1', exact: true })).toBeVisible();
  await shot(page, 'mentors-list-en');

  // A second mentor is ended: gone from the list until "Show ended", then deleted.
  await page.getByTestId('new-button').click();
  await page.getByTestId('mentor-name-input').fill('Ole Berg');
  await page.getByTestId('form-save').click();
  await expect(page.getByTestId('detail-title')).toHaveText('Ole Berg');
  // Ending is final, so it sits in the "more" menu, and asks first.
  await page.getByTestId('more-actions').click();
  await page.getByTestId('mentor-status-ended').click();
  await expect(page.getByTestId('end-dialog')).toContainText('End Ole Berg as a mentor?');
  await expectAccessible(page, 'end mentor dialog');
  await page.getByTestId('end-confirm').click();
  await expect(page.getByTestId('mentor-status')).toHaveText('Ended');
  await expect(page.getByRole('gridcell', { name: 'Ole Berg' })).toHaveCount(0);
  await page.getByTestId('show-archived').click();
  await expect(page.getByRole('gridcell', { name: 'Ole Berg' })).toBeVisible();
  await page.getByTestId('more-actions').click();
  await page.getByTestId('delete-button').click();
  await page.getByTestId('delete-confirm').click();
  await expect(page.getByTestId('detail-panel')).toHaveCount(0);
  await expect(page.getByRole('gridcell', { name: 'Ole Berg' })).toHaveCount(0);

  // The same list and form in Danish.
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('mentors-nav').click();
  await expect(page.getByRole('columnheader', { name: 'Fagområder' })).toBeVisible();
  await page.getByRole('gridcell', { name: MENTOR }).click();
  await expect(page.getByTestId('mentor-languages-view')).toContainText('Arabisk');
  await shot(page, 'mentor-view-da');
  await page.getByTestId('edit-button').click();
  await expect(page.getByTestId('mentor-form')).toBeVisible();
  await expectAccessible(page, 'mentor form (Danish)');
  await shot(page, 'mentor-form-da');
});

test('a mentee is listed by code, names on request; a referral from the view opens a course', async ({ page }) => {
  test.setTimeout(240_000);
  await openRegister(page);
  // The referring job centre and its caseworker, straight through the contract.
  const org = await invoke<{ id: number }>(page, 'organisations:save', { name: ORG, sector: 'job-centre', municipality: 'Aarhus' });
  await invoke(page, 'contacts:save', {
    name: CASEWORKER,
    role: 'Caseworker',
    memberships: [{ organisationId: org.id, role: 'Caseworker', from: null, to: null }],
  });

  await page.getByTestId('mentees-nav').click();
  await expect(page.getByTestId('empty-state')).toContainText('MT-4K7PQ');
  await expectAccessible(page, 'mentees (empty)');
  await page.getByTestId('empty-add').click();
  await expect(page.getByTestId('privacy-hint')).toContainText('GDPR article 9');
  await page.getByTestId('mentee-name-input').fill(MENTEE);
  await page.getByTestId('mentee-birth-year').fill('1988');
  await page.getByTestId('mentee-municipality').fill('Aarhus');
  await page.getByTestId('mentee-profession').fill('Midwife');
  await addLanguage(page, 'mentee-languages', 'som', 'Somali');
  await pickIndustries(page, 'mentee-industries', ['Health care']);
  await page.getByTestId('goal-job').click();
  await page.getByTestId('goal-language').click();
  await page.getByTestId('slot-mon-daytime').check();
  await expectAccessible(page, 'mentee form');
  await shot(page, 'mentee-form-en');
  await page.getByTestId('form-save').click();

  await expect(page.getByTestId('detail-title')).toHaveText(MENTEE);
  const { code, id } = (await invoke<{ id: number; code: string; name: string }[]>(page, 'mentees:list', {}))[0]!;
  expect(code).toMatch(/^MT-[0-9A-Z]{5}$/);
  await expect(page.getByTestId('mentee-view')).toContainText(code);

  // The list shows the code, not the name, until asked.
  await expect(page.getByRole('gridcell', { name: code })).toBeVisible();
  await expect(row(page, code).getByRole('gridcell', { name: 'Job, Language' })).toBeVisible();
  await expect(row(page, code).getByRole('gridcell', { name: 'No course yet' })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: MENTEE })).toHaveCount(0);
  await page.getByTestId('show-names').click();
  await expect(page.getByRole('gridcell', { name: MENTEE })).toBeVisible();
  await page.getByTestId('show-names').click();
  await expect(page.getByRole('gridcell', { name: MENTEE })).toHaveCount(0);
  await expectAccessible(page, 'mentee view');
  await shot(page, 'mentee-view-en');

  // Refer from the view: the organisation, then its caseworker, a reason.
  await page.getByTestId('refer-button').click();
  const dialog = page.getByTestId('referral-dialog');
  await expect(dialog).toContainText(`Refer ${code} to a course`);
  await page.getByTestId('referral-dialog-organisation').fill('jobcen');
  await page.getByRole('option', { name: ORG }).click();
  await expect(page.getByTestId('referral-dialog-contact').locator('option', { hasText: CASEWORKER })).toHaveCount(1);
  await page.getByTestId('referral-dialog-contact').selectOption({ label: `${CASEWORKER} (Caseworker)` });
  await page.getByTestId('referral-dialog-reason').fill('Wants to work in health care again.');
  await expectAccessible(page, 'referral dialog');
  await shot(page, 'referral-en');
  await page.getByTestId('referral-dialog-save').click();

  // Landed on the courses page, on a new course in "referred".
  await expect(page.getByTestId('cases-nav')).toHaveAttribute('aria-selected', 'true');
  const mentee = await invoke<{ cases: { id: number; status: string }[] }>(page, 'mentees:get', { id });
  expect(mentee.cases).toHaveLength(1);
  const course = await invoke<{ status: string; referral: { organisationName: string; contactName: string; reason: string } }>(
    page,
    'cases:get',
    { id: mentee.cases[0]!.id },
  );
  expect(course.status).toBe('referred');
  expect(course.referral).toMatchObject({ organisationName: ORG, contactName: CASEWORKER, reason: 'Wants to work in health care again.' });

  // Back on the mentee: the course is listed and the button offers a new one.
  await page.getByTestId('mentees-nav').click();
  await expect(row(page, code).getByRole('gridcell', { name: 'Referred' })).toBeVisible();
  await page.getByRole('gridcell', { name: code }).click();
  await expect(page.getByTestId('mentee-courses')).toContainText('Referred');
  await expect(page.getByTestId('refer-button')).toHaveText('Start a new course');
  // A mentee with a course cannot be deleted: the translated reason shows.
  await page.getByTestId('more-actions').click();
  await page.getByTestId('delete-button').click();
  await page.getByTestId('delete-confirm').click();
  await expect(page.getByTestId('record-error')).toContainText('courses refer to it');

  // Danish (and Finnish for long words): list, view and the referral dialog.
  for (const lng of ['da', 'fi'] as const) {
    await page.getByTestId('settings-nav').click();
    await page.getByTestId('language-select').first().selectOption(lng);
    await page.getByTestId('mentees-nav').click();
    await page.getByRole('gridcell', { name: code }).click();
    await expect(page.getByTestId('mentee-view')).toBeVisible();
    await shot(page, `mentee-view-${lng}`);
    await page.getByTestId('refer-button').click();
    await expect(page.getByTestId('referral-open-warning')).toBeVisible();
    await expectAccessible(page, `referral dialog (${lng})`);
    await shot(page, `referral-${lng}`);
    await page.keyboard.press('Escape');
    await page.getByTestId('new-button').click();
    await expect(page.getByTestId('mentee-form')).toBeVisible();
    await shot(page, `mentee-form-${lng}`);
    // Esc leaves an untouched form at once.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('mentee-form')).toHaveCount(0);
  }
});
