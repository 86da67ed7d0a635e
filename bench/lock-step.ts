import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../electron/core/audit/audit-log';
import { autoBackup, autoBackupInBackground } from '../electron/core/backup/auto';
import { BackupPrefsStore } from '../electron/core/backup/prefs';
import { readKeySlots, unwrapWithPassphrase } from '../electron/core/crypto/keyslots';
import { dbPath, openDatabase } from '../electron/core/db/driver';
import { closeRegister, type OpenRegister } from '../electron/core/register/open-register';
import { runHeavy } from './heavy-step';
import { CACHE, PASSPHRASE } from './registers';

// Lock latency with an automatic backup due (the session changed something): a copy of the
// encrypted bench register, locked the way the session does (the backup on close, then the
// close). Background (the app): the lock answers before the backup is taken. In line (before
// background backups): the lock waits for the whole backup. Run in a child (heavy-child.ts).

async function openCopy(out: string, name: string): Promise<OpenRegister> {
  const dir = path.join(out, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(CACHE, 'encrypted'), dir, { recursive: true });
  const slots = readKeySlots(dir);
  const { dataKey } = await unwrapWithPassphrase(slots, PASSPHRASE);
  const db = openDatabase(dbPath(dir), dataKey, { create: false });
  const register: OpenRegister = { dir, db, dataKey, slots, actor: 'owner', role: 'administrator', mustSetPassphrase: false };
  appendAudit(db, { actor: 'owner', action: 'register.unlocked' });
  appendAudit(db, { actor: 'owner', action: 'settings.updated', details: { keys: 'bench' } });
  return register;
}

/** Lock latency in the background and in line, and how long the background backup then took. */
export async function measureLock(out: string): Promise<Record<string, number>> {
  const profile = path.join(out, 'lock-profile');
  mkdirSync(profile, { recursive: true });
  const deps = { prefs: new BackupPrefsStore(profile), appVersion: 'bench', now: () => new Date() };

  const background = await openCopy(out, 'lock-background');
  let started = performance.now();
  const job = autoBackupInBackground(background, 'close', deps);
  closeRegister(background, 'bench');
  const backgroundLockMs = performance.now() - started;
  const outcome = await job;
  const backgroundBackupMs = performance.now() - started;
  if (!outcome.made) throw new Error(`the background backup was not made: ${outcome.reason}`);

  const inline = await openCopy(out, 'lock-inline');
  started = performance.now();
  if (!autoBackup(inline, 'close', deps).made) throw new Error('the in-line backup was not made');
  closeRegister(inline, 'bench');
  const inlineLockMs = performance.now() - started;
  for (const name of ['lock-background', 'lock-inline', 'lock-background backups', 'lock-inline backups', 'lock-profile'])
    rmSync(path.join(out, name), { recursive: true, force: true });
  return { backgroundLockMs, backgroundBackupMs, inlineLockMs };
}

/** Rows for the benchmark table (the steps run in a child process: heavy-step.ts). */
export function lockRows(out: string): { operation: string; encrypted: number | string; plain: number | string }[] {
  const r = runHeavy('lock', 'encrypted', out);
  const p = r.parts ?? {};
  return [
    {
      operation: 'lock with an automatic backup due: lock answers (backup in the background)',
      encrypted: p.backgroundLockMs ?? 0,
      plain: '–',
    },
    { operation: '  … the background backup done (from the lock)', encrypted: p.backgroundBackupMs ?? 0, plain: '–' },
    { operation: '  … the same lock with the backup in line (as before)', encrypted: p.inlineLockMs ?? 0, plain: '–' },
  ];
}
