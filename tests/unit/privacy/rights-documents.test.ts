import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsentInput } from '../../../shared/contract/consents-schemas';
import { MenteeInput } from '../../../shared/contract/mentoring-schemas';
import { OrganisationInput } from '../../../shared/contract/partners-schemas';
import { saveConsent, withdrawConsent } from '../../../electron/core/consents/consents-repo';
import { recordDisclosure } from '../../../electron/core/consents/disclosure-log';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { saveMentee } from '../../../electron/core/mentoring/mentees-repo';
import { saveOrganisation } from '../../../electron/core/partners/organisations-repo';
import type { OpenRegister } from '../../../electron/core/register/open-register';
import { writeAccessExport } from '../../../electron/core/rights/access-export';
import { writeRecallLetter } from '../../../electron/core/rights/recall-letter';

// The rights documents on a fresh register whose first user still has migration 4's placeholder
// name 'Owner': interpreter and spoken languages print by name in the document's language, and
// the letter's signature says "Ejer" in Danish, not the English placeholder.

let db: Db;
let register: OpenRegister;
let out: string;
let mentee: number;
let jobcentre: number;
let consent: number;
const made: string[] = [];
const tmp = (prefix: string) => {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
};
/** The document's text; with KEEP_DOCS=<dir> the file is also kept there for a look. */
function docxText(file: string): string {
  if (process.env.KEEP_DOCS) {
    mkdirSync(process.env.KEEP_DOCS, { recursive: true });
    copyFileSync(file, path.join(process.env.KEEP_DOCS, path.basename(file)));
  }
  return execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }).replace(/<[^>]+>/g, '');
}

beforeAll(() => {
  const dir = tmp('bindeled-rights-docs-');
  out = tmp('bindeled-rights-docs-out-');
  db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
  migrate(db);
  register = { dir, db, actor: 'owner', role: 'administrator' } as unknown as OpenRegister;
  jobcentre = saveOrganisation(db, OrganisationInput.parse({ name: 'Jobcenter Kolding', sector: 'job-centre' }), 'owner');
  mentee = saveMentee(
    db,
    MenteeInput.parse({ name: 'Amina Yusuf', goals: ['job'], languages: [{ code: 'ar', level: 'native' }] }),
    'owner',
  );
  const template = db
    .prepare("SELECT id FROM consent_templates WHERE purpose = 'feedback-sharing' AND language = 'da' ORDER BY version")
    .get() as { id: number };
  consent = saveConsent(
    db,
    ConsentInput.parse({
      templateId: template.id,
      person: { kind: 'mentee', id: mentee },
      purpose: 'feedback-sharing',
      recipientOrganisationId: jobcentre,
      categories: ['attendance'],
      givenOn: '2026-01-01',
      method: 'verbal-witness',
      witness: 'Kim',
      interpreterLanguage: 'ar',
    }),
    'owner',
  );
  recordDisclosure(db, 'owner', {
    person: { kind: 'mentee', id: mentee },
    purpose: 'feedback-sharing',
    recipientOrganisationId: jobcentre,
    categories: ['attendance'],
    at: '2026-03-01T10:00',
    recipientLabel: 'Jobcenter Kolding',
    fileName: '',
    fileHash: createHash('sha256').update('').digest('hex'),
  });
  withdrawConsent(db, { id: consent, at: '2026-06-01T09:00', how: 'By phone' }, 'owner');
});
afterAll(() => {
  db.close();
  made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

describe('rights documents', () => {
  it('the first user is still the placeholder', () => {
    expect(db.prepare("SELECT display_name FROM users WHERE id = 'owner'").get()).toEqual({ display_name: 'Owner' });
  });

  it('the access export names the interpreter, text and spoken languages in the document language', async () => {
    const da = await writeAccessExport(register, {
      person: { kind: 'mentee', id: mentee },
      language: 'da',
      path: path.join(out, 'indsigt-da.docx'),
    });
    const daXml = docxText(da.path);
    expect(daXml).toContain('Tolk: arabisk');
    expect(daXml).toContain('arabisk (Modersmål)');
    expect(daXml).toMatch(/\(dansk, v1\)/);

    const fi = await writeAccessExport(register, {
      person: { kind: 'mentee', id: mentee },
      language: 'fi',
      path: path.join(out, 'indsigt-fi.docx'),
    });
    const fiXml = docxText(fi.path);
    expect(fiXml).toContain('arabia (Äidinkieli)');
    expect(fiXml).toMatch(/\(tanska, v1\)/);
    expect(fiXml).not.toMatch(/\bar\b/);
  });

  it("signs the recall letter with the owner's placeholder in the letter's language", async () => {
    for (const [language, word] of [
      ['da', 'Ejer'],
      ['nb', 'Eier'],
      ['fi', 'Omistaja'],
    ] as const) {
      const file = path.join(out, `brev-${language}.docx`);
      await writeRecallLetter(register, {
        person: { kind: 'mentee', id: mentee },
        trigger: { kind: 'withdrawal', consentId: consent },
        organisationId: jobcentre,
        language,
        path: file,
      });
      const xml = docxText(file);
      expect(xml).toContain(word);
      expect(xml).not.toContain('Owner');
    }
  });

  it('a chosen name signs as it is', async () => {
    db.prepare("UPDATE users SET display_name = 'Sara Koordinator' WHERE id = 'owner'").run();
    const file = path.join(out, 'brev-named.docx');
    await writeRecallLetter(register, {
      person: { kind: 'mentee', id: mentee },
      trigger: { kind: 'withdrawal', consentId: consent },
      organisationId: jobcentre,
      language: 'da',
      path: file,
    });
    expect(docxText(file)).toContain('Sara Koordinator');
    db.prepare("UPDATE users SET display_name = 'Owner' WHERE id = 'owner'").run();
  });
});
