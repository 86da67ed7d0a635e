import { createRequire } from 'node:module';
import path from 'node:path';
import { it } from 'vitest';
import { dbPath } from '../../../electron/core/db/driver';
import { closeRegister, createRegister, unlockRegister } from '../../../electron/core/register/open-register';
import { verifyRegisterReadOnly } from '../../../electron/core/register/verify-read-only';
import { dataKeyOf, PASSPHRASE, tempDir } from './helpers';

// What the audit-anchor tests share: registers with some history, the read-only check, and edits
// of a locked register's database the way someone without Bindeled would make them: with
// standard SQLCipher 4 (@journeyapps/sqlcipher) given the raw data key.

export const secret = { kind: 'passphrase' as const, passphrase: PASSPHRASE };

/** A closed register with a few sessions' worth of audit rows. */
export async function register(name = 'Ankerforeningen'): Promise<string> {
  const dir = path.join(tempDir(), 'register');
  const created = await createRegister({ dir, organisationName: name, language: 'da', passphrase: PASSPHRASE });
  closeRegister(created.register, 'user');
  await work(dir);
  return dir;
}

/** One unlock and lock: two more audit rows. */
export async function work(dir: string): Promise<void> {
  closeRegister(await unlockRegister(dir, secret), 'user');
}

/** verify (read-only) and its audit_anchor check. */
export async function anchorCheck(dir: string) {
  const report = await verifyRegisterReadOnly(dir, secret);
  return { report, anchor: report.checks.find((c) => c.name === 'audit_anchor') };
}

const require = createRequire(import.meta.url);
let sqlcipher: typeof import('@journeyapps/sqlcipher') | undefined;
let missing = '';
try {
  sqlcipher = require('@journeyapps/sqlcipher') as typeof import('@journeyapps/sqlcipher');
} catch (error) {
  missing = (error as Error).message.split('\n')[0] ?? 'unknown';
}
const onCi = process.env.CI === 'true';
if (!sqlcipher && !onCi)
  console.warn(`[audit-anchor] skipping the SQLCipher edits: @journeyapps/sqlcipher could not be loaded (${missing})`);
/** `it`, skipped with the printed reason above when SQLCipher cannot be loaded (never on CI). */
export const withSqlcipher: ReturnType<typeof it.skipIf> = it.skipIf(!sqlcipher && !onCi);

/** Runs SQL on a locked register with standard SQLCipher 4 and the raw data key. */
export async function sqlcipherExec(dir: string, sql: string): Promise<void> {
  if (!sqlcipher) throw new Error(`CI=true but @journeyapps/sqlcipher is not available: ${missing}`);
  const hex = (await dataKeyOf(dir)).toString('hex');
  await new Promise<void>((resolve, reject) => {
    const db = new sqlcipher!.Database(dbPath(dir), (openError) => openError && reject(openError));
    db.serialize(() => {
      db.run('PRAGMA cipher_compatibility = 4');
      db.run(`PRAGMA key = "x'${hex}'"`);
      db.exec(sql, (error) => {
        db.close((closeError) => ((error ?? closeError) ? reject(error ?? closeError) : resolve()));
      });
    });
  });
}
