import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { ConsentInput } from '../../../shared/contract/consents-schemas';
import { MenteeInput } from '../../../shared/contract/mentoring-schemas';
import { OrganisationInput } from '../../../shared/contract/partners-schemas';
import { saveConsent } from '../../../electron/core/consents/consents-repo';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { saveMentee } from '../../../electron/core/mentoring/mentees-repo';
import { saveOrganisation } from '../../../electron/core/partners/organisations-repo';

// Shared by the consents repository tests (consents-repo.test.ts: recording and evidence;
// consents-repo-withdrawal.test.ts: withdrawal and reminders): a real encrypted register with
// two partner organisations, opened before a file's tests, and "refused, nothing changed".

export let db: Db;
export let jobcentre: number;
export let housing: number;
export const ACTOR = 'owner';
const made: string[] = [];
export const tempDir = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'bindeled-consents-'));
  made.push(d);
  return d;
};
const cleanupTempDirs = () => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));

export const mentee = (name: string) => saveMentee(db, MenteeInput.parse({ name }), ACTOR);
export const save = (input: Record<string, unknown>) => saveConsent(db, ConsentInput.parse(input), ACTOR);

/** Everything a refused call could have touched. */
function snapshot() {
  const all = (sql: string) => db.prepare(sql).all();
  return JSON.stringify([
    all('SELECT * FROM consents ORDER BY id'),
    all('SELECT id, sha256 FROM files ORDER BY id'),
    all('SELECT * FROM erasure_queue ORDER BY id'),
    all('SELECT seq, action FROM audit_log ORDER BY seq'),
    all('SELECT * FROM settings ORDER BY key'),
  ]);
}

/** The call fails with `code` and leaves every table it could have touched as it was. */
export function refuses(code: string, fn: () => unknown) {
  const before = snapshot();
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect((thrown as { code?: string } | undefined)?.code, String(thrown)).toBe(code);
  expect(snapshot()).toBe(before);
}

/** Opens the register (Kolding job centre, a housing-social partner) before the file's tests, removes it after. */
export function useConsentsRegister(): void {
  beforeAll(() => {
    const dir = tempDir();
    db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
    migrate(db);
    jobcentre = saveOrganisation(db, OrganisationInput.parse({ name: 'Jobcenter Kolding', sector: 'job-centre' }), ACTOR);
    housing = saveOrganisation(db, OrganisationInput.parse({ name: 'Boligsocialt Hus', sector: 'housing-social' }), ACTOR);
  });
  afterAll(() => {
    db.close();
    cleanupTempDirs();
  });
}
