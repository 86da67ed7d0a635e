import { expect, test, type Page } from './support/test';
import { expectAccessible, invoke } from './support/app';
import { openCourse, openRegister, seed } from './support/course';

// The organisation picker and the mentee finder ask core for their matches as the user types
// (organisations:page, mentees:page) instead of loading every organisation or mentee into the
// window: at 50,000 organisations or 200,000 mentees a form must open as fast as at 50. They
// must never ask for a whole list. Screenshots go to test-results/pickers for a human look.

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/pickers/${name}.png` });

/** Every channel the renderer calls from now on (the harness relays them as POST /invoke). */
function recordChannels(page: Page): string[] {
  const channels: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/invoke'))
      channels.push((JSON.parse(r.postData() ?? '{}') as { channel: string }).channel);
  });
  return channels;
}

const options = (page: Page) => page.getByRole('listbox').getByRole('option');

test('the organisation picker finds by the start of any word, 50 at most, through core', async ({ page }) => {
  test.setTimeout(120_000);
  await openRegister(page);
  await invoke(page, 'organisations:save', { name: 'Jobcenter Aarhus' });
  await invoke(page, 'organisations:save', { name: 'Aarhus Sprogcenter' });
  await invoke(page, 'organisations:save', { name: 'Kvindehuset Odense' });
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: { invoke: (c: string, i: unknown) => Promise<unknown> } }).api;
    for (let i = 0; i < 60; i++) await api.invoke('organisations:save', { name: `Forening ${String(i).padStart(2, '0')}` });
  });
  const channels = recordChannels(page);

  await page.getByTestId('contacts-nav').click();
  await page.getByTestId('new-button').click();
  await page.getByTestId('contact-name-input').fill('Mette Sørensen');
  await page.getByTestId('membership-add').click();
  const picker = page.getByTestId('membership-organisation');

  // Opened without text: the first 50 by name, not all 63.
  await picker.click();
  await page.keyboard.press('ArrowDown');
  await expect(options(page)).toHaveCount(50);
  await expect(options(page).first()).toHaveText('Aarhus Sprogcenter');

  // "aar" begins a word of two names: the first and the second word.
  await picker.fill('aar');
  await expect(options(page)).toHaveText(['Aarhus Sprogcenter', 'Jobcenter Aarhus']);
  await expectAccessible(page, 'organisation picker');
  await shot(page, 'organisation-picker-en');

  // Inside a word finds nothing, and says so.
  await picker.fill('rhus');
  await expect(options(page)).toHaveText(['No matching organisations']);

  await picker.fill('kvinde');
  await options(page).first().click();
  await expect(picker).toHaveValue('Kvindehuset Odense');
  // Typing over a chosen name keeps every key typed.
  await picker.press('Control+a');
  await picker.pressSequentially('job aar');
  await expect(picker).toHaveValue('job aar');
  await options(page).filter({ hasText: 'Jobcenter Aarhus' }).click();
  await expect(picker).toHaveValue('Jobcenter Aarhus');
  await page.getByTestId('form-save').click();
  await expect(page.getByTestId('memberships-section')).toContainText('Jobcenter Aarhus');

  expect(channels).toContain('organisations:page');
  expect(channels).not.toContain('organisations:list');
});

test('the mentee finder finds by code or name through core and warns of an open course (English, Danish)', async ({ page }) => {
  test.setTimeout(120_000);
  await openRegister(page);
  const s = await seed(page);
  await openCourse(page, s);
  const farah = await invoke<{ code: string }>(page, 'mentees:save', { name: 'Farah Noor' });
  const channels = recordChannels(page);

  await page.getByTestId('cases-nav').click();
  await page.getByTestId('new-button').click();
  const finder = page.getByTestId('referral-mentee');
  await finder.fill(s.code.slice(0, 5));
  await expect(options(page)).toHaveText([`${s.code} · Amina Hassan`]);
  await options(page).first().click();
  await expect(page.getByTestId('referral-open-warning')).toContainText(s.code);

  // Typing over the chosen mentee keeps every key typed (the first one used to be lost).
  await finder.press('Control+a');
  await finder.pressSequentially('far');
  await expect(finder).toHaveValue('far');
  await expect(options(page)).toHaveText([`${farah.code} · Farah Noor`]);
  await options(page).first().click();
  await expect(page.getByTestId('referral-open-warning')).toHaveCount(0);
  await page.getByTestId('referral-dialog-save').click();
  await expect(page.getByTestId('case-title')).toContainText(farah.code);

  expect(channels).toContain('mentees:page');
  expect(channels).not.toContain('mentees:list');

  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('cases-nav').click();
  await page.getByTestId('new-button').click();
  await page.getByTestId('referral-mentee').fill('zzz');
  await expect(options(page)).toHaveText(['Ingen mentee med den kode eller det navn']);
  await page.getByTestId('referral-mentee').fill('amin');
  await expect(options(page)).toHaveText([`${s.code} · Amina Hassan`]);
  await expectAccessible(page, 'mentee finder (da)');
  await shot(page, 'mentee-finder-da');
});
