import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { appendAudit, type AuditInput } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { log } from '../logger';
import { fsyncDir, writeFileAtomic, writeTempBeside } from '../storage/atomic-write';
import { crashPoint } from '../storage/crash-point';
import { applyUserChange, UserChange } from '../users/user-change';
import { KEYSLOT_FILE, keySlotPath, readKeySlots, serialiseKeySlots, type KeySlotFile } from './keyslots';

// A key change (passphrase, recovery key, device slot, user added or removed) changes two
// things that no single transaction covers: keyslots.json and the database (its audit row, and
// for users the users table). It is a write-ahead intent (docs/security.md, "Key changes"):
//   1. the new keyslots.json is written to a temp file beside it and fsynced;
//   2. an intent file names the temp file, the old and new file's hashes and (sealed under the
//      data key, as it may name a user) the database change and its audit row;
//   3. the temp file is renamed over keyslots.json and the folder fsynced: the change is made;
//   4. one transaction applies the database change and the audit row, tagged with the intent;
//   5. the intent is removed.
// On the next unlock, an intent left behind is finished when keyslots.json is the new file
// (steps 4 and 5, unless the tagged audit row is already there) and rolled back, audited,
// when it is still the old one. Which credential works is always what keyslots.json says.

export const INTENT_FILE = 'keyslots.intent.json';
const TEMP_PREFIX = `.${KEYSLOT_FILE}.`;

const Sealed = z.object({ iv: z.string(), ct: z.string(), tag: z.string() });
const Intent = z.object({
  format: z.literal('bindeled-keyslot-intent'),
  version: z.literal(1),
  token: z.string().min(8),
  pid: z.number().int(),
  temp: z.string().startsWith(TEMP_PREFIX),
  oldSha256: z.string(),
  newSha256: z.string(),
  sealed: Sealed,
});
type Intent = z.infer<typeof Intent>;
const AuditShape = z.object({
  actor: z.string(),
  action: z.string(),
  entity: z.string().optional(),
  entityId: z.string().optional(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
const Payload = z.object({ audit: AuditShape, user: UserChange.optional() });
type Payload = z.infer<typeof Payload>;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const intentPath = (dir: string) => path.join(dir, INTENT_FILE);
const sealKey = (dataKey: Buffer, token: string) =>
  Buffer.from(hkdfSync('sha256', dataKey, Buffer.from(token, 'utf8'), 'bindeled keyslot intent v1', 32));

function seal(dataKey: Buffer, token: string, payload: Payload): z.infer<typeof Sealed> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(dataKey, token), iv).setAAD(Buffer.from(token, 'utf8'));
  const ct = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
  return { iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

function unseal(dataKey: Buffer, intent: Intent): Payload {
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(dataKey, intent.token), Buffer.from(intent.sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(intent.token, 'utf8')).setAuthTag(Buffer.from(intent.sealed.tag, 'base64'));
    const text = Buffer.concat([decipher.update(Buffer.from(intent.sealed.ct, 'base64')), decipher.final()]).toString('utf8');
    return Payload.parse(JSON.parse(text));
  } catch {
    throw new CoreError('KEYSLOTS_CORRUPT', 'key-change intent');
  }
}

/** A write the register folder refused: said in the user's words, and nothing was changed. */
function folderError(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  return code === 'EROFS' || code === 'EACCES' || code === 'EPERM' ? new CoreError('REGISTER_FOLDER_READ_ONLY', String(code)) : error;
}

/** Applies the database half of a change and its audit row, tagged with the intent's token. */
function commitDb(db: Db, token: string, payload: Payload, recovered: boolean): void {
  const audit: AuditInput = { ...payload.audit, details: { ...payload.audit.details, change: token, ...(recovered ? { recovered } : {}) } };
  db.transaction(() => {
    if (payload.user) applyUserChange(db, payload.user);
    appendAudit(db, audit);
  })();
}

export interface KeySlotChange {
  /** The audit row of the change (its details get the intent's token). */
  audit: AuditInput;
  /** The users-table half of a user added or removed. */
  user?: z.infer<typeof UserChange>;
}

/**
 * Replaces keyslots.json with `next` and commits `change` to the database, so that a crash at
 * any step leaves the old or the new state, always audited (see the top of this file).
 */
export function commitKeySlotChange(
  dir: string,
  db: Db,
  dataKey: Buffer,
  current: KeySlotFile,
  next: KeySlotFile,
  change: KeySlotChange,
): void {
  const target = keySlotPath(dir);
  const oldText = readFileSync(target);
  if (readKeySlots(dir).registerId !== current.registerId) throw new CoreError('KEYSLOTS_CORRUPT', 'register changed');
  const newText = serialiseKeySlots(next);
  const token = randomUUID();
  const payload: Payload = Payload.parse(change);
  let temp: string;
  try {
    temp = writeTempBeside(target, Buffer.from(newText, 'utf8'));
  } catch (error) {
    throw folderError(error);
  }
  crashPoint('temp-written');
  const intent: Intent = {
    format: 'bindeled-keyslot-intent',
    version: 1,
    token,
    pid: process.pid,
    temp: path.basename(temp),
    oldSha256: sha256(oldText),
    newSha256: sha256(newText),
    sealed: seal(dataKey, token, payload),
  };
  try {
    writeFileAtomic(intentPath(dir), `${JSON.stringify(intent, null, 2)}\n`);
    crashPoint('intent-written');
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    rmSync(intentPath(dir), { force: true });
    throw folderError(error);
  }
  crashPoint('renamed');
  fsyncDir(dir);
  crashPoint('dir-synced');
  try {
    commitDb(db, token, payload, false);
  } catch (error) {
    // The database refused (a full disk): put the old key slots back. If even that fails, the
    // intent stays and the next unlock finishes the change, since keyslots.json is the new one.
    try {
      writeFileAtomic(target, oldText);
      rmSync(intentPath(dir), { force: true });
    } catch (restoreError) {
      log.warn('keyslots.restore-failed', { code: (restoreError as { code?: string }).code ?? 'unknown' });
    }
    throw error;
  }
  crashPoint('audit-committed');
  rmSync(intentPath(dir), { force: true });
  crashPoint('intent-removed');
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

const hasTaggedAudit = (db: Db, token: string) =>
  db.prepare("SELECT 1 FROM audit_log WHERE json_extract(details, '$.change') = ? LIMIT 1").get(token) !== undefined;

/** What unlock's recovery did: nothing, left another process's change alone, or finished / rolled back one. */
export type KeyChangeRecovery =
  | { outcome: 'none' | 'in-flight' }
  /** `action` is the interrupted change's audit action (passphrase.changed, user.added …). */
  | { outcome: 'finished' | 'rolled-back'; action: string };

/**
 * On unlock, with the database open: finishes or rolls back a key change a crash interrupted,
 * and removes temp key-slot files no intent names. Returns what it did, for the log and the user.
 */
export function recoverKeySlotChange(dir: string, db: Db, dataKey: Buffer): KeyChangeRecovery {
  const file = intentPath(dir);
  let outcome: KeyChangeRecovery = { outcome: 'none' };
  if (existsSync(file)) {
    let intent: Intent;
    try {
      intent = Intent.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      throw new CoreError('KEYSLOTS_CORRUPT', 'key-change intent');
    }
    // Another process that has this register open is in the middle of it: not ours to touch.
    if (alive(intent.pid)) return { outcome: 'in-flight' };
    const payload = unseal(dataKey, intent);
    const current = sha256(readFileSync(keySlotPath(dir)));
    if (current === intent.newSha256) {
      if (!hasTaggedAudit(db, intent.token)) commitDb(db, intent.token, payload, true);
      outcome = { outcome: 'finished', action: payload.audit.action };
    } else {
      // keyslots.json never became the new file: the change did not happen, and the log says so.
      if (!hasTaggedAudit(db, intent.token)) {
        appendAudit(db, {
          actor: payload.audit.actor,
          action: 'keyslots.change-rolled-back',
          details: { action: payload.audit.action, change: intent.token },
        });
      }
      outcome = { outcome: 'rolled-back', action: payload.audit.action };
    }
    rmSync(path.join(dir, intent.temp), { force: true });
    rmSync(file, { force: true });
    fsyncDir(dir);
  }
  // Temp files of writes that died before their intent was written (only ours, by name).
  for (const name of readdirSync(dir)) {
    if (name.startsWith(TEMP_PREFIX) && name.endsWith('.tmp')) {
      const pid = Number(name.slice(TEMP_PREFIX.length).split('.')[0]);
      if (!alive(pid)) rmSync(path.join(dir, name), { force: true });
    }
  }
  if (outcome.outcome !== 'none') log.info('keyslots.change-recovered', { ...outcome });
  return outcome;
}
