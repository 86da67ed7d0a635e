import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { fillPlaceholders, type ConsentFormInput, type Placeholder } from '../../../shared/contract/consent-texts';
import type { DataCategory, PersonRef } from '../../../shared/contract/consents-schemas';
import { LANGUAGES, LOCALES, type Language } from '../../../shared/languages';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import type { OpenRegister } from '../register/open-register';
import { readSettings } from '../register/settings-repo';
import { writeFileAtomic } from '../storage/atomic-write';
import { consentFormDocx } from './form-docx';
import { BLANK, CATEGORY_WORDS } from './form-text';
import { currentTemplate, getTemplate, languageOf } from './repo';

// A consent form printed for one person to read and sign. It goes to the person, not to a third
// party, so it is not a disclosure; it is audited (consent-form.printed) by ids and codes only.

interface Person {
  name: string;
  code: string;
}

function readPerson(db: Db, person: PersonRef): Person {
  const row =
    person.kind === 'mentee'
      ? (db.prepare('SELECT name, code, anonymised_at FROM mentees WHERE id = ?').get(person.id) as
          { name: string; code: string; anonymised_at: string | null } | undefined)
      : (db.prepare("SELECT name, '' AS code, anonymised_at FROM mentors WHERE id = ?").get(person.id) as
          { name: string; code: string; anonymised_at: string | null } | undefined);
  if (!row) throw new CoreError('NOT_FOUND', `${person.kind} ${person.id}`);
  if (row.anonymised_at) throw new CoreError('PERSON_ERASED');
  return { name: row.name, code: row.code };
}

/** A date written out in the text's language; Intl knows most languages an organisation adds. */
function longDate(iso: string, language: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  // Bindeled's own languages as the app writes them (en-GB: 27 November 2026).
  const locale = (LANGUAGES as readonly string[]).includes(language) ? LOCALES[language as Language] : language;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}

function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage, 'en'], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const ARABIC_COMMA = new Set(['ar', 'fa', 'prs', 'ur', 'ps', 'ckb', 'sd', 'ug']);

function categoryWords(db: Db, language: string, categories: DataCategory[]): string {
  if (categories.length === 0) return BLANK;
  const builtIn = (LANGUAGES as readonly string[]).includes(language) ? CATEGORY_WORDS[language as Language] : null;
  const own = builtIn ?? languageOf(db, language).categoryWords;
  // Arabic script separates a list with the Arabic comma.
  const comma = ARABIC_COMMA.has(language.split('-')[0] ?? '') ? '، ' : ', ';
  return categories.map((c) => own[c] || CATEGORY_WORDS.en[c]).join(comma);
}

/** Local date of `now` as YYYY-MM-DD. */
function localDay(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Writes the pre-filled consent form where the user chose, and audits it. */
export async function printConsentForm(register: OpenRegister, input: z.output<typeof ConsentFormInput>, now = new Date()) {
  const { db } = register;
  const target = checkTarget(register, input.path);
  const template = input.templateId ? getTemplate(db, input.templateId) : currentTemplate(db, input.purpose, input.language);
  if (!template) throw new CoreError('NOT_FOUND', `no consent text for ${input.purpose} in ${input.language}`);
  if (template.purpose !== input.purpose || template.language !== input.language)
    throw new CoreError('INVALID_INPUT', 'the consent text is for another purpose or language');
  // A retired version is kept for the consents given on it, but nobody signs it anew.
  if (template.retiredAt) throw new CoreError('INVALID_INPUT', 'the consent text version is retired');
  const person = readPerson(db, input.person);
  let recipient = '';
  if (input.recipientOrganisationId !== undefined) {
    const org = db.prepare('SELECT name FROM organisations WHERE id = ?').get(input.recipientOrganisationId) as
      { name: string } | undefined;
    if (!org) throw new CoreError('NOT_FOUND', `organisation ${input.recipientOrganisationId}`);
    recipient = org.name;
  }
  const settings = readSettings(db);
  const today = localDay(now);
  const values: Record<Placeholder, string> = {
    name: person.name,
    code: person.code,
    organisation: settings.organisationName,
    recipient: recipient || BLANK,
    categories: categoryWords(db, template.language, input.categories),
    date: longDate(today, template.language),
    expires: input.expiresOn ? longDate(input.expiresOn, template.language) : BLANK,
    interpreterLanguage: input.interpreterLanguage ? languageName(input.interpreterLanguage, template.language) : BLANK,
  };
  const data = await consentFormDocx({
    organisationName: settings.organisationName,
    language: template.language,
    rtl: template.rtl,
    title: fillPlaceholders(template.title, values),
    body: fillPlaceholders(template.body, values),
    personLine: [person.name, person.code, values.date].filter(Boolean).join(' · '),
    versionLabel: `${template.title} · ${template.label}`,
  });
  writeFileAtomic(target, data);
  try {
    appendAudit(db, {
      actor: register.actor,
      action: 'consent-form.printed',
      entity: input.person.kind,
      entityId: String(input.person.id),
      details: {
        templateId: template.id,
        purpose: template.purpose,
        language: template.language,
        version: template.version,
        hash: template.shortHash,
        ...(input.recipientOrganisationId !== undefined ? { recipientOrganisationId: input.recipientOrganisationId } : {}),
        categories: input.categories.join(','),
      },
    });
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  }
  return { path: target, templateId: template.id, version: template.version, hash: template.hash };
}

/** An absolute path in an existing folder, never the register folder (plaintext does not belong there). */
function checkTarget(register: OpenRegister, file: string): string {
  if (!path.isAbsolute(file)) throw new CoreError('INVALID_INPUT', 'the path must be absolute');
  const target = path.resolve(file);
  const folder = path.dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CoreError('IO_ERROR', 'the folder does not exist');
  if (existsSync(target) && statSync(target).isDirectory()) throw new CoreError('INVALID_INPUT', 'the path is a folder');
  if (folder === path.resolve(register.dir)) throw new CoreError('NOT_ALLOWED', 'files cannot be written into the register folder');
  return target;
}
