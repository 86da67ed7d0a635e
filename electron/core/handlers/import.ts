import type { ImportTargetName } from '../../../shared/contract';
import { IMPORT_CHECK_DETAIL_LIMIT } from '../../../shared/contract';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { analyse, countsOf } from '../import/analyse';
import { errorFileText, writeErrorFile } from '../import/error-file';
import { checkMapping, fieldsOf, suggestMapping, type Mapping } from '../import/mapping';
import { rememberedMapping } from '../import/mappings-repo';
import { cancelOperation, endOperation, isCancelled, startOperation } from '../import/operations';
import { readTable } from '../import/read-table';
import { runImport } from '../import/run';
import { assertRegisterFolderWritable } from '../storage/atomic-write';
import { readSettings } from '../register/settings-repo';
import type { CoreHandlers } from './types';

type ImportChannel = Extract<keyof CoreHandlers, `import:${string}`>;

const COUNTRY_OF_LANGUAGE = { da: 'DK', nb: 'NO', sv: 'SE', fi: 'FI', en: 'other' } as const;

/** A remembered mapping, if it still fits this file and target. */
function remembered(db: Db, headers: string[], target: ImportTargetName): Mapping | null {
  const mapping = rememberedMapping(db, headers, target);
  if (!mapping) return null;
  try {
    checkMapping(mapping, target, headers.length);
    return mapping;
  } catch {
    return null;
  }
}

export const importHandlers = {
  'import:preview': async ({ path, target }, ctx) => {
    const { db } = ctx.session.require();
    const table = await readTable(path);
    const memory = remembered(db, table.headers, target);
    return {
      fileName: table.fileName,
      encoding: table.encoding,
      delimiter: table.delimiter,
      headers: table.headers,
      headerRow: table.headerRow,
      rowCount: table.rows.length,
      sample: table.rows.slice(0, 20).map((r) => r.cells.slice(0, table.headers.length)),
      mapping: memory ?? suggestMapping(table.headers, target),
      remembered: memory !== null,
      fields: fieldsOf(target),
    };
  },

  'import:check': async ({ path, target, mapping }, ctx) => {
    const { db } = ctx.session.require();
    const analysis = analyse(db, await readTable(path), target, mapping);
    const flagged = analysis.rows.filter((r) => r.problems.length > 0 || r.duplicate !== null || r.possibleDuplicate !== null);
    const clean = analysis.rows.filter((r) => r.problems.length === 0 && r.duplicate === null && r.possibleDuplicate === null);
    const detail = [...flagged, ...clean].slice(0, IMPORT_CHECK_DETAIL_LIMIT);
    return {
      rows: detail.map((r) => ({
        row: r.row,
        values: r.values,
        problems: r.problems,
        duplicate: r.duplicate,
        possibleDuplicate: r.possibleDuplicate,
      })),
      counts: countsOf(analysis),
      complete: detail.length === analysis.rows.length,
    };
  },

  'import:run': async (input, ctx) => {
    const register = ctx.session.require();
    // A folder that turned read-only after unlock: the open database might still take the rows,
    // but the audit anchor beside it could not follow them (audit/anchor.ts). Refused first.
    assertRegisterFolderWritable(register.dir);
    startOperation(input.operationId);
    try {
      const table = await readTable(input.path);
      return await runImport(register.db, table, {
        target: input.target,
        mapping: input.mapping,
        duplicates: input.duplicates,
        overrides: input.overrides,
        rememberMapping: input.rememberMapping,
        actor: register.actor,
        defaultCountry: COUNTRY_OF_LANGUAGE[readSettings(register.db).defaultLanguage],
        progress: (done, total) => ctx.emit('progress', { operationId: input.operationId, done, total }),
        isCancelled: () => isCancelled(input.operationId),
      });
    } finally {
      endOperation(input.operationId);
    }
  },

  'import:cancel': ({ operationId }) => {
    cancelOperation(operationId);
    return {};
  },

  'import:errorFile': async ({ source, out, rows }, ctx) => {
    const register = ctx.session.require();
    const text = errorFileText(await readTable(source), rows);
    try {
      writeErrorFile(out, text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'ENOENT' || code === 'EISDIR') throw new CoreError('IO_ERROR', code);
      throw error;
    }
    appendAudit(register.db, { actor: register.actor, action: 'import.error-file-written', details: { rows: rows.length } });
    return { written: rows.length };
  },
} satisfies Pick<CoreHandlers, ImportChannel>;
