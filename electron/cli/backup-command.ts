import { createBackup, type BackupCounts } from '../core/backup/backup';
import { inspectBackup, restoreBackup } from '../core/backup/restore';
import { CoreError } from '../core/errors';
import { closeRegister, unlockRegister, type UnlockMethod } from '../core/register/open-register';
import { defineCommand, parseOptions, refuseStray, requiredPath, type CommandContext } from './options';
import { askSecret } from './prompt';

// `backup --dir DIR --out FILE` and `restore --from FILE --dir NEWDIR`: one encrypted file
// holding the database and the key slots (electron/core/backup). Both verify what they wrote:
// the backup is opened again from the file, the restored register is verified before it is
// reported. Run in-process like `demo` and `export-key`: there is no contract channel yet.

export type BackupCommand = { name: 'backup'; dir: string; out: string; json: boolean };
export type RestoreCommand = { name: 'restore'; from: string; dir: string; json: boolean; recoveryKey: boolean };

/** One option set for both, so `restore --out` "does not apply" rather than being unknown. */
function parseShared(name: 'backup' | 'restore', args: readonly string[], allowed: readonly string[]) {
  const values = parseOptions(args, {
    dir: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
    json: { type: 'boolean' },
    'recovery-key': { type: 'boolean' },
  });
  refuseStray(values, allowed, name);
  const required = (option: 'dir' | 'out' | 'from', what: string) => requiredPath(values[option]?.trim(), name, option, what);
  return { required, json: values.json ?? false, recoveryKey: values['recovery-key'] ?? false };
}

/** The restore's secret: the passphrase, or with --recovery-key the recovery key (BINDELED_RECOVERY_KEY, else asked for). */
async function restoreSecret(cmd: RestoreCommand, ctx: CommandContext): Promise<UnlockMethod> {
  if (!cmd.recoveryKey) return { kind: 'passphrase', passphrase: await ctx.passphrase() };
  const recoveryKey = process.env.BINDELED_RECOVERY_KEY || (await askSecret('Recovery key: '));
  return { kind: 'recovery', recoveryKey };
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

export const backup = defineCommand<BackupCommand>({
  name: 'backup',
  help: {
    usage: ['--dir DIR --out FILE [--json]'],
    about: [
      'Write one encrypted backup file (database and key slots), read it back to verify it, and',
      'print its counts. The file opens only with a passphrase or the recovery key of the register.',
    ],
    options: [
      ['--dir DIR', "The register's folder."],
      ['--out FILE', 'The backup file to write.'],
      ['--json', 'Print what was verified, with the counts, as JSON.'],
    ],
  },
  parse(args) {
    const { required, json } = parseShared('backup', args, ['dir', 'out', 'json']);
    return { name: 'backup', dir: required('dir', 'DIR'), out: required('out', 'FILE'), json };
  },
  async run(cmd, ctx) {
    const secret = await ctx.passphrase();
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
  },
});

export const restore = defineCommand<RestoreCommand>({
  name: 'restore',
  help: {
    usage: ['--from FILE --dir NEWDIR [--recovery-key] [--json]'],
    about: [
      'Restore a backup into a new or empty folder (never over a register), verify it and print',
      'its counts. A damaged or truncated backup is refused and nothing is written.',
    ],
    options: [
      ['--from FILE', 'The backup file.'],
      ['--dir NEWDIR', 'A new or empty folder for the restored register.'],
      ['--recovery-key', 'Open the backup with the recovery key instead of a passphrase (BINDELED_RECOVERY_KEY, else asked for).'],
      ['--json', 'Print the restored register, its counts and checks as JSON.'],
    ],
  },
  parse(args) {
    const { required, json, recoveryKey } = parseShared('restore', args, ['from', 'dir', 'json', 'recovery-key']);
    return { name: 'restore', from: required('from', 'FILE'), dir: required('dir', 'NEWDIR'), json, recoveryKey };
  },
  async run(cmd, ctx) {
    const secret = await restoreSecret(cmd, ctx);
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
  },
});
