import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { consentStateAt } from '../../../electron/core/consents/decide';
import { consentReminders } from '../../../electron/core/consents/reminders';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { generateDemo } from '../../../electron/core/demo/generate';

// The consents in the size-s demo register: plausible, consistent with the rules the repository
// enforces, deterministic, and with something for each reminder list.

const TODAY = '2026-11-27';
const dirs: string[] = [];
const fresh = (): Db => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-consents-demo-'));
  dirs.push(dir);
  const db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
  migrate(db);
  return db;
};
let db: Db;

beforeAll(() => {
  db = fresh();
  generateDemo(db, 's', 'owner', undefined, TODAY);
}, 120_000);
afterAll(() => {
  db.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

type Row = {
  id: number;
  person_id: number;
  purpose: string;
  recipient_organisation_id: number | null;
  categories: string;
  given_on: string;
  expires_on: string | null;
  withdrawn_at: string | null;
  method: string;
  witness: string;
  template_id: number | null;
};

describe('demo consents', () => {
  it('gives every mentor a registration consent, and most of them one for anonymous statistics', () => {
    const mentors = (db.prepare('SELECT count(*) AS n FROM mentors').get() as { n: number }).n;
    const of = (purpose: string) =>
      (
        db.prepare("SELECT count(DISTINCT person_id) AS n FROM consents WHERE person_kind = 'mentor' AND purpose = ?").get(purpose) as {
          n: number;
        }
      ).n;
    expect(of('registration')).toBe(mentors);
    expect(of('statistics')).toBeGreaterThan(mentors * 0.6);
    expect(of('statistics')).toBeLessThan(mentors);
    expect(of('feedback-sharing')).toBe(0);
  });

  it('gives every mentee a registration consent and feedback consents to referring partners', () => {
    const consents = db.prepare("SELECT * FROM consents WHERE person_kind = 'mentee'").all() as Row[];
    const mentees = (db.prepare('SELECT count(*) AS n FROM mentees').get() as { n: number }).n;
    const registration = new Set(consents.filter((c) => c.purpose === 'registration').map((c) => c.person_id));
    expect(registration.size).toBe(mentees);
    const sharing = consents.filter((c) => c.purpose === 'feedback-sharing');
    expect(sharing.length).toBeGreaterThan(mentees / 3);
    expect(sharing.every((c) => c.recipient_organisation_id !== null)).toBe(true);
    expect(consents.filter((c) => c.purpose !== 'feedback-sharing').every((c) => c.recipient_organisation_id === null)).toBe(true);
    // Typical categories: attendance, goals and outcome mostly; notes rarely.
    const share = (cat: string) => sharing.filter((c) => (JSON.parse(c.categories) as string[]).includes(cat)).length / sharing.length;
    expect(share('attendance')).toBeGreaterThan(0.8);
    expect(share('notes')).toBeLessThan(0.1);
    expect(share('notes')).toBeGreaterThan(0);
    // The rules of the repository hold for every row.
    for (const c of consents) {
      expect(c.expires_on === null || c.expires_on >= c.given_on).toBe(true);
      expect(c.method !== 'verbal-witness' || c.witness !== '').toBe(true);
      expect(c.withdrawn_at === null || c.withdrawn_at.slice(0, 10) > c.given_on).toBe(true);
      expect(c.given_on <= TODAY).toBe(true);
    }
    const states = consents.map((c) =>
      consentStateAt({ givenOn: c.given_on, expiresOn: c.expires_on, withdrawnAt: c.withdrawn_at }, `${TODAY}T12:00`),
    );
    expect(states.filter((s) => s === 'withdrawn').length).toBeGreaterThan(0);
    expect(states.filter((s) => s === 'expired').length).toBeGreaterThan(0);
    expect(states.filter((s) => s === 'valid').length).toBeGreaterThan(consents.length / 2);
    expect(consents.some((c) => c.template_id !== null)).toBe(true);
  });

  it('queues exactly the mentees and mentors whose registration consent was withdrawn', () => {
    const queued = db
      .prepare("SELECT person_kind, person_id FROM erasure_queue WHERE reason = 'withdrawal' ORDER BY person_kind, person_id")
      .all();
    const withdrawn = db
      .prepare(
        "SELECT person_kind, person_id FROM consents WHERE purpose = 'registration' AND withdrawn_at IS NOT NULL ORDER BY person_kind, person_id",
      )
      .all();
    expect(queued).toEqual(withdrawn);
  });

  it('has something in both reminder lists', () => {
    const r = consentReminders(db, 30, `${TODAY}T12:00`);
    expect(r.expiring.length).toBeGreaterThan(0);
    expect(r.uncovered.length).toBeGreaterThan(0);
    expect(r.uncovered.length).toBeLessThan(
      (db.prepare("SELECT count(*) AS n FROM cases WHERE status <> 'closed'").get() as { n: number }).n / 4,
    );
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('is the same from the same seed and day', () => {
    const again = fresh();
    generateDemo(again, 's', 'owner', undefined, TODAY);
    const sql =
      'SELECT person_id, purpose, recipient_organisation_id, categories, given_on, expires_on, withdrawn_at, method FROM consents ORDER BY id';
    expect(again.prepare(sql).all()).toEqual(db.prepare(sql).all());
    again.close();
  }, 120_000);
});
