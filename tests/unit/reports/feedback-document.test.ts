import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenRegister } from '../../../electron/core/register/open-register';
import { writeFeedbackReport } from '../../../electron/core/reports/feedback/export';
import { setLogo, updateLetterhead } from '../../../electron/core/reports/letterhead';
import { cleanup, directRegister, docxText, giveConsent, logoPng, seedCourse, tmp } from './feedback-fixture';

// The written .docx: what is in it, what is not, in Danish and English, and what the
// disclosure log says about it.

let register: OpenRegister;
let out: string;
const AT = '2026-05-20T10:00';

beforeAll(() => {
  register = directRegister();
  out = tmp('bindeled-feedback-out-');
  updateLetterhead(register, { address: 'Jernbanegade 4\n6000 Kolding', contactLine: 'Tlf. 75 50 00 00 · mentor@kolding.example' });
  const logo = path.join(out, 'logo.png');
  writeFileSync(logo, logoPng());
  setLogo(register, logo);
});
afterAll(() => cleanup(register));

const disclosures = (caseId: number) =>
  register.db
    .prepare('SELECT categories, file_name, file_hash, person_code, recipient_organisation_id FROM disclosures WHERE case_id = ?')
    .all(caseId) as {
    categories: string;
    file_name: string;
    file_hash: string;
    person_code: string;
    recipient_organisation_id: number;
  }[];

describe('feedback report document', () => {
  it('in Danish: every section with its values, the comment marked as the coordinator’s, letterhead, signature and footer', async () => {
    const course = seedCourse(register.db, { menteeName: 'Amina Yusuf' });
    register.db.prepare("UPDATE organisations SET address = 'Dieselvej 12\n6000 Kolding' WHERE id = ?").run(course.orgId);
    giveConsent(register.db, course, ['attendance', 'goals', 'outcome', 'notes']);
    const file = path.join(out, 'da-alt.docx');
    const written = await writeFeedbackReport(
      register,
      { caseId: course.caseId, path: file, comment: 'Amina møder stabilt op og er motiveret.' },
      AT,
    );
    expect(written.omitted).toEqual([]);
    expect(written.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    const text = docxText(file);
    for (const expected of [
      'Mentornetværket Kolding',
      'Jernbanegade 4',
      'mentor@kolding.example',
      'Jobcenter Kolding',
      'Att. Lene Sørensen',
      'Dieselvej 12',
      '20. maj 2026',
      'Tilbagemelding',
      'Periode: 10. januar 2026 – 20. maj 2026',
      'Amina Yusuf',
      'Møder og fremmøde',
      'Der er holdt 3 møder i perioden.',
      'Tid brugt på møder: 3,3 timer.',
      '3. februar 2026',
      'Trepartsmøde',
      '90 minutter',
      'Mål og fremskridt',
      'Bestå Prøve i Dansk 3',
      'Nået',
      'Forløbets status',
      'Næste skridt',
      'Autorisation som sygeplejerske',
      '5. januar 2099',
      '1. juni 2099',
      'Koordinatorens egen kommentar',
      'Kommentaren er koordinatorens egen vurdering.',
      'Amina møder stabilt op og er motiveret.',
      'Med venlig hilsen',
      'Karin Holm',
      'Skrevet med Bindeled fra registeret den 20. maj 2026; indeholder kun det, Amina Yusuf har givet samtykke til at dele',
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/Nuværende status: +I gang/);
    // Meeting notes and the referral reason never go out.
    expect(text).not.toContain('Sønderborg Sygehus');
    expect(text).not.toContain('Syrien');
    // The logo is in the package.
    expect(execList(file)).toContain('word/media/');
    const [row] = disclosures(course.caseId);
    expect(JSON.parse(row!.categories)).toEqual(['attendance', 'goals', 'outcome', 'notes']);
    expect(row).toMatchObject({ file_name: 'da-alt.docx', file_hash: written.sha256, recipient_organisation_id: course.orgId });
    expect(row!.person_code).toMatch(/^MT-/);
  });

  it('in English, with attendance only: the other sections, their words and values are not in the file', async () => {
    const course = seedCourse(register.db, { menteeName: 'Samir Haddad', contactLanguage: 'en' });
    giveConsent(register.db, course, ['attendance']);
    const file = path.join(out, 'en-attendance.docx');
    const written = await writeFeedbackReport(register, { caseId: course.caseId, path: file, comment: 'Needs help with CV' }, AT);
    expect(written.omitted).toEqual(['goals', 'status', 'next-steps', 'comment']);
    const text = docxText(file);
    for (const expected of [
      'Feedback report',
      'Attn. Lene Sørensen',
      '20 May 2026',
      'Meetings and attendance',
      '3 meetings were held in the period.',
      '14 April 2026',
      'Three-party meeting',
      'Kind regards',
      'Samir Haddad',
    ])
      expect(text).toContain(expected);
    for (const absent of [
      'Goals and progress',
      'Autorisation som sygeplejerske',
      'Bestå Prøve i Dansk 3',
      'Status of the course',
      'Active',
      'Next steps',
      '5 January 2099',
      '1 June 2099',
      "The coordinator's own comment",
      'Needs help with CV',
    ])
      expect(text).not.toContain(absent);
    expect(JSON.parse(disclosures(course.caseId)[0]!.categories)).toEqual(['attendance']);
  });

  it('names the mentee by first name or code as agreed, and logs identity only when no section is allowed', async () => {
    const course = seedCourse(register.db, {
      menteeName: 'Fatima Ali Hassan',
      agreement: { feedbackNaming: 'code', feedbackMayContain: [] },
    });
    giveConsent(register.db, course, ['attendance', 'goals']);
    const file = path.join(out, 'code.docx');
    const written = await writeFeedbackReport(register, { caseId: course.caseId, path: file, language: 'en' }, AT);
    expect(written.omitted).toHaveLength(5);
    const text = docxText(file);
    expect(text).not.toContain('Fatima');
    expect(text).toMatch(/Participant: +MT-/);
    expect(JSON.parse(disclosures(course.caseId)[0]!.categories)).toEqual([]);

    const first = seedCourse(register.db, { menteeName: 'Fatima Ali Hassan', agreement: { feedbackNaming: 'first-name' } });
    giveConsent(register.db, first, ['attendance']);
    const f2 = path.join(out, 'first.docx');
    await writeFeedbackReport(register, { caseId: first.caseId, path: f2, language: 'en' }, AT);
    const t2 = docxText(f2);
    expect(t2).toContain('Fatima');
    expect(t2).not.toContain('Hassan');
  });

  it('refuses a course whose consent is not in force: no file, no log row', async () => {
    const course = seedCourse(register.db);
    giveConsent(register.db, course, ['attendance'], { expiresOn: '2026-03-01' });
    const file = path.join(out, 'expired.docx');
    await expect(writeFeedbackReport(register, { caseId: course.caseId, path: file }, AT)).rejects.toThrow(/CONSENT_MISSING/);
    expect(existsSync(file)).toBe(false);
    expect(disclosures(course.caseId)).toEqual([]);
  });

  it('refuses when the consent is withdrawn between the decision and the log: no file, no temp file, no row', async () => {
    const course = seedCourse(register.db);
    const consent = giveConsent(register.db, course, ['attendance', 'goals']);
    const folder = tmp('bindeled-feedback-race-');
    const file = path.join(folder, 'race.docx');
    const before = register.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };
    // The model is decided synchronously; the withdrawal lands while the document renders.
    const writing = writeFeedbackReport(register, { caseId: course.caseId, path: file }, AT);
    register.db.prepare("UPDATE consents SET withdrawn_at = '2026-05-20T09:59' WHERE id = ?").run(consent);
    await expect(writing).rejects.toThrow(/CONSENT_MISSING/);
    expect(readdirSync(folder)).toEqual([]);
    expect(disclosures(course.caseId)).toEqual([]);
    expect((register.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(before.n);
  });

  it('refuses a relative path, another extension, or a missing folder, writing nothing', async () => {
    const course = seedCourse(register.db);
    giveConsent(register.db, course, ['attendance']);
    await expect(writeFeedbackReport(register, { caseId: course.caseId, path: 'report.docx' }, AT)).rejects.toThrow(/INVALID_INPUT/);
    await expect(writeFeedbackReport(register, { caseId: course.caseId, path: path.join(out, 'r.pdf') }, AT)).rejects.toThrow(
      /INVALID_INPUT/,
    );
    await expect(writeFeedbackReport(register, { caseId: course.caseId, path: path.join(out, 'nope', 'r.docx') }, AT)).rejects.toThrow(
      /IO_ERROR/,
    );
    expect(disclosures(course.caseId)).toEqual([]);
  });
});

function execList(file: string): string {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' });
}
