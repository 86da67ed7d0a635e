import type { Db } from '../../../electron/core/db/driver';

// Audit rows and disclosures for the paging tests, written straight into the tables (the pager
// reads them; the chain is not what is tested here): times that repeat on purpose, actors,
// action codes from several groups, records, recipients whose names differ only in case.

const ACTIONS = ['mentee.viewed', 'mentee.created', 'mentee.updated', 'contact.created', 'contact.updated', 'audit.exported', 'demo'];
const ACTORS = ['owner', 'u-aino', 'u-bo', 'u-carl'];
const ENTITIES: [string | null, string | null][] = [
  [null, null],
  ['mentee', '1'],
  ['mentee', '2'],
  ['contact', '3'],
  ['contact', '1'],
];
const TIMES = ['2026-01-05T08:00:00.000Z', '2026-01-05T09:30:00.000Z', '2026-02-01T12:00:00.000Z', '2026-03-15T23:59:59.999Z'];
const LABELS = ['Jobcenter Aarhus', 'jobcenter aarhus', 'Røde Kors', 'ABC Forening', 'abc forening'];
const MINUTES = ['2026-01-05T08:00', '2026-01-05T10:15', '2026-02-01T12:00', '2026-02-01T12:00', '2026-03-15T23:59'];
const CODES = ['M-001', 'M-002', 'm-002', 'T-010', ''];

export const LOG_FIXTURE = { ACTIONS, ACTORS, ENTITIES, TIMES, MINUTES };

/** Adds `n` audit rows and `n` disclosures (recipients from the register's organisations). */
export function fillLogs(db: Db, n: number): void {
  let seed = 11;
  const pick = <T>(list: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return list[seed % list.length] as T;
  };
  const orgs = (db.prepare('SELECT id FROM organisations ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  db.prepare(
    "INSERT INTO users (id, display_name, role, created_at, created_by, removed_at) VALUES ('u-aino', 'Aino Virtanen', 'coordinator', '2026-01-01', 'owner', '2026-02-01')",
  ).run();
  const audit = db.prepare(
    "INSERT INTO audit_log (at, actor, action, entity, entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, '{}', '', ?)",
  );
  const disclosure = db.prepare(
    `INSERT INTO disclosures (at, person_kind, person_id, person_code, recipient_organisation_id, recipient_label, purpose, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const [entity, entityId] = pick(ENTITIES);
      audit.run(pick(TIMES), pick(ACTORS), pick(ACTIONS), entity, entityId, `h${i}-${seed}`);
      const access = pick([false, false, true]);
      disclosure.run(
        pick(MINUTES),
        pick(['mentee', 'mentor']),
        pick([1, 2, 3, null]),
        pick(CODES),
        access ? null : pick(orgs),
        access ? 'The person' : pick(LABELS),
        access ? 'access' : 'feedback-sharing',
        pick(ACTORS),
      );
    }
  })();
}
