import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { generateDemo } from '../../../electron/core/demo/generate';
import { CoreError } from '../../../electron/core/errors';
import {
  applyRetention,
  planRetention,
  readRetentionPolicy,
  retentionCalendar,
  retentionItems,
  saveRetentionPolicy,
} from '../../../electron/core/erasure/retention';
import { MenteeInput } from '../../../shared/contract';
import { RETENTION_RULES } from '../../../shared/contract/erasure';
import { cleanupTempDirs, tempDir } from '../core/helpers';
import { saveMentee } from '../../../electron/core/mentoring/mentees-repo';

// Retention on the size-s demo register (120 mentees, 40 mentors, 300 contacts with courses,
// meetings and interactions spread over the past years). The dry run is the run rolled back, so
// it must list exactly the people, and count exactly the rows, that the run then erases or
// anonymises — and change nothing itself.

const DEMO_DAY = '2026-11-27';
let db: Db;

function everything(): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return tables
    .map(({ name }) => {
      const rows = db
        .prepare(`SELECT * FROM "${name}"`)
        .all()
        .map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
      return `${name}:${createHash('sha256').update(rows.sort().join('\n')).digest('hex')}`;
    })
    .join();
}

beforeAll(() => {
  db = openDatabase(path.join(tempDir(), 'register.db'), randomBytes(32), { create: true });
  migrate(db);
  generateDemo(db, 's', 'owner', 20261127, DEMO_DAY);
  // The demo refers every mentee onward; these three never got a course.
  for (const name of ['Hawa Jama', 'Omar Said', 'Lina Haddad']) saveMentee(db, MenteeInput.parse({ name }), 'owner');
});
afterAll(() => {
  db.close();
  cleanupTempDirs();
});

describe('retention', () => {
  it('falls due per rule: the period runs from the last course closed, registration, the end, the last contact', () => {
    const items = retentionItems(db);
    expect(new Set(items.map((i) => i.rule))).toEqual(
      new Set(['menteesAfterCourse', 'menteesWithoutCourse', 'mentorsAfterEnd', 'contactsAfterLastContact']),
    );
    const policy = readRetentionPolicy(db);
    for (const item of items.slice(0, 50)) {
      const months = policy[item.rule].months;
      const [y, m] = item.from.split('-').map(Number) as [number, number];
      const due = (y * 12 + m - 1 + months) % 12;
      expect(Number(item.dueOn.slice(5, 7)) - 1).toBe(due);
    }
    // A mentee with a course still running is never due.
    const running = db.prepare("SELECT DISTINCT mentee_id AS id FROM cases WHERE status <> 'closed'").all() as { id: number }[];
    const due = new Set(items.filter((i) => i.subject.kind === 'mentee').map((i) => i.subject.id));
    expect(running.some((r) => due.has(r.id))).toBe(false);
  });

  it('shows what is overdue and what falls due in each of the next twelve months', () => {
    const calendar = retentionCalendar(db, DEMO_DAY);
    expect(calendar.months.map((m) => m.month)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
    ]);
    // The counts are the people retentionItems lists, by rule and by the month they fall due.
    const items = retentionItems(db);
    const count = (keep: (i: (typeof items)[number]) => boolean) =>
      Object.fromEntries(RETENTION_RULES.map((r) => [r, items.filter((i) => i.rule === r && keep(i)).length]));
    expect(calendar.overdue).toEqual(count((i) => i.dueOn <= DEMO_DAY));
    for (const m of calendar.months) expect(m.due).toEqual(count((i) => i.dueOn > DEMO_DAY && i.dueOn.slice(0, 7) === m.month));
    const overdue = Object.values(calendar.overdue).reduce((a, b) => a + b, 0);
    expect(overdue).toBe(planRetention(db, DEMO_DAY).items.length);
    expect(overdue).toBeGreaterThan(0);
    expect(calendar.months.some((m) => Object.values(m.due).some((n) => n > 0))).toBe(true);
  });

  it("dates a contact's period from the kept last contact, as from their interactions", () => {
    const fromInteractions = new Map(
      (
        db
          .prepare(
            `SELECT k.id, max(substr(k.updated_at, 1, 10), coalesce((SELECT max(i.date) FROM interactions i
               JOIN interaction_contacts ic ON ic.interaction_id = i.id WHERE ic.contact_id = k.id), '')) AS "from" FROM contacts k`,
          )
          .all() as { id: number; from: string }[]
      ).map((r) => [r.id, r.from]),
    );
    const contacts = retentionItems(db).filter((i) => i.rule === 'contactsAfterLastContact');
    expect(contacts.length).toBeGreaterThan(100);
    for (const c of contacts) expect(c.from).toBe(fromInteractions.get(c.subject.id));
  });

  it('the dry run changes nothing and equals the real run, people and rows alike', () => {
    // Erase everything due two years from now: mentors whose courses are erased in the same run
    // are planned after them, on the register as the earlier erasures left it.
    saveRetentionPolicy(
      db,
      {
        menteesAfterCourse: { enabled: true, months: 12, action: 'erase' },
        menteesWithoutCourse: { enabled: true, months: 6, action: 'anonymise' },
        mentorsAfterEnd: { enabled: true, months: 6, action: 'erase' },
        contactsAfterLastContact: { enabled: true, months: 24, action: 'erase' },
      },
      'owner',
    );
    const today = '2028-11-27';
    const before = everything();
    const dry = planRetention(db, today);
    expect(everything()).toBe(before);
    expect(planRetention(db, today)).toEqual(dry);
    const kinds = new Set(dry.items.map((i) => `${i.subject.kind}.${i.action}`));
    expect(kinds).toEqual(new Set(['mentee.erase', 'mentee.anonymise', 'mentor.erase', 'contact.erase']));

    expect(() => applyRetention(db, today, 'not-the-dry-run', 'owner')).toThrow(CoreError);
    expect(everything()).toBe(before);

    const real = applyRetention(db, today, dry.fingerprint, 'owner');
    expect(real).toEqual(dry);
    expect(planRetention(db, today).items).toEqual([]);

    const audit = db.prepare("SELECT actor, details FROM audit_log WHERE action = 'retention.applied'").all() as {
      actor: string;
      details: string;
    }[];
    expect(audit).toHaveLength(1);
    const details = JSON.parse(audit[0]!.details) as Record<string, number | string>;
    expect(details.people).toBe(dry.items.length);
    for (const step of dry.steps) expect(details[`${step.table}.${step.action}`]).toBe(step.count);
    const erasedMentees = dry.items.filter((i) => i.subject.kind === 'mentee' && i.action === 'erase');
    expect(details['mentee.erased']).toBe(erasedMentees.length);
    for (const i of erasedMentees) expect(audit[0]!.details).not.toContain(i.label);

    expect(verifyAuditChain(db).ok).toBe(true);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
  });
});
