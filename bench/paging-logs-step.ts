import type { z } from 'zod';
import { AuditPageQuery } from '../shared/contract/audit';
import { DisclosurePageQuery } from '../shared/contract/rights';
import { pageAudit } from '../electron/core/audit/audit-page';
import { auditFacets, listAudit } from '../electron/core/audit/audit-query';
import type { Db } from '../electron/core/db/driver';
import { forgetCounts } from '../electron/core/paging/pager';
import { pageDisclosures } from '../electron/core/rights/disclosure-page';
import { disclosuresOf } from '../electron/core/rights/disclosures';
import type { OpenRegister } from '../electron/core/register/open-register';

// The audit log and the disclosure log as their paged grids ask for them (audit:page,
// disclosures:page; one page of 100). The demo registers hold almost no audit rows or
// disclosures, so a log of a programme's size is written first (AUDIT_ROWS entries of a few years'
// work, DISCLOSURES feedback reports and access copies) inside a savepoint that is rolled back at
// the end: the cached registers stay as they were for the rows measured after these. "before" is
// the old call (audit:list by offset, rights:disclosures' first 1,000) on the schema without
// migration 11's indexes, dropped inside the same savepoint. Median of 7 runs after one warm-up.

export const AUDIT_ROWS = 500_000;
export const DISCLOSURES = 40_000;
type Row = { operation: string; encrypted: number | string; plain: number | string };

function median(fn: () => unknown): number {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    fn();
    runs.push(performance.now() - started);
  }
  return runs.sort((a, b) => a - b)[3] ?? 0;
}

// What a log of a few years holds: mostly openings of mentees' pages, some changes, rare exports.
const ACTIONS: [string, number][] = [
  ['mentee.viewed', 45],
  ['mentee.updated', 8],
  ['contact.updated', 10],
  ['contact.created', 4],
  ['case.updated', 10],
  ['meeting.logged', 15],
  ['consent.recorded', 5],
  ['register.unlocked', 3],
];
const WEIGHTS = ACTIONS.flatMap(([code, n]) => Array.from({ length: n }, () => code));

function fillLogs(db: Db): void {
  const orgs = (db.prepare('SELECT id, name FROM organisations ORDER BY id LIMIT 400').all() as { id: number; name: string }[]) ?? [];
  const audit = db.prepare(
    "INSERT INTO audit_log (at, actor, action, entity, entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, '{}', '', ?)",
  );
  const start = Date.parse('2023-01-01T08:00:00Z');
  for (let i = 0; i < AUDIT_ROWS; i++) {
    const code = i % 5000 === 0 ? 'audit.exported' : (WEIGHTS[(i * 7919) % WEIGHTS.length] ?? 'mentee.viewed');
    const entity = code.split('.')[0] ?? null;
    audit.run(new Date(start + i * 150_000).toISOString(), `user-${i % 12}`, code, entity, String(1 + (i % 20_000)), `bench-${i}`);
  }
  const disclosure = db.prepare(
    `INSERT INTO disclosures (at, person_kind, person_id, person_code, recipient_organisation_id, recipient_label, purpose, recorded_by)
     VALUES (?, 'mentee', ?, ?, ?, ?, ?, ?)`,
  );
  for (let i = 0; i < DISCLOSURES; i++) {
    const org = i % 10 === 0 ? undefined : orgs[i % orgs.length];
    const at = new Date(start + i * 2_000_000).toISOString().slice(0, 16);
    disclosure.run(
      at,
      1 + (i % 20_000),
      `MT-${i}`,
      org?.id ?? null,
      org?.name ?? 'The person',
      org ? 'feedback-sharing' : 'access',
      `user-${i % 12}`,
    );
  }
}

type Case = { label: string; run: (db: Db) => unknown };
const audit =
  (q: z.input<typeof AuditPageQuery>, fresh = false) =>
  (db: Db) => {
    if (fresh) forgetCounts(db);
    return pageAudit(db, AuditPageQuery.parse(q));
  };
const disclosures =
  (q: z.input<typeof DisclosurePageQuery>, fresh = false) =>
  (db: Db) => {
    if (fresh) forgetCounts(db);
    return pageDisclosures(db, DisclosurePageQuery.parse(q));
  };

/** The choice list as it was read before: DISTINCT over each column. */
function oldFacets(db: Db): unknown {
  return [
    db.prepare('SELECT a.actor, u.display_name FROM (SELECT DISTINCT actor FROM audit_log) a LEFT JOIN users u ON u.id = a.actor').all(),
    db.prepare('SELECT DISTINCT action FROM audit_log ORDER BY action').all(),
    db.prepare('SELECT DISTINCT entity FROM audit_log WHERE entity IS NOT NULL ORDER BY entity').all(),
  ];
}

function cases(db: Db): { after: Case[]; before: Case[] } {
  const middle = pageAudit(db, AuditPageQuery.parse({ cursor: { offset: AUDIT_ROWS / 2 } })).next;
  const org = (
    db.prepare('SELECT recipient_organisation_id AS id FROM disclosures WHERE recipient_organisation_id IS NOT NULL LIMIT 1').get() as {
      id: number;
    }
  ).id;
  const after: Case[] = [
    { label: 'audit log: first page (count kept)', run: audit({}) },
    { label: 'audit log: first page (count made afresh)', run: audit({}, true) },
    { label: 'audit log: page in the middle (keyset)', run: audit({ cursor: middle as never }) },
    { label: 'audit log: last page (from the end)', run: audit({ cursor: { last: true } }) },
    { label: 'audit log: filtered by action mentee.viewed (count afresh)', run: audit({ where: { action: 'mentee.viewed' } }, true) },
    { label: 'audit log: filtered by group "audit", rare (count afresh)', run: audit({ where: { action: 'audit' } }, true) },
    {
      label: 'audit log: filtered by a user and a month (count afresh)',
      run: audit({ where: { actor: 'user-3', from: '2024-03-01', to: '2024-04-01' } }, true),
    },
    { label: 'audit log: filter choice list (audit:facets)', run: (d) => auditFacets(d) },
    { label: 'disclosures: first page (count kept)', run: disclosures({}) },
    { label: 'disclosures: first page (count made afresh)', run: disclosures({}, true) },
    { label: 'disclosures: last page (from the end)', run: disclosures({ cursor: { last: true } }) },
    {
      label: 'disclosures: one partner, by person code (count afresh)',
      run: disclosures({ where: { organisationId: org }, sort: [{ colId: 'personCode', sort: 'asc' }] }, true),
    },
  ];
  const before: Case[] = [
    { label: 'audit log: first page', run: (d) => listAudit(d, {}, 0, 100) },
    { label: 'audit log: last page', run: (d) => listAudit(d, {}, AUDIT_ROWS - 100, 100) },
    { label: 'audit log: filtered by action mentee.viewed', run: (d) => listAudit(d, { action: 'mentee.viewed' }, 0, 100) },
    { label: 'audit log: filter choice list', run: oldFacets },
    { label: 'disclosures: the first 1,000 (the old list)', run: (d) => disclosuresOf(d, { limit: 1000 }) },
  ];
  return { after, before };
}

const NEW_INDEXES = [
  'audit_log_action',
  'audit_log_action_group',
  'disclosures_at',
  'disclosures_person_code_sort',
  'disclosures_recipient_sort',
  'disclosures_recipient_at',
];

/** Bench rows for the paged audit and disclosure logs, encrypted and plain; the registers are left as they were. */
export function measureLogPaging(encrypted: OpenRegister, plain: OpenRegister, log: (s: string) => void = () => undefined): Row[] {
  const dbs = [encrypted.db, plain.db];
  for (const db of dbs) {
    db.exec('SAVEPOINT bench_logs');
    const started = performance.now();
    fillLogs(db);
    log(
      `  ${AUDIT_ROWS} audit rows and ${DISCLOSURES} disclosures written in ${Math.round(performance.now() - started)} ms (rolled back after)`,
    );
  }
  try {
    const [enc, pln] = dbs.map((db) => cases(db)) as [ReturnType<typeof cases>, ReturnType<typeof cases>];
    const rows: Row[] = enc.after.map((c, i) => ({
      operation: `page of 100, ${c.label}`,
      encrypted: median(() => c.run(encrypted.db)),
      plain: median(() => (pln.after[i] ?? c).run(plain.db)),
    }));
    for (const db of dbs) {
      for (const name of NEW_INDEXES) db.exec(`DROP INDEX ${name}`);
      // Migration 11 made the index on (entity, entity_id) cover the action too: back to the old one.
      db.exec('DROP INDEX audit_log_entity; CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)');
    }
    rows.push(
      ...enc.before.map((c, i) => ({
        operation: `before (no migration 11): ${c.label}`,
        encrypted: median(() => c.run(encrypted.db)),
        plain: median(() => (pln.before[i] ?? c).run(plain.db)),
      })),
    );
    return rows;
  } finally {
    for (const db of dbs) db.exec('ROLLBACK TO bench_logs; RELEASE bench_logs');
  }
}
