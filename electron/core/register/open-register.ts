import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isAcceptablePassphrase } from '../../../shared/passphrase';
import type { Role } from '../../../shared/contract/consents-schemas';
import type { Language } from '../../../shared/languages';
import { auditHead, checkAnchor, flushAnchor, isAnchorProblem, makeAnchor, trackAnchor, type AnchorProblem } from '../audit/anchor';
import { appendAudit } from '../audit/audit-log';
import {
  keySlotPath,
  newKeySlots,
  readKeySlots,
  unwrapWithMethod,
  type UnlockMethod,
  writeKeySlots,
  type KeySlotFile,
} from '../crypto/keyslots';
import { dbPath, openDatabase, type Db } from '../db/driver';
import { migrate } from '../db/migrate';
import { checkAfterUncleanClose, markClosed, markOpen } from '../backup/clean-close';
import { CoreError, toAppError } from '../errors';
import { log } from '../logger';
import { recoverKeySlotChange, type KeyChangeRecovery } from '../crypto/keyslot-change';
import { assertRegisterFolderWritable, fsyncDir } from '../storage/atomic-write';
import { crashPoint } from '../storage/crash-point';
import { recoverOutputIntents } from '../storage/logged-output';
import { openOrExplain } from './foreign-keyslots';
import { enforceRole } from '../users/read-only-guard';
import { actorAfterRecovery } from '../users/users-repo';
import { writeSettings } from './settings-repo';

/** The user a register's first passphrase slot belongs to (users.id; migration 4 inserts the row). */
export const OWNER = 'owner';
/** The `user` of device slots made before device slots belonged to a user. */
const LEGACY_DEVICE_USER = 'device';

/** A register whose database is open and whose data key is in memory. */
export interface OpenRegister {
  dir: string;
  db: Db;
  dataKey: Buffer;
  slots: KeySlotFile;
  /** Who the audit log names for what happens in this session (a users.id). */
  actor: string;
  /** The actor's role; the dispatcher refuses channels that need more. */
  role: Role;
  /** Unlocked with the recovery key: nothing else is allowed until a new passphrase is set. */
  mustSetPassphrase: boolean;
  /** What unlock found wrong with the audit anchor (audit/anchor.ts); the anchor is held until accepted. */
  anchorProblem?: AnchorProblem | undefined;
  /** What unlock did about a key change a crash interrupted (crypto/keyslot-change.ts); absent after create. */
  keyChangeRecovery?: KeyChangeRecovery | undefined;
}

export type { UnlockMethod };

/**
 * Present while a register is being created; keyslots.json is written last, so a folder with
 * this marker and no keyslots.json is a creation a crash interrupted, which the next create
 * clears (only the files creation itself writes) and the next unlock never mistakes for a register.
 */
export const CREATING_MARKER = '.bindeled-creating';
const CREATION_FILES = new Set([CREATING_MARKER, 'register.db', 'register.db-wal', 'register.db-shm']);
const isCreationFile = (name: string) => CREATION_FILES.has(name) || (name.startsWith('.keyslots.json.') && name.endsWith('.tmp'));

function assertCreatableFolder(dir: string): void {
  if (!path.isAbsolute(dir)) throw new CoreError('INVALID_INPUT', 'folder must be an absolute path');
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new CoreError('FOLDER_NOT_EMPTY', 'not a folder');
  const names = readdirSync(dir);
  if (names.length === 0) return;
  // An interrupted creation of ours, and nothing else: cleared, so the user can simply create again.
  if (names.includes(CREATING_MARKER) && names.every(isCreationFile)) {
    for (const name of names) if (name !== CREATING_MARKER) rmSync(path.join(dir, name), { force: true });
    rmSync(path.join(dir, CREATING_MARKER), { force: true });
    fsyncDir(dir);
    return;
  }
  throw new CoreError('FOLDER_NOT_EMPTY');
}

/** Creates a register in an empty (or new) folder. Returns it open, with the recovery key to show once. */
export async function createRegister(input: {
  dir: string;
  organisationName: string;
  language: Language;
  passphrase: string;
  /** The owner's name as the users list shows it; the migration's 'Owner' when left out. */
  ownerName?: string | undefined;
}): Promise<{ register: OpenRegister; recoveryKey: string }> {
  if (!isAcceptablePassphrase(input.passphrase)) throw new CoreError('PASSPHRASE_TOO_WEAK');
  const dir = path.resolve(input.dir);
  assertCreatableFolder(dir);
  const existed = existsSync(dir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { file, dataKey, recoveryKey } = await newKeySlots(input.organisationName, OWNER, input.passphrase);
  let db: Db | undefined;
  try {
    writeFileSync(path.join(dir, CREATING_MARKER), `${new Date().toISOString()}\n`, { mode: 0o600 });
    fsyncDir(dir);
    crashPoint('create-marked');
    // Created owner-only before SQLite opens it; SQLite gives the -wal and -shm files the same mode.
    closeSync(openSync(dbPath(dir), 'wx', 0o600));
    db = openDatabase(dbPath(dir), dataKey, { create: true });
    const opened = db;
    migrate(opened);
    opened.transaction(() => {
      writeSettings(opened, { organisationName: input.organisationName, defaultLanguage: input.language });
      if (input.ownerName) opened.prepare('UPDATE users SET display_name = ? WHERE id = ?').run(input.ownerName, OWNER);
      // `anchored`: from its first row on, this register has an anchor, so a missing one is a problem.
      appendAudit(opened, { actor: OWNER, action: 'register.created', details: { registerId: file.registerId, anchored: true } });
    })();
    crashPoint('create-db-written');
    // The commit point: with keyslots.json in place the register is whole.
    const slots = { ...file, auditAnchor: makeAnchor(dataKey, file.registerId, auditHead(opened)) };
    writeKeySlots(dir, slots);
    crashPoint('create-keyslots-written');
    rmSync(path.join(dir, CREATING_MARKER), { force: true });
    fsyncDir(dir);
    crashPoint('create-unmarked');
    const register: OpenRegister = { dir, db, dataKey, slots, actor: OWNER, role: 'administrator', mustSetPassphrase: false };
    trackAnchor(register);
    markOpen(dir);
    return { register, recoveryKey };
  } catch (error) {
    // The folder was empty before we started: put it back as it was.
    db?.close();
    for (const name of [
      path.basename(dbPath(dir)),
      `${path.basename(dbPath(dir))}-wal`,
      `${path.basename(dbPath(dir))}-shm`,
      path.basename(keySlotPath(dir)),
      CREATING_MARKER,
    ]) {
      rmSync(path.join(dir, name), { force: true });
    }
    if (!existed) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Unlocks a register. The data key is unwrapped before the database file is opened, so a wrong
 * passphrase leaves every file byte-identical.
 */
export async function unlockRegister(
  dirInput: string,
  method: UnlockMethod,
  options: {
    preferUser?: string | undefined;
    /** Runs before pending migrations change the file (the pre-migration backup). */
    beforeMigrate?: (source: { dir: string; db: Db; dataKey: Buffer; slots: KeySlotFile }) => void;
  } = {},
): Promise<OpenRegister> {
  const dir = path.resolve(dirInput);
  const slots = readKeySlots(dir);
  const unwrapped = await unwrapWithMethod(slots, method, options.preferUser);
  // SQLite cannot open the register (its WAL and index files) in a folder nothing can be written to.
  assertRegisterFolderWritable(dir);
  const db = openOrExplain(dbPath(dir), unwrapped.dataKey, { readonly: false });
  try {
    // After a crash or power cut, check the file before anything writes to it.
    checkAfterUncleanClose(dir, db);
    const beforeMigrate = options.beforeMigrate;
    migrate(db, undefined, beforeMigrate ? { beforeMigrating: () => beforeMigrate({ dir, db, dataKey: unwrapped.dataKey, slots }) } : {});
    // A key change a crash interrupted is finished or rolled back, audited (crypto/keyslot-change.ts);
    // keyslots.json already decided which credential opened it. Before the user lookup: it may add them.
    const keyChangeRecovery = recoverKeySlotChange(dir, db, unwrapped.dataKey);
    // keyslots.json is written last at creation: with it there, a leftover marker is stale.
    if (existsSync(path.join(dir, CREATING_MARKER))) rmSync(path.join(dir, CREATING_MARKER), { force: true });
    // Passphrase and device slots belong to a user. The recovery key belongs to the register: it
    // opens as the owner, or the longest-serving administrator if the owner was removed.
    const slotUser = unwrapped.slot.user;
    const actor =
      method.kind === 'recovery' || (method.kind === 'device' && slotUser === LEGACY_DEVICE_USER) ? actorAfterRecovery(db) : slotUser;
    const user = db.prepare('SELECT role FROM users WHERE id = ? AND removed_at IS NULL').get(actor) as { role: Role } | undefined;
    // A slot whose user was removed is refused like a wrong passphrase (removal also deletes the slot).
    if (!user) throw new CoreError('WRONG_PASSPHRASE', 'user removed');
    const register: OpenRegister = {
      dir,
      db,
      dataKey: unwrapped.dataKey,
      slots,
      actor,
      role: user.role,
      mustSetPassphrase: method.kind === 'recovery',
      keyChangeRecovery,
    };
    noteAnchor(register);
    trackAnchor(register);
    appendAudit(db, { actor, action: 'register.unlocked', details: { method: method.kind } });
    // Files written but never logged when the app last stopped are removed (storage/logged-output.ts).
    recoverOutputIntents(db, actor);
    enforceRole(db, user.role);
    flushAnchor(register);
    markOpen(dir);
    return register;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Compares the anchor with the audit table before this session appends anything. A register from
 * before the anchor is anchored now, and the audit says so. A problem is audited, logged and kept
 * on the register: nothing is deleted, and the anchor stays where it was until someone accepts.
 */
function noteAnchor(register: OpenRegister): void {
  const status = checkAnchor(register.db, register.slots, register.dataKey);
  if (status.kind === 'legacy') {
    appendAudit(register.db, {
      actor: register.actor,
      action: 'audit.anchored',
      details: { reason: 'first-unlock', headSeq: status.headSeq },
    });
  } else if (isAnchorProblem(status)) {
    register.anchorProblem = status;
    log.warn('audit.anchor-mismatch', { problem: status.kind });
    appendAudit(register.db, {
      actor: register.actor,
      action: 'audit.anchor-mismatch',
      details: { problem: status.kind, headSeq: status.headSeq, ...('anchorSeq' in status ? { anchorSeq: status.anchorSeq } : {}) },
    });
  }
}

/**
 * After an administrator has looked at an anchor problem and chosen to go on with this copy: the
 * finding and the acceptance are one audit row, and the anchor is written at the head that row
 * makes, so the acceptance itself is inside what the anchor seals. A key file from another
 * register is never accepted: the anchor is keyed to the register id, so re-anchoring would not
 * even end the alarm, and the key file that belongs to this database is the only fix.
 * Returns undefined when there was nothing to accept.
 */
export function acceptAuditHead(register: OpenRegister): { problem: AnchorProblem; seq: number } | undefined {
  const status = register.anchorProblem ?? checkAnchor(register.db, register.slots, register.dataKey);
  if (!isAnchorProblem(status)) return undefined;
  if (status.kind === 'foreign') throw new CoreError('KEYSLOTS_FOREIGN', 'a key file from another register is not accepted');
  appendAudit(register.db, {
    actor: register.actor,
    action: 'audit.anchor-accepted',
    details: { problem: status.kind, headSeq: status.headSeq, ...('anchorSeq' in status ? { anchorSeq: status.anchorSeq } : {}) },
  });
  const head = auditHead(register.db);
  const next = { ...register.slots, auditAnchor: makeAnchor(register.dataKey, register.slots.registerId, head) };
  // Written here rather than by flushAnchor, which only logs a failed write: the user must hear of it.
  writeKeySlots(register.dir, next);
  register.slots = next;
  register.anchorProblem = undefined;
  log.info('audit.anchor-accepted', { problem: status.kind });
  return { problem: status, seq: head.seq };
}

/** Audits the lock, closes the database (checkpointing the WAL) and wipes the key from memory. */
export function closeRegister(register: OpenRegister, reason: string): void {
  try {
    appendAudit(register.db, { actor: register.actor, action: 'register.locked', details: { reason } });
    flushAnchor(register);
  } catch (error) {
    // A full or read-only disk must not keep the register from locking: it closes all the same,
    // and the missing 'register.locked' row is said in the log rather than failing the lock.
    const code = toAppError(error).code;
    if (code !== 'DISK_FULL' && code !== 'READ_ONLY' && code !== 'IO_ERROR') throw error;
    log.warn('register.lock-not-audited', { code });
  } finally {
    register.db.close();
    register.dataKey.fill(0);
    markClosed(register.dir);
  }
}
