import type { z } from 'zod';
import type { ImportDuplicate, ImportTargetName } from '../../../shared/contract';
import { foldedWords, normaliseEmail, soundKey } from '../../../shared/text';
import type { Db } from '../db/driver';
import { nameKey } from '../partners/rows';
import { checkMapping, type Mapping } from './mapping';
import type { Table } from './read-table';
import { hasError, rowValues, type Problem, type Values } from './values';

// Every row of a file checked against the mapping, the other rows and the register, without
// writing. The same analysis drives import:check and import:run, so what the preview promised
// is what the import does.

export type Duplicate = z.output<typeof ImportDuplicate>;

export interface AnalysedRow {
  row: number;
  cells: string[];
  values: Values;
  problems: Problem[];
  duplicate: Duplicate | null;
}

/**
 * A key that two names share exactly when similarNames() in contacts-repo says they are similar:
 * the same number of words with the same sound-alike keys (equal folded words always share them).
 */
export function similarNameKey(name: string): string {
  const words = foldedWords(name);
  return `${words.length}:${words.map(soundKey).join(' ')}`;
}

interface RegisterContacts {
  byEmail: Map<string, { id: number; name: string }>;
  /** organisation name key → similar-name key → contact */
  byOrganisation: Map<string, Map<string, { id: number; name: string }>>;
}

/** The register's contacts as lookups, read once (one query each instead of two per row). */
function registerContacts(db: Db): RegisterContacts {
  const byEmail = new Map<string, { id: number; name: string }>();
  for (const r of db.prepare("SELECT id, name, email_key FROM contacts WHERE email_key <> '' ORDER BY id").all() as {
    id: number;
    name: string;
    email_key: string;
  }[]) {
    if (!byEmail.has(r.email_key)) byEmail.set(r.email_key, { id: r.id, name: r.name });
  }
  const byOrganisation: RegisterContacts['byOrganisation'] = new Map();
  const members = db
    .prepare(
      'SELECT c.id, c.name, o.name_key AS org FROM memberships m JOIN contacts c ON c.id = m.contact_id JOIN organisations o ON o.id = m.organisation_id ORDER BY c.id',
    )
    .all() as { id: number; name: string; org: string }[];
  for (const m of members) {
    const names = byOrganisation.get(m.org) ?? new Map<string, { id: number; name: string }>();
    const key = similarNameKey(m.name);
    if (!names.has(key)) names.set(key, { id: m.id, name: m.name });
    byOrganisation.set(m.org, names);
  }
  return { byEmail, byOrganisation };
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
  const register = registerContacts(db);
  const byEmail = new Map<string, number>();
  const byOrgName = new Map<string, number>();
  const organisationExists = db.prepare('SELECT 1 FROM organisations WHERE name_key = ? LIMIT 1');
  const newOrganisations = new Set<string>();
  for (const r of valid) {
    const email = normaliseEmail(r.values.email ?? '');
    const org = r.values.organisation ? nameKey(r.values.organisation) : '';
    const similar = org ? `${org}|${similarNameKey(r.values.name ?? '')}` : '';
    if (org && !newOrganisations.has(org) && !organisationExists.get(org)) newOrganisations.add(org);
    const sameEmail = email ? register.byEmail.get(email) : undefined;
    const sameName = org ? register.byOrganisation.get(org)?.get(similarNameKey(r.values.name ?? '')) : undefined;
    if (sameEmail) r.duplicate = { kind: 'in-register', id: sameEmail.id, name: sameEmail.name, reason: 'same-email' };
    else if (sameName)
      r.duplicate = { kind: 'in-register', id: sameName.id, name: sameName.name, reason: 'similar-name-same-organisation' };
    else if (email && byEmail.has(email)) r.duplicate = { kind: 'in-file', ofRow: byEmail.get(email) as number, reason: 'same-email' };
    else if (similar && byOrgName.has(similar))
      r.duplicate = { kind: 'in-file', ofRow: byOrgName.get(similar) as number, reason: 'similar-name-same-organisation' };
    if (email && !byEmail.has(email)) byEmail.set(email, r.row);
    if (similar && !byOrgName.has(similar)) byOrgName.set(similar, r.row);
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
    newOrganisations: analysis.newOrganisations,
  };
}
