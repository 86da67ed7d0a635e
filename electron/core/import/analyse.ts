import type { z } from 'zod';
import type { ImportDuplicate, ImportPossibleDuplicate, ImportTargetName } from '../../../shared/contract';
import type { Db } from '../db/driver';
import { nameKey } from '../partners/rows';
import { contactDuplicateDetector } from './contact-duplicates';
import { checkMapping, type Mapping } from './mapping';
import type { Table } from './read-table';
import { hasError, rowValues, type Problem, type Values } from './values';

// Every row of a file checked against the mapping, the other rows and the register, without
// writing. The same analysis drives import:check and import:run, so what the preview promised
// is what the import does.

export type Duplicate = z.output<typeof ImportDuplicate>;
export type PossibleDuplicate = z.output<typeof ImportPossibleDuplicate>;

export interface AnalysedRow {
  row: number;
  cells: string[];
  values: Values;
  problems: Problem[];
  duplicate: Duplicate | null;
  possibleDuplicate: PossibleDuplicate | null;
}

export interface Analysis {
  rows: AnalysedRow[];
  newOrganisations: number;
}

/** Checks every row: values, problems, and whether it duplicates an earlier row or a register record. */
export function analyse(db: Db, table: Table, target: ImportTargetName, mapping: Mapping): Analysis {
  const columnOf = checkMapping(mapping, target, table.headers.length);
  const rows: AnalysedRow[] = table.rows.map((r) => ({
    row: r.row,
    cells: r.cells,
    ...rowValues(r.cells, columnOf, target),
    duplicate: null,
    possibleDuplicate: null,
  }));
  const valid = rows.filter((r) => !hasError(r.problems));
  if (target === 'organisations') {
    const seen = new Map<string, number>();
    const existing = db.prepare('SELECT id, name FROM organisations WHERE name_key = ? ORDER BY archived, id LIMIT 1');
    for (const r of valid) {
      const key = nameKey(r.values.name ?? '');
      const inRegister = existing.get(key) as { id: number; name: string } | undefined;
      const earlier = seen.get(key);
      if (inRegister) r.duplicate = { kind: 'in-register', id: inRegister.id, name: inRegister.name, reason: 'same-name' };
      else if (earlier !== undefined) r.duplicate = { kind: 'in-file', ofRow: earlier, reason: 'same-name' };
      if (earlier === undefined) seen.set(key, r.row);
    }
    return { rows, newOrganisations: 0 };
  }
  const verdict = contactDuplicateDetector(db);
  const organisationExists = db.prepare('SELECT 1 FROM organisations WHERE name_key = ? LIMIT 1');
  // Each organisation name is looked up once, however many rows name it.
  const keyOf = new Map<string, string>();
  const checked = new Set<string>();
  const newOrganisations = new Set<string>();
  for (const r of valid) {
    const name = r.values.organisation;
    if (name) {
      let org = keyOf.get(name);
      if (org === undefined) keyOf.set(name, (org = nameKey(name)));
      if (org && !checked.has(org)) {
        checked.add(org);
        if (!organisationExists.get(org)) newOrganisations.add(org);
      }
    }
    Object.assign(r, verdict(r.row, r.values));
  }
  return { rows, newOrganisations: newOrganisations.size };
}

/** The counts import:check reports. */
export function countsOf(analysis: Analysis) {
  const rows = analysis.rows;
  return {
    rows: rows.length,
    rejected: rows.filter((r) => hasError(r.problems)).length,
    warnings: rows.filter((r) => r.problems.length > 0 && !hasError(r.problems)).length,
    duplicatesInFile: rows.filter((r) => r.duplicate?.kind === 'in-file').length,
    duplicatesInRegister: rows.filter((r) => r.duplicate?.kind === 'in-register').length,
    possibleDuplicates: rows.filter((r) => r.possibleDuplicate !== null).length,
    newOrganisations: analysis.newOrganisations,
  };
}
