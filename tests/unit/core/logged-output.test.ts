import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/driver';
import { writeLoggedOutput } from '../../../electron/core/storage/logged-output';
import { call, cleanupTempDirs, createRegister, lock, newCore, tempDir, unlock, withDb } from './helpers';

// A file that is a disclosure is never in its folder without its log row, whatever moment the
// process dies at (electron/core/storage/logged-output.ts). The states a SIGKILL can leave are
// made by hand here, one by one, and the next unlock must clean each of them up;
// tests/unit/resilience/report-batch-crash.test.ts kills a real batch at random moments.

const sha = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');
const LOG_TABLE = `CREATE TABLE IF NOT EXISTS test_log (id INTEGER PRIMARY KEY, what TEXT NOT NULL) STRICT`;
const logged = (db: Db) => (db.prepare('SELECT what FROM test_log ORDER BY id').all() as { what: string }[]).map((r) => r.what);
const intents = (db: Db) => db.prepare('SELECT target FROM output_intents').all();
/** Files in a folder, hidden temp files included. */
const filesIn = (dir: string) => readdirSync(dir).sort();

let base: string;
beforeAll(async () => {
  const t = newCore();
  ({ dir: base } = await createRegister(t.core));
  await lock(t.core);
  t.core.shutdown();
  await withDb(base, (db) => db.exec(LOG_TABLE));
});
afterAll(cleanupTempDirs);

describe('writeLoggedOutput', () => {
  it('puts every file in place with the log row, and leaves no intent or temp file', async () => {
    const out = tempDir('bindeled-out-');
    const result = await withDb(base, (db) => {
      const written = writeLoggedOutput(
        db,
        [
          { target: path.join(out, 'a.docx'), data: Buffer.from('report A') },
          { target: path.join(out, 'a.json'), data: Buffer.from('{"a":1}') },
        ],
        (hashes) => {
          db.prepare('INSERT INTO test_log (what) VALUES (?)').run(hashes.join(','));
          return 'logged';
        },
      );
      return { written, log: logged(db), intents: intents(db) };
    });
    expect(result.written.value).toBe('logged');
    expect(result.written.files.map((f) => f.sha256)).toEqual([sha('report A'), sha('{"a":1}')]);
    expect(result.log.at(-1)).toBe(`${sha('report A')},${sha('{"a":1}')}`);
    expect(result.intents).toEqual([]);
    expect(filesIn(out)).toEqual(['a.docx', 'a.json']);
    expect(readFileSync(path.join(out, 'a.docx'), 'utf8')).toBe('report A');
  });

  it('a log that fails leaves no file, no temp file, no intent and no log row', async () => {
    const out = tempDir('bindeled-out-');
    const after = await withDb(base, (db) => {
      const before = logged(db);
      expect(() =>
        writeLoggedOutput(db, [{ target: path.join(out, 'b.docx'), data: Buffer.from('report B') }], () => {
          db.prepare('INSERT INTO test_log (what) VALUES (?)').run('half');
          throw new Error('CONSENT_MISSING');
        }),
      ).toThrow('CONSENT_MISSING');
      return { added: logged(db).slice(before.length), intents: intents(db) };
    });
    expect(after).toEqual({ added: [], intents: [] });
    expect(filesIn(out)).toEqual([]);
  });

  it('a second file that cannot be put in place takes the first one and the log row with it', async () => {
    const out = tempDir('bindeled-out-');
    // A folder where the second file should go: the rename onto it fails.
    mkdirSync(path.join(out, 'c.json'));
    writeFileSync(path.join(out, 'c.json', 'keep'), 'x');
    const after = await withDb(base, (db) => {
      const before = logged(db);
      expect(() =>
        writeLoggedOutput(
          db,
          [
            { target: path.join(out, 'c.docx'), data: Buffer.from('report C') },
            { target: path.join(out, 'c.json'), data: Buffer.from('{}') },
          ],
          () => db.prepare('INSERT INTO test_log (what) VALUES (?)').run('c'),
        ),
      ).toThrow();
      return { added: logged(db).slice(before.length), intents: intents(db) };
    });
    expect(after).toEqual({ added: [], intents: [] });
    expect(filesIn(out)).toEqual(['c.json']);
  });
});

describe('the next unlock after a crash between the intent and the log', () => {
  it('removes a file that was renamed into place but never logged, and a temp file never renamed; keeps a file the user put there', async () => {
    const t = newCore();
    const { dir } = await createRegister(t.core);
    await lock(t.core);
    const out = tempDir('bindeled-out-');
    // Killed after the rename, before the commit: the target holds the bytes, the temp is gone.
    const renamed = { target: path.join(out, 'Feedback M-0001.docx'), temp: path.join(out, '.Feedback M-0001.docx.1.1.tmp') };
    writeFileSync(renamed.target, 'never logged');
    // Killed before the rename: only the temp file is there.
    const unrenamed = { target: path.join(out, 'Feedback M-0002.docx'), temp: path.join(out, '.Feedback M-0002.docx.1.2.tmp') };
    writeFileSync(unrenamed.temp, 'never logged either');
    // The target is a file of the user's with other bytes (an older report): it stays.
    const users = { target: path.join(out, 'Feedback M-0003.docx'), temp: path.join(out, '.Feedback M-0003.docx.1.3.tmp') };
    writeFileSync(users.target, 'the user’s own file');
    writeFileSync(users.temp, 'never logged, third');
    await withDb(dir, (db) => {
      const insert = db.prepare('INSERT INTO output_intents (target, temp, sha256) VALUES (?, ?, ?)');
      insert.run(renamed.target, renamed.temp, sha('never logged'));
      insert.run(unrenamed.target, unrenamed.temp, sha('never logged either'));
      insert.run(users.target, users.temp, sha('never logged, third'));
    });

    await unlock(t.core, dir);
    expect(filesIn(out)).toEqual(['Feedback M-0003.docx']);
    expect(readFileSync(users.target, 'utf8')).toBe('the user’s own file');
    const audit = await call(t.core, 'audit:list', { filter: { action: 'output.removed-after-crash' } });
    expect(audit.total).toBe(1);
    const entry = audit.rows[0];
    expect(entry?.details).toEqual({ intents: 3, removed: 3 });
    const report = await call(t.core, 'register:verify', {});
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    await lock(t.core);
    expect(await withDb(dir, intents)).toEqual([]);

    // Nothing is left to do: the next unlock writes no second entry.
    await unlock(t.core, dir);
    const again = await call(t.core, 'audit:list', { filter: { action: 'output.removed-after-crash' } });
    expect(again.total).toBe(1);
    expect(existsSync(users.target)).toBe(true);
    await lock(t.core);
    t.core.shutdown();
  });
});
