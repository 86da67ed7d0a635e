import path from 'node:path';
import type { z } from 'zod';
import {
  CASE_STATUSES,
  MENTOR_STATUSES,
  type CaseStatus,
  type MentorStatus,
  type RegisterInfo,
  type VerifyReport,
} from '../../shared/contract';
import { LANGUAGES, type Language } from '../../shared/languages';
import { formatRecoveryKey } from '../../shared/recovery-key';
import { exportDataKey } from '../core/register/export-key';
import { verifyRegisterReadOnly } from '../core/register/verify-read-only';
import { unlock, withCore, type Call } from './core-session';
import { BASIC_OPTIONS, defineCommand, oneOf, parseStrict, refuseStray, requiredPath, UsageError } from './options';

// `create`, `info`, `verify` and `export-key`: the register itself. They take the basic options
// and nothing after them.

export type CreateCommand = { name: 'create'; dir: string; org: string; lang: Language };
export type InspectCommand = { name: 'info' | 'verify'; dir: string; json: boolean };
export type ExportKeyCommand = { name: 'export-key'; dir: string };

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

function parseBasic(name: string, args: readonly string[], allowed: readonly string[]) {
  const { values, positionals } = parseStrict(args, BASIC_OPTIONS);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  refuseStray(values, allowed, name);
  return { values, dir: requiredPath(values.dir, name) };
}

const DIR = ['--dir DIR', "The register's folder."] as const;

export const create = defineCommand<CreateCommand>({
  name: 'create',
  basicOptions: true,
  help: {
    usage: ['--dir DIR [--org NAME] [--lang da|nb|sv|fi|en]'],
    about: ['Create a new register in an empty or new folder and print its recovery key once.'],
    options: [
      ['--dir DIR', 'The folder for the new register: new or empty.'],
      ['--org NAME', "The organisation's name, shown on the unlock screen (default: the folder's name)."],
      ['--lang LANG', "The register's language: da, nb, sv, fi or en (default en)."],
    ],
  },
  parse(args) {
    const { values, dir } = parseBasic('create', args, ['dir', 'org', 'lang']);
    const lang = oneOf('lang', values.lang, LANGUAGES, 'en');
    // Without --org the folder's name labels the register on the unlock screen.
    return { name: 'create', dir, org: values.org?.trim() || path.basename(dir), lang };
  },
  async run(cmd, ctx) {
    const secret = await ctx.passphrase({ confirm: true });
    const created = await withCore((call) =>
      call('register:create', { dir: cmd.dir, organisationName: cmd.org, language: cmd.lang, passphrase: secret }),
    );
    out(`Register "${cmd.org}" created in ${created.dir}`);
    out('');
    out('Recovery key (shown only this once):');
    out('');
    out(`    ${formatRecoveryKey(created.recoveryKey)}`);
    out('');
    out('WARNING: write this key down or print it now, and keep it somewhere safe away from this');
    out('computer. It is the only way back into the register if the passphrase is forgotten,');
    out('and Bindeled cannot show it again.');
    return 0;
  },
});

type Info = z.output<typeof RegisterInfo> & { mentoring: Mentoring };

/** The mentoring figures `info` adds: mentors and cases by status, read through the list channels. */
interface Mentoring {
  mentors: { total: number; byStatus: Record<MentorStatus, number> };
  mentees: number;
  cases: { total: number; byStatus: Record<CaseStatus, number> };
  meetings: number;
  followUps: number;
}

async function mentoringFigures(call: Call, counts: Record<string, number>): Promise<Mentoring> {
  const mentors = await call('mentors:list', { includeEnded: true });
  const cases = await call('cases:list', { includeClosed: true });
  const tally = <S extends string>(statuses: readonly S[], rows: { status: S }[]) => {
    const byStatus = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>;
    for (const r of rows) byStatus[r.status]++;
    return { total: rows.length, byStatus };
  };
  return {
    mentors: tally(MENTOR_STATUSES, mentors),
    mentees: counts.mentees ?? 0,
    cases: tally(CASE_STATUSES, cases),
    meetings: counts.meetings ?? 0,
    followUps: counts.follow_ups ?? 0,
  };
}

const byStatus = (figures: { total: number; byStatus: Record<string, number> }) =>
  `${figures.total} (${Object.entries(figures.byStatus)
    .map(([status, n]) => `${status} ${n}`)
    .join(', ')})`;

function printInfo(info: Info): void {
  const rows: [string, string][] = [
    ['Register', info.dir],
    ['Label', info.label],
    ['Register id', info.registerId],
    ['Format', info.format],
    ['Schema', `${info.schemaVersion} (this version of Bindeled: ${info.appSchemaVersion})`],
    ['Created', info.createdAt],
    ['Size', `${info.sizeBytes} bytes`],
    ['Key slots', info.keySlots.map((s) => `${s.kind} (${s.user})`).join(', ')],
    [
      'Rows',
      Object.entries(info.counts)
        .map(([table, n]) => `${table} ${n}`)
        .join(', '),
    ],
    ['Mentors', byStatus(info.mentoring.mentors)],
    ['Mentees', String(info.mentoring.mentees)],
    ['Cases', byStatus(info.mentoring.cases)],
    ['Meetings', String(info.mentoring.meetings)],
    ['Follow-ups', String(info.mentoring.followUps)],
  ];
  for (const [name, value] of rows) out(`${name.padEnd(12)} ${value}`);
}

export const info = defineCommand<InspectCommand>({
  name: 'info',
  basicOptions: true,
  help: {
    usage: ['--dir DIR [--json]'],
    about: [
      'Show format, schema version, row counts, key slots (never secrets) and size, and the',
      'mentoring figures: mentors and cases by status, mentees, meetings, follow-ups.',
    ],
    options: [DIR, ['--json', 'Print the figures as JSON.']],
  },
  parse(args) {
    const { values, dir } = parseBasic('info', args, ['dir', 'json']);
    return { name: 'info', dir, json: values.json ?? false };
  },
  async run(cmd, ctx) {
    const value: Info = await withCore(async (call) => {
      await unlock(call, cmd.dir, ctx);
      const registerInfo = await call('register:info', {});
      return { ...registerInfo, mentoring: await mentoringFigures(call, registerInfo.counts) };
    });
    if (cmd.json) out(JSON.stringify(value, null, 2));
    else printInfo(value);
    return 0;
  },
});

/** What each audit-anchor problem means, and what to do (the app's catalogs say the same in five languages). */
const ANCHOR_ADVICE: Record<string, string> = {
  truncated: 'The newest audit entries were deleted from the database. Keep this copy for analysis and restore the latest backup.',
  'rolled-back':
    'register.db was replaced by an older copy of itself: recent work may be missing. Look for a newer copy or restore the latest backup.',
  foreign: "keyslots.json belongs to another register. Put back this register's own keyslots.json.",
  missing: 'The audit anchor is missing from keyslots.json, though this register had one: the file was replaced or edited.',
  forged: "The audit anchor in keyslots.json was edited: it does not carry the register's seal.",
};

function printVerify(report: z.output<typeof VerifyReport>): void {
  for (const check of report.checks) out(`${check.ok ? 'ok  ' : 'FAIL'}  ${check.name.padEnd(24)} ${check.detail ?? ''}`.trimEnd());
  for (const check of report.checks.filter((c) => !c.ok && (c.name === 'audit_anchor' || c.name === 'key_slots'))) {
    const advice = ANCHOR_ADVICE[(check.detail ?? '').split(':')[0] ?? ''];
    if (advice) err(advice);
  }
}

export const verify = defineCommand<InspectCommand>({
  name: 'verify',
  basicOptions: true,
  help: {
    usage: ['--dir DIR [--json]'],
    about: [
      'Check the database, its encryption pages, foreign keys, the audit chain and its anchor',
      '(a cut tail, an older copy put back, a key file of another register) and the key slots.',
      'Changes no file in the folder: it does not unlock, audit or checkpoint. Exit code 0 only',
      'when every check passes.',
    ],
    options: [DIR, ['--json', 'Print the checks as JSON.']],
  },
  parse(args) {
    const { values, dir } = parseBasic('verify', args, ['dir', 'json']);
    return { name: 'verify', dir, json: values.json ?? false };
  },
  async run(cmd, ctx) {
    // Not through an unlocked core: unlocking writes (an audit row, the open-marker, migrations).
    const report = await verifyRegisterReadOnly(cmd.dir, { kind: 'passphrase', passphrase: await ctx.passphrase() });
    if (cmd.json) out(JSON.stringify(report, null, 2));
    else printVerify(report);
    const failed = report.checks.filter((c) => !c.ok).map((c) => c.name);
    if (failed.length > 0) {
      err(`Verification failed: ${failed.join(', ')}. Restore the register from a backup and keep this copy for analysis.`);
      return 1;
    }
    if (!cmd.json) out('All checks passed.');
    return 0;
  },
});

export const exportKey = defineCommand<ExportKeyCommand>({
  name: 'export-key',
  basicOptions: true,
  help: {
    usage: ['--dir DIR'],
    about: ['Print the raw data key in hex, to open the register with standard SQLCipher tools.'],
    options: [DIR],
  },
  parse(args) {
    return { name: 'export-key', dir: parseBasic('export-key', args, ['dir']).dir };
  },
  async run(cmd, ctx) {
    const exported = await exportDataKey(cmd.dir, await ctx.passphrase());
    err('WARNING: this is the raw key that decrypts the whole register. Anyone who has it and a copy');
    err('of register.db can read every record. Do not store it next to the register, do not send it');
    err('by e-mail or chat, and clear your terminal history and scrollback when you are done.');
    err('Open the file with SQLCipher 4: PRAGMA cipher_compatibility = 4; PRAGMA key = "x\'<key>\'";');
    if (!exported.audited) err(`Note: the export could not be written to the audit log (${exported.auditError ?? 'unknown'}).`);
    out(exported.keyHex);
    return 0;
  },
});
