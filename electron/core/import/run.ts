import type { z } from 'zod';
import type { ImportSummary, ImportTargetName, Input } from '../../../shared/contract';
import { appendAudit } from '../audit/audit-log';
import { idRanges } from '../audit/id-ranges';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { log } from '../logger';
import { analyse, type AnalysedRow } from './analyse';
import type { Mapping } from './mapping';
import { rememberMapping } from './mappings-repo';
import { recordPossiblePairs } from '../partners/duplicate-pairs-repo';
import type { Table } from './read-table';
import { hasError } from './values';
import { createWriters, type Writers } from './writers';

type Summary = z.output<typeof ImportSummary>;
type Action = Input<'import:run'>['duplicates'] & string;
type Country = Parameters<typeof createWriters>[1];

export const CHUNK_ROWS = 250;

export interface RunOptions {
  target: ImportTargetName;
  mapping: Mapping;
  duplicates: Action;
  overrides: { row: number; action: Action }[];
  rememberMapping: boolean;
  actor: string;
  defaultCountry: Country;
  /** Told after each chunk; the import yields to the event loop between chunks so a cancel can arrive. */
  progress(done: number, total: number): void;
  isCancelled(): boolean;
  /** Tests only: called before each row is written, to inject a failure mid-import. */
  beforeRow?: (row: number) => void;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The ids the import created and updated, for its audit row. */
interface Touched {
  created: number[];
  updated: Set<number>;
}

function writeRow(
  w: Writers,
  target: ImportTargetName,
  r: AnalysedRow,
  action: Action,
  written: Map<number, number>,
  s: Summary,
  ids: Touched,
): void {
  const d = r.duplicate;
  if (d === null || action === 'create') {
    const id = target === 'contacts' ? w.createContact(r.values) : w.createOrganisation(r.values);
    written.set(r.row, id);
    ids.created.push(id);
    s.created++;
    const p = r.possibleDuplicate;
    const otherId = p === null ? undefined : p.kind === 'in-register' ? p.id : written.get(p.ofRow);
    if (otherId !== undefined && otherId !== id) s.possibleDuplicates.push({ row: r.row, id, otherId });
    return;
  }
  if (action === 'skip') {
    // The row is the person it duplicates: a later row that resembles it points there.
    const same = d.kind === 'in-register' ? d.id : written.get(d.ofRow);
    if (same !== undefined) written.set(r.row, same);
    s.skippedDuplicates++;
    return;
  }
  // update: the register's record, or whatever the earlier row of the file became.
  const id = d.kind === 'in-register' ? d.id : written.get(d.ofRow);
  if (id === undefined) {
    s.skippedDuplicates++;
    return;
  }
  if (target === 'contacts') w.updateContact(id, r.values);
  else w.updateOrganisation(id, r.values);
  written.set(r.row, id);
  ids.updated.add(id);
  s.updated++;
}

/**
 * Imports a table in one transaction (BEGIN IMMEDIATE … COMMIT), in chunks with the event loop
 * free in between. Any failure or a cancel rolls everything back: the register is as before.
 */
export async function runImport(db: Db, table: Table, o: RunOptions): Promise<Summary> {
  const { rows } = analyse(db, table, o.target, o.mapping);
  const overrides = new Map(o.overrides.map((v) => [v.row, v.action]));
  const summary: Summary = {
    rowsRead: rows.length,
    created: 0,
    updated: 0,
    skippedDuplicates: 0,
    rejected: [],
    organisationsCreated: 0,
    possibleDuplicates: [],
  };
  const toWrite = rows.filter((r) => {
    const error = r.problems.find((p) => p.severity === 'error');
    if (error) summary.rejected.push({ row: r.row, field: error.field, code: error.code });
    return !hasError(r.problems);
  });
  if (o.isCancelled()) throw new CoreError('CANCELLED');
  db.exec('BEGIN IMMEDIATE');
  try {
    const writers = createWriters(db, o.defaultCountry);
    const written = new Map<number, number>();
    const ids: Touched = { created: [], updated: new Set() };
    o.progress(0, toWrite.length);
    for (let start = 0; start < toWrite.length; start += CHUNK_ROWS) {
      for (const r of toWrite.slice(start, start + CHUNK_ROWS)) {
        o.beforeRow?.(r.row);
        writeRow(writers, o.target, r, overrides.get(r.row) ?? o.duplicates, written, summary, ids);
      }
      writers.flush();
      const done = Math.min(start + CHUNK_ROWS, toWrite.length);
      o.progress(done, toWrite.length);
      if (done < toWrite.length) await yieldToEventLoop();
      if (o.isCancelled()) throw new CoreError('CANCELLED');
    }
    writers.recount();
    summary.organisationsCreated = writers.organisationsCreated;
    recordPossiblePairs(db, summary.possibleDuplicates);
    if (o.rememberMapping) rememberMapping(db, table.headers, o.target, o.mapping);
    appendAudit(db, {
      actor: o.actor,
      action: 'import.completed',
      entity: o.target === 'contacts' ? 'contact' : 'organisation',
      details: {
        target: o.target,
        rowsRead: summary.rowsRead,
        created: summary.created,
        updated: summary.updated,
        skippedDuplicates: summary.skippedDuplicates,
        rejected: summary.rejected.length,
        organisationsCreated: summary.organisationsCreated,
        possibleDuplicates: summary.possibleDuplicates.length,
        // The records themselves, as id ranges ("1-4910"; audit/id-ranges.ts).
        createdIds: idRanges(ids.created),
        updatedIds: idRanges(ids.updated),
      },
    });
    db.exec('COMMIT');
    return summary;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    if (!(error instanceof CoreError && error.code === 'CANCELLED')) log.warn('import.rolled-back', { target: o.target });
    throw error;
  }
}
