import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillPlaceholders, PLACEHOLDERS, unknownPlaceholders, type Placeholder } from '../../../shared/contract/consent-texts';
import { CONSENT_PURPOSES } from '../../../shared/contract/consents-schemas';
import { LANGUAGES } from '../../../shared/languages';
import { DEFAULT_TEXTS } from '../../../electron/core/consent-texts/default-texts';
import { canonicalConsentText, consentTextHash, type HashedFields } from '../../../electron/core/consent-texts/hash';
import { dbPath, openDatabase } from '../../../electron/core/db/driver';
import { readKeySlots, unwrapWithPassphrase } from '../../../electron/core/crypto/keyslots';
import { call, callFails, cleanupTempDirs, createRegister, newCore, PASSPHRASE, tempDir, type TestCore } from '../core/helpers';

// Consent texts through the real dispatcher on an encrypted register: the shipped defaults,
// versions, hashing, frozen rows, placeholders, and the printed form read back from the .docx.

let t: TestCore;
let dir: string;

beforeAll(async () => {
  t = newCore();
  ({ dir } = await createRegister(t.core, { organisationName: 'Foreningen Brobyggerne' }));
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

/** The document.xml of a .docx, read with unzip (as a person opening the file would get it). */
function documentXml(file: string): string {
  return execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
}
function footerXml(file: string): string {
  const list = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
  return list
    .filter((n) => /^word\/footer\d*\.xml$/.test(n))
    .map((n) => execFileSync('unzip', ['-p', file, n], { encoding: 'utf8' }))
    .join('');
}
/** The visible text of a WordprocessingML part. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('consent text hashing', () => {
  const base: HashedFields = { purpose: 'registration', language: 'da', version: 1, title: 'Titel', body: 'Tekst\n\nmere' };

  it('is stable and sensitive to every field', () => {
    expect(consentTextHash(base)).toBe(consentTextHash({ ...base }));
    expect(consentTextHash(base)).toMatch(/^[0-9a-f]{64}$/);
    const variants: HashedFields[] = [
      { ...base, purpose: 'story' },
      { ...base, language: 'nb' },
      { ...base, version: 2 },
      { ...base, title: 'Titel ' },
      { ...base, body: 'Tekst\n\nMere' },
    ];
    const hashes = new Set([consentTextHash(base), ...variants.map(consentTextHash)]);
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('cannot be fooled by moving text between fields, and ignores only line-ending style', () => {
    expect(consentTextHash({ ...base, title: 'Titel\u0000x', body: 'y' })).not.toBe(
      consentTextHash({ ...base, title: 'Titel', body: 'x\u0000y' }),
    );
    expect(consentTextHash({ ...base, body: 'Tekst\r\n\r\nmere' })).toBe(consentTextHash(base));
    expect(canonicalConsentText(base)).toBe('["bindeled-consent-text-1","registration","da",1,"Titel","Tekst\\n\\nmere"]');
  });
});

describe('placeholders', () => {
  it('fills every known one and names unknown ones', () => {
    const values = Object.fromEntries(PLACEHOLDERS.map((p) => [p, `<${p}>`])) as Record<Placeholder, string>;
    expect(fillPlaceholders('{{ name }} / {{code}} / {{nope}}', values)).toBe('<name> / <code> / {{nope}}');
    expect(unknownPlaceholders('{{name}} {{navn}} {{ dato }} {{navn}}')).toEqual(['navn', 'dato']);
  });

  it('every shipped text uses only known placeholders and has a signature line', () => {
    for (const l of LANGUAGES)
      for (const p of CONSENT_PURPOSES) {
        expect(unknownPlaceholders(DEFAULT_TEXTS[l][p].body), `${l} ${p}`).toEqual([]);
        expect(DEFAULT_TEXTS[l][p].body).toContain('{{date}}');
        expect(DEFAULT_TEXTS[l][p].body).toContain('{{organisation}}');
        expect(DEFAULT_TEXTS[l][p].body).toMatch(/_{10,}/);
      }
    for (const l of LANGUAGES) {
      expect(DEFAULT_TEXTS[l]['feedback-sharing'].body).toContain('{{recipient}}');
      expect(DEFAULT_TEXTS[l]['feedback-sharing'].body).toContain('{{categories}}');
    }
  });
});

describe('consent text versions', () => {
  it('a new register has version 1 of every purpose in the five languages, hashed', async () => {
    const list = await call(t.core, 'consentTexts:list', {});
    expect(list.templates).toHaveLength(CONSENT_PURPOSES.length * LANGUAGES.length);
    expect(list.languages.map((l) => l.code)).toEqual([...LANGUAGES]);
    for (const row of list.templates) {
      expect(row.version).toBe(1);
      expect(row.current).toBe(true);
      expect(row.createdBy).toBe('bindeled');
      const full = await call(t.core, 'consentTexts:get', { id: row.id });
      expect(full.hash).toBe(consentTextHash(full));
      expect(row.label).toBe(`${row.language} v1 · ${row.hash.slice(0, 8)}`);
    }
  });

  it('saving writes version n+1 with its own hash; the old version stays as it was; audited', async () => {
    const before = (await call(t.core, 'consentTexts:list', {})).templates.find((r) => r.purpose === 'story' && r.language === 'da')!;
    const saved = await call(t.core, 'consentTexts:save', {
      purpose: 'story',
      language: 'da',
      title: 'Samtykke til min historie',
      body: 'Jeg, {{name}}, siger ja til at {{organisation}} fortæller min historie.\r\n\r\n{{date}}',
    });
    expect(saved.version).toBe(2);
    expect(saved.body).toBe('Jeg, {{name}}, siger ja til at {{organisation}} fortæller min historie.\n\n{{date}}');
    expect(saved.hash).toBe(consentTextHash(saved));
    expect(saved.current).toBe(true);
    expect((await call(t.core, 'consentTexts:get', { id: before.id })).current).toBe(false);
    const history = (await call(t.core, 'consentTexts:list', { history: true })).templates.filter(
      (r) => r.purpose === 'story' && r.language === 'da',
    );
    expect(history.map((r) => r.version)).toEqual([2, 1]);
    expect(history[1]!.hash).toBe(before.hash);
    const audit = await call(t.core, 'audit:recent', { limit: 1 });
    expect(audit[0]!.action).toBe('consent-text.saved');
  });

  it('retiring hides a version from new forms but keeps it; the previous version becomes current', async () => {
    const v2 = (await call(t.core, 'consentTexts:list', {})).templates.find((r) => r.purpose === 'story' && r.language === 'da')!;
    const retired = await call(t.core, 'consentTexts:retire', { id: v2.id });
    expect(retired.retiredAt).not.toBeNull();
    expect(retired.current).toBe(false);
    const history = (await call(t.core, 'consentTexts:list', { history: true })).templates.filter(
      (r) => r.purpose === 'story' && r.language === 'da',
    );
    expect(history.find((r) => r.version === 1)!.current).toBe(true);
    // The list without history shows the version in use, not the retired newer one.
    const shown = (await call(t.core, 'consentTexts:list', {})).templates.filter((r) => r.purpose === 'story' && r.language === 'da');
    expect(shown.map((r) => [r.version, r.current])).toEqual([[1, true]]);
    expect((await call(t.core, 'audit:recent', { limit: 1 }))[0]!.action).toBe('consent-text.retired');
    const restored = await call(t.core, 'consentTexts:retire', { id: v2.id, retired: false });
    expect(restored.current).toBe(true);
  });

  it('refuses unknown placeholders naming them, an empty text and oversized fields, changing nothing', async () => {
    const count = (await call(t.core, 'consentTexts:list', { history: true })).templates.length;
    const unknown = await callFails(t.core, 'consentTexts:save', {
      purpose: 'registration',
      language: 'en',
      title: 'x',
      body: 'Hello {{name}} from {{orgnaisation}} on {{dato}}',
    });
    expect(unknown.code).toBe('INVALID_INPUT');
    expect(unknown.issues).toEqual([{ path: 'body', message: 'unknown placeholders: {{orgnaisation}}, {{dato}}' }]);
    const inTitle = await callFails(t.core, 'consentTexts:save', {
      purpose: 'registration',
      language: 'en',
      title: 'For {{navn}}',
      body: 'x',
    });
    expect(inTitle.issues).toEqual([{ path: 'title', message: 'unknown placeholders: {{navn}}' }]);
    expect((await callFails(t.core, 'consentTexts:save', { purpose: 'registration', language: 'en', title: 'x', body: ' \n ' })).code).toBe(
      'INVALID_INPUT',
    );
    expect(
      (await callFails(t.core, 'consentTexts:save', { purpose: 'registration', language: 'en', title: 'x', body: 'a'.repeat(20_001) }))
        .code,
    ).toBe('INVALID_INPUT');
    expect((await callFails(t.core, 'consentTexts:save', { purpose: 'registration', language: 'en', title: '', body: 'a' })).code).toBe(
      'INVALID_INPUT',
    );
    expect(
      (await callFails(t.core, 'consentTexts:save', { purpose: 'registration', language: 'not a code', title: 'x', body: 'a' })).code,
    ).toBe('INVALID_INPUT');
    // A language the register does not know yet needs its name.
    expect((await callFails(t.core, 'consentTexts:save', { purpose: 'registration', language: 'so', title: 'x', body: 'a' })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await call(t.core, 'consentTexts:list', { history: true })).templates).toHaveLength(count);
  });

  it('the database refuses to change or delete a saved version', async () => {
    const slots = readKeySlots(dir);
    const { dataKey } = await unwrapWithPassphrase(slots, PASSPHRASE);
    // A second connection beside the open register (WAL allows it), as someone with the key would.
    const db = openDatabase(dbPath(dir), dataKey, { create: false });
    try {
      expect(() => db.prepare("UPDATE consent_templates SET body = 'changed' WHERE id = 1").run()).toThrow(/cannot be changed/);
      expect(() => db.prepare("UPDATE consent_templates SET hash = 'x' WHERE id = 1").run()).toThrow(/cannot be changed/);
      expect(() => db.prepare('DELETE FROM consent_templates WHERE id = 1').run()).toThrow(/is kept/);
    } finally {
      db.close();
    }
  });
});

describe('the printed consent form', () => {
  let out: string;
  let menteeId: number;
  let orgId: number;
  beforeAll(async () => {
    out = tempDir('bindeled-forms-');
    mkdirSync(out, { recursive: true });
    orgId = (await call(t.core, 'organisations:save', { name: 'Jobcenter Kolding', sector: 'job-centre' })).id;
    menteeId = (await call(t.core, 'mentees:save', { name: 'Amina Yusuf', goals: ['job'] })).id;
  });

  it('fills the Danish sharing text for the person and recipient, prints version and hash, and is audited', async () => {
    const mentee = await call(t.core, 'mentees:get', { id: menteeId });
    const file = path.join(out, 'da.docx');
    const result = await call(t.core, 'consentTexts:form', {
      person: { kind: 'mentee', id: menteeId },
      purpose: 'feedback-sharing',
      language: 'da',
      recipientOrganisationId: orgId,
      categories: ['attendance', 'goals'],
      interpreterLanguage: 'ar',
      expiresOn: '2027-06-30',
      path: file,
    });
    const text = textOf(documentXml(file));
    expect(text).toContain('Foreningen Brobyggerne');
    expect(text).toContain('Amina Yusuf');
    expect(text).toContain(mentee.code);
    expect(text).toContain('må fortælle Jobcenter Kolding, hvordan');
    expect(text).toContain('Hvad må deles: fremmøde og møder, mål og fremskridt.');
    expect(text).toContain('30. juni 2027');
    expect(text).toContain('arabisk');
    expect(text).not.toMatch(/\{\{/);
    expect(documentXml(file)).not.toContain('w:bidi');
    expect(textOf(footerXml(file))).toContain(`da v1 · ${result.hash.slice(0, 8)}`);
    const audit = (await call(t.core, 'audit:recent', { limit: 1 }))[0]!;
    expect(audit.action).toBe('consent-form.printed');
  });

  it('an Arabic text added by the organisation prints right to left with its own category words', async () => {
    const saved = await call(t.core, 'consentTexts:save', {
      purpose: 'feedback-sharing',
      language: 'ar',
      languageName: 'العربية',
      categoryWords: { attendance: 'الحضور واللقاءات', goals: 'الأهداف والتقدم', outcome: '', notes: '' },
      title: 'موافقة على مشاركة المعلومات',
      body: 'أوافق أنا {{name}} على أن تخبر {{organisation}} الجهة {{recipient}} عن: {{categories}}.\n\nالتاريخ: {{date}}\nالتوقيع: ____________',
    });
    expect(saved).toMatchObject({ language: 'ar', version: 1, rtl: true });
    const languages = (await call(t.core, 'consentTexts:list', {})).languages;
    expect(languages.find((l) => l.code === 'ar')).toMatchObject({ name: 'العربية', rtl: true, builtIn: false });
    const file = path.join(out, 'ar.docx');
    await call(t.core, 'consentTexts:form', {
      person: { kind: 'mentee', id: menteeId },
      purpose: 'feedback-sharing',
      language: 'ar',
      recipientOrganisationId: orgId,
      categories: ['attendance', 'goals', 'outcome'],
      path: file,
    });
    const xml = documentXml(file);
    expect(xml).toContain('<w:bidi/>');
    expect(xml).toContain('<w:rtl/>');
    const text = textOf(xml);
    expect(text).toContain('Amina Yusuf');
    expect(text).toContain('Jobcenter Kolding');
    // No Arabic word for "outcome" was given: the English one stands in.
    expect(text).toContain('الحضور واللقاءات، الأهداف والتقدم، the outcome of the course');
    expect(textOf(footerXml(file))).toContain(`ar v1 · ${saved.shortHash}`);
  });

  it('refuses a missing person, a retired version and a path in the register folder, writing nothing', async () => {
    const base = { purpose: 'registration' as const, language: 'en', path: path.join(out, 'x.docx') };
    expect((await callFails(t.core, 'consentTexts:form', { ...base, person: { kind: 'mentee', id: 9999 } })).code).toBe('NOT_FOUND');
    expect((await callFails(t.core, 'consentTexts:form', { ...base, language: 'so', person: { kind: 'mentee', id: menteeId } })).code).toBe(
      'NOT_FOUND',
    );
    const en = (await call(t.core, 'consentTexts:list', {})).templates.find((r) => r.purpose === 'registration' && r.language === 'en')!;
    await call(t.core, 'consentTexts:retire', { id: en.id });
    expect(
      (await callFails(t.core, 'consentTexts:form', { ...base, templateId: en.id, person: { kind: 'mentee', id: menteeId } })).code,
    ).toBe('INVALID_INPUT');
    await call(t.core, 'consentTexts:retire', { id: en.id, retired: false });
    expect(
      (
        await callFails(t.core, 'consentTexts:form', {
          ...base,
          person: { kind: 'mentee', id: menteeId },
          path: path.join(dir, 'form.docx'),
        })
      ).code,
    ).toBe('NOT_ALLOWED');
    expect(() => readFileSync(path.join(out, 'x.docx'))).toThrow();
  });
});
