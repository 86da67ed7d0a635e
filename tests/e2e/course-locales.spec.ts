import { expect, test } from './support/test';
import { expectAccessible, invoke } from './support/app';
import { daysAgo, expectNoOverflow, goToCourse, openCourse, openRegister, seed, shot } from './support/course';

// The case page at 1000 px in Danish and Finnish, in three states of a course (waiting, active
// with meetings, closed): nothing sticks out sideways and axe finds nothing serious. The course
// itself, step by step: course.spec.ts. Screenshots go to test-results/casepage.

test('the case page at 1000 px, in Danish and Finnish: waiting, active with meetings, closed', async ({ page }) => {
  test.setTimeout(120_000);
  await openRegister(page);
  const a = await seed(page, 'Amina Hassan', 'Lars Nielsen');
  const b = await invoke<{ id: number; code: string }>(page, 'mentees:save', { name: 'Yusuf Ahmadi', municipality: 'Aarhus' });
  const c = await invoke<{ id: number; code: string }>(page, 'mentees:save', { name: 'Tigist Bekele', municipality: 'Aarhus' });

  // Waiting.
  const waiting = await openCourse(page, { ...a, menteeId: b.id, code: b.code }, 30);
  await invoke(page, 'cases:transition', { id: waiting, to: 'intake', date: daysAgo(25) });
  await invoke(page, 'cases:transition', { id: waiting, to: 'waiting', date: daysAgo(21) });
  // Active with meetings and goals.
  const active = await openCourse(page, a, 90);
  await invoke(page, 'cases:transition', { id: active, to: 'intake', date: daysAgo(85) });
  await invoke(page, 'cases:transition', { id: active, to: 'waiting', date: daysAgo(80) });
  await invoke(page, 'cases:transition', { id: active, to: 'matched', date: daysAgo(70), mentorId: a.mentorId });
  await invoke(page, 'cases:saveAgreement', {
    caseId: active,
    agreement: {
      date: daysAgo(63),
      participants: 'Amina, Mette, Lars, Sara',
      divisionOfWork: 'Mette: internship. Lars: CV, network, interview practice.',
      feedbackFrequency: 'quarterly',
      feedbackForm: 'written-report',
      feedbackMayContain: ['attendance', 'goals-progress'],
    },
  });
  await invoke(page, 'cases:transition', { id: active, to: 'active', date: daysAgo(63) });
  await invoke(page, 'cases:saveDetails', {
    id: active,
    coordinator: 'Sara Holm',
    referral: { organisationId: a.organisationId, contactId: a.contactId, date: daysAgo(90), reason: 'Nurse from Syria.' },
    goals: [
      { kind: 'job', description: 'Job as a nurse’s assistant', progress: 'in-progress' },
      { kind: 'language', description: 'Danish at level 3', progress: 'reached' },
    ],
  });
  for (const [days, note, topics] of [
    [56, 'CV in Danish.', ['CV']],
    [35, 'Practised a job interview.', ['interview']],
    [14, 'Visited a nursing home; the manager offered an internship.', ['internship', 'network']],
  ] as const)
    await invoke(page, 'meetings:save', { caseId: active, date: daysAgo(days), durationMinutes: 60, topics, note });
  // Closed.
  const closed = await openCourse(page, { ...a, menteeId: c.id, code: c.code }, 200);
  await invoke(page, 'cases:transition', { id: closed, to: 'intake', date: daysAgo(190) });
  await invoke(page, 'cases:transition', {
    id: closed,
    to: 'closed',
    date: daysAgo(150),
    closing: { outcome: 'moved', evaluation: 'Moved to Copenhagen before a mentor was found; referred to a programme there.' },
  });

  // 1000 px wide: one column, nothing sticks out.
  await page.setViewportSize({ width: 1000, height: 820 });
  for (const code of [b.code, a.code, c.code]) {
    await goToCourse(page, code);
    await expectNoOverflow(page, `${code} at 1000 px`);
  }
  await shot(page, 'case-closed-1000-en');
  await goToCourse(page, a.code);
  await shot(page, 'case-active-1000-en');

  // Danish.
  await page.setViewportSize({ width: 1200, height: 820 });
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await goToCourse(page, b.code);
  await expect(page.getByTestId('case-status')).toHaveText('Venter på mentor');
  await expect(page.getByTestId('step-close')).toHaveText('Afslut forløbet');
  await expectNoOverflow(page, 'waiting in Danish');
  await expectAccessible(page, 'case page in Danish (waiting)');
  await shot(page, 'case-waiting-da');
  await goToCourse(page, a.code);
  await expect(page.getByTestId('case-status')).toHaveText('I gang');
  await expect(page.getByTestId('step-pause')).toHaveText('Sæt på pause');
  await expect(page.getByTestId('meeting-item')).toHaveCount(3);
  await expectNoOverflow(page, 'active in Danish');
  await shot(page, 'case-active-da');
  await page.getByTestId('step-close').click();
  await expect(page.getByTestId('step-dialog')).toContainText('Resultat');
  await shot(page, 'case-close-dialog-da');
  await page.keyboard.press('Escape');
  await goToCourse(page, c.code);
  await expect(page.getByTestId('case-status')).toHaveText('Afsluttet');
  await expect(page.getByTestId('closing-section')).toContainText('Flyttet');
  await expectNoOverflow(page, 'closed in Danish');
  await expectAccessible(page, 'case page in Danish (closed)');
  await shot(page, 'case-closed-da');

  // Finnish has the longest words: still nothing sticks out at 1000 px.
  await page.setViewportSize({ width: 1000, height: 820 });
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('fi');
  await goToCourse(page, a.code);
  await expect(page.getByTestId('step-close')).toHaveText('Päätä jakso');
  await expectNoOverflow(page, 'active in Finnish at 1000 px');
  await shot(page, 'case-active-1000-fi');
});
