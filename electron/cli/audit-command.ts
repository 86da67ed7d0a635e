import path from 'node:path';
import type { AuditFilter, AuditRow } from '../../shared/contract/audit';
import { UsageError } from './args';
import { parseOptions } from './parse-options';
import { withCore } from './core-session';

// `audit --dir DIR [--from DAY] [--to DAY] [--actor USER] [--action CODE] [--entity KIND --id ID]
// [--json | --csv FILE]`: the audit log through the same channels as the app's viewer
// (administrators only). Days are UTC calendar days, as the log stores UTC; --to includes its day.
// --csv writes the export for a data-protection officer (audited as audit.exported). The chain
// itself is checked by `verify`.

export type AuditCommand = {
  name: 'audit';
  dir: string;
  filter: AuditFilter;
  json: boolean;
  csv: string | null;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function validDay(day: string): boolean {
  if (!DAY.test(day)) return false;
  const d = new Date(`${day}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/** Parses an `audit` command line; null for any other command. */
export function parseAuditCommand(argv: readonly string[]): AuditCommand | { name: 'help' } | null {
  if (argv[0] !== 'audit') return null;
  if (argv.includes('--help') || argv.includes('-h')) return { name: 'help' };
  const values = parseOptions(argv, {
    dir: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    actor: { type: 'string' },
    action: { type: 'string' },
    entity: { type: 'string' },
    id: { type: 'string' },
    json: { type: 'boolean' },
    csv: { type: 'string' },
  });
  if (!values.dir?.trim()) throw new UsageError('audit needs --dir DIR');
  if (values.json && values.csv !== undefined) throw new UsageError('give either --json or --csv FILE, not both');
  if (values.csv !== undefined && !values.csv.trim()) throw new UsageError('--csv needs a file name');
  for (const key of ['from', 'to'] as const) {
    const day = values[key];
    if (day !== undefined && !validDay(day)) throw new UsageError(`--${key} must be a day as YYYY-MM-DD, not "${day}"`);
  }
  if (values.id !== undefined && values.entity === undefined) throw new UsageError('--id needs --entity (e.g. --entity mentee --id 12)');
  const filter: AuditFilter = {};
  if (values.from) filter.from = values.from;
  if (values.to) filter.to = nextDay(values.to);
  if (values.actor) filter.actor = values.actor;
  if (values.action) filter.action = values.action;
  if (values.entity) filter.entity = values.entity;
  if (values.id) filter.entityId = values.id;
  return {
    name: 'audit',
    dir: path.resolve(values.dir),
    filter,
    json: values.json ?? false,
    csv: values.csv === undefined ? null : path.resolve(values.csv),
  };
}

const out = (text: string) => process.stdout.write(`${text}\n`);

function detailsText(details: AuditRow['details']): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');
}

/** One line per entry, oldest first: seq, time (UTC), who, what, which record, details. */
export function formatAudit(rows: AuditRow[]): string {
  if (rows.length === 0) return 'No audit entries match.';
  return rows
    .map((r) => {
      const who = r.actorName ? `${r.actorName} (${r.actor}${r.actorRemoved ? ', removed' : ''})` : r.actor;
      const what = r.entity ? `${r.entity} ${r.entityId ?? ''}`.trim() : '';
      return [String(r.seq).padStart(6), r.at.replace('T', ' ').slice(0, 19), who, r.action, what, detailsText(r.details)]
        .filter(Boolean)
        .join('  ');
    })
    .join('\n');
}

/** Runs `audit`; `passphrase` is the CLI's usual source (environment, prompt or pipe). */
export async function runAuditCommand(cmd: AuditCommand, passphrase: () => Promise<string>): Promise<number> {
  const result = await withCore(async (call) => {
    await call('register:unlock', { dir: cmd.dir, secret: { kind: 'passphrase', passphrase: await passphrase() } });
    if (cmd.csv) return { exported: await call('audit:export', { filter: cmd.filter, path: cmd.csv }) };
    const rows: AuditRow[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await call('audit:list', { filter: cmd.filter, offset, limit: 500 });
      rows.push(...page.rows);
      if (page.rows.length < 500) break;
    }
    return { rows: rows.reverse() };
  });
  if (result.exported) {
    out(`Wrote ${result.exported.rows} audit entries to ${result.exported.path} (UTF-8, ';'-separated, with prev_hash and hash per row).`);
  } else if (result.rows) out(cmd.json ? JSON.stringify(result.rows, null, 2) : formatAudit(result.rows));
  return 0;
}
