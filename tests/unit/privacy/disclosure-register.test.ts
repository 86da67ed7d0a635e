import { randomBytes } from 'node:crypto';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_PURPOSES, DATA_CATEGORIES, type DataCategory } from '../../../shared/contract/consents-schemas';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { recordDisclosure } from '../../../electron/core/consents/disclosure-log';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { CoreError } from '../../../electron/core/errors';
import { cleanupTempDirs, tempDir } from '../core/helpers';

// The disclosure rule against a real (encrypted) register: random consents for random people
// and recipients, then random disclosures through recordDisclosure. A disclosure is logged only
// when a consent for that person, recipient and purpose, valid at that minute (given, not
// expired, not withdrawn) covers every category; a refused one writes nothing at all.

let db: Db;
const PEOPLE = [1, 2];
const ORGS = [1, 2, 3];

beforeAll(() => {
  const dir = tempDir();
  db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
  migrate(db);
  const now = '2026-01-01T00:00:00Z';
  for (const id of ORGS)
    db.prepare(
      `INSERT INTO organisations (id, name, sector, country, name_key, created_at, updated_at) VALUES (?, ?, 'job-centre', 'DK', ?, ?, ?)`,
    ).run(id, `Org ${id}`, `org ${id}`, now, now);
});
afterAll(() => {
  db.close();
  cleanupTempDirs();
});

const day = fc.integer({ min: 0, max: 40 }).map((n) => new Date(Date.UTC(2026, 2, 1 + n)).toISOString().slice(0, 10));
const minute = fc
  .tuple(day, fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 1, 29, 30, 59))
  .map(([d, h, m]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const consent = fc.record({
  person: fc.constantFrom(...PEOPLE),
  // Mostly sharing consents, so that both allowed and refused disclosures come up often.
  purpose: fc.oneof({ arbitrary: fc.constant('feedback-sharing' as const), weight: 4 }, fc.constantFrom(...CONSENT_PURPOSES)),
  org: fc.constantFrom(...ORGS),
  categories: fc.subarray([...DATA_CATEGORIES], { minLength: 1 }),
  givenOn: day,
  validDays: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  withdrawnAt: fc.option(minute, { nil: null }),
});
type ConsentCase = typeof consent extends fc.Arbitrary<infer T> ? T : never;

const request = fc.record({
  person: fc.constantFrom(...PEOPLE),
  org: fc.constantFrom(...ORGS),
  categories: fc.subarray([...DATA_CATEGORIES], { minLength: 1, maxLength: 2 }),
  at: minute,
});

function expiry(c: ConsentCase): string | null {
  return c.validDays === null ? null : new Date(Date.parse(`${c.givenOn}T00:00:00Z`) + c.validDays * 86_400_000).toISOString().slice(0, 10);
}

/** The plain reading of the rule, written apart from decide.ts. */
function oracle(consents: ConsentCase[], r: { person: number; org: number; categories: DataCategory[]; at: string }): boolean {
  const d = r.at.slice(0, 10);
  const valid = consents.filter(
    (c) =>
      c.person === r.person &&
      c.purpose === 'feedback-sharing' &&
      c.org === r.org &&
      c.givenOn <= d &&
      (expiry(c) === null || d <= expiry(c)!) &&
      (c.withdrawnAt === null || r.at < c.withdrawnAt),
  );
  return valid.length > 0 && r.categories.every((cat) => valid.some((c) => c.categories.includes(cat)));
}

function insertConsents(consents: ConsentCase[]): void {
  db.prepare('DELETE FROM consents').run();
  const insert = db.prepare(
    `INSERT INTO consents (person_kind, person_id, purpose, recipient_organisation_id, categories, given_on, method, expires_on,
       withdrawn_at, recorded_by, created_at, updated_at)
     VALUES ('mentee', ?, ?, ?, ?, ?, 'signed', ?, ?, 'owner', 'x', 'x')`,
  );
  for (const c of consents) {
    insert.run(
      c.person,
      c.purpose,
      c.purpose === 'feedback-sharing' ? c.org : null,
      JSON.stringify(c.categories),
      c.givenOn,
      expiry(c),
      c.withdrawnAt,
    );
  }
}

const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('disclosures against a register', () => {
  it('are logged exactly when a covering, unexpired, unwithdrawn consent exists, and refused ones write nothing', () => {
    let logged = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(consent, { maxLength: 8 }), fc.array(request, { minLength: 1, maxLength: 5 }), (consents, requests) => {
        insertConsents(consents);
        for (const r of requests) {
          const before = { disclosures: count('disclosures'), audit: count('audit_log') };
          const expected = oracle(consents, r);
          const attempt = () =>
            recordDisclosure(db, 'owner', {
              person: { kind: 'mentee', id: r.person },
              purpose: 'feedback-sharing',
              recipientOrganisationId: r.org,
              recipientLabel: `Org ${r.org}`,
              categories: r.categories,
              at: r.at,
            });
          if (expected) {
            const { id } = attempt();
            logged++;
            expect(count('disclosures')).toBe(before.disclosures + 1);
            const row = db.prepare('SELECT categories, consent_ids FROM disclosures WHERE id = ?').get(id) as {
              categories: string;
              consent_ids: string;
            };
            expect(JSON.parse(row.categories)).toEqual([...new Set(r.categories)]);
            // Every consent the row names is the person's, for that recipient, valid at that minute.
            const ids = JSON.parse(row.consent_ids) as number[];
            expect(ids.length).toBeGreaterThan(0);
            for (const cid of ids) {
              const c = db.prepare('SELECT * FROM consents WHERE id = ?').get(cid) as Record<string, string | number | null>;
              expect(c.person_id).toBe(r.person);
              expect(c.recipient_organisation_id).toBe(r.org);
              expect(c.given_on! <= r.at.slice(0, 10)).toBe(true);
              expect(c.withdrawn_at === null || r.at < (c.withdrawn_at as string)).toBe(true);
            }
          } else {
            expect(attempt).toThrow(CoreError);
            try {
              attempt();
            } catch (error) {
              expect((error as CoreError).code).toBe('CONSENT_MISSING');
            }
            refused++;
            expect({ disclosures: count('disclosures'), audit: count('audit_log') }).toEqual(before);
          }
        }
      }),
      { numRuns: 300 },
    );
    // Both sides of the rule were exercised, not only refusals.
    expect(logged).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('cannot be deleted or rewritten, only unlinked from an erased person', () => {
    db.prepare('DELETE FROM consents').run();
    db.prepare(
      `INSERT INTO consents (person_kind, person_id, purpose, recipient_organisation_id, categories, given_on, method, recorded_by, created_at, updated_at)
       VALUES ('mentee', 1, 'feedback-sharing', 1, '["attendance"]', '2026-01-01', 'signed', 'owner', 'x', 'x')`,
    ).run();
    const { id } = recordDisclosure(db, 'owner', {
      person: { kind: 'mentee', id: 1 },
      purpose: 'feedback-sharing',
      recipientOrganisationId: 1,
      recipientLabel: 'Org 1',
      categories: ['attendance'],
      at: '2026-02-01T10:00',
    });
    expect(() => db.prepare('DELETE FROM disclosures WHERE id = ?').run(id)).toThrow(/kept/);
    expect(() => db.prepare(`UPDATE disclosures SET categories = '[]' WHERE id = ?`).run(id)).toThrow(/kept/);
    expect(() => db.prepare('UPDATE disclosures SET person_id = 2 WHERE id = ?').run(id)).toThrow(/kept/);
    db.prepare('UPDATE disclosures SET person_id = NULL WHERE id = ?').run(id);
    expect(db.prepare('SELECT person_id, recipient_label FROM disclosures WHERE id = ?').get(id)).toEqual({
      person_id: null,
      recipient_label: 'Org 1',
    });
  });
});
