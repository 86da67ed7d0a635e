import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../electron/core/audit/audit-log';
import { autoBackup, autoBackupInBackground } from '../electron/core/backup/auto';
import { BackupPrefsStore } from '../electron/core/backup/prefs';
import { readKeySlots, unwrapWithPassphrase } from '../electron/core/crypto/keyslots';
import { dbPath, openDatabase } from '../electron/core/db/driver';
import { createCore } from '../electron/core/dispatcher';
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

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/**
 * "Back up now" through core, as the window calls it: while the backup runs in its worker
 * thread, the window asks for the first page of contacts (sorted by name) every 50 ms, as a
 * user scrolling would. How long the backup took, how many pages were answered meanwhile and
 * how long they took. Before the worker, the first such call waited for the whole backup.
 */
export async function measureManualBackup(out: string): Promise<Record<string, number>> {
  const dir = path.join(out, 'manual-backup');
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(CACHE, 'encrypted'), dir, { recursive: true });
  const profile = path.join(out, 'manual-profile');
  mkdirSync(profile, { recursive: true });
  const core = createCore({ profileDir: profile, defaultRegisterDir: profile, appVersion: 'bench', emit: () => undefined });
  const unlocked = await core.invoke('register:unlock', { dir, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
  if (!unlocked.ok) throw new Error(`unlock failed: ${unlocked.error.code}`);
  const page = { sort: [{ colId: 'name', sort: 'asc' }], limit: 100 };
  if (!(await core.invoke('contacts:page', page)).ok) throw new Error('contacts:page failed');
  const started = performance.now();
  let backupMs = 0;
  const backup = core.invoke('backup:now', { file: path.join(out, 'manual.bindeled-backup') }).then((result) => {
    backupMs = performance.now() - started;
    if (!result.ok) throw new Error(`backup:now failed: ${result.error.code} ${result.error.detail ?? ''}`);
  });
  const latencies: number[] = [];
  let finished = false;
  void backup.finally(() => (finished = true));
  while (!finished) {
    const asked = performance.now();
    const answer = await core.invoke('contacts:page', page);
    if (!answer.ok) throw new Error(`contacts:page during the backup failed: ${answer.error.code}`);
    if (!finished) latencies.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await backup;
  core.shutdown();
  for (const name of ['manual-backup', 'manual-backup backups', 'manual-profile', 'manual.bindeled-backup'])
    rmSync(path.join(out, name), { recursive: true, force: true });
  const sorted = [...latencies].sort((a, b) => a - b);
  return { manualBackupMs: backupMs, pagesDuring: latencies.length, pageP50Ms: percentile(sorted, 0.5), pageMaxMs: sorted.at(-1) ?? 0 };
}

/** Rows for the benchmark table (the steps run in a child process: heavy-step.ts). */
export function lockRows(out: string): { operation: string; key?: string; encrypted: number | string; plain: number | string }[] {
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
    { operation: 'Back up now through core (worker thread): the backup done', encrypted: p.manualBackupMs ?? 0, plain: '–' },
    {
      operation: `  … contacts:page (first 100 by name) asked every 50 ms meanwhile: ${p.pagesDuring ?? 0} answered, p50`,
      key: 'contacts:page during Back up now, p50',
      encrypted: p.pageP50Ms ?? 0,
      plain: '–',
    },
    {
      operation: '  … the slowest of those pages (before: the first waited for the whole backup)',
      encrypted: p.pageMaxMs ?? 0,
      plain: '–',
    },
  ];
}
