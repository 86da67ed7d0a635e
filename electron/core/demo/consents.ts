import type { DataCategory } from '../../../shared/contract/consents-schemas';
import type { Db } from '../db/driver';
import { categoriesForFeedback } from '../consents/agreement-categories';
import { canonicalCategories } from '../consents/consents-repo';
import type { Rng } from './prng';

// Consents for the demo register, written after the mentoring courses: every mentor and mentee gave a
// registration consent at intake and, for a course referred by a partner, a consent to share
// feedback with that partner (attendance, goals, outcome; free-text notes rarely). Some gave
// consents for statistics and follow-up contact; a few consents have expired, a few were
// withdrawn (a withdrawn registration consent queues the mentee for erasure), most mentors agreed
// to anonymous statistics, and a few courses
// have agreed feedback that no consent covers, so "Consents due" has something to show.
// Deterministic from `rng`; one prepared insert per row inside one transaction.

const DAY_MS = 86_400_000;
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

interface MenteeRow {
  id: number;
  created_at: string;
  local_language_level: string;
  languages: string;
}
interface CaseRow {
  id: number;
  mentee_id: number;
  status: string;
  coordinator: string;
  referral_organisation_id: number | null;
  referred_on: string;
  intake_on: string | null;
  closed_on: string | null;
  agreement: string | null;
}

export interface ConsentCounts {
  consents: number;
  withdrawn: number;
  queued: number;
}

export function generateConsents(db: Db, rng: Rng, todayDate: string): ConsentCounts {
  const today = dayOf(todayDate);
  const actor =
    (db.prepare("SELECT id FROM users WHERE role = 'administrator' ORDER BY created_at LIMIT 1").get() as { id: string } | undefined)?.id ??
    'owner';
  const language = (db.prepare("SELECT value FROM settings WHERE key = 'defaultLanguage'").get() as { value: string } | undefined)?.value;
  const lang = language ? (JSON.parse(language) as string) : 'da';
  const templates = new Map(
    (
      db
        .prepare('SELECT id, purpose, hash FROM consent_templates WHERE language = ? AND retired_at IS NULL ORDER BY version')
        .all(lang) as { id: number; purpose: string; hash: string }[]
    ).map((r) => [r.purpose, r] as const),
  );
  const insert = db.prepare(
    `INSERT INTO consents (person_kind, person_id, purpose, recipient_organisation_id, categories, given_on, method, witness,
       interpreter_language, template_id, template_hash, expires_on, withdrawn_at, withdrawn_how, withdrawn_by, note, recorded_by,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)`,
  );
  const queue = db.prepare(
    "INSERT OR IGNORE INTO erasure_queue (person_kind, person_id, reason, queued_at, queued_by) VALUES (?, ?, 'withdrawal', ?, ?)",
  );
  const counts: ConsentCounts = { consents: 0, withdrawn: 0, queued: 0 };
  // How a withdrawal came, in the register's language.
  const HOW = {
    da: ['telefonisk', 'personligt', 'pr. brev', 'pr. e-mail'],
    nb: ['på telefon', 'personlig', 'per brev', 'per e-post'],
    sv: ['per telefon', 'personligen', 'per brev', 'per e-post'],
    fi: ['puhelimessa', 'henkilökohtaisesti', 'kirjeellä', 'sähköpostilla'],
  }[lang] ?? ['phone', 'in person', 'letter', 'e-mail'];

  const casesByMentee = new Map<number, CaseRow[]>();
  for (const c of db
    .prepare(
      'SELECT id, mentee_id, status, coordinator, referral_organisation_id, referred_on, intake_on, closed_on, agreement FROM cases ORDER BY id',
    )
    .iterate() as IterableIterator<CaseRow>) {
    const list = casesByMentee.get(c.mentee_id) ?? [];
    list.push(c);
    casesByMentee.set(c.mentee_id, list);
  }

  const add = (
    personId: number,
    purpose: string,
    given: number,
    options: {
      recipient?: number | null;
      categories?: DataCategory[];
      expires?: number | null;
      interpreter?: string | null;
      coordinator?: string;
      kind?: 'mentee' | 'mentor';
    } = {},
  ): { withdrawn: boolean } => {
    const method = rng.chance(0.6) ? 'signed' : rng.chance(0.6) ? 'verbal-witness' : 'digital';
    const witness = method === 'verbal-witness' ? options.coordinator || 'Koordinator' : '';
    const template = templates.get(purpose);
    const expires = options.expires ?? null;
    // About one in fifty consents was withdrawn later, at some minute before today; fewer registrations.
    let withdrawnAt: string | null = null;
    const lastDay = Math.min(today - 1, expires ?? today - 1);
    if (lastDay > given && rng.chance(purpose === 'registration' ? 0.005 : 0.02)) {
      const day = rng.int(given + 1, lastDay);
      withdrawnAt = `${iso(day)}T${String(rng.int(8, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    }
    const stamp = `${iso(given)}T10:00:00.000Z`;
    insert.run(
      options.kind ?? 'mentee',
      personId,
      purpose,
      options.recipient ?? null,
      JSON.stringify(canonicalCategories(options.categories ?? [])),
      iso(given),
      method,
      witness,
      options.interpreter ?? null,
      template?.id ?? null,
      template?.hash ?? null,
      expires === null ? null : iso(expires),
      withdrawnAt,
      withdrawnAt ? rng.pick(HOW) : null,
      withdrawnAt ? actor : null,
      actor,
      stamp,
      withdrawnAt ? `${withdrawnAt.slice(0, 10)}T17:00:00.000Z` : stamp,
    );
    counts.consents++;
    if (withdrawnAt) counts.withdrawn++;
    return { withdrawn: withdrawnAt !== null };
  };

  db.transaction(() => {
    for (const m of db
      .prepare('SELECT id, created_at, local_language_level, languages FROM mentees WHERE anonymised_at IS NULL ORDER BY id')
      .all() as MenteeRow[]) {
      const cases = casesByMentee.get(m.id) ?? [];
      const first = cases[0];
      const intake = Math.min(today, first ? dayOf(first.intake_on ?? first.referred_on) : dayOf(m.created_at.slice(0, 10)));
      // Little of the local language: an interpreter in one of her own languages, often.
      const own = (JSON.parse(m.languages) as { code: string; level: string }[]).filter((l) => l.level === 'native').map((l) => l.code);
      const interpreter =
        (m.local_language_level === 'none' || m.local_language_level === 'basic') && own.length > 0 && rng.chance(0.7)
          ? rng.pick(own)
          : null;
      const coordinator = first?.coordinator ?? '';

      const registration = add(m.id, 'registration', intake, { interpreter, coordinator });
      if (registration.withdrawn) {
        queue.run('mentee', m.id, `${iso(today)}T08:00:00.000Z`, actor);
        counts.queued++;
      }
      if (rng.chance(0.6)) add(m.id, 'statistics', intake, { interpreter, coordinator });
      if (rng.chance(0.03)) add(m.id, 'story', intake + rng.int(30, 200), { expires: intake + 730, coordinator });

      for (const c of cases) {
        if (c.referral_organisation_id !== null) {
          const agreement = c.agreement ? (JSON.parse(c.agreement) as { feedbackMayContain?: string[]; feedbackFrequency?: string }) : null;
          const agreed = categoriesForFeedback((agreement?.feedbackMayContain ?? []) as Parameters<typeof categoriesForFeedback>[0]);
          // A few courses never got the consent their agreement needs: the reminder list shows them.
          if (agreement && agreement.feedbackFrequency !== 'none' && rng.chance(0.03)) continue;
          const categories = new Set<DataCategory>(agreed.filter((x) => x !== 'notes' || rng.chance(0.5)));
          if (rng.chance(0.9)) categories.add('attendance');
          if (rng.chance(0.8)) categories.add('goals');
          if (rng.chance(0.8)) categories.add('outcome');
          if (rng.chance(0.04)) categories.add('notes');
          const given = Math.min(today, dayOf(c.intake_on ?? c.referred_on));
          // Half run until the course ends; some of those have run out.
          const expires = rng.chance(0.5) ? given + rng.int(180, 730) : null;
          add(m.id, 'feedback-sharing', given, {
            recipient: c.referral_organisation_id,
            categories: [...categories],
            expires,
            interpreter,
            coordinator: c.coordinator,
          });
        }
        if (c.status === 'closed' && c.closed_on && rng.chance(0.5)) {
          const given = dayOf(c.closed_on) - rng.int(0, 20);
          add(m.id, 'follow-up', Math.max(given, intake), { expires: dayOf(c.closed_on) + 365, coordinator: c.coordinator });
        }
      }
    }
    // Mentors: registration when they applied; most also agreed to be counted in anonymous statistics.
    for (const mentor of db.prepare('SELECT id, created_at FROM mentors WHERE anonymised_at IS NULL ORDER BY id').all() as {
      id: number;
      created_at: string;
    }[]) {
      const applied = Math.min(today, dayOf(mentor.created_at.slice(0, 10)));
      if (add(mentor.id, 'registration', applied, { kind: 'mentor' }).withdrawn) {
        queue.run('mentor', mentor.id, `${iso(today)}T08:00:00.000Z`, actor);
        counts.queued++;
      }
      if (rng.chance(0.8)) add(mentor.id, 'statistics', applied, { kind: 'mentor' });
    }
  })();
  return counts;
}
