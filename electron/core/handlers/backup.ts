import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Output } from '../../../shared/contract';
import { appendAudit } from '../audit/audit-log';
import { autoBackupInBackground, backgroundBackupsRunning, pendingAutoBackups, type AutoTrigger } from '../backup/auto';
import { BACKUP_STEPS } from '../backup/backup';
import { backupNowOffThread, inspectOffThread, restoreOffThread } from '../backup/off-thread';
import { RESTORE_STEPS } from '../backup/restore';
import { backupFileName, listBackups, rotateFolder } from '../backup/folder';
import { defaultBackupFolder } from '../backup/prefs';
import { readKeySlots } from '../crypto/keyslots';
import type { OpenRegister } from '../register/open-register';
import { CoreError } from '../errors';
import { log } from '../logger';
import { makeFolder } from '../storage/atomic-write';
import { backupDeps } from './backup-deps';
import type { CoreContext, CoreHandlers } from './types';

// Settings › Backups, "Back up now", and restore. Status, inspect and restore also answer with
// no register open (the unlock and damaged-register screens): they then work from the folder
// the caller names and the backup's own passphrase.

const inside = (child: string, parent: string) => {
  const rel = path.relative(path.resolve(parent), path.resolve(child));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** The register a status call is about: the folder named, or the open register. */
function subject(ctx: CoreContext, dir: string | undefined): { dir: string; label: string; registerId: string | undefined } {
  if (dir !== undefined) {
    if (!path.isAbsolute(dir)) throw new CoreError('INVALID_INPUT', 'folder must be an absolute path');
    try {
      const slots = readKeySlots(dir);
      return { dir: path.resolve(dir), label: slots.label, registerId: slots.registerId };
    } catch {
      // The damaged-register screen: the key-slot file may be what is damaged. List every backup in the folder.
      return { dir: path.resolve(dir), label: '', registerId: undefined };
    }
  }
  const register = ctx.session.require();
  return { dir: register.dir, label: register.slots.label, registerId: register.slots.registerId };
}

function folderUsable(folder: string): boolean {
  try {
    if (existsSync(folder)) return statSync(folder).isDirectory();
    return statSync(path.dirname(folder)).isDirectory();
  } catch {
    return false;
  }
}

function status(ctx: CoreContext, dir: string | undefined): Output<'backup:status'> {
  const who = subject(ctx, dir);
  const prefs = backupDeps(ctx).prefs.get(who.dir);
  const folder = prefs.folder ?? defaultBackupFolder(who.dir);
  const backups = listBackups(folder, who.registerId).map(({ file, name, createdAt, kind, bytes }) => ({
    file,
    name,
    createdAt,
    kind,
    bytes,
  }));
  const newest = [prefs.lastBackupAt, backups[0]?.createdAt].filter((d): d is string => !!d).sort();
  return {
    registerDir: who.dir,
    label: who.label,
    folder,
    folderIsDefault: prefs.folder === null,
    folderAvailable: folderUsable(folder),
    automatic: prefs.automatic,
    lastBackupAt: newest.at(-1) ?? null,
    problem: prefs.problem,
    backups,
  };
}

/** A folder the user chose for backups: absolute, not inside the register, and writable. */
function checkedFolder(folder: string, registerDir: string): string {
  if (!path.isAbsolute(folder)) throw new CoreError('INVALID_INPUT', 'folder must be an absolute path');
  const resolved = path.resolve(folder);
  if (inside(resolved, registerDir) || inside(registerDir, resolved))
    throw new CoreError('INVALID_INPUT', 'the backup folder cannot be the register folder, inside it or around it');
  makeFolder(resolved);
  if (!statSync(resolved).isDirectory()) throw new CoreError('INVALID_INPUT', 'not a folder');
  accessSync(resolved, constants.W_OK);
  return resolved;
}

const toMethod = (secret: { kind: 'passphrase'; passphrase: string } | { kind: 'recovery'; recoveryKey: string }) => secret;

/**
 * Progress of a backup or restore running beside the queue: `progress` for the window's bar
 * (when the call gave an operationId), `backup:background` for the shell, which waits for it
 * when quitting (as for the automatic backups), said done only once no other one runs.
 */
function reporter(ctx: CoreContext, operationId: string | undefined, what?: 'restore') {
  const extra = what ? { what } : {};
  return {
    start: (total: number) => ctx.emit('backup:background', { running: true, done: 0, total, ...extra }),
    step: (done: number, total: number) => {
      if (operationId) ctx.emit('progress', { operationId, done, total });
      ctx.emit('backup:background', { running: true, done, total, ...extra });
    },
    end: (total: number) => ctx.emit('backup:background', { running: backgroundBackupsRunning() > 1, done: total, total, ...extra }),
  };
}

export const backupHandlers = {
  // What Settings › Backups shows, inspects or restores includes a backup still being written
  // in the background after the last lock: these calls wait for it first.
  'backup:status': async ({ dir }, ctx) => {
    await pendingAutoBackups();
    return status(ctx, dir);
  },
  'backup:configure': ({ folder, automatic }, ctx) => {
    const register = ctx.session.require();
    const prefs = backupDeps(ctx).prefs;
    const patch: { folder?: string | null; automatic?: boolean } = {};
    if (folder !== undefined) patch.folder = folder === null ? null : checkedFolder(folder, register.dir);
    if (automatic !== undefined) patch.automatic = automatic;
    prefs.update(register.dir, patch);
    // Which settings changed, never the path (it can hold a person's user name).
    appendAudit(register.db, {
      actor: register.actor,
      action: 'backup.configured',
      details: { keys: Object.keys(patch).sort().join(','), automatic: prefs.get(register.dir).automatic },
    });
    return status(ctx, undefined);
  },
  'backup:now': async ({ file, operationId }, ctx) => {
    await pendingAutoBackups();
    const register = ctx.session.require();
    const deps = backupDeps(ctx);
    const now = deps.now();
    let target: string;
    if (file !== undefined) {
      if (!path.isAbsolute(file)) throw new CoreError('INVALID_INPUT', 'file must be an absolute path');
      if (inside(file, register.dir)) throw new CoreError('INVALID_INPUT', 'a backup cannot go inside the register folder');
      target = file;
    } else {
      const folder = deps.prefs.folderOf(register.dir);
      makeFolder(folder);
      target = backupFileName(folder, register.slots.registerId, 'manual', now);
    }
    const report = reporter(ctx, operationId);
    report.start(BACKUP_STEPS);
    let made;
    try {
      // Off core's thread: the window keeps working (and may lock) while the file is written.
      made = await backupNowOffThread(register, target, {
        appVersion: ctx.appVersion,
        createdAt: now,
        kind: file ? 'file' : 'manual',
        onStep: report.step,
      });
    } finally {
      report.end(BACKUP_STEPS);
    }
    if (file !== undefined) {
      deps.prefs.update(register.dir, { lastBackupAt: made.createdAt });
      return { file: made.file, bytes: made.bytes, createdAt: made.createdAt, counts: made.counts, removed: 0 };
    }
    const removed = rotateFolder(path.dirname(target), register.slots.registerId);
    deps.prefs.update(register.dir, { lastBackupAt: made.createdAt, problem: null });
    return { file: made.file, bytes: made.bytes, createdAt: made.createdAt, counts: made.counts, removed };
  },
  'backup:inspect': async ({ file, secret, operationId }, ctx) => {
    await pendingAutoBackups();
    if (!path.isAbsolute(file)) throw new CoreError('INVALID_INPUT', 'file must be an absolute path');
    const seen = await inspectOffThread(file, toMethod(secret), (done, total) => {
      if (operationId) ctx.emit('progress', { operationId, done, total });
    });
    const ok = seen.integrity.ok && seen.auditChain.ok;
    return {
      file: seen.file,
      bytes: seen.bytes,
      createdAt: seen.createdAt,
      registerId: seen.registerId,
      label: seen.label,
      schemaVersion: seen.schemaVersion,
      counts: seen.counts,
      ok,
      detail: `${seen.integrity.detail}; audit chain: ${seen.auditChain.ok ? 'ok' : `broken at ${seen.auditChain.brokenAt ?? '?'}`}`,
    };
  },
  'backup:restore': async ({ file, dir, secret, operationId }, ctx) => {
    await pendingAutoBackups();
    if (!path.isAbsolute(file)) throw new CoreError('INVALID_INPUT', 'file must be an absolute path');
    const report = reporter(ctx, operationId, 'restore');
    report.start(RESTORE_STEPS);
    let restored;
    try {
      restored = await restoreOffThread(file, dir, toMethod(secret), report.step);
    } finally {
      report.end(RESTORE_STEPS);
    }
    // On this computer's list, first, so the unlock screen offers it.
    ctx.profile.touch(restored.dir);
    log.info('backup.restored', { schemaVersion: restored.schemaVersion });
    return { dir: restored.dir, label: restored.label, createdAt: restored.createdAt, counts: restored.counts };
  },
  'backup:tick': (_input, ctx) => {
    const register = ctx.session.open;
    if (!register || register.mustSetPassphrase) return { started: false };
    // The same background path as the backup on lock: this call answers at once, and the
    // calls queued behind it are not held up by the copy (auto.ts).
    return { started: startAutoBackup(register, 'daily', ctx) };
  },
} satisfies Pick<CoreHandlers, Extract<keyof CoreHandlers, `backup:${string}`>>;

/**
 * Starts an automatic backup in the background, its progress passed on to the shell (which waits
 * for it when quitting). True when one was due and has started.
 */
function startAutoBackup(register: OpenRegister, trigger: AutoTrigger, ctx: CoreContext): boolean {
  const before = backgroundBackupsRunning();
  void autoBackupInBackground(register, trigger, { ...backupDeps(ctx), progress: (state) => ctx.emit('backup:background', state) });
  return backgroundBackupsRunning() > before;
}

/** The automatic backup when the open register is closed: lock, idle lock, switching registers, shutdown. */
export function installAutoBackup(ctx: CoreContext): void {
  ctx.session.beforeClose = (register, reason) => {
    // A register opened with the recovery key has no passphrase yet; wait for a normal session.
    if (register.mustSetPassphrase) return;
    // In the background: the lock answers at once (auto.ts); quitting waits for it (main.ts).
    startAutoBackup(register, 'close', ctx);
    log.debug('backup.on-close', { reason });
  };
}
