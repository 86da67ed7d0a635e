import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import { recordDisclosure } from '../../electron/core/consents/disclosure-log';
import { readKeySlots, unwrapWithPassphrase } from '../../electron/core/crypto/keyslots';
import { dbPath, openDatabase } from '../../electron/core/db/driver';
import { confirmRecoveryKey, createRegister, expectAccessible, PASSPHRASE, resetHarness, unlock, invoke } from './support/app';

// Data-subject rights on a mentee's page against the real core: what was shared (the disclosure
// log), the access export (.docx + .json, itself logged), a correction of the name, then the
// recall list with the job centre's caseworker and a draft letter; Privacy › Disclosures by
// partner. No screen records a disclosure yet (feedback reports come later), so the test writes
// one through recordDisclosure — the rule's own gate — into the locked register. Screenshots go
// to test-results/rights (English and Danish, 1200 px).

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/rights/${name}.png` });
}

function localMinute(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

test('disclosures, access export, a correction with its recall list and letter; Privacy › Disclosures', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1200, height: 860 });
  const workDir = await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));

  const org = await invoke<{ id: number }>(page, 'organisations:save', { name: 'Jobcenter Aarhus', sector: 'job-centre' });
  const caseworker = await invoke<{ id: number }>(page, 'contacts:save', {
    name: 'Mette Sørensen',
    email: 'mette@aarhus.dk',
    preferredLanguage: 'da',
    memberships: [{ organisationId: org.id, role: 'Sagsbehandler' }],
  });
  const mentee = await invoke<{ id: number; code: string }>(page, 'mentees:save', { name: 'Amina Hassan', goals: ['job'] });
  await invoke(page, 'cases:open', {
    menteeId: mentee.id,
    referral: { organisationId: org.id, contactId: caseworker.id, date: localMinute().slice(0, 10), reason: 'Job' },
  });
  const consent = await invoke<{ id: number }>(page, 'consents:save', {
    person: { kind: 'mentee', id: mentee.id },
    purpose: 'feedback-sharing',
    recipientOrganisationId: org.id,
    categories: ['attendance', 'goals'],
    givenOn: localMinute().slice(0, 10),
    method: 'signed',
  });
  const { dir } = await invoke<{ dir: string }>(page, 'register:info', {});

  // A feedback report went to the job centre a minute ago (written while the register is locked).
  await invoke(page, 'register:lock', { reason: 'user' });
  const key = (await unwrapWithPassphrase(readKeySlots(dir), PASSPHRASE)).dataKey;
  const db = openDatabase(dbPath(dir), key, { create: false });
  try {
    recordDisclosure(db, 'owner', {
      person: { kind: 'mentee', id: mentee.id },
      purpose: 'feedback-sharing',
      recipientOrganisationId: org.id,
      categories: ['attendance', 'goals'],
      at: localMinute(),
      recipientLabel: 'Jobcenter Aarhus',
      personCode: mentee.code,
      fileName: 'Tilbagemelding november.docx',
      fileHash: 'a'.repeat(64),
    });
  } finally {
    db.close();
  }
  await page.goto('/');
  await unlock(page, PASSPHRASE);

  // The mentee's page: what was shared, and no corrections yet.
  await page.getByTestId('mentees-nav').click();
  await page.getByRole('gridcell', { name: mentee.code }).click();
  const disclosures = page.getByTestId('rights-disclosures');
  await expect(disclosures).toContainText('Jobcenter Aarhus');
  await expect(disclosures).toContainText('Feedback to a partner');
  await expect(disclosures).toContainText('Tilbagemelding november.docx');
  await expect(disclosures).toContainText(`No. ${consent.id}`);
  await expect(page.getByTestId('rights-corrections')).toContainText('No corrections yet');

  // Access export: a .docx and a .json in the chosen place, and the copy is itself logged.
  await page.getByTestId('access-export').click();
  await expect(page.getByTestId('access-export-done')).toContainText('.json');
  const saved = path.join(workDir, 'saved');
  const files = readdirSync(saved);
  const docx = files.find((f) => f.endsWith('.docx'))!;
  expect(docx).toBeTruthy();
  const json = JSON.parse(readFileSync(path.join(saved, docx.replace(/\.docx$/, '.json')), 'utf8')) as {
    person: { fields: { name: string } };
    consents: unknown[];
    disclosures: unknown[];
  };
  expect(json.person.fields.name).toBe('Amina Hassan');
  expect(json.consents).toHaveLength(1);
  expect(json.disclosures).toHaveLength(1);
  await expect(disclosures).toContainText('The person themself');
  await page.locator('main').evaluate((m) => m.scrollTo(0, m.scrollHeight));
  await expectAccessible(page, 'mentee page with disclosures');
  await shot(page, 'mentee-rights-en');

  // A correction of the name: the history shows old → new, and the recall list names the job
  // centre (the name went with the report) and its caseworker.
  await page.getByTestId('edit-button').click();
  await page.getByTestId('mentee-name-input').fill('Amina Hassan Ali');
  await page.getByTestId('correction-reason').fill('Spelling as in her passport');
  // Focused from the top of the form, the reason and its hint stop above the sticky Save bar.
  await page.getByTestId('mentee-name-input').focus();
  await page.getByTestId('correction-reason').focus();
  const reasonBox = (await page.getByTestId('correction-reason-field').boundingBox())!;
  const barBox = (await page.getByTestId('form-save').boundingBox())!;
  expect(reasonBox.y + reasonBox.height).toBeLessThanOrEqual(barBox.y);
  await shot(page, 'edit-reason-en');
  await page.getByTestId('form-save').click();
  const corrections = page.getByTestId('rights-corrections');
  await expect(corrections).toContainText('Name: “Amina Hassan” → “Amina Hassan Ali”');
  await expect(corrections).toContainText('Spelling as in her passport');
  await corrections.getByTestId('correction-recall').first().click();
  const dialog = page.getByTestId('recall-dialog');
  await expect(dialog).toContainText(`These partners received data about ${mentee.code} before the correction`);
  const recipient = dialog.getByTestId(`recall-recipient-${org.id}`);
  await expect(recipient).toContainText('Jobcenter Aarhus');
  await expect(recipient).toContainText('Contact person: Mette Sørensen');
  await expect(recipient).toContainText('Name and contact details, attendance and meetings, goals and progress');
  // The caseworker prefers Danish, so the letter is offered in Danish.
  await expect(page.getByTestId(`recall-language-${org.id}`)).toHaveValue('da');
  await expectAccessible(page, 'recall list');
  await shot(page, 'recall-en');
  await page.getByTestId(`recall-letter-${org.id}`).click();
  await expect(page.getByTestId(`recall-written-${org.id}`)).toContainText('.docx');
  const letters = readdirSync(saved).filter((f) => f.endsWith('.docx') && f !== docx);
  expect(letters).toHaveLength(1);
  expect(existsSync(path.join(saved, letters[0]!))).toBe(true);
  // Kept beside the screenshots, to be rendered and looked at.
  mkdirSync('test-results/rights', { recursive: true });
  copyFileSync(path.join(saved, letters[0]!), 'test-results/rights/recall-letter-da.docx');
  copyFileSync(path.join(saved, docx), 'test-results/rights/access-export-en.docx');
  await page.getByTestId('recall-close').click();
  await expect(dialog).toBeHidden();

  // The organisation's page lists what it received, by code.
  await page.getByTestId('organisations-nav').click();
  await page.getByRole('gridcell', { name: 'Jobcenter Aarhus' }).click();
  const received = page.getByTestId('organisation-disclosures');
  await expect(received).toContainText(`${mentee.code} → Jobcenter Aarhus`);
  await expect(received).not.toContainText('Amina');

  // Privacy › Disclosures: both, by code; filtered by the partner, only the report.
  await page.getByTestId('privacy-nav').click();
  await page.getByTestId('privacy-tab-disclosures').click();
  const list = page.getByTestId('disclosures-list');
  await expect(page.getByTestId('disclosures-count')).toHaveText('2 disclosures');
  await expect(list).toContainText(mentee.code);
  await expect(list).toContainText('Jobcenter Aarhus');
  await expect(list).toContainText('The person themself');
  await expect(list).not.toContainText('Amina');
  await page.getByTestId('disclosures-partner').selectOption(String(org.id));
  await expect(page.getByTestId('disclosures-count')).toHaveText('1 disclosure');
  await expect(list).not.toContainText('The person themself');
  await expectAccessible(page, 'privacy disclosures');
  await shot(page, 'privacy-disclosures-en');

  // Danish.
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('mentees-nav').click();
  await page.getByRole('gridcell', { name: mentee.code }).click();
  await expect(page.getByTestId('rights-corrections')).toContainText('Navn: »Amina Hassan« → »Amina Hassan Ali«');
  await page.getByTestId('correction-recall').first().click();
  await expect(page.getByTestId('recall-dialog')).toContainText('Kontaktperson: Mette Sørensen');
  await expectAccessible(page, 'recall list in Danish');
  await shot(page, 'recall-da');
  await page.getByTestId('recall-close').click();
  await page.locator('main').evaluate((m) => m.scrollTo(0, m.scrollHeight));
  await shot(page, 'mentee-rights-da');
});
