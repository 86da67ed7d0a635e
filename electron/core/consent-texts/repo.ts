import type { z } from 'zod';
import {
  isRtlLanguage,
  type ConsentTemplate,
  type ConsentTemplateRow,
  type ConsentTextInput,
  type ConsentTextLanguage,
} from '../../../shared/contract/consent-texts';
import { DATA_CATEGORIES, type ConsentPurpose } from '../../../shared/contract/consents-schemas';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../shared/languages';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import type { OpenRegister } from '../register/open-register';
import { consentTextHash, shortHash } from './hash';

// Consent text versions. A version is never changed (a trigger refuses it): saving a new wording
// writes version n+1 of that purpose and language; retiring hides a version from new consents
// but keeps it, because old consents point to it.

interface TemplateDbRow {
  id: number;
  purpose: ConsentPurpose;
  language: string;
  version: number;
  title: string;
  body: string;
  hash: string;
  created_at: string;
  created_by: string;
  retired_at: string | null;
  current: number;
}

interface LanguageDbRow {
  code: string;
  name: string;
  rtl: number;
  category_words: string;
}

// "current": the newest version of its purpose and language that is not retired.
const SELECT = `
  SELECT t.*, (t.retired_at IS NULL AND NOT EXISTS (
    SELECT 1 FROM consent_templates n
    WHERE n.purpose = t.purpose AND n.language = t.language AND n.version > t.version AND n.retired_at IS NULL
  )) AS current
  FROM consent_templates t`;

function toRow(r: TemplateDbRow): ConsentTemplateRow {
  const short = shortHash(r.hash);
  return {
    id: r.id,
    purpose: r.purpose,
    language: r.language,
    version: r.version,
    title: r.title,
    hash: r.hash,
    shortHash: short,
    label: `${r.language} v${r.version} · ${short}`,
    createdAt: r.created_at,
    createdBy: r.created_by,
    retiredAt: r.retired_at,
    current: r.current === 1,
  };
}

/** Every language that has texts or was added, the five built-in ones first. */
export function listLanguages(db: Db): ConsentTextLanguage[] {
  const added = db.prepare('SELECT code, name, rtl, category_words FROM consent_languages ORDER BY code').all() as LanguageDbRow[];
  const used = (db.prepare('SELECT DISTINCT language FROM consent_templates ORDER BY language').all() as { language: string }[]).map(
    (r) => r.language,
  );
  const out: ConsentTextLanguage[] = LANGUAGES.map((code) => ({
    code,
    name: LANGUAGE_NAMES[code],
    rtl: false,
    builtIn: true,
    categoryWords: {},
  }));
  for (const l of added) {
    if (out.some((o) => o.code === l.code)) continue;
    out.push({
      code: l.code,
      name: l.name,
      rtl: l.rtl === 1,
      builtIn: false,
      categoryWords: JSON.parse(l.category_words) as Record<string, string>,
    });
  }
  for (const code of used) {
    if (!out.some((o) => o.code === code)) out.push({ code, name: code, rtl: isRtlLanguage(code), builtIn: false, categoryWords: {} });
  }
  return out;
}

/** One language's entry (a language without texts or a row gets its code as name). */
export function languageOf(db: Db, code: string): ConsentTextLanguage {
  return (
    listLanguages(db).find((l) => l.code === code) ?? { code, name: code, rtl: isRtlLanguage(code), builtIn: false, categoryWords: {} }
  );
}

/** The version in use per purpose and language (the newest if all are retired), or every version with `history`. */
export function listTemplates(db: Db, history: boolean): ConsentTemplateRow[] {
  const rows = db.prepare(`${SELECT} ORDER BY t.purpose, t.language, t.version DESC`).all() as TemplateDbRow[];
  if (history) return rows.map(toRow);
  // Per purpose and language: the version in use, or the newest when all are retired.
  const chosen = new Map<string, TemplateDbRow>();
  for (const r of rows) {
    const key = `${r.purpose}\u0000${r.language}`;
    const had = chosen.get(key);
    if (!had || (r.current === 1 && had.current !== 1)) chosen.set(key, r);
  }
  return [...chosen.values()].map(toRow);
}

/** One version with its text, or NOT_FOUND. */
export function getTemplate(db: Db, id: number): ConsentTemplate {
  const r = db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as TemplateDbRow | undefined;
  if (!r) throw new CoreError('NOT_FOUND', `consent text ${id}`);
  return { ...toRow(r), body: r.body, rtl: languageOf(db, r.language).rtl };
}

/** The version new consents and forms use for a purpose and language, or null when there is none. */
export function currentTemplate(db: Db, purpose: ConsentPurpose, language: string): ConsentTemplate | null {
  const r = db.prepare(`${SELECT} WHERE t.purpose = ? AND t.language = ? AND current = 1`).get(purpose, language) as
    TemplateDbRow | undefined;
  return r ? getTemplate(db, r.id) : null;
}

const nl = (s: string) => s.replace(/\r\n?/g, '\n');

/** Saves a new version (n+1) of a purpose and language; a language new to the register needs a name. */
export function saveTemplate(register: OpenRegister, input: z.output<typeof ConsentTextInput>): ConsentTemplate {
  const { db } = register;
  return db.transaction(() => {
    const now = new Date().toISOString();
    const builtIn = (LANGUAGES as readonly string[]).includes(input.language);
    if (!builtIn) upsertLanguage(register, input, now);
    const last = db
      .prepare('SELECT MAX(version) AS v FROM consent_templates WHERE purpose = ? AND language = ?')
      .get(input.purpose, input.language) as { v: number | null };
    const version = (last.v ?? 0) + 1;
    const title = nl(input.title.trim());
    const body = nl(input.body).trim();
    const hash = consentTextHash({ purpose: input.purpose, language: input.language, version, title, body });
    const id = Number(
      db
        .prepare(
          `INSERT INTO consent_templates (purpose, language, version, title, body, hash, created_at, created_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(input.purpose, input.language, version, title, body, hash, now, register.actor).lastInsertRowid,
    );
    appendAudit(db, {
      actor: register.actor,
      action: 'consent-text.saved',
      entity: 'consent_template',
      entityId: String(id),
      details: { purpose: input.purpose, language: input.language, version, hash: shortHash(hash) },
    });
    return getTemplate(db, id);
  })();
}

function upsertLanguage(register: OpenRegister, input: z.output<typeof ConsentTextInput>, now: string): void {
  const { db } = register;
  const existing = db.prepare('SELECT code, name, rtl, category_words FROM consent_languages WHERE code = ?').get(input.language) as
    LanguageDbRow | undefined;
  if (!existing) {
    if (!input.languageName) throw new CoreError('INVALID_INPUT', 'a new language needs its name');
    db.prepare('INSERT INTO consent_languages (code, name, rtl, category_words, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)').run(
      input.language,
      input.languageName,
      (input.rtl ?? isRtlLanguage(input.language)) ? 1 : 0,
      JSON.stringify(pickWords(input.categoryWords)),
      now,
      register.actor,
    );
    appendAudit(db, { actor: register.actor, action: 'consent-language.added', entity: 'consent_language', entityId: input.language });
    return;
  }
  if (input.languageName === undefined && input.rtl === undefined && input.categoryWords === undefined) return;
  db.prepare('UPDATE consent_languages SET name = ?, rtl = ?, category_words = ? WHERE code = ?').run(
    input.languageName ?? existing.name,
    input.rtl === undefined ? existing.rtl : input.rtl ? 1 : 0,
    input.categoryWords ? JSON.stringify(pickWords(input.categoryWords)) : existing.category_words,
    input.language,
  );
}

function pickWords(words: Partial<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of DATA_CATEGORIES) if (words?.[c]) out[c] = words[c];
  return out;
}

/** Retires a version (or brings it back). Old consents keep pointing to it either way. */
export function retireTemplate(register: OpenRegister, id: number, retired: boolean): ConsentTemplateRow {
  const { db } = register;
  return db.transaction(() => {
    const before = getTemplate(db, id);
    if ((before.retiredAt !== null) !== retired) {
      db.prepare('UPDATE consent_templates SET retired_at = ? WHERE id = ?').run(retired ? new Date().toISOString() : null, id);
      appendAudit(db, {
        actor: register.actor,
        action: retired ? 'consent-text.retired' : 'consent-text.restored',
        entity: 'consent_template',
        entityId: String(id),
        details: { purpose: before.purpose, language: before.language, version: before.version },
      });
    }
    const { body: _body, rtl: _rtl, ...row } = getTemplate(db, id);
    return row;
  })();
}
