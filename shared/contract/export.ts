import { z } from 'zod';
import { coreCall, coreConcurrentCall } from './define';
import { ListView } from './paging';
import { THEMES } from './partners-schemas';
import { LanguageSchema } from './schemas';

/**
 * A file the user chose in a save dialog: an absolute path. Core writes it atomically (a temp file
 * beside it, then a rename), so a failed export never leaves half a file where the user looks.
 */
export const ExportPath = z.string().trim().min(1).max(4096);
/** Lets the caller match the `progress` events of this call (optional). */
const OperationId = z.string().min(1).max(100).optional();

export const CONTACT_EXPORT_FORMATS = ['csv', 'xlsx', 'vcf'] as const;
export const ORGANISATION_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
/** ';' is what Excel expects in the Nordic countries (the decimal separator is a comma). */
export const CSV_DELIMITERS = [';', ','] as const;
export const DIRECTORY_GROUPINGS = ['sector', 'theme'] as const;

export const ExportResult = z.object({ path: z.string(), rows: z.number().int() });

/** Export, and the printable partner directory (.docx). */
export const exportChannels = {
  'export:contacts': coreCall(
    z.strictObject({
      path: ExportPath,
      format: z.enum(CONTACT_EXPORT_FORMATS),
      delimiter: z.enum(CSV_DELIMITERS).default(';'),
      includeArchived: z.boolean().default(false),
      /** Only the rows of this view of the list, in its order (the grid's sort and filters); all by default. */
      view: ListView.optional(),
      operationId: OperationId,
    }),
    ExportResult,
  ),
  'export:organisations': coreCall(
    z.strictObject({
      path: ExportPath,
      format: z.enum(ORGANISATION_EXPORT_FORMATS),
      delimiter: z.enum(CSV_DELIMITERS).default(';'),
      includeArchived: z.boolean().default(false),
      /** Only the rows of this view of the list, in its order (the grid's sort and filters); all by default. */
      view: ListView.optional(),
      operationId: OperationId,
    }),
    ExportResult,
  ),
  'directory:generate': coreCall(
    z.strictObject({
      path: ExportPath,
      groupBy: z.enum(DIRECTORY_GROUPINGS).default('sector'),
      /** Only organisations in this municipality (case and accents ignored). */
      municipality: z.string().trim().max(100).optional(),
      /** Only organisations with a current contact person designated for this theme. */
      theme: z.enum(THEMES).optional(),
      /** Only offers available in this language (as written in the offers, e.g. "arabisk"). */
      language: z.string().trim().max(40).optional(),
      /** The document's language; default: the register's language setting. */
      docLanguage: LanguageSchema.optional(),
      operationId: OperationId,
    }),
    z.object({ path: z.string(), organisations: z.number().int() }),
  ),
  /**
   * Stops the export, directory or results report (reports:programmeExport) started with this
   * operation id: it fails with CANCELLED, its temp file is removed and nothing is audited (no
   * file was written; for the results report, nothing enters the ledger). Too late, it does nothing.
   */
  'export:cancel': coreConcurrentCall(z.strictObject({ operationId: z.string().min(1).max(100) }), z.strictObject({})),
};
