import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { z } from 'zod';
import type { ImportProblem } from '../../shared/contract';
import { withCore, type Call } from './core-session';

// `import contacts|organisations --dir DIR FILE [--dry-run] [--json]` and `search --dir DIR QUERY
// [--json]`: the same channels the app's import wizard and search box use.

export const IMPORT_COMMANDS = ['import', 'search'] as const;

export type ImportCommand =
  | { name: 'import'; dir: string; target: 'contacts' | 'organisations'; file: string; dryRun: boolean; json: boolean }
  | { name: 'search'; dir: string; query: string; json: boolean };

type Code = z.output<typeof ImportProblem>['code'];
const REASON: Record<Code, string> = {
  missing: 'is empty but required',
  'invalid-email': 'is not a valid e-mail address',
  'too-long': 'is too long',
  'unknown-value': 'is not a known value',
};

export function isImportCommandName(name: string): name is ImportCommand['name'] {
  return (IMPORT_COMMANDS as readonly string[]).includes(name);
}

/** Parses an import or search command line; a string is a usage error to report. */
export function parseImportCommand(
  name: ImportCommand['name'],
  rest: readonly string[],
  values: { dir?: string | undefined; json?: boolean | undefined; 'dry-run'?: boolean | undefined },
  given: readonly string[],
): ImportCommand | string {
  const allowed = name === 'import' ? ['dir', 'json', 'dry-run'] : ['dir', 'json'];
  const stray = given.find((k) => !allowed.includes(k));
  if (stray) return `--${stray} does not apply to ${name}`;
  if (!values.dir?.trim()) return `${name} needs --dir DIR`;
  const dir = path.resolve(values.dir);
  const json = values.json ?? false;
  if (name === 'search') {
    if (rest.length !== 1 || !rest[0]?.trim()) return 'search needs one QUERY (quote it if it has spaces)';
    return { name, dir, query: rest[0], json };
  }
  const [target, file, ...extra] = rest;
  if (target !== 'contacts' && target !== 'organisations') return 'import needs contacts or organisations, then FILE';
  if (!file) return 'import needs the FILE to import';
  if (extra.length > 0) return `unexpected argument "${extra[0]}"`;
  return { name, dir, target, file: path.resolve(file), dryRun: values['dry-run'] ?? false, json };
}

const out = (text: string) => process.stdout.write(`${text}\n`);

async function unlock(call: Call, dir: string, passphrase: () => Promise<string>): Promise<void> {
  await call('register:unlock', { dir, secret: { kind: 'passphrase', passphrase: await passphrase() } });
}

interface Report {
  rows: number;
  created: number;
  updated: number;
  duplicates: number;
  rejected: number;
  errors: { row: number; reason: string }[];
}

async function importFile(cmd: Extract<ImportCommand, { name: 'import' }>, call: Call): Promise<Report> {
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
    return { rows: check.counts.rows, created: check.counts.rows - rejected - duplicates, updated: 0, duplicates, rejected, errors };
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
  };
}

/** Runs import or search; `passphrase` is the CLI's usual source (environment or prompt). */
export async function runImportCommand(cmd: ImportCommand, passphrase: () => Promise<string>): Promise<number> {
  if (cmd.name === 'search') {
    const hits = await withCore(async (call) => {
      await unlock(call, cmd.dir, passphrase);
      return call('search:query', { text: cmd.query, limit: 50 });
    });
    if (cmd.json) out(JSON.stringify(hits, null, 2));
    else if (hits.length === 0) out('No matches.');
    else for (const h of hits) out(`${h.kind.padEnd(13)} ${String(h.id).padStart(6)}  ${h.title}${h.subtitle ? ` (${h.subtitle})` : ''}`);
    return 0;
  }
  const report = await withCore(async (call) => {
    await unlock(call, cmd.dir, passphrase);
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
  if (cmd.dryRun) out('Dry run: nothing was written.');
  return 0;
}
