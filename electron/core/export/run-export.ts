import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ParsedInput } from '../../../shared/contract';
import { PageQuery } from '../../../shared/contract/paging';
import { appendAudit } from '../audit/audit-log';
import { CoreError } from '../errors';
import { readAllIds, type ListSpec } from '../paging/pager';
import { CONTACT_LIST, ORGANISATION_LIST } from '../partners/partner-pages';
import type { OpenRegister } from '../register/open-register';
import { readSettings } from '../register/settings-repo';
import { writeLoggedOutput } from '../storage/logged-output';
import { toCsv } from './csv';
import { directoryGroups } from './directory-data';
import { directoryDocx } from './directory-docx';
import { EXPORT_TEXT } from './directory-text';
import { contactCards, contactTable, organisationTable } from './tables';
import { toVcard } from './vcard';
import { toXlsx } from './xlsx';

// Exports are the only plaintext that leaves the register (ARCHITECTURE.md, invariant 1): they
// go only to the file the user chose, are written atomically, and are audited with counts and
// format only — never names, never the path beyond its extension.

type Progress = (done: number, total: number) => void;

/** Refuses a target that is not an absolute file path in an existing folder, or that is inside the register folder. */
export function checkTarget(register: OpenRegister, file: string): string {
  if (!path.isAbsolute(file)) throw new CoreError('INVALID_INPUT', 'the export path must be absolute');
  const target = path.resolve(file);
  const folder = path.dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new CoreError('IO_ERROR', 'the folder of the export path does not exist');
  if (existsSync(target) && statSync(target).isDirectory()) throw new CoreError('INVALID_INPUT', 'the export path is a folder');
  // Writing beside register.db could overwrite it, and plaintext does not belong there.
  if (path.resolve(folder) === path.resolve(register.dir))
    throw new CoreError('NOT_ALLOWED', 'exports cannot be written into the register folder');
  return target;
}

/** Writes the file and audits it, both or neither, also across a crash (storage/logged-output.ts). */
export function writeAudited(
  register: OpenRegister,
  target: string,
  data: Buffer,
  action: string,
  details: Record<string, string | number>,
): void {
  writeLoggedOutput(register.db, [{ target, data }], () =>
    appendAudit(register.db, {
      actor: register.actor,
      action,
      details: { ...details, extension: path.extname(target).slice(1).toLowerCase().slice(0, 10) },
    }),
  );
}

/** The ids of a list view, in its order, when the export was asked for one. */
function viewIds(register: OpenRegister, spec: ListSpec, input: { view?: unknown; includeArchived: boolean }): number[] | undefined {
  if (!input.view) return undefined;
  return readAllIds(register.db, spec, PageQuery.parse({ ...input.view, includeArchived: input.includeArchived }));
}

export async function exportContacts(register: OpenRegister, input: ParsedInput<'export:contacts'>, progress: Progress) {
  const target = checkTarget(register, input.path);
  const language = readSettings(register.db).defaultLanguage;
  progress(0, 1);
  let data: Buffer;
  let rows: number;
  const ids = viewIds(register, CONTACT_LIST, input);
  if (input.format === 'vcf') {
    const cards = contactCards(register.db, input.includeArchived, ids);
    data = toVcard(cards);
    rows = cards.length;
  } else {
    const table = contactTable(register.db, language, input.includeArchived, ids);
    data = input.format === 'csv' ? toCsv(table, input.delimiter) : await toXlsx(table, EXPORT_TEXT[language].label.contactPersons);
    rows = table.rows.length;
  }
  writeAudited(register, target, data, 'export.contacts', { format: input.format, rows });
  progress(1, 1);
  return { path: target, rows };
}

export async function exportOrganisations(register: OpenRegister, input: ParsedInput<'export:organisations'>, progress: Progress) {
  const target = checkTarget(register, input.path);
  const language = readSettings(register.db).defaultLanguage;
  progress(0, 1);
  const table = organisationTable(register.db, language, input.includeArchived, viewIds(register, ORGANISATION_LIST, input));
  const data = input.format === 'csv' ? toCsv(table, input.delimiter) : await toXlsx(table, EXPORT_TEXT[language].organisations);
  writeAudited(register, target, data, 'export.organisations', { format: input.format, rows: table.rows.length });
  progress(1, 1);
  return { path: target, rows: table.rows.length };
}

export async function generateDirectory(
  register: OpenRegister,
  input: ParsedInput<'directory:generate'>,
  progress: Progress,
  now = new Date(),
) {
  const target = checkTarget(register, input.path);
  const settings = readSettings(register.db);
  const language = input.docLanguage ?? settings.defaultLanguage;
  const t = EXPORT_TEXT[language];
  progress(0, 2);
  const groups = directoryGroups(register.db, input, language);
  const selection = [
    input.municipality && `${t.label.municipality}: ${input.municipality}`,
    input.theme && `${t.label.theme}: ${t.themes[input.theme]}`,
    input.language && `${t.label.languages}: ${input.language}`,
  ].filter((s): s is string => Boolean(s));
  progress(1, 2);
  const data = await directoryDocx({
    organisationName: settings.organisationName,
    language,
    date: now,
    selection,
    groupBy: input.groupBy,
    groups,
  });
  const organisations = new Set(groups.flatMap((g) => g.organisations.map((o) => o.id))).size;
  writeAudited(register, target, data, 'export.directory', {
    format: 'docx',
    organisations,
    groupBy: input.groupBy,
    filtered: selection.length,
  });
  progress(2, 2);
  return { path: target, organisations };
}
