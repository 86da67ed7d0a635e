import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, PASSPHRASE, resetHarness, unlock } from './support/app';

// The courses list, the board and the matching panel against the real core. Data is seeded
// through the same contract the screens use; screenshots go to test-results/cases-board.

// Functions passed to page.evaluate run in the browser, but this file is compiled with the Node
// settings (no DOM library): this is the one page global they use.
declare const window: { api: { invoke(channel: string, input: unknown): Promise<unknown> } };

// Each test creates a register (Argon2id) and seeds through the contract: slower than the default minute on a busy machine.
test.describe.configure({ timeout: 150_000 });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/cases-board/${name}.png` });

type Seeded = {
  cases: Record<'waiting' | 'intake' | 'referred' | 'matched' | 'active', { id: number; code: string }>;
  mentors: Record<'birgitte' | 'carsten' | 'dorte', number>;
};

async function openRegister(page: Page) {
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
}

/** Five mentees with a course each (referred … active) and three active mentors, via the contract. */
async function seed(page: Page): Promise<Seeded> {
  return page.evaluate(async () => {
    const invoke = async (channel: string, input: unknown) => {
      const r = (await window.api.invoke(channel as never, input as never)) as { ok: boolean; value?: unknown; error?: unknown };
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
      return r.value as { id: number; code: string };
    };
    const mentor = async (input: Record<string, unknown>) => {
      const m = await invoke('mentors:save', input);
      await invoke('mentors:setStatus', { id: m.id, status: 'trained' });
      await invoke('mentors:setStatus', { id: m.id, status: 'active' });
      return m.id;
    };
    const today = new Date().toISOString().slice(0, 10);
    const course = async (name: string, extra: Record<string, unknown>, steps: Record<string, unknown>[]) => {
      const mentee = await invoke('mentees:save', { name, ...extra });
      const c = await invoke('cases:open', { menteeId: mentee.id, coordinator: 'Lene', referral: { date: today, reason: '' } });
      for (const step of steps) {
        if (step.agreement) await invoke('cases:saveAgreement', { caseId: c.id, agreement: { date: today } });
        else await invoke('cases:transition', { id: c.id, ...step });
      }
      return { id: c.id, code: mentee.code };
    };
    const birgitte = await mentor({
      name: 'Birgitte Holm',
      industries: ['health'],
      languages: [{ code: 'ar', level: 'good' }],
      municipality: 'Odense',
    });
    const carsten = await mentor({
      name: 'Carsten Lund',
      industries: ['it'],
      languages: [{ code: 'en', level: 'fluent' }],
      municipality: 'Aarhus',
    });
    const dorte = await mentor({ name: 'Dorte Nielsen', industries: ['education'], municipality: 'Aarhus', capacity: 2 });
    const waiting = await course(
      'Amina Hassan',
      { industries: ['health'], languages: [{ code: 'ar', level: 'native' }], municipality: 'Aarhus' },
      [{ to: 'intake' }, { to: 'waiting' }],
    );
    const intake = await course('Bashir Rahimi', { municipality: 'Aarhus' }, [{ to: 'intake' }]);
    const referred = await course('Chen Li', { municipality: 'Skanderborg' }, []);
    const matched = await course('Dalia Youssef', { municipality: 'Aarhus' }, [
      { to: 'intake' },
      { to: 'waiting' },
      { to: 'matched', mentorId: dorte },
    ]);
    const active = await course('Elif Kaya', { municipality: 'Aarhus' }, [
      { to: 'intake' },
      { to: 'waiting' },
      { to: 'matched', mentorId: dorte },
      { agreement: true },
      { to: 'active' },
    ]);
    return { cases: { waiting, intake, referred, matched, active }, mentors: { birgitte, carsten, dorte } };
  });
}

const column = (page: Page, status: string) => page.getByTestId(`board-column-${status}`);

test('courses list by code, status chips, filter and the names toggle', async ({ page }) => {
  await openRegister(page);
  await page.getByTestId('cases-nav').click();
  await expect(page.getByTestId('empty-state')).toContainText('No open courses');
  await expectAccessible(page, 'courses (empty)');

  const s = await seed(page);
  await page.getByTestId('board-nav').click();
  await page.getByTestId('cases-nav').click();
  const grid = page.getByTestId('grid');
  // Codes, not names.
  for (const c of Object.values(s.cases)) await expect(grid.getByRole('gridcell', { name: c.code })).toBeVisible();
  await expect(grid.getByText('Amina Hassan')).toHaveCount(0);
  await expect(grid.getByRole('gridcell', { name: 'Waiting for a mentor' })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'Dorte Nielsen' }).first()).toBeVisible();
  await expect(page.getByTestId('status-chip-all')).toContainText('5');
  await expectAccessible(page, 'courses list');
  await shot(page, 'list-en');

  // A status chip narrows the list.
  await page.getByTestId('status-chip-waiting').click();
  await expect(page.getByTestId('status-chip-waiting')).toHaveAttribute('aria-pressed', 'true');
  await expect(grid.getByRole('gridcell', { name: s.cases.waiting.code })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: s.cases.intake.code })).toHaveCount(0);
  await page.getByTestId('status-chip-all').click();

  // The quick filter finds by mentor.
  await page.getByTestId('quick-filter').fill('dorte');
  await expect(grid.getByRole('gridcell', { name: s.cases.matched.code })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: s.cases.waiting.code })).toHaveCount(0);
  await page.getByTestId('quick-filter').fill('');

  // Names only on request.
  await page.getByTestId('show-names').check();
  await expect(grid.getByRole('gridcell', { name: 'Amina Hassan' })).toBeVisible();
  await page.getByTestId('show-names').uncheck();
  await expect(grid.getByText('Amina Hassan')).toHaveCount(0);

  // Enter on a row opens the course.
  await grid.getByRole('gridcell', { name: s.cases.intake.code }).click();
  await expect(page.getByTestId('case-page')).toBeVisible();
  await expect(page.getByTestId('case-title')).toContainText(s.cases.intake.code);
  await page.getByTestId('case-back').click();
  await grid.getByRole('gridcell', { name: s.cases.referred.code }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-title')).toContainText(s.cases.referred.code);

  // "New course (referral)" opens a course for a mentee who has none, and shows it.
  const farah = await page.evaluate(async () => {
    const r = (await window.api.invoke('mentees:save' as never, { name: 'Farah Noor' } as never)) as { value: { code: string } };
    return r.value.code;
  });
  await page.getByTestId('case-back').click();
  await page.getByTestId('new-button').click();
  await expect(page.getByTestId('referral-dialog')).toBeVisible();
  await page.getByTestId('referral-mentee').fill('farah');
  await page.getByRole('option', { name: `${farah} · Farah Noor` }).click();
  await page.getByTestId('referral-dialog-save').click();
  await expect(page.getByTestId('case-title')).toContainText(farah);
  await expect(page.getByTestId('case-status')).toHaveText('Referred');
  await page.getByTestId('case-back').click();
  await expect(page.getByTestId('status-chip-referred')).toContainText('2');
});

test('board: columns with counts, moving a card by menu and keyboard, a move that needs input', async ({ page }) => {
  await openRegister(page);
  const s = await seed(page);
  await page.getByTestId('board-nav').click();

  const expected = { referred: 1, intake: 1, waiting: 1, matched: 1, active: 1, paused: 0 };
  for (const [status, n] of Object.entries(expected)) await expect(page.getByTestId(`board-count-${status}`)).toHaveText(String(n));
  await expect(column(page, 'intake').getByTestId(`board-card-${s.cases.intake.id}`)).toContainText(s.cases.intake.code);
  await expect(column(page, 'matched').getByTestId(`board-card-${s.cases.matched.id}`)).toContainText('Dorte Nielsen');
  await expect(column(page, 'active').getByTestId(`board-card-${s.cases.active.id}`)).toContainText('No meeting yet');
  await expect(page.getByTestId('board')).not.toContainText('Amina Hassan');
  await expectAccessible(page, 'board');
  await shot(page, 'board-en');

  // intake → waiting through the card's menu.
  await page.getByTestId(`board-move-${s.cases.intake.id}`).click();
  await expect(page.getByTestId('move-menu')).toBeVisible();
  await expectAccessible(page, 'board move menu');
  await shot(page, 'board-menu-en');
  await page.getByTestId('move-to-waiting').click();
  await expect(column(page, 'waiting').getByTestId(`board-card-${s.cases.intake.id}`)).toBeVisible();
  await expect(page.getByTestId('board-count-intake')).toHaveText('0');
  await expect(page.getByTestId('board-count-waiting')).toHaveText('2');
  await expect(page.getByTestId('board-notice')).toContainText(`${s.cases.intake.code} moved to “Waiting for a mentor”`);

  // referred → intake with the keyboard only: M opens the menu, the arrow keys and Enter pick.
  await page.getByTestId(`board-open-${s.cases.referred.id}`).focus();
  await page.keyboard.press('m');
  await expect(page.getByTestId('move-to-intake')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(column(page, 'intake').getByTestId(`board-card-${s.cases.referred.id}`)).toBeVisible();
  await expect(page.getByTestId(`board-open-${s.cases.referred.id}`)).toBeFocused();
  // Arrow right goes to the next column's card.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(`[data-column="waiting"] [data-card-open]`).first()).toBeFocused();

  // The filter narrows every column.
  await page.getByTestId('board-filter').fill(s.cases.active.code);
  await expect(page.getByTestId('board-count-active')).toHaveText('1');
  await expect(page.getByTestId('board-count-waiting')).toHaveText('0');
  await page.getByTestId('board-filter').fill('');

  // matched → active needs the start agreement: the course page opens instead.
  await page.getByTestId(`board-move-${s.cases.matched.id}`).click();
  await expect(page.getByTestId('move-to-closed')).toContainText('Close the course…');
  await page.getByTestId('move-to-active').click();
  await expect(page.getByTestId('case-page')).toBeVisible();
  await expect(page.getByTestId('case-title')).toContainText(s.cases.matched.code);
  await expect(page.getByTestId('case-status')).toHaveText('Matched');
});

test('matching ranks by field and language, weights re-rank and are remembered, choosing matches', async ({ page }) => {
  await openRegister(page);
  const s = await seed(page);
  const openWaitingCase = async () => {
    await page.getByTestId('board-nav').click();
    await page.getByTestId(`board-open-${s.cases.waiting.id}`).click();
    await expect(page.getByTestId('matching-panel')).toBeVisible();
  };
  await openWaitingCase();

  const list = page.getByTestId('matching-list');
  const order = () => list.locator('> li').evaluateAll((items) => items.map((li) => li.getAttribute('data-testid')));
  await expect.poll(order).toEqual([`match-suggestion-${s.mentors.birgitte}`, `match-suggestion-${s.mentors.carsten}`]);
  const birgitte = page.getByTestId(`match-suggestion-${s.mentors.birgitte}`);
  await expect(birgitte.getByTestId('match-criterion-field')).toContainText('Same field: Health care');
  await expect(birgitte.getByTestId('match-criterion-languages')).toContainText('A shared language: Arabic');
  await expect(birgitte.getByTestId('match-criterion-place')).toContainText('Another municipality: Odense');
  await expect(page.getByTestId(`match-suggestion-${s.mentors.carsten}`).getByTestId('match-criterion-languages')).toContainText(
    'No language in common',
  );
  await expect(page.getByTestId('matching-waited')).toHaveText(`${s.cases.waiting.code} joined the waiting list today.`);
  // Dorte holds two courses at capacity 2: left out, and said so.
  await expect(page.getByTestId('matching-excluded')).toHaveText('Not shown: 1 mentor with no room for another mentee.');
  await expectAccessible(page, 'matching panel');
  await shot(page, 'matching-en');

  // Place counts most: Carsten (same municipality) comes first.
  await page.getByTestId('match-weights-toggle').click();
  await page.getByTestId('match-weight-place').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('match-weight-place')).toHaveValue('10');
  await expect.poll(order).toEqual([`match-suggestion-${s.mentors.carsten}`, `match-suggestion-${s.mentors.birgitte}`]);
  await expectAccessible(page, 'matching weights');
  await shot(page, 'matching-weights-en');

  // Remembered after a reload, and after locking and unlocking the register.
  await page.reload();
  await page.getByTestId('lock-button').click();
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('lock-button')).toBeVisible();
  await openWaitingCase();
  await expect.poll(order).toEqual([`match-suggestion-${s.mentors.carsten}`, `match-suggestion-${s.mentors.birgitte}`]);
  await page.getByTestId('match-weights-toggle').click();
  await expect(page.getByTestId('match-weight-place')).toHaveValue('10');

  // Neighbouring municipalities: Odense next to Aarhus lifts Birgitte's place score.
  await page.getByTestId('match-neighbours').click();
  await page.getByTestId('neighbour-a-0').fill('Aarhus');
  await page.getByTestId('neighbour-b-0').fill('Odense');
  await expectAccessible(page, 'neighbours dialog');
  await page.getByTestId('neighbours-save').click();
  await expect(page.getByTestId('neighbours-dialog')).toBeHidden();
  await expect(birgitte.getByTestId('match-criterion-place')).toContainText('Neighbouring municipality: Odense');

  // Choose asks first, then the course is matched.
  await page.getByTestId(`match-choose-${s.mentors.carsten}`).click();
  await expect(page.getByTestId('match-confirm-dialog')).toContainText(`Match ${s.cases.waiting.code} with Carsten Lund?`);
  await page.getByTestId('match-confirm').click();
  await expect(page.getByTestId('case-status')).toHaveText('Matched');
  await expect(page.getByTestId('matching-panel')).toHaveCount(0);
  const status = await page.evaluate(
    async (id) =>
      ((await window.api.invoke('cases:get' as never, { id } as never)) as { value: { status: string; mentor: { name: string } } }).value,
    s.cases.waiting.id,
  );
  expect(status).toMatchObject({ status: 'matched', mentor: { name: 'Carsten Lund' } });
});

test('list, board and matching in Danish and Finnish', async ({ page }) => {
  await openRegister(page);
  const s = await seed(page);
  for (const [lng, heading, waiting] of [
    ['da', 'Forløb', 'Venter på mentor'],
    ['fi', 'Mentorointijaksot', 'Odottaa mentoria'],
  ] as const) {
    await page.getByTestId('settings-nav').click();
    await page.getByTestId('language-select').first().selectOption(lng);
    await page.getByTestId('cases-nav').click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expect(page.getByTestId('grid').getByRole('gridcell', { name: waiting })).toBeVisible();
    await expectAccessible(page, `courses list (${lng})`);
    await shot(page, `list-${lng}`);
    await page.getByTestId('board-nav').click();
    await expect(page.getByTestId('board-count-waiting')).toHaveText('1');
    await page.getByTestId(`board-move-${s.cases.active.id}`).click();
    await shot(page, `board-menu-${lng}`);
    await page.keyboard.press('Escape');
    await expectAccessible(page, `board (${lng})`);
    await shot(page, `board-${lng}`);
    await page.getByTestId(`board-open-${s.cases.waiting.id}`).click();
    await expect(page.getByTestId('matching-panel')).toBeVisible();
    await page.getByTestId('match-weights-toggle').click();
    await expectAccessible(page, `matching (${lng})`);
    await shot(page, `matching-${lng}`);
  }
});
