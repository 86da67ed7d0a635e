import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsentInput } from '../../../shared/contract/consents-schemas';
import { CaseOpenInput, MenteeInput, MentorInput } from '../../../shared/contract/mentoring-schemas';
import { ContactInput, OrganisationInput } from '../../../shared/contract/partners-schemas';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { saveConsent, withdrawConsent } from '../../../electron/core/consents/consents-repo';
import { recordDisclosure } from '../../../electron/core/consents/disclosure-log';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { openCase } from '../../../electron/core/mentoring/cases-repo';
import { getMentee, saveMentee } from '../../../electron/core/mentoring/mentees-repo';
import { getMentor, saveMentor } from '../../../electron/core/mentoring/mentors-repo';
import { saveContact } from '../../../electron/core/partners/contacts-repo';
import { saveOrganisation } from '../../../electron/core/partners/organisations-repo';
import type { OpenRegister } from '../../../electron/core/register/open-register';
import { writeAccessExport } from '../../../electron/core/rights/access-export';
import { disclosuresOf } from '../../../electron/core/rights/disclosures';
import { listFieldHistory } from '../../../electron/core/rights/field-history';
import { recallList } from '../../../electron/core/rights/recall';
import { writeRecallLetter } from '../../../electron/core/rights/recall-letter';

// Data-subject rights on a real encrypted register: the rectification history written by the
// mentee and mentor saves, the recall list after a correction or a withdrawal (disclosures
// seeded through recordDisclosure with real consents), the recall letter and the access export.

let db: Db;
let dir: string;
let out: string;
let register: OpenRegister;
const ACTOR = 'owner';
const made: string[] = [];
const tmp = (prefix: string) => {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
};

let jobcentre: number;
let housing: number;
let school: number;
let caseworker: number;

beforeAll(() => {
  dir = tmp('bindeled-rights-');
  out = tmp('bindeled-rights-out-');
  db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
  migrate(db);
  register = { dir, db, actor: ACTOR, role: 'administrator' } as unknown as OpenRegister;
  db.prepare("UPDATE users SET display_name = 'Sara Koordinator' WHERE id = ?").run(ACTOR);
  db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('organisationName', ?)").run(
    JSON.stringify('Mentornetværket Trekanten'),
  );
  jobcentre = saveOrganisation(db, OrganisationInput.parse({ name: 'Jobcenter Kolding', sector: 'job-centre' }), ACTOR);
  housing = saveOrganisation(db, OrganisationInput.parse({ name: 'Boligsocialt Hus', sector: 'housing-social' }), ACTOR);
  school = saveOrganisation(db, OrganisationInput.parse({ name: 'Sprogcenter Vejle', sector: 'education' }), ACTOR);
  caseworker = saveContact(
    db,
    ContactInput.parse({
      name: 'Mette Sagsbehandler',
      email: 'mette@jobcenter.dk',
      preferredLanguage: 'da',
      memberships: [{ organisationId: jobcentre, role: 'Sagsbehandler' }],
    }),
    ACTOR,
  );
});
afterAll(() => {
  db.close();
  made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const menteeInput = (extra: Record<string, unknown> = {}) =>
  MenteeInput.parse({ name: 'Amina Yusuf', birthYear: 1990, goals: ['job'], profession: 'Nurse', ...extra });

/** The seeded consent text (version 1) for feedback sharing in Danish. */
const danishText = () =>
  db.prepare("SELECT id, hash FROM consent_templates WHERE purpose = 'feedback-sharing' AND language = 'da' ORDER BY version").get() as {
    id: number;
    hash: string;
  };

const sharing = (mentee: number, org: number, categories: string[], givenOn = '2026-01-01') =>
  saveConsent(
    db,
    ConsentInput.parse({
      templateId: danishText().id,
      person: { kind: 'mentee', id: mentee },
      purpose: 'feedback-sharing',
      recipientOrganisationId: org,
      categories,
      givenOn,
      method: 'signed',
    }),
    ACTOR,
  );

const disclose = (mentee: number, org: number, categories: ('attendance' | 'goals' | 'outcome' | 'notes')[], at: string, fileName = '') =>
  recordDisclosure(db, ACTOR, {
    person: { kind: 'mentee', id: mentee },
    purpose: 'feedback-sharing',
    recipientOrganisationId: org,
    categories,
    at,
    recipientLabel: `org ${org}`,
    fileName,
    fileHash: fileName ? createHash('sha256').update(fileName).digest('hex') : '',
  }).id;

const historyCount = () => (db.prepare('SELECT count(*) AS n FROM field_history').get() as { n: number }).n;

describe('rectification history', () => {
  it('writes one row per changed field on a mentee save, with old and new value, and none when nothing changed', () => {
    const id = saveMentee(db, menteeInput(), ACTOR);
    expect(listFieldHistory(db, { kind: 'mentee', id })).toEqual([]); // creating is not a correction

    const before = historyCount();
    saveMentee(db, menteeInput({ id }), ACTOR); // the same values again
    expect(historyCount()).toBe(before);

    saveMentee(db, menteeInput({ id, name: 'Amina Yusuf Ali', goals: ['job', 'language'], profession: 'Nurse' }), ACTOR);
    const rows = listFieldHistory(db, { kind: 'mentee', id });
    expect(rows.map((r) => r.field).sort()).toEqual(['goals', 'name']);
    const name = rows.find((r) => r.field === 'name')!;
    expect(name).toMatchObject({ oldValue: 'Amina Yusuf', newValue: 'Amina Yusuf Ali', changedBy: ACTOR });
    expect(rows.find((r) => r.field === 'goals')).toMatchObject({ oldValue: '["job"]', newValue: '["job","language"]' });

    // The optional reason goes on every row of that save, and is not a field of the mentee.
    saveMentee(
      db,
      menteeInput({ id, name: 'Amina Yusuf-Ali', goals: ['job', 'language'], correctionReason: 'Spelling from her passport' }),
      ACTOR,
    );
    const [latest] = listFieldHistory(db, { kind: 'mentee', id });
    expect(latest).toMatchObject({
      field: 'name',
      newValue: 'Amina Yusuf-Ali',
      reason: 'Spelling from her passport',
      changedByName: 'Sara Koordinator',
    });
    expect(getMentee(db, id)).not.toHaveProperty('correctionReason');
  });

  it('records a cleared value as empty, and a mentor save too', () => {
    const id = saveMentee(db, menteeInput({ name: 'Clear Me', birthYear: 1985 }), ACTOR);
    saveMentee(db, menteeInput({ id, name: 'Clear Me', birthYear: null }), ACTOR);
    expect(listFieldHistory(db, { kind: 'mentee', id }).map((r) => [r.field, r.oldValue, r.newValue])).toEqual([
      ['birth_year', '1985', ''],
    ]);

    const mentor = saveMentor(db, MentorInput.parse({ name: 'Lars Mentor', phone: '1234' }), ACTOR);
    expect(getMentor(db, mentor).phone).toBe('1234');
    saveMentor(db, MentorInput.parse({ id: mentor, name: 'Lars Mentor', phone: '5678' }), ACTOR);
    expect(listFieldHistory(db, { kind: 'mentor', id: mentor }).map((r) => [r.field, r.oldValue, r.newValue])).toEqual([
      ['phone', '1234', '5678'],
    ]);
  });
});

describe('the recall list', () => {
  let mentee: number;
  let consentJob: number;
  let consentHousing: number;
  const seen: Record<string, number> = {};

  beforeAll(() => {
    mentee = saveMentee(db, menteeInput({ name: 'Recall Person' }), ACTOR);
    openCase(
      db,
      CaseOpenInput.parse({ menteeId: mentee, referral: { organisationId: jobcentre, contactId: caseworker, date: '2026-01-05' } }),
      ACTOR,
    );
    consentJob = sharing(mentee, jobcentre, ['attendance', 'goals']);
    consentHousing = sharing(mentee, housing, ['attendance']);
    sharing(mentee, school, ['notes']);
    seen.jobGoals = disclose(mentee, jobcentre, ['attendance', 'goals'], '2026-03-01T10:00', 'tilbagemelding-marts.docx');
    seen.housingAttendance = disclose(mentee, housing, ['attendance'], '2026-03-02T10:00');
    seen.schoolNotes = disclose(mentee, school, ['notes'], '2026-03-03T10:00');
    // After any correction made today: never on a recall list for it.
    seen.jobLater = disclose(mentee, jobcentre, ['attendance'], '2099-01-01T10:00');
  });

  const correct = (patch: Record<string, unknown>) => {
    const before = new Set(listFieldHistory(db, { kind: 'mentee', id: mentee }).map((r) => r.id));
    const current = getMentee(db, mentee);
    saveMentee(
      db,
      MenteeInput.parse({ ...menteeInput({ name: current.name, goals: current.goals, notes: current.notes }), id: mentee, ...patch }),
      ACTOR,
    );
    return listFieldHistory(db, { kind: 'mentee', id: mentee })
      .filter((r) => !before.has(r.id))
      .map((r) => r.id);
  };
  const orgsOf = (l: ReturnType<typeof recallList>) => l.recipients.map((r) => r.organisationId).sort();
  const disclosureIdsOf = (l: ReturnType<typeof recallList>) => l.recipients.flatMap((r) => r.disclosures.map((d) => d.id)).sort();

  it('after a goals correction: exactly the recipients that received goals before the change', () => {
    const ids = correct({ goals: ['education'] });
    const list = recallList(db, { kind: 'mentee', id: mentee }, { kind: 'correction', fieldHistoryIds: ids });
    expect(list.categories).toEqual(['goals']);
    expect(list.identity).toBe(false);
    expect(orgsOf(list)).toEqual([jobcentre]);
    expect(disclosureIdsOf(list)).toEqual([seen.jobGoals]);
    // The referral contact of the course with that organisation.
    expect(list.recipients[0]!.contact).toMatchObject({ name: 'Mette Sagsbehandler', email: 'mette@jobcenter.dk', language: 'da' });
  });

  it('after a name correction: every recipient of an earlier disclosure (the name goes with each)', () => {
    const ids = correct({ name: 'Recall Person-Hansen' });
    const list = recallList(db, { kind: 'mentee', id: mentee }, { kind: 'correction', fieldHistoryIds: ids });
    expect(list.identity).toBe(true);
    expect(orgsOf(list)).toEqual([jobcentre, housing, school].sort());
    expect(disclosureIdsOf(list)).toEqual([seen.jobGoals, seen.housingAttendance, seen.schoolNotes].sort());
    expect(disclosureIdsOf(list)).not.toContain(seen.jobLater);
  });

  it('after a correction of a field never shared: nobody', () => {
    const ids = correct({ profession: 'Midwife' });
    const list = recallList(db, { kind: 'mentee', id: mentee }, { kind: 'correction', fieldHistoryIds: ids });
    expect(list.recipients).toEqual([]);
    expect(list.identity).toBe(false);
    expect(list.categories).toEqual([]);
  });

  it('after a withdrawal: exactly the recipients of disclosures made under that consent', () => {
    withdrawConsent(db, { id: consentHousing, at: '2026-06-01T09:00', how: 'By phone' }, ACTOR);
    const list = recallList(db, { kind: 'mentee', id: mentee }, { kind: 'withdrawal', consentId: consentHousing });
    expect(orgsOf(list)).toEqual([housing]);
    expect(disclosureIdsOf(list)).toEqual([seen.housingAttendance]);
    expect(list.since).toBe('2026-06-01T09:00');
    expect(list.recipients[0]!.contact).toBeNull();

    const job = recallList(db, { kind: 'mentee', id: mentee }, { kind: 'withdrawal', consentId: consentJob });
    expect(disclosureIdsOf(job)).toEqual([seen.jobGoals, seen.jobLater].sort());
  });

  it("refuses another person's consent or history rows", () => {
    const other = saveMentee(db, menteeInput({ name: 'Someone Else' }), ACTOR);
    expect(() => recallList(db, { kind: 'mentee', id: other }, { kind: 'withdrawal', consentId: consentJob })).toThrow(/consent/);
    const ids = listFieldHistory(db, { kind: 'mentee', id: mentee }).map((r) => r.id);
    expect(() => recallList(db, { kind: 'mentee', id: other }, { kind: 'correction', fieldHistoryIds: ids })).toThrow();
  });

  it('lists disclosures per person, per partner and per period', () => {
    expect(disclosuresOf(db, { person: { kind: 'mentee', id: mentee } })).toHaveLength(4);
    expect(disclosuresOf(db, { organisationId: jobcentre }).map((d) => d.id)).toEqual([seen.jobLater, seen.jobGoals]);
    expect(disclosuresOf(db, { from: '2026-03-02', to: '2026-03-03' }).map((d) => d.id)).toEqual([
      seen.schoolNotes,
      seen.housingAttendance,
    ]);
    const d = disclosuresOf(db, { organisationId: jobcentre, to: '2026-12-31' })[0]!;
    expect(d).toMatchObject({ categories: ['attendance', 'goals'], fileName: 'tilbagemelding-marts.docx', recordedBy: ACTOR });
    expect(d.consentIds).toContain(consentJob);
    expect(d.fileHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes the recall letter in the chosen language, with the name the recipient knew, and audits it', async () => {
    const ids = listFieldHistory(db, { kind: 'mentee', id: mentee })
      .filter((r) => r.field === 'name')
      .map((r) => r.id);
    const file = path.join(out, 'brev.docx');
    await writeRecallLetter(register, {
      person: { kind: 'mentee', id: mentee },
      trigger: { kind: 'correction', fieldHistoryIds: ids },
      organisationId: jobcentre,
      language: 'da',
      path: file,
    });
    const xml = docxText(file);
    expect(xml).toContain('Kære Mette Sagsbehandler');
    expect(xml).toContain('Recall Person'); // as disclosed in March
    expect(xml).toContain('Recall Person-Hansen'); // what it is now
    expect(xml).toContain('Rettelse af personoplysninger');
    expect(xml).toContain('artikel 19');
    const audit = db.prepare("SELECT details FROM audit_log WHERE action = 'recall-letter.written' ORDER BY seq DESC").get() as {
      details: string;
    };
    expect(JSON.parse(audit.details)).toMatchObject({ organisation: jobcentre, trigger: 'correction', language: 'da' });
    expect(audit.details).not.toContain('Recall');

    await expect(
      writeRecallLetter(register, {
        person: { kind: 'mentee', id: mentee },
        trigger: { kind: 'correction', fieldHistoryIds: ids },
        organisationId: 999,
        language: 'en',
        path: path.join(out, 'x.docx'),
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('writes an English withdrawal letter to an organisation without a contact person', async () => {
    const file = path.join(out, 'letter-en.docx');
    await writeRecallLetter(register, {
      person: { kind: 'mentee', id: mentee },
      trigger: { kind: 'withdrawal', consentId: consentHousing },
      organisationId: housing,
      language: 'en',
      path: file,
    });
    const xml = docxText(file);
    expect(xml).toContain('Dear colleagues at Boligsocialt Hus');
    expect(xml).toContain('Consent withdrawn');
    expect(xml).toContain('stop using this data');
  });

  it('gives the access export: .docx with name, each consent and disclosure, JSON that matches, and logs it', async () => {
    const file = path.join(out, 'indsigt.docx');
    const result = await writeAccessExport(register, { person: { kind: 'mentee', id: mentee }, language: 'en', path: file });
    expect(result.jsonPath).toBe(path.join(out, 'indsigt.json'));
    const xml = docxText(file);
    expect(xml).toContain('Recall Person-Hansen');
    expect(xml).toContain('Jobcenter Kolding');
    expect(xml).toContain('Boligsocialt Hus');
    expect(xml).toContain('Sprogcenter Vejle');
    expect(xml).toContain('tilbagemelding-marts.docx');
    expect(xml).toContain('Withdrawn');
    expect(xml).toContain(danishText().hash); // which consent text the person was shown

    const data = JSON.parse(readFileSync(result.jsonPath, 'utf8')) as Record<string, unknown[]> & {
      person: { fields: Record<string, unknown> };
    };
    expect(data.person.fields.name).toBe('Recall Person-Hansen');
    expect(data.consents).toHaveLength(3);
    expect(data.disclosures).toHaveLength(4);
    expect(data.corrections).toHaveLength(listFieldHistory(db, { kind: 'mentee', id: mentee }).length);
    expect(data.courses).toHaveLength(1);

    const logged = disclosuresOf(db, { person: { kind: 'mentee', id: mentee } }).find((d) => d.purpose === 'access')!;
    expect(logged).toMatchObject({
      id: result.disclosureId,
      recipientOrganisationId: null,
      recipientLabel: 'data subject',
      purpose: 'access',
      fileName: 'indsigt.docx',
      fileHash: createHash('sha256').update(readFileSync(file)).digest('hex'),
    });
    expect(result.sha256).toBe(logged.fileHash);
    // Not on any recall list: it went to the person themself.
    const list = recallList(db, { kind: 'mentee', id: mentee }, { kind: 'withdrawal', consentId: consentJob });
    expect(disclosureIdsOf(list)).not.toContain(result.disclosureId);
    expect(verifyAuditChain(db).ok).toBe(true);

    // The same in Danish: headings and labels in the chosen language.
    const da = await writeAccessExport(register, {
      person: { kind: 'mentee', id: mentee },
      language: 'da',
      path: path.join(out, 'indsigt-da.docx'),
    });
    const daXml = docxText(da.path);
    expect(daXml).toContain('Personoplysninger, vi har om dig');
    expect(daXml).toContain('Dine samtykker');
    expect(daXml).toContain('Kopi til personen (indsigt)'); // the first access export, now in the log
  });

  it('refuses a path inside the register folder or without .docx', async () => {
    await expect(
      writeAccessExport(register, { person: { kind: 'mentee', id: mentee }, language: 'en', path: path.join(dir, 'a.docx') }),
    ).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
    await expect(
      writeAccessExport(register, { person: { kind: 'mentee', id: mentee }, language: 'en', path: path.join(out, 'a.txt') }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

/** The text of a .docx's main part. With KEEP_DOCS=dir set, a copy is kept there to look at. */
function docxText(file: string): string {
  if (process.env.KEEP_DOCS) {
    mkdirSync(process.env.KEEP_DOCS, { recursive: true });
    copyFileSync(file, path.join(process.env.KEEP_DOCS, path.basename(file)));
  }
  return execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }).replace(/<[^>]+>/g, '');
}
