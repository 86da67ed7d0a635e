import JSZip from 'jszip';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callFails, cleanupTempDirs, createRegister, lock, newCore, tempDir, unlock, withDb, type TestCore } from '../core/helpers';

// The export channels through the real dispatcher, on a real encrypted register: what lands in
// the file, what the audit log says about it (counts, never names), and what is refused.

let t: TestCore;
let dir: string;
let out: string;

beforeAll(async () => {
  t = newCore();
  ({ dir } = await createRegister(t.core, { organisationName: 'Mentornetværket Aarhus' }));
  out = tempDir('bindeled-export-');
  const org = await call(t.core, 'organisations:save', {
    name: 'Røde Kors Aarhus',
    sector: 'civil-society',
    municipality: 'Aarhus',
    email: 'aarhus@rodekors.dk',
    howWeWork: 'Frivillige mentorer mødes med deltagerne hver anden uge.',
  });
  const person = await call(t.core, 'contacts:save', {
    name: 'ተስፋይ ገብረሂወት',
    role: 'Frivilligkoordinator',
    email: 'tesfay@rodekors.dk',
    phone: '+45 20 30 40 50',
    themes: ['mentoring-referrals'],
    memberships: [{ organisationId: org.id, role: 'Frivilligkoordinator', from: '2022-01-01' }],
  });
  const former = await call(t.core, 'contacts:save', {
    name: 'Søren Østergaard',
    themes: ['volunteering'],
    memberships: [{ organisationId: org.id, from: '2015-01-01', to: '2020-12-31' }],
  });
  await call(t.core, 'organisations:save', {
    id: org.id,
    name: org.name,
    sector: org.sector,
    municipality: org.municipality,
    email: org.email,
    howWeWork: org.howWeWork,
    offers: [
      {
        title: 'Mentorforløb til job',
        description: 'En frivillig mentor hjælper med CV og netværk.',
        targetGroup: 'Ledige flygtninge',
        languages: ['da', 'ar', 'tigrinya'],
        area: 'Aarhus',
        howToRefer: 'Send en mail med borgerens mål.',
        contactId: person.id,
      },
    ],
  });
  expect(former.id).toBeGreaterThan(0);
  const gone = await call(t.core, 'organisations:save', { name: 'Lukket Forening', sector: 'civil-society', municipality: 'Aarhus' });
  await call(t.core, 'organisations:archive', { id: gone.id, archived: true });
  await call(t.core, 'organisations:save', { name: 'Jobcenter Aarhus', sector: 'job-centre', municipality: 'Aarhus' });
  await call(t.core, 'organisations:save', { name: 'NAV Bergen', sector: 'job-centre', country: 'NO', municipality: 'Bergen' });
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('export:contacts and export:organisations', () => {
  it('writes a CSV where the user chose, with the register language headers', async () => {
    const file = path.join(out, 'kontakter.csv');
    expect(await call(t.core, 'export:contacts', { path: file, format: 'csv' })).toEqual({ path: file, rows: 2 });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFNavn;Stilling;E-mail;Telefon')).toBe(true);
    expect(text).toContain(
      "ተስፋይ ገብረሂወት;Frivilligkoordinator;tesfay@rodekors.dk;'+45 20 30 40 50;;Røde Kors Aarhus;Henvisning til mentorforløb",
    );
    // Søren left in 2020: no current organisation.
    expect(text).toMatch(/Søren Østergaard;;;;;;Frivillighed;/);
  });

  it('writes vCards and XLSX, and organisations without archived ones unless asked', async () => {
    const vcf = await call(t.core, 'export:contacts', { path: path.join(out, 'k.vcf'), format: 'vcf' });
    expect(readFileSync(vcf.path, 'utf8')).toContain('FN:ተስፋይ ገብረሂወት\r\n');
    const orgs = await call(t.core, 'export:organisations', { path: path.join(out, 'o.xlsx'), format: 'xlsx' });
    expect(orgs.rows).toBe(3);
    expect((await call(t.core, 'export:organisations', { path: path.join(out, 'o.csv'), format: 'csv', includeArchived: true })).rows).toBe(
      4,
    );
  });

  it('refuses relative paths, missing folders and the register folder, writing nothing', async () => {
    expect((await callFails(t.core, 'export:contacts', { path: 'relative.csv', format: 'csv' })).code).toBe('INVALID_INPUT');
    expect((await callFails(t.core, 'export:contacts', { path: path.join(out, 'nope', 'x.csv'), format: 'csv' })).code).toBe('IO_ERROR');
    expect((await callFails(t.core, 'export:contacts', { path: path.join(dir, 'x.csv'), format: 'csv' })).code).toBe('NOT_ALLOWED');
    expect(readdirSync(dir).filter((f) => f.endsWith('.csv'))).toEqual([]);
    expect(existsSync(path.join(out, 'nope'))).toBe(false);
  });
});

describe('directory:generate', () => {
  it('groups by sector with the offer, how to refer and the current designated contact, not the archived organisation', async () => {
    const file = path.join(out, 'katalog.docx');
    expect(await call(t.core, 'directory:generate', { path: file })).toEqual({ path: file, organisations: 3 });
    const text = await documentXml(file);
    for (const expected of [
      'Partnerkatalog',
      'Mentornetværket Aarhus',
      'Civilsamfund og foreninger',
      'Jobcentre',
      'Røde Kors Aarhus',
      'Sådan arbejder vi',
      'Mentorforløb til job',
      'Send en mail med borgerens mål.',
      'dansk, arabisk, tigrinya',
      'ተስፋይ ገብረሂወት',
      'Henvisning til mentorforløb',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Lukket Forening');
    // A former member is not a contact person any more.
    expect(text).not.toContain('Søren Østergaard');
    // No sector heading without organisations under it.
    expect(text).not.toContain('Virksomheder');
  });

  it('filters by municipality, theme and offer language, in the language asked for', async () => {
    const file = path.join(out, 'directory-en.docx');
    const result = await call(t.core, 'directory:generate', {
      path: file,
      groupBy: 'theme',
      municipality: 'aarhus',
      theme: 'mentoring-referrals',
      language: 'Arabic',
      docLanguage: 'en',
    });
    expect(result.organisations).toBe(1);
    const text = await documentXml(file);
    expect(text).toContain('Partner directory');
    expect(text).toContain('Mentoring referrals');
    expect(text).toContain('Danish, Arabic, tigrinya');
    expect(text).not.toContain('Jobcenter Aarhus');
    expect(text).not.toContain('NAV Bergen');
  });

  it('says so plainly when nothing matches', async () => {
    const file = path.join(out, 'empty.docx');
    expect((await call(t.core, 'directory:generate', { path: file, municipality: 'Tromsø', docLanguage: 'nb' })).organisations).toBe(0);
    expect(await documentXml(file)).toContain('Ingen organisasjoner passer til utvalget.');
  });

  it('audits every export with format and counts only: no names, no paths', async () => {
    await lock(t.core);
    const rows = (await withDb(dir, (db) =>
      db.prepare("SELECT action, details FROM audit_log WHERE action LIKE 'export.%' ORDER BY seq").all(),
    )) as { action: string; details: string }[];
    expect(rows.map((r) => r.action)).toEqual([
      'export.contacts',
      'export.contacts',
      'export.organisations',
      'export.organisations',
      'export.directory',
      'export.directory',
      'export.directory',
    ]);
    expect(JSON.parse(rows[0]?.details ?? '{}')).toEqual({ format: 'csv', rows: 2, extension: 'csv' });
    const all = rows.map((r) => r.details).join(' ');
    for (const secret of ['Røde', 'ተስፋይ', 'Søren', 'Aarhus', out, 'katalog']) expect(all).not.toContain(secret);
    await unlock(t.core, dir);
  });
});
