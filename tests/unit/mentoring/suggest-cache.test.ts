import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/core/audit/audit-log';
import type { Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { generateDemo } from '../../../electron/core/demo/generate';
import { loadMatchMentors, suggestMentors } from '../../../electron/core/mentoring/suggest';
import { setMentorStatus } from '../../../electron/core/mentoring/mentors-repo';
import { writeSettings } from '../../../electron/core/register/settings-repo';

// Matching keeps the mentors it read per connection. A suggestion must never come from a stale
// list: after a mentor changes on this connection, or on another one (the command-line tool
// writing to the same register), the next suggestion sees it.

const TODAY = '2026-11-27';
let dir: string;
let a: Db;
let b: Db;
let menteeId: number;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-suggest-'));
  const file = path.join(dir, 'register.db');
  a = new Database(file);
  a.pragma('journal_mode = WAL');
  a.pragma('foreign_keys = ON');
  migrate(a);
  writeSettings(a, { organisationName: 'Test', defaultLanguage: 'da' });
  appendAudit(a, { actor: 'owner', action: 'register.created' });
  generateDemo(a, 's', 'owner', undefined, TODAY);
  b = new Database(file);
  b.pragma('foreign_keys = ON');
  menteeId = (a.prepare("SELECT mentee_id AS id FROM cases WHERE status = 'waiting' ORDER BY id LIMIT 1").get() as { id: number }).id;
});
afterAll(() => {
  a.close();
  b.close();
  rmSync(dir, { recursive: true, force: true });
});

const top = (db: Db) => suggestMentors(db, menteeId, 100, TODAY).suggestions.map((s) => s.mentorId);
const fresh = (db: Db) => {
  // The same ranking from a list read just now: what an uncached call would answer.
  const ids = loadMatchMentors(db)
    .filter((m) => m.status === 'active' && m.load < m.capacity)
    .map((m) => m.id);
  return ids.length;
};

describe('matching suggestions after changes', () => {
  it('drops a mentor paused on the same connection', () => {
    const before = top(a);
    expect(before.length).toBeGreaterThan(1);
    setMentorStatus(a, before[0] as number, 'paused', 'owner');
    const after = top(a);
    expect(after).not.toContain(before[0]);
    expect(after).toHaveLength(fresh(a));
  });

  it('drops a mentor paused by another connection to the same register', () => {
    const before = top(a);
    b.prepare("UPDATE mentors SET status = 'paused' WHERE id = ?").run(before[0]);
    const after = top(a);
    expect(after).not.toContain(before[0]);
    expect(after).toHaveLength(fresh(a));
  });
});
