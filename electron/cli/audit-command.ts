import path from 'node:path';
import type { AuditFilter, AuditRow } from '../../shared/contract/audit';
import { unlock, withCore } from './core-session';
import { DAY, defineCommand, parseOptions, requiredPath, UsageError } from './options';

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

export const audit = defineCommand<AuditCommand>({
  name: 'audit',
  help: {
    usage: [
      '--dir DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--actor USER] [--action CODE]',
      '[--entity KIND [--id ID]] [--json | --csv FILE]',
    ],
    about: [
      'List the audit log (administrators), oldest first; days are UTC and --to includes its day;',
      '--action mentee matches every mentee.* entry. --csv writes the export for a data-protection',
      "officer (UTF-8, ';', with each row's prev_hash and hash so it can be re-verified); audited.",
    ],
    options: [
      ['--dir DIR', "The register's folder."],
      ['--from YYYY-MM-DD', 'Entries from this day on (UTC).'],
      ['--to YYYY-MM-DD', 'Entries up to and including this day (UTC).'],
      ['--actor USER', "Entries by this user (the user's id, as the entries show it in brackets)."],
      ['--action CODE', 'Entries with this action code; mentee alone matches mentee.created, mentee.viewed and so on.'],
      ['--entity KIND', 'Entries about this kind of record (e.g. mentee).'],
      ['--id ID', 'With --entity: entries about this one record.'],
      ['--json', 'Print the entries as JSON.'],
      ['--csv FILE', 'Write the export for a data-protection officer instead of printing; audited.'],
    ],
  },
  parse(args) {
    const values = parseOptions(args, {
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
    const dir = requiredPath(values.dir, 'audit');
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
      dir,
      filter,
      json: values.json ?? false,
      csv: values.csv === undefined ? null : path.resolve(values.csv),
    };
  },
  async run(cmd, ctx) {
    const result = await withCore(async (call) => {
      await unlock(call, cmd.dir, ctx);
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
      out(
        `Wrote ${result.exported.rows} audit entries to ${result.exported.path} (UTF-8, ';'-separated, with prev_hash and hash per row).`,
      );
    } else if (result.rows) out(cmd.json ? JSON.stringify(result.rows, null, 2) : formatAudit(result.rows));
    return 0;
  },
});
