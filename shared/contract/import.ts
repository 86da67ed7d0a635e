import { z } from 'zod';
import { coreCall, coreConcurrentCall } from './define';

// Spreadsheet import (CSV, XLSX) of contact persons or organisations. The wizard's flow:
//   import:preview  → what the file looks like and a suggested (or remembered) column mapping
//   import:check    → the user's mapping applied to every row: problems and duplicates, nothing written
//   import:run      → all-or-nothing write in one transaction, with 'progress' events; import:cancel stops it
//   import:errorFile → the rejected rows written as a CSV where the user chose
//
// Row numbers everywhere are the row as a spreadsheet program shows it: the file's records
// counted from 1, blank rows included, so the header row is usually row 1 and the first data row 2.

export const IMPORT_TARGETS = ['contacts', 'organisations'] as const;

/** Columns a contacts file can fill. `organisation` creates or matches an organisation by name and a current membership; `municipality` goes to that organisation. */
export const CONTACT_IMPORT_FIELDS = [
  'name',
  'email',
  'phone',
  'role',
  'organisation',
  'municipality',
  'notes',
  'preferredLanguage',
  'themes',
] as const;
/** Columns an organisations file can fill. */
export const ORGANISATION_IMPORT_FIELDS = [
  'name',
  'sector',
  'country',
  'municipality',
  'address',
  'website',
  'email',
  'phone',
  'howWeWork',
  'tags',
] as const;

export const ImportTarget = z.enum(IMPORT_TARGETS);
export const ImportField = z.enum([
  'name',
  'email',
  'phone',
  'role',
  'organisation',
  'municipality',
  'notes',
  'preferredLanguage',
  'themes',
  'sector',
  'country',
  'address',
  'website',
  'howWeWork',
  'tags',
]);
export type ImportFieldName = z.output<typeof ImportField>;
export type ImportTargetName = z.output<typeof ImportTarget>;

export const IMPORT_ENCODINGS = ['utf-8', 'utf-8-bom', 'windows-1252', 'utf-16le', 'utf-16be', 'xlsx'] as const;
/** Files larger than this are refused with FILE_TOO_LARGE before they are read. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
/** import:check returns at most this many rows in detail (problem and duplicate rows first); counts cover every row. */
export const IMPORT_CHECK_DETAIL_LIMIT = 500;

/** A path to a file on this computer (as chosen in an open or save dialog). */
export const FilePath = z.string().trim().min(1).max(4096);

/**
 * Column index (as a string: "0", "1", …) → the field it fills, or null for "do not import".
 * Columns left out are not imported. Core refuses (IMPORT_MAPPING_INVALID) a mapping without a
 * `name` column, with a field used twice, a field that the target does not have, or an index
 * beyond the file's columns.
 */
export const ImportMapping = z.record(z.string().regex(/^\d{1,4}$/), ImportField.nullable());

/** What is wrong with one value. Errors reject the row; warnings import it (with the value dropped or defaulted). */
export const ImportProblem = z.object({
  field: ImportField,
  /**
   * missing: a required value (name) is empty · invalid-email: not something@domain.tld ·
   * too-long: longer than the register allows · unknown-value: a sector, country or theme not
   * recognised (warning: imported as 'other' / left out).
   */
  code: z.enum(['missing', 'invalid-email', 'too-long', 'unknown-value']),
  severity: z.enum(['error', 'warning']),
});

export const DUPLICATE_REASONS = ['same-email', 'similar-name-same-organisation', 'same-name', 'same-phone', 'same-fields'] as const;
/**
 * A row that is someone (or some organisation) already seen, by evidence: for contacts the same
 * e-mail (trimmed, case-folded), the same phone (digits only) or every field the same; for
 * organisations `same-name` (ignoring case, accents and spacing). The duplicate policy applies.
 */
export const ImportDuplicate = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('in-file'), ofRow: z.number().int(), reason: z.enum(DUPLICATE_REASONS) }),
  /** `id` is the existing contact's (target contacts) or organisation's (target organisations). */
  z.object({ kind: z.literal('in-register'), id: z.number().int(), name: z.string(), reason: z.enum(DUPLICATE_REASONS) }),
]);

/**
 * A contact row with the same (or a sound-alike) name at the same organisation as someone
 * already seen, but a different e-mail or phone: perhaps the same person, perhaps not. It is
 * imported as a new person and the pair is listed for review (merge or keep both) afterwards.
 */
export const ImportPossibleDuplicate = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('in-file'), ofRow: z.number().int(), reason: z.literal('similar-name-same-organisation') }),
  z.object({ kind: z.literal('in-register'), id: z.number().int(), name: z.string(), reason: z.literal('similar-name-same-organisation') }),
]);

export const ImportCheckedRow = z.object({
  row: z.number().int(),
  /** The mapped values as they will be imported (trimmed, e-mail and phone tidied). */
  values: z.record(z.string(), z.string()),
  problems: z.array(ImportProblem),
  duplicate: ImportDuplicate.nullable(),
  /** Only when `duplicate` is null. */
  possibleDuplicate: ImportPossibleDuplicate.nullable(),
});

const Source = { path: FilePath, target: ImportTarget };
const DuplicateAction = z.enum(['skip', 'update', 'create']);

export const ImportPreview = z.object({
  fileName: z.string(),
  encoding: z.enum(IMPORT_ENCODINGS),
  /** null for XLSX. */
  delimiter: z.enum([';', ',', '\t']).nullable(),
  /** The header row's cells (trimmed; '' for an empty header cell). */
  headers: z.array(z.string()),
  /** The row number of the header row. */
  headerRow: z.number().int(),
  /** Data rows (non-blank rows after the header). */
  rowCount: z.number().int(),
  /** The first 20 data rows, each padded or cut to headers.length cells. */
  sample: z.array(z.array(z.string())),
  mapping: ImportMapping,
  /** True when the mapping is one the user confirmed before for a file with the same headers. */
  remembered: z.boolean(),
  /** The fields of this target, in display order. */
  fields: z.array(ImportField),
});

export const ImportCheck = z.object({
  /** Rows with problems or duplicates first, then the rest, at most IMPORT_CHECK_DETAIL_LIMIT. */
  rows: z.array(ImportCheckedRow),
  counts: z.object({
    rows: z.number().int(),
    /** Rows with at least one error: they will be rejected. */
    rejected: z.number().int(),
    /** Rows with only warnings. */
    warnings: z.number().int(),
    duplicatesInFile: z.number().int(),
    duplicatesInRegister: z.number().int(),
    /** Rows that will be imported as new people but look like someone already seen (listed for review). */
    possibleDuplicates: z.number().int(),
    /** Organisations named in the file that do not exist yet and would be created (target contacts). */
    newOrganisations: z.number().int(),
  }),
  /** True when `rows` holds every row of the file. */
  complete: z.boolean(),
});

export const ImportSummary = z.object({
  rowsRead: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skippedDuplicates: z.number().int(),
  /** One entry per rejected row, with its first error. Give these to import:errorFile. */
  rejected: z.array(z.object({ row: z.number().int(), field: ImportField, code: ImportProblem.shape.code })),
  organisationsCreated: z.number().int(),
  /** Each row imported as a new person that may be the same as another: the new contact's id and the other's. Listed in contacts:duplicates for review. */
  possibleDuplicates: z.array(z.object({ row: z.number().int(), id: z.number().int(), otherId: z.number().int() })),
});

/** The import channels; spread into the contract. */
export const importChannels = {
  'import:preview': coreCall(z.strictObject(Source), ImportPreview),
  'import:check': coreCall(z.strictObject({ ...Source, mapping: ImportMapping }), ImportCheck),
  /**
   * Writes everything or nothing. `duplicates` is the policy for rows flagged as duplicates
   * (skip: leave them out · update: fill the existing record's fields with the row's non-empty
   * values · create: add them anyway); `overrides` sets it per row. Emits 'progress'
   * {operationId, done, total}. Cancelled → CANCELLED and nothing written. Audited with counts only.
   */
  'import:run': coreCall(
    z.strictObject({
      ...Source,
      mapping: ImportMapping,
      operationId: z.string().min(1).max(100),
      duplicates: DuplicateAction.default('skip'),
      overrides: z
        .array(z.strictObject({ row: z.number().int().min(1), action: DuplicateAction }))
        .max(1_000_000)
        .default([]),
      rememberMapping: z.boolean().default(true),
    }),
    ImportSummary,
  ),
  /** Answered while an import runs (outside the one-call-at-a-time queue). Unknown or finished ids are a no-op. */
  'import:cancel': coreConcurrentCall(z.strictObject({ operationId: z.string().min(1).max(100) }), z.strictObject({})),
  /**
   * Writes the rejected rows to `out` (where the user chose) as CSV, UTF-8 with BOM and ';':
   * columns "Row", "Reason", then the source file's own columns with the row's original cells.
   * `reason` is the text to show (the renderer passes it translated). Cells that could start a
   * formula are neutralised. Audited (count only).
   */
  'import:errorFile': coreCall(
    z.strictObject({
      source: FilePath,
      out: FilePath,
      rows: z
        .array(z.strictObject({ row: z.number().int().min(1), reason: z.string().max(500) }))
        .min(1)
        .max(1_000_000),
    }),
    z.object({ written: z.number().int() }),
  ),
};
