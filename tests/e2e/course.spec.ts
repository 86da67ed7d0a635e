import { expect, test } from './support/test';
import { expectAccessible, invoke } from './support/app';
import { daysAgo, goToCourse, logMeeting, openCourse, openRegister, seed, seedMentor, shot, step } from './support/course';

// One mentoring course from referral to closing on the case page, against the real core: intake,
// waiting list, matching by choosing a suggestion, the start agreement, meetings logged with the
// quick dialog, pause and resume, closing with the outcome and the follow-up it plans. Also a
// rematch and deleting a course. The page at 1000 px in Danish and Finnish: course-locales.spec.ts.
// The mentee, the referring organisation and the mentor are seeded through the contract (their
// screens are tested on their own). Screenshots go to test-results/casepage for a human look.

test('a course from referral to closing: intake, match, start agreement, meetings, pause, resume, close', async ({ page }) => {
  test.setTimeout(180_000);
  await openRegister(page);
  const s = await seed(page);
  const caseId = await openCourse(page, s);
  await goToCourse(page, s.code);

  // Referred: who, when, why; the name links to the mentee; the next step is the intake.
  const status = page.getByTestId('case-status');
  await expect(status).toHaveText('Referred');
  await expect(page.getByTestId('case-title')).toContainText(s.code);
  await expect(page.getByTestId('case-mentee-link')).toHaveText('Amina Hassan');
  await expect(page.getByTestId('case-days')).toHaveText('20 days in this status');
  await expect(page.getByTestId('case-referred')).toContainText('Referred by Jobcenter Aarhus, Mette Sørensen');
  await expect(page.getByTestId('referral-section')).toContainText('wants to work in Danish health care');
  await expect(page.getByTestId('timeline')).toContainText('Referred');
  // Only what core accepts from here: the intake or closing.
  const next = page.getByTestId('next-step');
  await expect(next.getByRole('button')).toHaveText(['Intake done', 'Close the course']);
  await expectAccessible(page, 'case page (referred)');
  await shot(page, 'case-referred-en');

  // A date before the referral is refused in the dialog with the reason.
  await page.getByTestId('step-intake').click();
  await expectAccessible(page, 'step dialog');
  await page.getByTestId('step-date').fill(daysAgo(25));
  await page.getByTestId('step-confirm').click();
  await expect(page.getByTestId('step-dialog')).toContainText('before the course');
  await page.getByTestId('step-date').fill(daysAgo(14));
  await page.getByTestId('step-reason').fill('Met at the library with an interpreter.');
  await page.getByTestId('step-confirm').click();
  await expect(status).toHaveText('Intake');
  // The pressed button is gone; the keyboard carries on from the new choices.
  await expect(next).toBeFocused();
  await expect(page.getByTestId('case-days')).toHaveText('14 days in this status');
  await expect(page.getByTestId('timeline')).toContainText('Referred → Intake');
  await expect(page.getByTestId('timeline')).toContainText('Met at the library with an interpreter.');

  // Goals recorded at the intake.
  await page.getByTestId('goals-edit').click();
  await page.getByTestId('goal-description').fill('A job as a nurse’s assistant');
  await page.getByTestId('goal-progress').selectOption('in-progress');
  await page.getByTestId('goal-add').click();
  await page.getByTestId('goal-kind').nth(1).selectOption('language');
  await page.getByTestId('goal-description').nth(1).fill('Danish at level 3');
  await page.getByTestId('goals-save').click();
  await expect(page.getByTestId('goals-section')).toContainText('0 of 2 reached');
  await expect(page.getByTestId('goals-section')).toContainText('In progress');

  // Waiting list: the matching suggestions show on the course.
  await step(page, 'waiting', () => page.getByTestId('step-date').fill(daysAgo(10)));
  await expect(status).toHaveText('Waiting for a mentor');
  await expect(next).toContainText('Choose a mentor from the suggestions below');
  const choose = page.getByTestId(`match-choose-${s.mentorId}`);
  await expect(choose).toBeVisible();
  await expectAccessible(page, 'case page (waiting, matching)');
  await shot(page, 'case-waiting-en');

  // Match: choose the first suggestion.
  await choose.click();
  await page.getByTestId('match-confirm').click();
  await expect(status).toHaveText('Matched');
  await expect(page.getByTestId('case-mentor-link')).toHaveText('Lars Nielsen');
  await expect(page.getByTestId('timeline')).toContainText('Matched with Lars Nielsen');
  // Without the start agreement the course cannot start: recording it is the next step.
  await expect(page.getByTestId('step-start')).toHaveCount(0);
  await expect(page.getByTestId('step-agreement')).toBeVisible();

  await page.getByTestId('step-agreement').click();
  await expect(page.getByTestId('agreement-form')).toBeVisible();
  await expect(page.getByTestId('agreement-date')).toBeFocused();
  await expect(page.getByTestId('agreement-form')).toContainText('consent');
  await page.getByTestId('agreement-participants').fill('Amina, Mette (job centre), Lars, Sara');
  await page.getByTestId('agreement-division').fill('Mette handles the internship; Lars helps with CV and network.');
  await page.getByTestId('agreement-frequency').selectOption('every-two-months');
  await page.getByTestId('agreement-form-kind').selectOption('meeting');
  await page.getByTestId('agreement-content-attendance').check();
  await page.getByTestId('agreement-content-goals-progress').check();
  await expectAccessible(page, 'start agreement form');
  await shot(page, 'case-agreement-form-en');
  await page.getByTestId('agreement-save').click();
  const agreement = page.getByTestId('agreement-section');
  await expect(agreement).toContainText('Every two months');
  await expect(agreement).toContainText('Whether meetings take place, Progress on goals');
  await expect(page.getByTestId('agreement-edit')).toHaveText('Edit');

  // Editing a goal keeps it (and its id): progress is updated in place.
  type Goals = { goals: { id: number; progress: string }[] };
  const before = (await invoke<Goals>(page, 'cases:get', { id: caseId })).goals.map((g) => g.id);
  await page.getByTestId('goals-edit').click();
  await page.getByTestId('goal-progress').nth(1).selectOption('reached');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('goals-section')).toContainText('1 of 2 reached');
  expect((await invoke<Goals>(page, 'cases:get', { id: caseId })).goals.map((g) => g.id)).toEqual(before);

  // Start.
  await step(page, 'start');
  await expect(status).toHaveText('Active');
  await expect(next.getByRole('button')).toHaveText(['Pause', 'Find a new mentor', 'Close the course']);

  // Meetings through the quick dialog; one corrected, one deleted after a question.
  await logMeeting(page, daysAgo(0), 'First meeting: CV and goals.');
  await logMeeting(page, daysAgo(0), 'Visited a nursing home together.', '90');
  await logMeeting(page, daysAgo(0), 'Logged by mistake.', '15');
  const meetings = page.getByTestId('meeting-item');
  await expect(meetings).toHaveCount(3);
  await meetings.filter({ hasText: 'Logged by mistake.' }).getByTestId('meeting-remove').click();
  await expect(page.getByTestId('delete-dialog')).toContainText('will be deleted');
  await page.getByTestId('delete-confirm').click();
  await expect(meetings).toHaveCount(2);
  await meetings.filter({ hasText: 'Visited a nursing home' }).getByTestId('meeting-edit').click();
  await expect(page.getByTestId('meeting-dialog')).toBeVisible();
  await page.getByTestId('meeting-note').fill('Visited a nursing home together; met the manager.');
  await page.getByTestId('meeting-save').click();
  await expect(page.getByTestId('meetings-section')).toContainText('met the manager');
  await expect(page.getByTestId('meetings-section')).toContainText('90 min');
  await expect(page.getByTestId('timeline')).toContainText('Meeting: Mentor and mentee');
  // The edit dialog animates out; until it has gone the page behind it is aria-hidden.
  await expect(page.getByTestId('meeting-dialog')).toHaveCount(0);
  await expectAccessible(page, 'case page (active with meetings)');
  await shot(page, 'case-active-en');

  // Pause and resume.
  await step(page, 'pause', () => page.getByTestId('step-reason').fill('Amina is travelling for a month.'));
  await expect(status).toHaveText('Paused');
  await expect(page.getByTestId('timeline')).toContainText('Amina is travelling for a month.');
  await step(page, 'resume');
  await expect(status).toHaveText('Active');

  // Close: the outcome is needed, and a reason when it ended early.
  await page.getByTestId('step-close').click();
  await page.getByTestId('step-confirm').click();
  await expect(page.getByTestId('step-dialog')).toContainText('Choose the outcome');
  await page.getByTestId('step-outcome').selectOption('ended-early');
  await page.getByTestId('step-confirm').click();
  await expect(page.getByTestId('step-dialog')).toContainText('Write why the course ended early.');
  await page.getByTestId('step-outcome').selectOption('job-part-time');
  await page.getByTestId('step-evaluation').fill('Good match; the internship led to a part-time job.');
  await expectAccessible(page, 'close dialog');
  await page.getByTestId('step-confirm').click();
  await expect(status).toHaveText('Closed');
  await expect(page.getByTestId('closing-section')).toContainText('Job, part-time');
  await expect(page.getByTestId('closing-section')).toContainText('the internship led to a part-time job');
  await expect(next).toContainText('The course is closed');
  await expect(next.getByRole('button')).toHaveCount(0);
  // Closing planned a follow-up; record how it went.
  const followUp = page.getByTestId('follow-up-item');
  await expect(followUp).toHaveCount(1);
  await expect(followUp).toContainText('Planned');
  await expect(page.getByTestId('mentor-history')).toContainText('Lars Nielsen');
  await expectAccessible(page, 'case page (closed)');
  await shot(page, 'case-closed-en');
  await followUp.getByTestId('follow-up-record').click();
  await page.getByTestId('follow-up-result').selectOption('in-job');
  await page.getByTestId('follow-up-note').fill('Still working at the nursing home.');
  await page.getByTestId('follow-up-save').click();
  await expect(followUp).toContainText('Done');
  await expect(followUp).toContainText('In a job');
  await expect(page.getByTestId('timeline')).toContainText('Follow-up: In a job');

  // The history reads newest first; on the same day the status change sits above what led to it.
  const firstLine = page.getByTestId('timeline').locator('li').first();
  await expect(firstLine).toContainText('Active → Closed');
  await expect(page.getByTestId('timeline').locator('li').last()).toContainText('Referred');
});

test('a rematch asks why and keeps the first mentor in the history; deleting a course says what goes', async ({ page }) => {
  await openRegister(page);
  const s = await seed(page);
  const second = await seedMentor(page, 'Hanne Berg');
  const id = await openCourse(page, s, 40);
  for (const [to, date] of [
    ['intake', daysAgo(35)],
    ['waiting', daysAgo(30)],
  ] as const)
    await invoke(page, 'cases:transition', { id, to, date });
  await invoke(page, 'cases:transition', { id, to: 'matched', date: daysAgo(28), mentorId: s.mentorId });
  await invoke(page, 'cases:saveAgreement', { caseId: id, agreement: { date: daysAgo(21) } });
  await invoke(page, 'cases:transition', { id, to: 'active', date: daysAgo(21) });
  await goToCourse(page, s.code);

  await page.getByTestId('step-rematch').click();
  await expect(page.getByTestId('step-dialog')).toContainText('Lars Nielsen’s part of the course ends');
  await page.getByTestId('step-confirm').click();
  await expect(page.getByTestId('step-dialog')).toContainText('Write a short reason');
  await page.getByTestId('step-reason').fill('Lars moved to Odense.');
  await page.getByTestId('step-confirm').click();
  await expect(page.getByTestId('case-status')).toHaveText('Waiting for a mentor');
  await expect(page.getByTestId('case-mentor-link')).toHaveCount(0);
  await expect(page.getByTestId('mentor-history')).toContainText('Ended: Lars moved to Odense.');
  await expect(page.getByTestId('timeline')).toContainText('Lars Nielsen’s part ended: Lars moved to Odense.');

  // The new mentor from the suggestions.
  await page.getByTestId(`match-choose-${second}`).click();
  await page.getByTestId('match-confirm').click();
  await expect(page.getByTestId('case-mentor-link')).toHaveText('Hanne Berg');
  await expect(page.getByTestId('mentor-history').locator('li')).toHaveCount(2);
  // The agreement from the first start meeting still holds: the course can start again at once.
  await expect(page.getByTestId('step-start')).toBeVisible();

  // The referral can be corrected: the reason and the coordinator.
  await page.getByTestId('referral-edit').click();
  await expect(page.getByTestId('referral-reason')).toBeFocused();
  await page.getByTestId('referral-reason').fill('Wants a job in elderly care.');
  await page.getByTestId('referral-coordinator').fill('Jonas Friis');
  await expect(page.getByTestId('referral-contact')).toHaveValue(String(s.contactId));
  await page.getByTestId('referral-save').click();
  await expect(page.getByTestId('referral-section')).toContainText('Wants a job in elderly care.');
  await expect(page.getByTestId('referral-section')).toContainText('Jonas Friis');
  await expect(page.getByTestId('referral-section')).toContainText('Mette Sørensen');

  // A follow-up planned by hand, then removed after a question.
  await page.getByTestId('follow-up-plan').click();
  await page.getByTestId('follow-up-due-on').fill(daysAgo(-30));
  await page.getByTestId('follow-up-note').fill('Call about the internship.');
  // Closing a dialog with typed text asks first; staying keeps the text.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('unsaved-dialog')).toBeVisible();
  await page.getByTestId('unsaved-stay').click();
  await expect(page.getByTestId('unsaved-dialog')).toHaveCount(0);
  await expect(page.getByTestId('follow-up-note')).toHaveValue('Call about the internship.');
  await page.getByTestId('follow-up-save').click();
  const followUp = page.getByTestId('follow-up-item');
  await expect(followUp).toContainText('Call about the internship.');
  await expect(followUp).toContainText('Planned');
  await followUp.getByTestId('follow-up-remove').click();
  await expect(page.getByTestId('delete-dialog')).toContainText('will be deleted');
  await page.getByTestId('delete-confirm').click();
  await expect(followUp).toHaveCount(0);

  // Delete: the question names what goes and what stays.
  await page.getByTestId('case-more').click();
  await page.getByTestId('case-delete').click();
  await expect(page.getByTestId('delete-dialog')).toContainText(`Delete the course of ${s.code}?`);
  await expect(page.getByTestId('delete-dialog')).toContainText('The mentee and the mentor stay in the register');
  await page.getByTestId('delete-confirm').click();
  await expect(page.getByTestId('case-page')).toBeHidden();
  expect(await invoke<unknown[]>(page, 'cases:list', { includeClosed: true })).toEqual([]);
  expect(await invoke<unknown[]>(page, 'mentees:list', {})).toHaveLength(1);
});
