import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ParsedInput } from '../../../shared/contract';
import { PageQuery } from '../../../shared/contract/paging';
import { appendAudit } from '../audit/audit-log';
import { CoreError } from '../errors';
import { readAllIds, type ListSpec } from '../paging/pager';
import { keepOrganisationCountsCurrent } from '../partners/organisation-counts';
import { CONTACT_LIST, ORGANISATION_LIST } from '../partners/partner-pages';
import type { OpenRegister } from '../register/open-register';
import { readSettings } from '../register/settings-repo';
import { writeLoggedOutput, writeLoggedStream } from '../storage/logged-output';
import { toCsv } from './csv';
import { directoryGroups } from './directory-data';
import { checkpoint } from './cancel';
import { writeDirectoryDocx } from './directory-docx';
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

const extensionOf = (target: string) => path.extname(target).slice(1).toLowerCase().slice(0, 10);

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
      details: { ...details, extension: extensionOf(target) },
    }),
  );
}

/** The ids of a list view, in its order, when the export was asked for one. */
function viewIds(register: OpenRegister, spec: ListSpec, input: { view?: unknown; includeArchived: boolean }): number[] | undefined {
  if (!input.view) return undefined;
  return readAllIds(register.db, spec, PageQuery.parse({ ...input.view, includeArchived: input.includeArchived }));
}

// A cancel (signal) is heard between the steps: reading, writing the file's bytes, putting it in
// place. Once the file is being put in place and logged, the export finishes.

export async function exportContacts(
  register: OpenRegister,
  input: ParsedInput<'export:contacts'>,
  progress: Progress,
  signal?: AbortSignal,
) {
  const target = checkTarget(register, input.path);
  const language = readSettings(register.db).defaultLanguage;
  progress(0, 3);
  await checkpoint(signal);
  let data: Buffer;
  let rows: number;
  const ids = viewIds(register, CONTACT_LIST, input);
  if (input.format === 'vcf') {
    const cards = contactCards(register.db, input.includeArchived, ids);
    progress(1, 3);
    await checkpoint(signal);
    data = toVcard(cards);
    rows = cards.length;
  } else {
    const table = contactTable(register.db, language, input.includeArchived, ids);
    progress(1, 3);
    await checkpoint(signal);
    data = input.format === 'csv' ? toCsv(table, input.delimiter) : await toXlsx(table, EXPORT_TEXT[language].label.contactPersons);
    rows = table.rows.length;
  }
  progress(2, 3);
  await checkpoint(signal);
  writeAudited(register, target, data, 'export.contacts', { format: input.format, rows });
  progress(3, 3);
  return { path: target, rows };
}

export async function exportOrganisations(
  register: OpenRegister,
  input: ParsedInput<'export:organisations'>,
  progress: Progress,
  signal?: AbortSignal,
) {
  const target = checkTarget(register, input.path);
  const language = readSettings(register.db).defaultLanguage;
  progress(0, 3);
  await checkpoint(signal);
  // A view sorted by the stored counts reads them as of today (migration 12).
  keepOrganisationCountsCurrent(register.db);
  const table = organisationTable(register.db, language, input.includeArchived, viewIds(register, ORGANISATION_LIST, input));
  progress(1, 3);
  await checkpoint(signal);
  const data = input.format === 'csv' ? toCsv(table, input.delimiter) : await toXlsx(table, EXPORT_TEXT[language].organisations);
  progress(2, 3);
  await checkpoint(signal);
  writeAudited(register, target, data, 'export.organisations', { format: input.format, rows: table.rows.length });
  progress(3, 3);
  return { path: target, rows: table.rows.length };
}

export async function generateDirectory(
  register: OpenRegister,
  input: ParsedInput<'directory:generate'>,
  progress: Progress,
  signal?: AbortSignal,
  now = new Date(),
) {
  const target = checkTarget(register, input.path);
  const settings = readSettings(register.db);
  const language = input.docLanguage ?? settings.defaultLanguage;
  const t = EXPORT_TEXT[language];
  progress(0, 1);
  await checkpoint(signal);
  const groups = directoryGroups(register.db, input, language);
  const selection = [
    input.municipality && `${t.label.municipality}: ${input.municipality}`,
    input.theme && `${t.label.theme}: ${t.themes[input.theme]}`,
    input.language && `${t.label.languages}: ${input.language}`,
  ].filter((s): s is string => Boolean(s));
  const organisations = new Set(groups.flatMap((g) => g.organisations.map((o) => o.id))).size;
  // One step for reading, one per organisation written (under each group it is in), one to finish.
  const total = groups.reduce((n, g) => n + g.organisations.length, 2);
  progress(1, total);
  await checkpoint(signal);
  const doc = { organisationName: settings.organisationName, language, date: now, selection, groupBy: input.groupBy, groups };
  // Streamed into a temp file: a directory of thousands of organisations is never whole in memory.
  await writeLoggedStream(
    register.db,
    target,
    (sink) => writeDirectoryDocx(doc, sink, { ...(signal ? { signal } : {}), onWritten: (n) => progress(1 + n, total) }),
    () =>
      appendAudit(register.db, {
        actor: register.actor,
        action: 'export.directory',
        details: { format: 'docx', organisations, groupBy: input.groupBy, filtered: selection.length, extension: extensionOf(target) },
      }),
  );
  progress(total, total);
  return { path: target, organisations };
}
