import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { log as logger } from '../logger';
import { fsyncDir, vanished, writeTempBeside } from './atomic-write';

// Files that are disclosures (feedback reports, access exports…) must never be in the folder
// without their log row, whatever moment the process dies at. Three steps:
//   1. each file is written to a temp file beside its target and fsynced;
//   2. an intent (target, temp, hash) is committed;
//   3. one transaction writes the log rows, renames every temp file into place and deletes the
//      intents; then the folders are fsynced.
// Killed before 3 commits, the intent is still there on the next unlock, and
// recoverOutputIntents removes what it names: the file was never logged. Killed after, the log
// and the files agree. A failure inside step 3 rolls back and removes the files at once.
// Once step 3 has committed, the output has happened: the files were renamed into place and the
// disclosure is logged. A folder fsync that fails after that (the folder removed or its stick
// pulled out in between) is logged as a warning and the write reported as done, never as a
// failure of something that was in fact written and logged.

export interface OutputFile {
  target: string;
  data: Uint8Array;
}

export interface LoggedOutput<T> {
  value: T;
  files: { target: string; sha256: string }[];
}

const sha256Of = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The folder fsync after the log has committed: a failure is a warning, not a failed output (see the top). */
function fsyncAfterCommit(dir: string): void {
  try {
    fsyncDir(dir);
  } catch (error) {
    logger.warn('output.folder-fsync-failed', { code: (error as { code?: string }).code ?? 'unknown', folderGone: !existsSync(dir) });
  }
}

/**
 * Puts `files` in place and commits `log` (given each file's hash) so that either both happen
 * or, after a crash, neither is left: see the comment at the top.
 */
export function writeLoggedOutput<T>(db: Db, files: OutputFile[], log: (hashes: string[]) => T): LoggedOutput<T> {
  const written: { target: string; temp: string; sha256: string }[] = [];
  try {
    for (const file of files)
      written.push({ target: file.target, temp: writeTempBeside(file.target, file.data), sha256: sha256Of(file.data) });
  } catch (error) {
    for (const w of written) rmSync(w.temp, { force: true });
    throw error;
  }
  let intentIds: number[];
  try {
    const insert = db.prepare('INSERT INTO output_intents (target, temp, sha256) VALUES (?, ?, ?)');
    intentIds = db.transaction(() => written.map((w) => Number(insert.run(w.target, w.temp, w.sha256).lastInsertRowid)))();
  } catch (error) {
    for (const w of written) rmSync(w.temp, { force: true });
    throw error;
  }
  const removeIntent = db.prepare('DELETE FROM output_intents WHERE id = ?');
  const renamed: string[] = [];
  let value: T;
  try {
    value = db.transaction(() => {
      const result = log(written.map((w) => w.sha256));
      for (const w of written) {
        renameSync(w.temp, w.target);
        renamed.push(w.target);
      }
      for (const id of intentIds) removeIntent.run(id);
      return result;
    })();
  } catch (error) {
    // Nothing was logged: the files go (the temp files, and any already renamed into place).
    for (const w of written) rmSync(renamed.includes(w.target) ? w.target : w.temp, { force: true });
    try {
      db.transaction(() => intentIds.forEach((id) => removeIntent.run(id)))();
    } catch {
      // Left for recoverOutputIntents on the next unlock; the files are already gone.
    }
    // A folder pulled away between the temp file and its rename: said as such, not as ENOENT.
    const failed = written.find((w) => !renamed.includes(w.target)) ?? written[0];
    throw failed ? vanished(error, path.dirname(failed.target)) : error;
  }
  for (const dir of new Set(written.map((w) => path.dirname(w.target)))) fsyncAfterCommit(dir);
  return { value, files: written.map((w) => ({ target: w.target, sha256: w.sha256 })) };
}

/**
 * Like writeLoggedOutput for one file too large to hold in memory: `write` streams its bytes
 * (it may be cancelled with a signal and throw). The intent is committed before the first byte,
 * with no hash yet, so a crash while writing leaves a temp file that the next unlock removes; a
 * failure or a cancel removes it at once. The log is committed only once the file is complete.
 */
export async function writeLoggedStream<T>(
  db: Db,
  target: string,
  write: (sink: (chunk: Uint8Array) => void) => Promise<void>,
  log: (sha256: string) => T,
): Promise<T> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const intentId = Number(
    db.prepare("INSERT INTO output_intents (target, temp, sha256) VALUES (?, ?, '')").run(target, temp).lastInsertRowid,
  );
  const removeIntent = () => db.prepare('DELETE FROM output_intents WHERE id = ?').run(intentId);
  const hash = createHash('sha256');
  let fd: number | null = null;
  let renamed = false;
  let committed: { value: T };
  try {
    fd = openSync(temp, 'wx', 0o600);
    const out = fd;
    await write((chunk) => {
      hash.update(chunk);
      let offset = 0;
      while (offset < chunk.length) offset += writeSync(out, chunk, offset, chunk.length - offset);
    });
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    const sha256 = hash.digest('hex');
    const value = db.transaction(() => {
      const result = log(sha256);
      renameSync(temp, target);
      renamed = true;
      removeIntent();
      return result;
    })();
    committed = { value };
  } catch (error) {
    if (fd !== null) closeSync(fd);
    // Nothing was logged: the file goes, whether still a temp file or already renamed.
    rmSync(renamed ? target : temp, { force: true });
    try {
      removeIntent();
    } catch {
      // Left for recoverOutputIntents on the next unlock; the temp file is already gone.
    }
    throw vanished(error, path.dirname(target));
  }
  fsyncAfterCommit(path.dirname(target));
  return committed.value;
}

const hashOf = (file: string): string | null => {
  try {
    return sha256Of(readFileSync(file));
  } catch {
    return null;
  }
};

/**
 * On unlock: removes the files of outputs whose log never committed (the process died between
 * steps 2 and 3). A target is removed only while it still holds exactly the bytes written, so a
 * file the user has put there since is kept. Returns how many files were removed.
 */
export function recoverOutputIntents(db: Db, actor: string): number {
  const intents = db.prepare('SELECT id, target, temp, sha256 FROM output_intents ORDER BY id').all() as {
    id: number;
    target: string;
    temp: string;
    sha256: string;
  }[];
  if (intents.length === 0) return 0;
  let removed = 0;
  for (const intent of intents) {
    if (existsSync(intent.temp)) {
      rmSync(intent.temp, { force: true });
      removed += 1;
    }
    if (hashOf(intent.target) === intent.sha256) {
      rmSync(intent.target, { force: true });
      removed += 1;
    }
  }
  db.transaction(() => {
    db.prepare('DELETE FROM output_intents').run();
    appendAudit(db, { actor, action: 'output.removed-after-crash', details: { intents: intents.length, removed } });
  })();
  return removed;
}
