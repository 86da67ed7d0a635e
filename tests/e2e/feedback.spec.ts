import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { expect, test, type Page } from './support/test';
import JSZip from 'jszip';
import { confirmRecoveryKey, createRegister, expectAccessible, invoke, resetHarness, unlock } from './support/app';

// The feedback report to a referring partner against the real core: the letterhead in Settings,
// then a course whose mentee agreed to share attendance and goals (not the outcome, not notes)
// with the job centre. The dialog's preview follows the language chosen, says what is left out
// and why; the saved .docx holds the meetings and goals and not the comment; the mentee's page
// shows the disclosure. Then Feedback due: two courses written into a folder in one go with
// progress events, a third (no consent) left out. Screenshots in English and Danish at 1200 px
// go to test-results/feedback.

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/feedback/${name}.png` });
}

/** A calendar date `days` before today, in local time as the app counts it. */
function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A date the way an English (en-GB) report prints it, e.g. 3 March 2026. */
function longEnglish(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date(`${iso}T12:00:00`));
}

/** The text of a .docx's body. */
async function docxText(file: string): Promise<string> {
  const xml = (await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 180 × 60 PNG logo (two bridge piers and a deck), so core reads its size and the documents show it. */
function logoPng(): Buffer {
  const [w, h] = [180, 60];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows: number[] = [];
  for (let y = 0; y < h; y++) {
    rows.push(0);
    for (let x = 0; x < w; x++) {
      const deck = y >= 14 && y < 24;
      const pier = y >= 24 && ((x >= 30 && x < 46) || (x >= 134 && x < 150));
      rows.push(...(deck ? [15, 108, 189] : pier ? [0, 120, 110] : [255, 255, 255]));
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

type Ids = { organisationId: number; contactId: number; mentorId: number };

async function seedPartners(page: Page): Promise<Ids> {
  const org = await invoke<{ id: number }>(page, 'organisations:save', {
    name: 'Jobcenter Aarhus',
    sector: 'job-centre',
    municipality: 'Aarhus',
    address: 'Værkmestergade 2\n8000 Aarhus C',
  });
  const contact = await invoke<{ id: number }>(page, 'contacts:save', {
    name: 'Mette Sørensen',
    preferredLanguage: 'da',
    memberships: [{ organisationId: org.id, role: 'Sagsbehandler' }],
  });
  const mentor = await invoke<{ id: number }>(page, 'mentors:save', { name: 'Lars Nielsen', municipality: 'Aarhus', capacity: 4 });
  await invoke(page, 'mentors:setStatus', { id: mentor.id, status: 'trained' });
  await invoke(page, 'mentors:setStatus', { id: mentor.id, status: 'active' });
  return { organisationId: org.id, contactId: contact.id, mentorId: mentor.id };
}

/** An active course referred by the job centre, agreed to monthly feedback 63 days ago; with or without consent. */
async function seedCourse(page: Page, ids: Ids, name: string, consent: boolean) {
  const mentee = await invoke<{ id: number; code: string }>(page, 'mentees:save', { name, municipality: 'Aarhus', goals: ['job'] });
  const c = await invoke<{ id: number }>(page, 'cases:open', {
    menteeId: mentee.id,
    coordinator: 'Sara Holm',
    referral: { organisationId: ids.organisationId, contactId: ids.contactId, date: daysAgo(90), reason: 'Wants to work in health care.' },
  });
  await invoke(page, 'cases:transition', { id: c.id, to: 'intake', date: daysAgo(85) });
  await invoke(page, 'cases:transition', { id: c.id, to: 'waiting', date: daysAgo(80) });
  await invoke(page, 'cases:transition', { id: c.id, to: 'matched', date: daysAgo(70), mentorId: ids.mentorId });
  await invoke(page, 'cases:saveAgreement', {
    caseId: c.id,
    agreement: {
      date: daysAgo(63),
      participants: `${name}, Mette, Lars, Sara`,
      feedbackFrequency: 'monthly',
      feedbackMayContain: ['attendance', 'goals-progress', 'outcome'],
      feedbackNaming: 'first-name',
    },
  });
  await invoke(page, 'cases:transition', { id: c.id, to: 'active', date: daysAgo(63) });
  const given = !consent
    ? null
    : await invoke<{ id: number }>(page, 'consents:save', {
        person: { kind: 'mentee', id: mentee.id },
        purpose: 'feedback-sharing',
        recipientOrganisationId: ids.organisationId,
        categories: ['attendance', 'goals'],
        givenOn: daysAgo(64),
        method: 'signed',
      });
  return { caseId: c.id, menteeId: mentee.id, code: mentee.code, consentId: given?.id ?? null };
}

test('feedback report: letterhead, preview with what is left out, .docx and its disclosure; feedback due and a batch', async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1200, height: 860 });
  mkdirSync('test-results/feedback', { recursive: true });
  const workDir = await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
  const ids = await seedPartners(page);
  const amina = await seedCourse(page, ids, 'Amina Hassan', true);
  await invoke(page, 'cases:saveDetails', {
    id: amina.caseId,
    coordinator: 'Sara Holm',
    referral: { organisationId: ids.organisationId, contactId: ids.contactId, date: daysAgo(90), reason: 'Wants to work in health care.' },
    goals: [
      { kind: 'job', description: 'Job as a nurse’s assistant', progress: 'in-progress' },
      { kind: 'language', description: 'Danish at level 3', progress: 'reached' },
    ],
  });
  const meetingDays = [56, 35, 14];
  for (const days of meetingDays) await invoke(page, 'meetings:save', { caseId: amina.caseId, date: daysAgo(days), durationMinutes: 90 });

  // Settings › Letterhead: address, contact line and a logo; a file that is no picture is refused.
  await page.getByTestId('settings-nav').click();
  const letterhead = page.getByTestId('letterhead');
  await page.getByTestId('letterhead-address').fill('Søndergade 12\n8000 Aarhus C');
  await page.getByTestId('letterhead-contact').fill('Tlf. 86 12 34 56 · kontakt@brobyggerne.dk');
  await page.getByTestId('letterhead-save').click();
  await expect(page.getByTestId('letterhead-saved')).toBeVisible();
  const notPicture = path.join(workDir, 'logo.txt');
  writeFileSync(notPicture, 'not a picture');
  await page.request.post('/__harness/next-file', { data: { path: notPicture } });
  await page.getByTestId('letterhead-choose-logo').click();
  await expect(page.getByTestId('letterhead-error')).toHaveText(
    'This file is not a PNG or JPEG picture. Choose the logo as a .png or .jpg file.',
  );
  await expect(page.getByTestId('letterhead-logo')).toHaveCount(0);
  const logo = path.join(workDir, 'logo.png');
  writeFileSync(logo, logoPng());
  await page.request.post('/__harness/next-file', { data: { path: logo } });
  await page.getByTestId('letterhead-choose-logo').click();
  await expect(page.getByTestId('letterhead-logo')).toBeVisible();
  await expect(page.getByTestId('letterhead-error')).toHaveCount(0);
  await letterhead.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'settings with letterhead');
  await shot(page, 'letterhead-en');

  // The course: Feedback report opens in the recipient's language (Mette reads Danish).
  await page.getByTestId('cases-nav').click();
  await page.getByRole('gridcell', { name: amina.code }).first().click();
  await page.getByTestId('case-feedback-report').click();
  const dialog = page.getByTestId('feedback-dialog');
  const preview = page.getByTestId('feedback-preview');
  await expect(dialog).toContainText('Feedback report to Jobcenter Aarhus');
  await expect(page.getByTestId('feedback-language')).toHaveValue('da');
  await expect(preview).toContainText('Møder og fremmøde');
  // Switched to English, the preview is asked again and reads as the English document will.
  await page.getByTestId('feedback-language').selectOption('en');
  await expect(preview).toContainText('Meetings and attendance');
  await expect(preview).toContainText('Søndergade 12');
  await expect(page.getByTestId('feedback-preview-recipient')).toContainText('Attn. Mette Sørensen');
  await expect(page.getByTestId('feedback-preview-recipient')).toContainText('Værkmestergade 2');
  await expect(page.getByTestId('feedback-preview-mentee')).toHaveText('Amina');
  await expect(page.getByTestId('feedback-preview-meetings')).toContainText('3 meetings were held in the period.');
  for (const days of meetingDays) await expect(page.getByTestId('feedback-preview-meetings')).toContainText(longEnglish(daysAgo(days)));
  await expect(page.getByTestId('feedback-preview-goals')).toContainText('Job as a nurse’s assistant');
  await expect(page.getByTestId('feedback-preview-goals')).toContainText('Reached');
  await expect(page.getByTestId('feedback-preview-status')).toHaveCount(0);
  // Left out, and why: the consent covers neither the outcome nor notes.
  const omitted = page.getByTestId('feedback-omitted');
  await expect(page.getByTestId('feedback-omitted-status')).toContainText('Status and outcome: The consent does not cover “Outcome”.');
  await expect(page.getByTestId('feedback-omitted-comment')).toContainText('Your comment: The consent does not cover “Free-text notes”.');
  await expect(omitted).toContainText(`Open ${amina.code}’s consents`);
  // A comment is written, but without a consent for notes it stays out of the preview.
  const comment = 'Amina is very motivated and always well prepared.';
  await page.getByTestId('feedback-comment').fill(comment);
  await expect(dialog).toContainText(`${comment.length} of 2000 characters`);
  await expect(page.getByTestId('feedback-omitted-comment')).toContainText('Free-text notes');
  await expect(preview).not.toContainText('motivated');
  await expect(page.getByTestId('feedback-preview-comment')).toHaveCount(0);
  await expectAccessible(page, 'feedback dialog');
  await shot(page, 'dialog-en');

  // Save: the .docx where the user chose, with a message naming it and the disclosure.
  await page.getByTestId('feedback-save').click();
  await expect(page.getByTestId('feedback-saved')).toContainText('.docx');
  await expect(page.getByTestId('feedback-saved')).toContainText('Logged as a disclosure to Jobcenter Aarhus.');
  const saved = path.join(workDir, 'saved');
  const file = readdirSync(saved).find((f) => f.endsWith('.docx'))!;
  expect(file).toContain(amina.code);
  // Kept beside the screenshots for a look as PDF pages.
  copyFileSync(path.join(saved, file), 'test-results/feedback/report-en.docx');
  const text = await docxText(path.join(saved, file));
  expect(text).toContain('Meetings and attendance');
  for (const days of meetingDays) expect(text).toContain(longEnglish(daysAgo(days)));
  expect(text).toContain('Job as a nurse’s assistant');
  expect(text).toContain('Danish at level 3');
  expect(text).toContain('Søndergade 12');
  expect(text).toContain('Værkmestergade 2');
  expect(text).not.toContain('motivated');
  expect(text).not.toContain('Hassan');
  expect(text).not.toContain('Status of the course');
  await page.getByTestId('feedback-close').click();
  await expect(dialog).toHaveCount(0);

  // The mentee's page lists the disclosure.
  await page.getByTestId('case-mentee-link').click();
  const disclosures = page.getByTestId('rights-disclosures');
  await expect(disclosures).toContainText('Jobcenter Aarhus');
  await expect(disclosures).toContainText(file.replace(/^\d+-/, ''));

  // Feedback due: Amina's went today; two more courses are due, a third has no consent.
  const bo = await seedCourse(page, ids, 'Bo Jensen', true);
  const chen = await seedCourse(page, ids, 'Chen Li', true);
  const dana = await seedCourse(page, ids, 'Dana Popescu', false);
  await page.getByTestId('feedback-nav').click();
  const table = page.getByTestId('feedback-due-table');
  await expect(table).toContainText('Bo Jensen');
  await expect(table).not.toContainText('Amina Hassan');
  await expect(page.getByTestId(`feedback-due-${dana.caseId}`)).toContainText('No consent');
  await expect(page.getByTestId(`feedback-due-${bo.caseId}`).getByTestId('feedback-due-overdue')).toBeVisible();
  await expect(page.getByTestId(`feedback-due-select-${bo.caseId}`)).toBeChecked();
  await expect(page.getByTestId(`feedback-due-select-${dana.caseId}`)).toBeDisabled();
  await expect(page.getByTestId('feedback-batch-write')).toHaveText('Write 2 reports…');
  await expectAccessible(page, 'feedback due');
  await shot(page, 'due-en');

  const folder = path.join(workDir, 'reports');
  mkdirSync(folder);
  await page.request.post('/__harness/next-folder', { data: { dir: folder } });
  // Core's progress events as the page receives them, and the progress label as the screen shows it.
  // (A script string: these tests compile without the DOM's types.)
  await page.evaluate(`(() => {
    window.__progress = [];
    window.__labels = [];
    window.api.on('progress', (p) => window.__progress.push(p.done));
    new MutationObserver(() => {
      const label = document.querySelector('[data-testid="feedback-batch-running"] label')?.textContent;
      if (label && window.__labels.at(-1) !== label) window.__labels.push(label);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
  await page.getByTestId('feedback-batch-write').click();
  await expect(page.getByTestId('feedback-batch-written')).toHaveText(`2 reports written to ${folder}`);
  const seen = await page.evaluate(() => {
    const w = globalThis as unknown as { __progress: number[]; __labels: string[] };
    return { progress: w.__progress, labels: w.__labels };
  });
  expect(seen.progress).toContain(2);
  expect(seen.labels[0]).toBe('Writing reports: 0 of 2');
  expect(seen.labels).toContain('Writing reports: 1 of 2');
  const written = readdirSync(folder).filter((f) => f.endsWith('.docx'));
  expect(written).toHaveLength(2);
  expect(written.some((f) => f.includes(bo.code))).toBe(true);
  expect(written.some((f) => f.includes(chen.code))).toBe(true);
  // Written in the recipient's language (Danish), and no longer due.
  expect(await docxText(path.join(folder, written[0]!))).toContain('Møder og fremmøde');
  copyFileSync(path.join(folder, written[0]!), 'test-results/feedback/report-da.docx');
  await expect(table).not.toContainText('Bo Jensen');
  await expect(page.getByTestId(`feedback-due-${dana.caseId}`)).toBeVisible();
  await shot(page, 'due-after-batch-en');

  // Danish: the blocked course's dialog explains why nothing can be written; then a course's report.
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('letterhead').scrollIntoViewIfNeeded();
  await shot(page, 'letterhead-da');
  // The logo can be removed again.
  await page.getByTestId('letterhead-remove-logo').click();
  await expect(page.getByTestId('letterhead-logo-box')).toHaveText('Intet logo endnu.');
  await page.getByTestId('feedback-nav').click();
  await expect(page.getByTestId(`feedback-due-${dana.caseId}`)).toContainText('Intet samtykke');
  await shot(page, 'due-da');
  await page.getByTestId(`feedback-due-open-${dana.caseId}`).click();
  await expect(page.getByTestId('feedback-blocked')).toContainText('Mentee har ikke sagt ja til at dele noget med Jobcenter Aarhus');
  await expect(page.getByTestId('feedback-save')).toBeDisabled();
  await page.getByTestId('feedback-close').click();
  await page.getByTestId(`feedback-due-open-${dana.caseId}`).waitFor();

  await page.getByTestId('cases-nav').click();
  await page.getByRole('gridcell', { name: amina.code }).first().click();
  await page.getByTestId('case-feedback-report').click();
  await expect(preview).toContainText('Møder og fremmøde');
  await expect(page.getByTestId('feedback-omitted-status')).toContainText('Samtykket dækker ikke “Resultat”');
  await expectAccessible(page, 'feedback dialog in Danish');
  await shot(page, 'dialog-da');
});

test('no feedback due yet; a consent withdrawn before saving writes nothing; an expired one is dated; a read-only user cannot save', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1200, height: 860 });
  const workDir = await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));

  await page.getByTestId('feedback-nav').click();
  await expect(page.getByTestId('feedback-due-empty')).toHaveText(
    'No feedback is due. Reports fall due by the frequency agreed in each start agreement.',
  );
  await expectAccessible(page, 'feedback due, empty');

  const ids = await seedPartners(page);
  const amina = await seedCourse(page, ids, 'Amina Hassan', true);
  // An earlier consent covered the outcome too, and ran out 30 days ago.
  const expiredOn = daysAgo(30);
  await invoke(page, 'consents:save', {
    person: { kind: 'mentee', id: amina.menteeId },
    purpose: 'feedback-sharing',
    recipientOrganisationId: ids.organisationId,
    categories: ['outcome'],
    givenOn: daysAgo(400),
    expiresOn: expiredOn,
    method: 'signed',
  });
  // The consent is withdrawn while the dialog is open: saving refuses, writes nothing, and the
  // dialog then says why no report can be written.
  const bo = await seedCourse(page, ids, 'Bo Jensen', true);
  await page.getByTestId('cases-nav').click();
  await page.getByRole('gridcell', { name: bo.code }).first().click();
  await page.getByTestId('case-feedback-report').click();
  await expect(page.getByTestId('feedback-preview')).toContainText('Bo');
  await invoke(page, 'consents:withdraw', { id: bo.consentId, how: 'By phone' });
  await page.getByTestId('feedback-save').click();
  await expect(page.getByTestId('feedback-error')).toContainText('No valid consent covers this. Nothing was shared.');
  await expect(page.getByTestId('feedback-blocked')).toContainText('The mentee withdrew the consent to share with Jobcenter Aarhus.');
  await expect(page.getByTestId('feedback-save')).toBeDisabled();
  expect(existsSync(path.join(workDir, 'saved')) ? readdirSync(path.join(workDir, 'saved')) : []).toEqual([]);
  await page.getByTestId('feedback-close').click();

  const reader = 'Jonas Berg';
  const readerPassphrase = 'lyse tavler morgen kaffe';
  await invoke(page, 'users:add', { displayName: reader, role: 'read-only', passphrase: readerPassphrase });
  await page.getByTestId('lock-button').click();
  await unlock(page, readerPassphrase);
  await expect(page.getByTestId('current-user')).toContainText(reader);

  // The due list: no boxes to tick and no Write button for a reader.
  await page.getByTestId('feedback-nav').click();
  await expect(page.getByTestId(`feedback-due-${amina.caseId}`)).toBeVisible();
  await expect(page.getByTestId(`feedback-due-select-${amina.caseId}`)).toBeDisabled();
  await expect(page.getByTestId('feedback-batch-write')).toHaveCount(0);

  // The dialog from the row: the preview and why the outcome is out, with the date; no Save.
  await page.getByTestId(`feedback-due-open-${amina.caseId}`).click();
  const medium = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(`${expiredOn}T12:00:00`));
  await expect(page.getByTestId('feedback-omitted-status')).toContainText(`The consent expired on ${medium}.`);
  await expect(page.getByTestId('feedback-preview')).toContainText('Amina');
  await expect(page.getByTestId('feedback-read-only')).toBeVisible();
  await expect(page.getByTestId('feedback-save')).toHaveCount(0);
  await expectAccessible(page, 'feedback dialog, read-only');
});
