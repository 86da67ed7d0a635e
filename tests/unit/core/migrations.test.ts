import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dbPath, openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations';
import { m0001Initial } from '../../../electron/core/db/migrations/0001-initial';
import type { Migration } from '../../../electron/core/db/migrations/types';
import { callFails, cleanupTempDirs, createRegister, hashFolder, lock, newCore, REPO_ROOT, tempDir, withDb } from './helpers';

afterAll(cleanupTempDirs);

/** A new, empty encrypted database in a temp folder. */
function freshDb(): Db {
  return openDatabase(dbPath(tempDir()), randomBytes(32), { create: true });
}

function tables(db: Db): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
}

function schemaSql(db: Db): string {
  return (
    (db.prepare('SELECT group_concat(sql, char(10)) AS s FROM (SELECT sql FROM sqlite_schema ORDER BY name)').get() as { s: string | null })
      .s ?? ''
  );
}

describe('the migration list', () => {
  it('numbers migrations 1..N without gaps, one file each', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    const files = readdirSync(path.join(REPO_ROOT, 'electron/core/db/migrations')).filter(
      (f) => /^\d{4}-.+\.ts$/.test(f) && !f.endsWith('.test.ts'),
    );
    expect(files.map((f) => Number(f.slice(0, 4))).sort((a, b) => a - b)).toEqual(MIGRATIONS.map((m) => m.version));
  });
});

describe('0001 initial', () => {
  it('creates STRICT settings and audit_log tables and sets user_version', () => {
    const db = freshDb();
    try {
      expect(migrate(db, [m0001Initial])).toEqual({ from: 0, to: 1 });
      expect(schemaVersion(db)).toBe(1);
      expect(tables(db)).toEqual(['audit_log', 'settings']);
      const strict = db
        .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name IN ('settings', 'audit_log')")
        .all();
      expect(strict).toEqual(
        expect.arrayContaining([
          { name: 'settings', strict: 1 },
          { name: 'audit_log', strict: 1 },
        ]),
      );
      // STRICT means a wrong type is refused, not silently stored.
      expect(() => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('k', Buffer.from([1, 2]))).toThrow(
        /cannot store BLOB value in TEXT column/,
      );
    } finally {
      db.close();
    }
  });

  it('makes the audit log append-only: UPDATE and DELETE are refused', () => {
    const db = freshDb();
    try {
      migrate(db, [m0001Initial]);
      db.prepare("INSERT INTO audit_log (seq, at, actor, action, prev_hash, hash) VALUES (1, 'now', 'owner', 'x', 'p', 'h')").run();
      expect(() => db.prepare("UPDATE audit_log SET action = 'y'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
      expect(db.prepare('SELECT action FROM audit_log').all()).toEqual([{ action: 'x' }]);
    } finally {
      db.close();
    }
  });
});

describe('migrate()', () => {
  it('brings a new database to the latest version and is idempotent', () => {
    const db = freshDb();
    try {
      expect(migrate(db)).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION });
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
    } finally {
      db.close();
    }
  });

  it('runs all pending migrations in one transaction: a failing one leaves version and schema unchanged', () => {
    const creates: Migration = { version: 2, name: 'creates', up: (db) => db.exec('CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT') };
    const fails: Migration = {
      version: 3,
      name: 'fails',
      up: (db) => {
        db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT');
        throw new Error('boom');
      },
    };
    // From nothing: 0001 and 2 would succeed, 3 fails, so none of them may remain.
    const empty = freshDb();
    try {
      expect(() => migrate(empty, [m0001Initial, creates, fails])).toThrow('boom');
      expect(schemaVersion(empty)).toBe(0);
      expect(tables(empty)).toEqual([]);
    } finally {
      empty.close();
    }
    // From version 1: the pending 2 and 3 roll back together.
    const db = freshDb();
    try {
      migrate(db, [m0001Initial]);
      const before = schemaSql(db);
      expect(() => migrate(db, [m0001Initial, creates, fails])).toThrow('boom');
      expect(schemaVersion(db)).toBe(1);
      expect(schemaSql(db)).toBe(before);
      expect(migrate(db, [m0001Initial, creates])).toEqual({ from: 1, to: 2 });
      expect(tables(db)).toContain('extra');
    } finally {
      db.close();
    }
  });

  it('refuses a register written by a newer version with REGISTER_FROM_NEWER_VERSION and leaves it unchanged', async () => {
    const t = newCore();
    const { dir } = await createRegister(t.core);
    await lock(t.core);
    await withDb(dir, (db) => db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`));
    const before = hashFolder(dir);
    const error = await callFails(t.core, 'register:unlock', {
      dir,
      secret: { kind: 'passphrase', passphrase: 'correct horse battery staple' },
    });
    expect(error.code).toBe('REGISTER_FROM_NEWER_VERSION');
    expect(hashFolder(dir)).toEqual(before);
    expect((await callFails(t.core, 'settings:get', {})).code).toBe('REGISTER_LOCKED');
    await withDb(dir, (db) => expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 1));
    t.core.shutdown();
  });
});

describe('0002 partners', () => {
  it('adds the partner tables as STRICT, with a full-text index that folds accents', () => {
    const db = freshDb();
    try {
      expect(migrate(db)).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION });
      const names = tables(db);
      for (const table of [
        'organisations',
        'contacts',
        'offers',
        'memberships',
        'networks',
        'network_members',
        'interactions',
        'import_mappings',
      ]) {
        expect(names).toContain(table);
        expect((db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(table) as { strict: number }).strict).toBe(1);
      }
      db.prepare(
        "INSERT INTO search_index (rowid, kind, ref, label, subtitle, title, body, sounds) VALUES (1, 'contact', 1, 'x', '', 'çağla', '', '')",
      ).run();
      expect(db.prepare("SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'cagla'").get()).toEqual({ n: 1 });
      // Deleting an organisation takes its offers and memberships with it (foreign keys are on).
      db.exec(`INSERT INTO organisations (id, name, sector, country, name_key, created_at, updated_at) VALUES (1, 'O', 'other', 'DK', 'o', 't', 't');
               INSERT INTO offers (organisation_id, title) VALUES (1, 'Tilbud');`);
      db.exec('DELETE FROM organisations WHERE id = 1');
      expect(db.prepare('SELECT count(*) AS n FROM offers').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
