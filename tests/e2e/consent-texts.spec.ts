import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, resetHarness, invoke } from './support/app';

// Consent texts against the real core: print a pre-filled consent form for a mentee in Danish
// (and read the .docx back), add Arabic texts through "Add a language" with a right-to-left
// preview, save a new version of a Danish text, retire it. Screenshots go to
// test-results/consent-texts for a human look.

async function shot(page: Page, name: string) {
  await page.evaluate("document.querySelector('main')?.scrollTo(0, 0)");
  await page.screenshot({ path: `test-results/consent-texts/${name}.png` });
}

function documentText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

test('print a Danish consent form for a mentee, add Arabic texts, save and retire a version', async ({ page }) => {
  test.setTimeout(180_000);
  const workDir = await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
  await invoke(page, 'organisations:save', { name: 'Jobcenter Aarhus', sector: 'job-centre' });
  const mentee = await invoke<{ id: number; code: string }>(page, 'mentees:save', { name: 'Amina Hassan', goals: ['job'] });

  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');

  // The form, from the mentee's consents.
  await page.getByTestId('mentees-nav').click();
  await page.getByRole('gridcell', { name: mentee.code }).click();
  await page.getByTestId('consent-print-form').click();
  const dialog = page.getByTestId('print-form-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('print-purpose').selectOption('feedback-sharing');
  await expect(page.getByTestId('print-language')).toHaveValue('da');
  await expect(dialog).toContainText('da v1 · ');
  await page.getByTestId('print-recipient').fill('Jobcenter');
  await page.getByRole('option', { name: 'Jobcenter Aarhus' }).click();
  await page.getByTestId('print-category-attendance').check();
  await page.getByTestId('print-category-goals').check();
  await expect(page.getByTestId('print-category-notes')).not.toBeChecked();
  await page.getByTestId('print-interpreter').selectOption('ar');
  await page.getByTestId('print-expires').fill('2027-06-30');
  await expectAccessible(page, 'print consent form dialog (da)');
  await shot(page, 'print-dialog-da');
  await page.getByTestId('print-save').click();
  await expect(page.getByTestId('print-done')).toBeVisible();
  const saved = readdirSync(path.join(workDir, 'saved')).filter((f) => f.endsWith('.docx'));
  expect(saved).toHaveLength(1);
  const text = documentText(path.join(workDir, 'saved', saved[0]!));
  expect(text).toContain('Amina Hassan');
  expect(text).toContain(mentee.code);
  expect(text).toContain('må fortælle Jobcenter Aarhus, hvordan');
  expect(text).toContain('fremmøde og møder, mål og fremskridt');
  expect(text).toContain('arabisk');
  await page.getByRole('button', { name: 'Luk' }).click();

  // Privacy › Consent texts.
  await page.getByTestId('privacy-nav').click();
  await page.getByTestId('privacy-tab-texts').click();
  await expect(page.getByTestId('text-row-da-registration-v1')).toBeVisible();
  await expectAccessible(page, 'consent texts tab (da)');
  await shot(page, 'texts-tab-da');

  // Add Arabic: an unknown placeholder is named before saving; the preview runs right to left.
  await page.getByTestId('texts-add-language').click();
  const editor = page.getByTestId('text-editor');
  await expect(editor).toBeVisible();
  await page.getByTestId('editor-code').fill('ar');
  await page.getByTestId('editor-name').fill('العربية');
  await expect(page.getByTestId('editor-rtl')).toBeChecked();
  await page.getByTestId('editor-word-attendance').fill('الحضور واللقاءات');
  await page.getByTestId('editor-title').fill('موافقة على التسجيل في برنامج الإرشاد');
  await page
    .getByTestId('editor-body')
    .fill('أوافق على أن تسجل {{organisation}} معلومات عني.\n\nالاسم: {{navn}}\nالتاريخ: {{date}}\n\nالتوقيع: ____________');
  await expect(editor).toContainText('{{navn}}');
  await expect(page.getByTestId('editor-save')).toBeDisabled();
  await page
    .getByTestId('editor-body')
    .fill('أوافق على أن تسجل {{organisation}} معلومات عني.\n\nالاسم: {{name}}\nالتاريخ: {{date}}\n\nالتوقيع: ____________');
  const preview = page.getByTestId('editor-preview');
  await expect(preview.locator('[dir="rtl"]')).toContainText('الاسم: Amina Yusuf');
  await expectAccessible(page, 'add a language (ar)');
  await shot(page, 'texts-add-arabic-da');
  await page.getByTestId('editor-save').click();
  await expect(editor).toBeHidden();
  await expect(page.getByTestId('text-row-ar-registration-v1')).toContainText('العربية (ar)');
  await expect(page.getByTestId('text-missing-ar-story')).toBeVisible();

  // A new version of the Danish registration text; the first one stays, as an earlier version.
  await page.getByTestId('text-row-da-registration-v1').getByTestId('text-new-version').click();
  await expect(page.getByTestId('editor-body')).toHaveValue(/Jeg giver samtykke til/);
  await page.getByTestId('editor-title').fill('Samtykke til at være med i mentorprogrammet');
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('text-row-da-registration-v2')).toBeVisible();
  await page.getByTestId('texts-history').click();
  await expect(page.getByTestId('text-row-da-registration-v1').getByTestId('text-state')).toHaveText('Tidligere version');

  // Retiring v2 asks first; v1 is in use again.
  await page.getByTestId('text-row-da-registration-v2').getByTestId('text-retire').click();
  await page.getByTestId('retire-confirm').click();
  await expect(page.getByTestId('text-row-da-registration-v2').getByTestId('text-state')).toHaveText('Udgået');
  await expect(page.getByTestId('text-row-da-registration-v1').getByTestId('text-state')).toHaveText('I brug');
  await expectAccessible(page, 'consent texts with history (da)');

  // English, for a look.
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('en');
  await page.getByTestId('privacy-nav').click();
  await page.getByTestId('privacy-tab-texts').click();
  await expect(page.getByTestId('text-row-ar-registration-v1')).toBeVisible();
  await shot(page, 'texts-tab-en');
});
