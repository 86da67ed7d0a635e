import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenRegister } from '../../../electron/core/register/open-register';
import { writeFeedbackReport } from '../../../electron/core/reports/feedback/export';
import { setLogo, updateLetterhead } from '../../../electron/core/reports/letterhead';
import { cleanup, directRegister, giveConsent, logoPng, seedCourse, tmp } from './feedback-fixture';

// The report as a reader sees it: rendered by LibreOffice to PDF, in Danish and English. Where
// LibreOffice is not installed the test says so and is skipped. KEEP_DOCS=<dir> keeps the PDFs.

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const soffice = has('soffice') ? 'soffice' : has('libreoffice') ? 'libreoffice' : null;
const pdftotext = has('pdftotext');
if (!soffice) console.warn('feedback-pdf: skipped, LibreOffice (soffice) is not installed on this machine');

let register: OpenRegister;
let out: string;
const AT = '2026-05-20T10:00';

beforeAll(() => {
  register = directRegister();
  out = tmp('bindeled-feedback-pdf-');
  updateLetterhead(register, { address: 'Jernbanegade 4\n6000 Kolding', contactLine: 'Tlf. 75 50 00 00 · mentor@kolding.example' });
  const logo = path.join(out, 'logo.png');
  writeFileSync(logo, logoPng());
  setLogo(register, logo);
});
afterAll(() => cleanup(register));

function toPdf(docx: string): string {
  // A profile of its own, so a LibreOffice running elsewhere on the machine does not block it.
  const profile = pathToFileURL(tmp('bindeled-lo-profile-')).href;
  execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, docx], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  if (process.env.KEEP_DOCS) {
    mkdirSync(process.env.KEEP_DOCS, { recursive: true });
    copyFileSync(pdf, path.join(process.env.KEEP_DOCS, path.basename(pdf)));
  }
  return pdf;
}

describe.skipIf(!soffice)('feedback report rendered to PDF', () => {
  it.each([
    ['da', 'Amina Yusuf', ['Tilbagemelding', 'Møder og fremmøde', 'Koordinatorens egen kommentar', '3. februar 2026']],
    ['en', 'Samir Haddad', ['Feedback report', 'Meetings and attendance', "The coordinator's own comment", '3 February 2026']],
  ] as const)(
    'in %s: a page with the mentee, the sections and the dates',
    async (language, name, words) => {
      const course = seedCourse(register.db, { menteeName: name });
      giveConsent(register.db, course, ['attendance', 'goals', 'outcome', 'notes']);
      const docx = path.join(out, `feedback-${language}.docx`);
      await writeFeedbackReport(register, { caseId: course.caseId, path: docx, language, comment: 'Stabilt fremmøde.' }, AT);
      const pdf = toPdf(docx);
      expect(existsSync(pdf)).toBe(true);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.toString('latin1')).toMatch(/\/Type\s*\/Page\b/);
      if (!pdftotext) {
        console.warn('feedback-pdf: text layer not checked, pdftotext is not installed');
        return;
      }
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[’‘]/g, "'");
      expect(text).toContain(name);
      for (const word of words) expect(text).toContain(word);
    },
    180_000,
  );
});
