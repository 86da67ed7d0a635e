import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { z } from 'zod';
import type { ImportProblem } from '../../shared/contract';
import { unlock, withCore, type Call } from './core-session';
import { BASIC_OPTIONS, defineCommand, parseStrict, refuseStray, requiredPath, UsageError } from './options';

// `import contacts|organisations --dir DIR FILE [--dry-run] [--json]` and `search --dir DIR QUERY
// [--json]`: the same channels the app's import wizard and search box use.

export type ImportCommand = {
  name: 'import';
  dir: string;
  target: 'contacts' | 'organisations';
  file: string;
  dryRun: boolean;
  json: boolean;
};
export type SearchCommand = { name: 'search'; dir: string; query: string; json: boolean };

type Code = z.output<typeof ImportProblem>['code'];
const REASON: Record<Code, string> = {
  missing: 'is empty but required',
  'invalid-email': 'is not a valid e-mail address',
  'too-long': 'is too long',
  'unknown-value': 'is not a known value',
};

/** The basic options (as `info` takes them) and the arguments after them. */
function parseBasic(name: 'import' | 'search', args: readonly string[], allowed: readonly string[]) {
  const { values, positionals } = parseStrict(args, BASIC_OPTIONS);
  refuseStray(values, allowed, name);
  return { values, rest: positionals, dir: requiredPath(values.dir, name) };
}

const out = (text: string) => process.stdout.write(`${text}\n`);

interface Report {
  rows: number;
  created: number;
  updated: number;
  duplicates: number;
  rejected: number;
  errors: { row: number; reason: string }[];
  /**
   * Rows imported as new people that may be someone else: the new contact's `id` and the other's
   * `otherId` (a dry run has no ids yet: `id` is null and `ofRow` names the other row of the file).
   */
  possibleDuplicates: { row: number; id: number | null; otherId: number | null; ofRow?: number }[];
}

async function importFile(cmd: ImportCommand, call: Call): Promise<Report> {
  const preview = await call('import:preview', { path: cmd.file, target: cmd.target });
  const source = { path: cmd.file, target: cmd.target, mapping: preview.mapping };
  const reason = (field: string, code: Code) => `${field} ${REASON[code]}`;
  if (cmd.dryRun) {
    const check = await call('import:check', source);
    const duplicates = check.counts.duplicatesInFile + check.counts.duplicatesInRegister;
    const errors = check.rows.flatMap((r) => {
      const error = r.problems.find((p) => p.severity === 'error');
      return error ? [{ row: r.row, reason: reason(error.field, error.code) }] : [];
    });
    const rejected = check.counts.rejected;
    const possibleDuplicates = check.rows.flatMap((r) => {
      const p = r.possibleDuplicate;
      if (!p) return [];
      return [p.kind === 'in-register' ? { row: r.row, id: null, otherId: p.id } : { row: r.row, id: null, otherId: null, ofRow: p.ofRow }];
    });
    const created = check.counts.rows - rejected - duplicates;
    return { rows: check.counts.rows, created, updated: 0, duplicates, rejected, errors, possibleDuplicates };
  }
  // No person confirmed the mapping, so it is not remembered for the app's wizard.
  const s = await call('import:run', { ...source, operationId: randomUUID(), duplicates: 'skip', rememberMapping: false });
  return {
    rows: s.rowsRead,
    created: s.created,
    updated: s.updated,
    duplicates: s.skippedDuplicates,
    rejected: s.rejected.length,
    errors: s.rejected.map((r) => ({ row: r.row, reason: reason(r.field, r.code) })),
    possibleDuplicates: s.possibleDuplicates,
  };
}

const DIR = ['--dir DIR', "The register's folder."] as const;

export const importCommand = defineCommand<ImportCommand>({
  name: 'import',
  basicOptions: true,
  help: {
    usage: ['contacts|organisations --dir DIR FILE [--dry-run] [--json]'],
    about: [
      'Import a CSV or Excel (.xlsx) file, columns mapped from their headers, all or nothing.',
      'Duplicates (same e-mail, same phone or every field the same) are skipped. The same name at the',
      'same organisation with another e-mail or phone is imported and listed as a possible duplicate',
      'to review in the app. --dry-run checks every row and writes nothing.',
    ],
    options: [
      ['contacts|organisations', 'What the file holds: contact persons or organisations.'],
      ['FILE', 'The CSV or Excel (.xlsx) file, at most 50 MB, with a header row.'],
      DIR,
      ['--dry-run', 'Check every row and report what would happen; write nothing.'],
      ['--json', 'Print the report as JSON.'],
    ],
  },
  parse(args) {
    const { values, rest, dir } = parseBasic('import', args, ['dir', 'json', 'dry-run']);
    const [target, file, ...extra] = rest;
    if (target !== 'contacts' && target !== 'organisations') throw new UsageError('import needs contacts or organisations, then FILE');
    if (!file) throw new UsageError('import needs the FILE to import');
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    return { name: 'import', dir, target, file: path.resolve(file), dryRun: values['dry-run'] ?? false, json: values.json ?? false };
  },
  async run(cmd, ctx) {
    const report = await withCore(async (call) => {
      await unlock(call, cmd.dir, ctx);
      return importFile(cmd, call);
    });
    if (cmd.json) {
      out(JSON.stringify(report));
      return 0;
    }
    const verb = cmd.dryRun ? 'would be' : '';
    out(
      `${report.rows} rows read: ${report.created} ${verb} created, ${report.updated} updated, ${report.duplicates} skipped as duplicates, ${report.rejected} rejected.`.replace(
        /\s+/g,
        ' ',
      ),
    );
    for (const e of report.errors) out(`  row ${e.row}: ${e.reason}`);
    if (report.possibleDuplicates.length > 0)
      out(
        `${report.possibleDuplicates.length} ${verb} imported as new people but share a name and organisation with someone else: review them under Contacts → Possible duplicates.`.replace(
          /\s+/g,
          ' ',
        ),
      );
    if (cmd.dryRun) out('Dry run: nothing was written.');
    return 0;
  },
});

export const search = defineCommand<SearchCommand>({
  name: 'search',
  basicOptions: true,
  help: {
    usage: ['--dir DIR QUERY [--json]'],
    about: ['Search organisations, contact persons and networks, ranked as in the app.'],
    options: [
      ['QUERY', 'What to look for (quote it if it has spaces); the best 50 hits are shown.'],
      DIR,
      ['--json', 'Print the hits as JSON.'],
    ],
  },
  parse(args) {
    const { values, rest, dir } = parseBasic('search', args, ['dir', 'json']);
    if (rest.length !== 1 || !rest[0]?.trim()) throw new UsageError('search needs one QUERY (quote it if it has spaces)');
    return { name: 'search', dir, query: rest[0], json: values.json ?? false };
  },
  async run(cmd, ctx) {
    const hits = await withCore(async (call) => {
      await unlock(call, cmd.dir, ctx);
      return call('search:query', { text: cmd.query, limit: 50 });
    });
    if (cmd.json) out(JSON.stringify(hits, null, 2));
    else if (hits.length === 0) out('No matches.');
    else for (const h of hits) out(`${h.kind.padEnd(13)} ${String(h.id).padStart(6)}  ${h.title}${h.subtitle ? ` (${h.subtitle})` : ''}`);
    return 0;
  },
});
