import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { BorderStyle, Paragraph, TextRun } from 'docx';
import { catalogs, type Catalog } from '../../../shared/i18n';
import { LOCALES, type Language } from '../../../shared/languages';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { languageName } from '../export/language-names';
import type { OpenRegister } from '../register/open-register';

// Shared pieces of the rights documents (recall letter, access export): texts in the chosen
// language from the rights i18n section, dates, values as words, and the target-path check.

export const ACCENT = '1F4E79';
export const MUTED = '595959';

export type RightsText = Catalog['rights'];
export const rightsText = (language: Language): RightsText => catalogs[language].rights;
export const mentoringText = (language: Language): Catalog['mentoring'] => catalogs[language].mentoring;

/** Fills {{name}} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

/** A day (YYYY-MM-DD…) as a long date in the language. */
export function longDate(language: Language, day: string | Date): string {
  const d = typeof day === 'string' ? new Date(`${day.slice(0, 10)}T12:00:00`) : day;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(d);
}

/** A local minute (YYYY-MM-DDTHH:MM) as date and time in the language. */
export function dateTime(language: Language, minute: string): string {
  if (minute.length < 16) return longDate(language, minute);
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(`${minute.slice(0, 16)}:00`),
  );
}

function lookup(table: Record<string, string> | undefined, key: string): string {
  return table?.[key] ?? key;
}

/** A stored field value (as in field_history or a row) in words. */
export function valueText(language: Language, field: string, raw: string): string {
  const m = mentoringText(language) as unknown as Record<string, Record<string, string>>;
  if (raw === '') return '';
  const list = (table: string) => {
    try {
      const values = JSON.parse(raw) as unknown[];
      return values.map((v) => (typeof v === 'string' ? lookup(m[table], v) : JSON.stringify(v))).join(', ');
    } catch {
      return raw;
    }
  };
  switch (field) {
    case 'gender':
      return lookup(m.gender, raw);
    case 'goals':
      return list('goal');
    case 'industries':
      return list('industry');
    case 'local_language_level':
      return lookup(m.localLevel, raw);
    case 'education_level':
      return lookup(m.educationLevel, raw);
    case 'recognition':
      return lookup(m.recognition, raw);
    case 'preferred_mentor_gender':
      return lookup(m.mentorGender, raw);
    case 'languages':
      // Spoken languages: {code, level} → "arabisk (flydende)"; a plain string is a code or free text.
      try {
        const values = JSON.parse(raw) as unknown[];
        return values
          .map((v) => {
            if (typeof v === 'string') return languageName(v, language);
            const { code, level } = (v ?? {}) as { code?: unknown; level?: unknown };
            if (typeof code !== 'string') return JSON.stringify(v);
            const name = languageName(code, language);
            return typeof level === 'string' ? `${name} (${lookup(m.languageLevel, level)})` : name;
          })
          .join(', ');
      } catch {
        return raw;
      }
    case 'availability':
    case 'skills':
      try {
        const values = JSON.parse(raw) as unknown[];
        return values
          .map((v) => (typeof v === 'string' ? v : typeof v === 'object' && v ? Object.values(v as object).join(' ') : String(v)))
          .join(', ');
      } catch {
        return raw;
      }
    default:
      return raw;
  }
}

export const FREE_TEXT_FIELDS = new Set(['notes', 'preferences']);

/** A field's label in the language ('birth_year' → "Year of birth"). */
export function fieldLabel(language: Language, field: string): string {
  return (rightsText(language).field as Record<string, string>)[field] ?? field;
}

export function heading(text: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({
    spacing: { before: level === 1 ? 360 : 200, after: 100 },
    border: level === 1 ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'BFBFBF', space: 2 } } : undefined,
    children: [new TextRun({ text, bold: true, size: level === 1 ? 28 : 24, color: level === 1 ? ACCENT : '000000' })],
  });
}

export function para(
  text: string,
  options: { bold?: boolean; italics?: boolean; color?: string; after?: number; before?: number } = {},
): Paragraph {
  return new Paragraph({
    spacing: { after: options.after ?? 120, before: options.before ?? 0 },
    children: text
      .split(/\r\n|\r|\n/)
      .map(
        (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, bold: options.bold, italics: options.italics, color: options.color }),
      ),
  });
}

/** "Label: value", or nothing when the value is empty. */
export function labelled(label: string, value: string, indent = 0): Paragraph[] {
  if (!value.trim()) return [];
  return [
    new Paragraph({
      spacing: { after: 40 },
      indent: indent ? { left: indent } : undefined,
      children: [
        new TextRun({ text: `${label}: `, bold: true }),
        ...value.split(/\r\n|\r|\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
      ],
    }),
  ];
}

/** Labels as a running list: "Attendance and meetings, goals and progress". */
export function listText(items: string[]): string {
  return items.map((x, i) => (i === 0 ? x : x.charAt(0).toLowerCase() + x.slice(1))).join(', ');
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, spacing: { after: 40 }, children: [new TextRun(text)] });
}

/** Refuses a target that is not an absolute file path in an existing folder, or that is inside the register folder. */
export function checkTarget(register: OpenRegister, file: string, extension: string): string {
  if (!path.isAbsolute(file)) throw new CoreError('INVALID_INPUT', 'the path must be absolute');
  const target = path.resolve(file);
  if (path.extname(target).toLowerCase() !== extension) throw new CoreError('INVALID_INPUT', `the file must end in ${extension}`);
  const folder = path.dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CoreError('IO_ERROR', 'the folder does not exist');
  if (existsSync(target) && statSync(target).isDirectory()) throw new CoreError('INVALID_INPUT', 'the path is a folder');
  if (path.resolve(folder) === path.resolve(register.dir))
    throw new CoreError('NOT_ALLOWED', 'files cannot be written into the register folder');
  return target;
}

/**
 * The user's display name (for a letter's signature), or their id. The migration's placeholder
 * 'Owner' of the first user prints in the document's language, as the screens show it
 * (userName() in renderer/src/features/users/names.ts).
 */
export function displayName(db: Db, actor: string, language: Language): string {
  const r = db.prepare('SELECT display_name FROM users WHERE id = ?').get(actor) as { display_name: string } | undefined;
  if (actor === 'owner' && r?.display_name === 'Owner') return catalogs[language].users.ownerDefault;
  return r?.display_name ?? actor;
}
