import path from 'node:path';
import { appendAudit } from '../audit/audit-log';
import { readKeySlots, unwrapWithPassphrase } from '../crypto/keyslots';
import { dbPath, openDatabase } from '../db/driver';
import { schemaVersion } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

// For the command-line tool only, never a contract channel: the renderer must not be able to
// ask for the raw data key. An administrator uses it to open the register with standard
// SQLCipher tools in an emergency (e.g. when this app can no longer start).

export interface ExportedKey {
  /** The raw 256-bit data key, 64 lowercase hex characters. */
  keyHex: string;
  /** Whether the export was written to the audit log. It cannot be when the database is damaged. */
  audited: boolean;
  /** Why it was not audited (an error code), for the warning the CLI prints. */
  auditError?: string;
}

/**
 * Unwraps the data key with a passphrase and records the export in the audit log. The key is
 * unwrapped before the database is opened, so a wrong passphrase touches no file. A damaged or
 * newer database still yields the key (that is when an administrator needs it), unaudited.
 */
export async function exportDataKey(dirInput: string, passphrase: string): Promise<ExportedKey> {
  const dir = path.resolve(dirInput);
  const slots = readKeySlots(dir);
  const { dataKey, slot } = await unwrapWithPassphrase(slots, passphrase);
  const keyHex = dataKey.toString('hex');
  try {
    const db = openDatabase(dbPath(dir), dataKey, { create: false });
    try {
      // Never write into a schema this version does not know.
      if (schemaVersion(db) > LATEST_SCHEMA_VERSION) return { keyHex, audited: false, auditError: 'REGISTER_FROM_NEWER_VERSION' };
      db.transaction(() => appendAudit(db, { actor: slot.user, action: 'data-key.exported', details: { tool: 'cli' } }))();
      return { keyHex, audited: true };
    } finally {
      db.close();
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { keyHex, audited: false, auditError: typeof code === 'string' ? code : 'unknown' };
  } finally {
    dataKey.fill(0);
  }
}
