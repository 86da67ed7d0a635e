import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  RETENTION_RULES,
  RetentionPolicy,
  type RetentionCalendar,
  type RetentionItem,
  type RetentionRuleName,
  type RetentionRun,
} from '../../../shared/contract/erasure';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { addMonths, parseJson } from '../mentoring/rows';
import { auditCounts, executePlan, ftsSecureDelete, scrubFreedSpace } from './apply';
import { fingerprintOf, planErasure, type InternalPlan, type Target } from './plan';

// Retention: a policy per record type (settings key 'retention'), the calendar of what falls
// due, and the run. The dry run (planRetention) and the run (applyRetention) share one
// function, so what the dry run lists is what the run does.

type Item = z.output<typeof RetentionItem>;
type Run = z.output<typeof RetentionRun>;

const KEY = 'retention';

/** Statistics outlive the people: mentees and mentors are anonymised, contacts and mentees who never started are erased. */
export const DEFAULT_RETENTION_POLICY: RetentionPolicy = {
  menteesAfterCourse: { enabled: true, months: 24, action: 'anonymise' },
  menteesWithoutCourse: { enabled: true, months: 12, action: 'erase' },
  mentorsAfterEnd: { enabled: true, months: 24, action: 'anonymise' },
  contactsAfterLastContact: { enabled: true, months: 36, action: 'erase' },
};

export function readRetentionPolicy(db: Db): RetentionPolicy {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  const stored = RetentionPolicy.partial().safeParse(parseJson(row?.value ?? null, {}));
  return { ...DEFAULT_RETENTION_POLICY, ...(stored.success ? stored.data : {}) };
}

export function saveRetentionPolicy(db: Db, policy: RetentionPolicy, actor: string): RetentionPolicy {
  return db.transaction(() => {
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
      KEY,
      JSON.stringify(policy),
    );
    const details: Record<string, string> = {};
    for (const [rule, r] of Object.entries(policy)) details[rule] = r.enabled ? `${r.months}m ${r.action}` : 'off';
    appendAudit(db, { actor, action: 'retention.policy-saved', details });
    return policy;
  })();
}

interface Candidate {
  kind: 'mentee' | 'mentor' | 'contact';
  id: number;
  label: string;
  from: string;
}

/**
 * Each rule's people, with the date its period runs from (`"from"`). Anonymised people are done
 * already. A contact's last contact is the kept `last_contacted` (migration 9: the latest of
 * their interactions, kept by triggers), not a lookup per contact.
 */
const CANDIDATES: Record<RetentionRuleName, string> = {
  menteesAfterCourse: `SELECT 'mentee' AS kind, e.id, e.code AS label, max(c.closed_on) AS "from"
    FROM mentees e JOIN cases c ON c.mentee_id = e.id WHERE e.anonymised_at IS NULL
    GROUP BY e.id HAVING count(*) = count(c.closed_on) AND sum(c.status <> 'closed') = 0`,
  menteesWithoutCourse: `SELECT 'mentee' AS kind, e.id, e.code AS label, substr(e.created_at, 1, 10) AS "from"
    FROM mentees e WHERE e.anonymised_at IS NULL AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.mentee_id = e.id)`,
  // Ended: the last change to the mentor (ending is one) or the end of their last course period.
  mentorsAfterEnd: `SELECT 'mentor' AS kind, m.id, m.name AS label,
      max(substr(m.updated_at, 1, 10), coalesce((SELECT max(to_date) FROM case_mentors WHERE mentor_id = m.id), '')) AS "from"
    FROM mentors m WHERE m.anonymised_at IS NULL AND m.status = 'ended'
      AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.mentor_id = m.id AND c.status <> 'closed')`,
  // The last interaction with them, or the last change to them; never while they are the
  // referring contact of a course still running.
  contactsAfterLastContact: `SELECT 'contact' AS kind, k.id, k.name AS label,
      max(substr(k.updated_at, 1, 10), coalesce(k.last_contacted, '')) AS "from"
    FROM contacts k WHERE k.id NOT IN (SELECT referral_contact_id FROM cases WHERE status <> 'closed' AND referral_contact_id IS NOT NULL)`,
};

function candidates(db: Db, rule: RetentionRuleName): Candidate[] {
  return db.prepare(CANDIDATES[rule]).all() as Candidate[];
}

/** Every person some enabled rule applies to, with the day they fall due, earliest first. */
export function retentionItems(db: Db, policy: RetentionPolicy = readRetentionPolicy(db)): Item[] {
  const items: Item[] = [];
  for (const rule of Object.keys(policy) as RetentionRuleName[]) {
    const r = policy[rule];
    if (!r.enabled) continue;
    for (const c of candidates(db, rule)) {
      items.push({
        subject: { kind: c.kind, id: c.id },
        label: c.label,
        rule,
        action: r.action,
        from: c.from,
        dueOn: addMonths(c.from, r.months),
      });
    }
  }
  return items.sort(
    (a, b) => a.dueOn.localeCompare(b.dueOn) || a.subject.kind.localeCompare(b.subject.kind) || a.subject.id - b.subject.id,
  );
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * What is overdue today and what falls due in each of the next twelve months, counted per rule.
 * The people are counted by the day their period runs from (a few hundred days, not tens of
 * thousands of people), and each day's due day is worked out as retentionItems does.
 */
export function retentionCalendar(db: Db, today: string): z.output<typeof RetentionCalendar> {
  const policy = readRetentionPolicy(db);
  const zero = () => Object.fromEntries(RETENTION_RULES.map((r) => [r, 0])) as Record<RetentionRuleName, number>;
  const months = Array.from({ length: 12 }, (_, i) => ({ month: addMonths(`${today.slice(0, 7)}-01`, i).slice(0, 7), due: zero() }));
  const byMonth = new Map(months.map((m) => [m.month, m.due]));
  const overdue = zero();
  for (const rule of RETENTION_RULES) {
    const r = policy[rule];
    if (!r.enabled) continue;
    const days = db.prepare(`SELECT "from", count(*) AS n FROM (${CANDIDATES[rule]}) GROUP BY "from"`).all() as {
      from: string;
      n: number;
    }[];
    for (const { from, n } of days) {
      const dueOn = addMonths(from, r.months);
      if (dueOn <= today) overdue[rule] += n;
      else {
        const month = byMonth.get(dueOn.slice(0, 7));
        if (month) month[rule] += n;
      }
    }
  }
  return { today, overdue, months };
}

interface InternalRun {
  today: string;
  items: Item[];
  plans: InternalPlan[];
}

class DryRun extends Error {
  constructor(readonly run: InternalRun) {
    super('dry run');
  }
}

/**
 * Plans and executes every due item in turn inside one transaction: each person's plan sees
 * the register as the earlier ones left it (a mentee erased before their mentor, say). The
 * dry run is this same run, rolled back.
 */
function runRetention(db: Db, today: string, dry: boolean, confirm?: (run: InternalRun) => void): InternalRun {
  const work = () => {
    const items = retentionItems(db).filter((i) => i.dueOn <= today);
    if (items.length > 0) ftsSecureDelete(db);
    const plans: InternalPlan[] = [];
    for (const item of items) {
      const plan = planErasure(db, item.subject, item.action);
      executePlan(db, plan);
      plans.push(plan);
    }
    const run = { today, items, plans };
    if (dry) throw new DryRun(run);
    confirm?.(run);
    return run;
  };
  try {
    return db.transaction(work).immediate();
  } catch (error) {
    if (error instanceof DryRun) return error.run;
    throw error;
  }
}

function runValue(run: InternalRun): Run {
  const totals = new Map<string, { table: Target['table']; action: Target['action']; count: number }>();
  for (const plan of run.plans) {
    for (const t of plan.targets) {
      const key = `${t.table}.${t.action}`;
      const entry = totals.get(key) ?? { table: t.table, action: t.action, count: 0 };
      entry.count += t.ids.length;
      totals.set(key, entry);
    }
  }
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([run.today, run.plans.map(fingerprintOf)]))
    .digest('hex');
  return { today: run.today, items: run.items, steps: [...totals.values()], fingerprint };
}

/** The dry run: exactly what applyRetention would do today. Writes nothing. */
export function planRetention(db: Db, today: string): Run {
  return runValue(runRetention(db, today, true));
}

/**
 * The run: the dry run computed again inside one write transaction, refused unless it is the
 * one the user confirmed (same fingerprint), then executed. One audit row with counts per
 * record type and table; no names, no ids of people.
 */
export function applyRetention(db: Db, today: string, fingerprint: string, actor: string): Run {
  const run = runRetention(db, today, false, (run) => {
    if (runValue(run).fingerprint !== fingerprint) throw new CoreError('INVALID_INPUT', 'the retention plan changed since the dry run');
    const people: Record<string, number> = {};
    for (const plan of run.plans) {
      const key = `${plan.subject.kind}.${plan.personRow === 'delete' ? 'erased' : 'anonymised'}`;
      people[key] = (people[key] ?? 0) + 1;
    }
    appendAudit(db, {
      actor,
      action: 'retention.applied',
      details: { today, people: run.plans.length, ...people, ...auditCounts(run.plans.flatMap((p) => p.targets)) },
    });
  });
  if (run.items.length > 0) scrubFreedSpace(db);
  return runValue(run);
}
