import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { readTable, type Table } from '../../../electron/core/import/read-table';
import { suggestMapping } from '../../../electron/core/import/mapping';
import { runImport, type RunOptions } from '../../../electron/core/import/run';
import { REPO_ROOT } from '../core/helpers';
import { danishSheet } from './danish-sheet';

// A fixed sequence of imports that meets every branch of the import's writers: organisations
// first (one with a blank municipality, names written with other case and spacing than the
// contacts use), the two fixtures, the reported Danish sheet, then a sheet of awkward rows
// (errors, repeats by phone, by every field, namesakes, themes) imported twice with "update",
// and the organisations again with "update". What it returns (every summary and each table's
// rows, timestamps left out) is what import-result.test.ts compares across implementations.

type Action = RunOptions['duplicates'];

export interface SequenceResult {
  summaries: unknown[];
  tables: Record<string, { rows: number; sha256: string }>;
}

const csvTable = (headers: string[], rows: string[][]): Table => ({
  fileName: 'sequence.csv',
  encoding: 'utf-8',
  delimiter: ';',
  headers,
  headerRow: 1,
  rows: rows.map((cells, i) => ({ row: i + 2, cells: [...cells] })),
});

const ORGANISATIONS = csvTable(
  ['Navn', 'Sektor', 'Land', 'Kommune', 'Adresse', 'Hjemmeside', 'Email', 'Telefon', 'Tags'],
  [
    [
      'Røde Kors',
      'ngo',
      'Danmark',
      'Aarhus',
      'Vestergade 1',
      'https://rodekors.dk',
      'info@rodekors.dk',
      '+45 11 22 33 44',
      'frivillige; mentor',
    ],
    ['KVINFO  mentornetværk', 'ngo', 'DK', '', '', '', '', '', ''],
    ['Frivilligcenter Århus', 'foreningsliv', 'Danmark', '', '', '', '', '', 'netværk'],
    ['Jobcenter København', 'kommune', 'Danmark', 'København', '', '', '', '', ''],
    ['røde kors', 'ngo', 'Sverige', 'Lund', '', '', '', '', 'dublet'],
    ['', 'ngo', 'Danmark', '', '', '', '', '', ''],
  ],
);

const AWKWARD_HEADERS = ['Navn', 'Email', 'Telefon', 'Rolle', 'Organisation', 'Kommune', 'Bemærkninger', 'Sprog', 'Temaer'];
const AWKWARD = [
  ['Anne Holm', 'anne@example.dk', '+45 20 12 34 56', 'Koordinator', 'RØDE KORS', 'Aarhus', 'første', 'da', 'beskæftigelse, uddannelse'],
  ['Anne Holm', 'anne.h@example.dk', '', '', 'Røde  Kors', '', '', '', ''],
  ['A. Holm', '', '0045-20123456', 'Mentor', 'Frivilligcenter Århus', 'Aarhus', '', '', 'sprog'],
  ['Bo Lund', '', '', 'Frivillig', 'Jobcenter København', '', 'uden kontakt', '', ''],
  ['bo  lund', '', '', 'frivillig', 'jobcenter københavn', '', 'Uden kontakt', '', ''],
  ['', 'ingen@navn.dk', '', '', '', '', '', '', ''],
  ['Åse Ødegård', 'ikke-en-adresse', '', '', '', '', '', '', ''],
  ['Åse Ødegård', 'ase@example.no', '', 'Leder', 'KVINFO Mentornetværk', 'Oslo', '', 'nb', 'sundhed'],
  ['Amira Haddad', ' AMIRA@Example.dk ', '', '', 'Ny Forening', '', '', '', 'ukendt tema'],
  ['Amira Haddad', 'amira2@example.dk', '', 'Rådgiver', 'ny forening', 'Odense', '', '', ''],
  ['Jens Kjær', 'jens@example.dk', '', '', '', '', 'x'.repeat(5000), '', ''],
  ['Jens Kjær', 'jens@example.dk', '+45 30 30 30 30', 'Ny rolle', 'Ny Forening', '', 'opdateret', 'fi', 'integration'],
];

function options(duplicates: Action, overrides: RunOptions['overrides'] = []): RunOptions {
  return {
    target: 'contacts',
    mapping: {},
    duplicates,
    overrides,
    rememberMapping: false,
    actor: 'owner',
    defaultCountry: 'DK',
    progress: () => undefined,
    isCancelled: () => false,
  };
}

async function importTable(
  db: Db,
  table: Table,
  target: RunOptions['target'],
  duplicates: Action,
  overrides: RunOptions['overrides'] = [],
) {
  return runImport(db, table, { ...options(duplicates, overrides), target, mapping: suggestMapping(table.headers, target) });
}

function digest(db: Db, sql: string): { rows: number; sha256: string } {
  const rows = db.prepare(sql).all();
  return { rows: rows.length, sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex') };
}

/** Runs the sequence in a new encrypted register under `dir`; returns the summaries and the tables' digests. */
export async function importSequence(dir: string): Promise<SequenceResult> {
  const db = openDatabase(path.join(dir, 'sequence.db'), randomBytes(32), { create: true });
  try {
    migrate(db);
    const danish = path.join(dir, 'kontakter.csv');
    writeFileSync(danish, danishSheet().bytes);
    const awkward = csvTable(AWKWARD_HEADERS, AWKWARD);
    const summaries = [
      await importTable(db, ORGANISATIONS, 'organisations', 'skip'),
      await importTable(db, await readTable(path.join(REPO_ROOT, 'tests/fixtures/partners_utf8.csv')), 'contacts', 'skip'),
      await importTable(db, await readTable(path.join(REPO_ROOT, 'tests/fixtures/partners_da_excel.csv')), 'contacts', 'update'),
      await importTable(db, await readTable(danish), 'contacts', 'skip'),
      await importTable(db, awkward, 'contacts', 'update', [{ row: 3, action: 'create' }]),
      await importTable(db, csvTable(AWKWARD_HEADERS, [...AWKWARD].reverse()), 'contacts', 'update', [{ row: 5, action: 'skip' }]),
      await importTable(db, ORGANISATIONS, 'organisations', 'update'),
    ];
    return {
      summaries,
      tables: {
        contacts: digest(
          db,
          'SELECT id, name, role, email, email_key, phone, preferred_language, themes, notes, name_key, archived, last_contacted FROM contacts ORDER BY id',
        ),
        organisations: digest(
          db,
          'SELECT id, name, sector, country, municipality, address, website, email, phone, how_we_work, tags, name_key, archived FROM organisations ORDER BY id',
        ),
        memberships: digest(db, 'SELECT id, contact_id, organisation_id, role, from_date, to_date FROM memberships ORDER BY id'),
        search_index: digest(db, 'SELECT rowid, kind, ref, label, subtitle, title, body, sounds FROM search_index ORDER BY rowid'),
        contact_duplicate_pairs: digest(db, 'SELECT low_id, high_id, status FROM contact_duplicate_pairs ORDER BY low_id, high_id'),
      },
    };
  } finally {
    db.close();
  }
}
