import type { z } from 'zod';
import {
  CASE_STATUSES,
  MENTOR_STATUSES,
  type CaseStatus,
  type MentorStatus,
  type RegisterInfo,
  type VerifyReport,
} from '../../shared/contract';
import { formatRecoveryKey } from '../../shared/recovery-key';
import { exportDataKey } from '../core/register/export-key';
import type { Command } from './args';
import { isExportCommand, runExportCommand } from './export-commands';
import { isImportCommandName, runImportCommand } from './import-commands';
import { runMatchCommand } from './match-command';
import { runConsentsCommand } from './consents-command';
import { runAuditCommand } from './audit-command';
import { runAccessExportCommand } from './access-export-command';
import { runEraseCommand } from './erase-commands';
import { isBackupCommand, runBackupCommand } from './backup-command';
import { isReportFeedbackCommand, runReportFeedbackCommand } from './report-feedback-command';
import { isReportProgrammeCommand, runReportProgrammeCommand } from './report-programme-command';

type Inspect = { dir: string; json: boolean };
import { withCore, type Call } from './core-session';
import { askSecret } from './prompt';

/** A failure that is not a core error code (e.g. the two typed passphrases differ). Exit code 1. */
export class CommandFailed extends Error {
  override name = 'CommandFailed';
}

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

/** The passphrase from BINDELED_PASSPHRASE, else asked for (twice when creating). */
async function passphrase(confirm: boolean): Promise<string> {
  const fromEnv = process.env.BINDELED_PASSPHRASE;
  if (fromEnv) return fromEnv;
  const first = await askSecret(confirm ? 'New passphrase: ' : 'Passphrase: ');
  if (confirm && (await askSecret('Type the passphrase again: ')) !== first) {
    throw new CommandFailed('The two passphrases differ. Nothing was created; run the command again.');
  }
  return first;
}

async function unlock(call: Call, dir: string): Promise<void> {
  await call('register:unlock', { dir, secret: { kind: 'passphrase', passphrase: await passphrase(false) } });
}

async function create(cmd: Extract<Command, { name: 'create' }>): Promise<number> {
  const secret = await passphrase(true);
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
}

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

async function info(cmd: Inspect): Promise<number> {
  const value: Info = await withCore(async (call) => {
    await unlock(call, cmd.dir);
    const registerInfo = await call('register:info', {});
    return { ...registerInfo, mentoring: await mentoringFigures(call, registerInfo.counts) };
  });
  if (cmd.json) out(JSON.stringify(value, null, 2));
  else printInfo(value);
  return 0;
}

function printVerify(report: z.output<typeof VerifyReport>): void {
  for (const check of report.checks) out(`${check.ok ? 'ok  ' : 'FAIL'}  ${check.name.padEnd(24)} ${check.detail ?? ''}`.trimEnd());
}

async function verify(cmd: Inspect): Promise<number> {
  const report = await withCore(async (call) => {
    await unlock(call, cmd.dir);
    return call('register:verify', {});
  });
  if (cmd.json) out(JSON.stringify(report, null, 2));
  else printVerify(report);
  const failed = report.checks.filter((c) => !c.ok).map((c) => c.name);
  if (failed.length > 0) {
    err(`Verification failed: ${failed.join(', ')}. Restore the register from a backup and keep this copy for analysis.`);
    return 1;
  }
  if (!cmd.json) out('All checks passed.');
  return 0;
}

async function exportKey(cmd: Extract<Command, { name: 'export-key' }>): Promise<number> {
  const exported = await exportDataKey(cmd.dir, await passphrase(false));
  err('WARNING: this is the raw key that decrypts the whole register. Anyone who has it and a copy');
  err('of register.db can read every record. Do not store it next to the register, do not send it');
  err('by e-mail or chat, and clear your terminal history and scrollback when you are done.');
  err('Open the file with SQLCipher 4: PRAGMA cipher_compatibility = 4; PRAGMA key = "x\'<key>\'";');
  if (!exported.audited) err(`Note: the export could not be written to the audit log (${exported.auditError ?? 'unknown'}).`);
  out(exported.keyHex);
  return 0;
}

/** Runs one parsed command; returns the exit code. Core failures are thrown as CallFailed. */
export async function runCommand(cmd: Exclude<Command, { name: 'help' }>): Promise<number> {
  if (isExportCommand(cmd)) return runExportCommand(cmd);
  if (isImportCommandName(cmd.name))
    return runImportCommand(cmd as Extract<Command, { name: 'import' | 'search' }>, () => passphrase(false));
  if (cmd.name === 'match') return runMatchCommand(cmd, () => passphrase(false));
  if (cmd.name === 'consents') return runConsentsCommand(cmd, () => passphrase(false));
  if (cmd.name === 'audit') return runAuditCommand(cmd, () => passphrase(false));
  if (cmd.name === 'access-export') return runAccessExportCommand(cmd, () => passphrase(false));
  if (cmd.name === 'erase' || cmd.name === 'retention') return runEraseCommand(cmd, () => passphrase(false));
  if (isBackupCommand(cmd)) return runBackupCommand(cmd, () => passphrase(false));
  if (isReportFeedbackCommand(cmd)) return runReportFeedbackCommand(cmd, () => passphrase(false));
  if (isReportProgrammeCommand(cmd)) return runReportProgrammeCommand(cmd, () => passphrase(false));
  switch (cmd.name) {
    case 'create':
      return create(cmd);
    case 'info':
      return info(cmd);
    case 'verify':
      return verify(cmd);
    case 'export-key':
      return exportKey(cmd);
  }
}
