import path from 'node:path';
import { createBackup, type BackupCounts } from '../core/backup/backup';
import { inspectBackup, restoreBackup } from '../core/backup/restore';
import { CoreError } from '../core/errors';
import { closeRegister, unlockRegister } from '../core/register/open-register';
import { UsageError } from './args';
import { parseOptions } from './parse-options';

// `backup --dir DIR --out FILE` and `restore --from FILE --dir NEWDIR`: one encrypted file
// holding the database and the key slots (electron/core/backup). Both verify what they wrote:
// the backup is opened again from the file, the restored register is verified before it is
// reported. Run in-process like `demo` and `export-key`: there is no contract channel yet.

export type BackupCommand =
  { name: 'backup'; dir: string; out: string; json: boolean } | { name: 'restore'; from: string; dir: string; json: boolean };

const OPTIONS = {
  backup: ['dir', 'out', 'json'],
  restore: ['from', 'dir', 'json'],
} as const;

/** Parses a `backup` or `restore` command line; null for any other command. */
export function parseBackupCommand(argv: readonly string[]): BackupCommand | { name: 'help' } | null {
  const name = argv[0];
  if (name !== 'backup' && name !== 'restore') return null;
  if (argv.includes('--help') || argv.includes('-h')) return { name: 'help' };
  const values = parseOptions(argv, {
    dir: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
    json: { type: 'boolean' },
  });
  const allowed: readonly string[] = OPTIONS[name];
  const stray = Object.keys(values).find((k) => values[k as keyof typeof values] !== undefined && !allowed.includes(k));
  if (stray) throw new UsageError(`--${stray} does not apply to ${name}`);
  const required = (option: 'dir' | 'out' | 'from', what: string) => {
    const value = values[option]?.trim();
    if (!value) throw new UsageError(`${name} needs --${option} ${what}`);
    return path.resolve(value);
  };
  const json = values.json ?? false;
  if (name === 'backup') return { name, dir: required('dir', 'DIR'), out: required('out', 'FILE'), json };
  return { name, from: required('from', 'FILE'), dir: required('dir', 'NEWDIR'), json };
}

export function isBackupCommand(cmd: { name: string }): cmd is BackupCommand {
  return cmd.name === 'backup' || cmd.name === 'restore';
}

const out = (text: string) => process.stdout.write(`${text}\n`);

const COUNT_NAMES: Record<keyof BackupCounts, string> = {
  mentees: 'Mentees',
  mentors: 'Mentors',
  cases: 'Courses',
  organisations: 'Organisations',
  contacts: 'Contacts',
  consents: 'Consents',
  auditRows: 'Audit rows',
};

function printCounts(counts: BackupCounts): void {
  for (const [key, label] of Object.entries(COUNT_NAMES) as [keyof BackupCounts, string][]) out(`  ${label.padEnd(14)} ${counts[key]}`);
}

/** Runs `backup` or `restore`; returns the exit code. Failures are thrown as CoreErrors. */
export async function runBackupCommand(cmd: BackupCommand, passphrase: () => Promise<string>): Promise<number> {
  const secret = await passphrase();
  if (cmd.name === 'backup') {
    const register = await unlockRegister(cmd.dir, { kind: 'passphrase', passphrase: secret });
    let made;
    try {
      made = createBackup(register, cmd.out);
    } finally {
      closeRegister(register, 'cli');
    }
    // Read the file back as a restore would: checksum, key slots, passphrase, integrity, audit chain.
    const check = await inspectBackup(made.file, secret);
    if (!check.integrity.ok || !check.auditChain.ok) {
      throw new CoreError('REGISTER_CORRUPT', `the backup just written does not verify (${check.integrity.detail})`);
    }
    if (cmd.json) {
      out(JSON.stringify(check, null, 2));
      return 0;
    }
    out(`Backup of "${check.label}" written to ${check.file} (${check.bytes} bytes, ${check.createdAt})`);
    printCounts(check.counts);
    out(`Verified: checksum, key slots, integrity, page authentication, audit chain (${check.auditChain.rows} rows).`);
    return 0;
  }
  const restored = await restoreBackup(cmd.from, cmd.dir, secret);
  if (cmd.json) {
    out(JSON.stringify(restored, null, 2));
    return 0;
  }
  out(`Backup of "${restored.label}" made ${restored.createdAt} restored into ${restored.dir}`);
  printCounts(restored.counts);
  for (const check of restored.checks) out(`ok    ${check.name.padEnd(24)} ${check.detail ?? ''}`.trimEnd());
  out('All checks passed.');
  return 0;
}
