import type { Db } from '../../../electron/core/db/driver';

// A small hand-built register for the results report, written with plain SQL so every date is
// exact. Every person's name and every free-text field holds MARKER, which must never appear in
// a report. The expected figures are worked out in programme-model.test.ts.
//
// Period 2026-01-01 – 2026-06-30, compared with 2025-07-04 – 2025-12-31 (given explicitly: the
// default would be the same months a year earlier).
// Mentees 1–12 gave a statistics consent, 13 is anonymised (counted), 14 gave only a
// registration consent, 15 withdrew hers, 16's expired: 14–16 are left out.
// Mentors 1–6 gave a statistics consent, mentor 7 did not.

export const MARKER = 'ZQXMARK';
export const PERIOD = { from: '2026-01-01', to: '2026-06-30' };
export const COMPARISON = { compareFrom: '2025-07-04', compareTo: '2025-12-31' };

const STAMP = '2026-01-01T09:00:00.000Z';

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export interface Fixture {
  jobcentre: number;
  kommune: number;
  mentees: number[];
  mentors: number[];
  cases: number[];
}

export function statisticsConsent(db: Db, kind: 'mentee' | 'mentor', id: number, extra: { expiresOn?: string; withdrawnAt?: string } = {}) {
  db.prepare(
    `INSERT INTO consents (person_kind, person_id, purpose, categories, given_on, method, expires_on, withdrawn_at, note, recorded_by, created_at, updated_at)
     VALUES (?, ?, 'statistics', '[]', '2025-01-01', 'signed', ?, ?, ?, 'owner', ?, ?)`,
  ).run(kind, id, extra.expiresOn ?? null, extra.withdrawnAt ?? null, `${MARKER} note`, STAMP, STAMP);
}

export function addMentee(db: Db, n: number, municipality: string, languages: unknown[]): number {
  return Number(
    db
      .prepare(
        `INSERT INTO mentees (code, name, municipality, languages, notes, preferences, name_key, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        `MT-T${String(n).padStart(4, '0')}`,
        `${MARKER} Mentee ${n}`,
        municipality,
        JSON.stringify(languages),
        `${MARKER} notes`,
        `${MARKER}`,
        `m${n}`,
        STAMP,
        STAMP,
      ).lastInsertRowid,
  );
}

interface CourseSpec {
  mentee: number;
  org: number | null;
  referredOn: string;
  mentor?: number;
  matchedOn?: string;
  startedOn?: string;
  closedOn?: string;
  outcome?: string;
  meetings?: [string, string, number][];
}

export function addCourse(db: Db, c: CourseSpec): number {
  const status = c.closedOn ? 'closed' : c.startedOn ? 'active' : c.matchedOn ? 'matched' : 'waiting';
  const id = Number(
    db
      .prepare(
        `INSERT INTO cases (mentee_id, mentor_id, status, status_since, referral_organisation_id, referred_on, referral_reason,
           matched_on, started_on, closed_on, outcome, ended_reason, evaluation, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        c.mentee,
        c.mentor ?? null,
        status,
        c.closedOn ?? c.startedOn ?? c.matchedOn ?? c.referredOn,
        c.org,
        c.referredOn,
        `${MARKER} reason`,
        c.matchedOn ?? null,
        c.startedOn ?? null,
        c.closedOn ?? null,
        c.outcome ?? null,
        `${MARKER} ended`,
        `${MARKER} evaluation`,
        STAMP,
        STAMP,
      ).lastInsertRowid,
  );
  if (c.mentor && c.matchedOn)
    db.prepare('INSERT INTO case_mentors (case_id, mentor_id, from_date, to_date, end_reason) VALUES (?, ?, ?, ?, ?)').run(
      id,
      c.mentor,
      c.matchedOn,
      c.closedOn ?? null,
      `${MARKER} end`,
    );
  db.prepare('INSERT INTO case_goals (case_id, kind, description) VALUES (?, ?, ?)').run(id, 'job', `${MARKER} goal`);
  for (const [date, type, minutes] of c.meetings ?? [])
    db.prepare('INSERT INTO meetings (case_id, date, type, duration_minutes, topics, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      id,
      date,
      type,
      minutes,
      JSON.stringify([`${MARKER} topic`]),
      `${MARKER} meeting note`,
      STAMP,
    );
  return id;
}

const MEETINGS: [string, string, number][] = [
  ['2026-02-10', 'mentor-mentee', 60],
  ['2026-03-10', 'mentor-mentee', 60],
  ['2026-04-10', 'mentor-mentee', 60],
  ['2026-04-20', 'follow-up', 30],
];

/** Fills an empty (migrated) register; returns the ids. */
export function fillProgrammeRegister(db: Db): Fixture {
  const org = (name: string, sector: string) =>
    Number(
      db
        .prepare(`INSERT INTO organisations (name, sector, country, name_key, created_at, updated_at) VALUES (?, ?, 'DK', ?, ?, ?)`)
        .run(name, sector, name.toLowerCase(), STAMP, STAMP).lastInsertRowid,
    );
  const jobcentre = org('Jobcenter Aarhus', 'job-centre');
  const kommune = org('Odense Kommune', 'municipality');

  const mentors: number[] = [];
  for (let i = 1; i <= 7; i++) {
    const created = i === 6 ? '2025-09-01T10:00:00.000Z' : '2026-02-01T10:00:00.000Z';
    const id = Number(
      db
        .prepare(
          `INSERT INTO mentors (name, email, notes, preferences, status, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, 'active', ?, ?, ?)`,
        )
        .run(`${MARKER} Mentor ${i}`, `mentor${i}.${MARKER}@example.org`, `${MARKER} notes`, MARKER, `mentor${i}`, created, created)
        .lastInsertRowid,
    );
    mentors.push(id);
    if (i <= 6) statisticsConsent(db, 'mentor', id);
    if (i <= 4 || i === 7)
      db.prepare('INSERT INTO mentor_trainings (mentor_id, date, title) VALUES (?, ?, ?)').run(id, '2026-03-01', `${MARKER} training`);
  }

  const mentees: number[] = [];
  const cases: number[] = [];
  for (let i = 1; i <= 16; i++) {
    const municipality = i <= 7 ? 'Aarhus' : i <= 12 ? 'Odense' : i === 13 ? '' : 'Aarhus';
    const languages =
      i <= 8
        ? [
            { code: 'ar', level: 'native' },
            { code: 'da', level: 'good' },
          ]
        : i <= 12
          ? [{ code: 'so', level: 'native' }]
          : i === 13
            ? []
            : [{ code: 'ar', level: 'native' }];
    const id = addMentee(db, i, municipality, languages);
    mentees.push(id);
    if (i <= 12) statisticsConsent(db, 'mentee', id);
    if (i === 15) statisticsConsent(db, 'mentee', id, { withdrawnAt: '2026-01-15T10:00' });
    if (i === 16) statisticsConsent(db, 'mentee', id, { expiresOn: '2025-12-31' });
    if (i === 13) db.prepare("UPDATE mentees SET name = '', notes = '', anonymised_at = ? WHERE id = ?").run(STAMP, id);

    if (i <= 10) {
      const referredOn = '2026-01-05';
      const matchedOn = addDays(referredOn, 8 + 2 * i); // waits 10, 12, … 28 days: median 19
      const closed = i <= 6;
      cases.push(
        addCourse(db, {
          mentee: id,
          org: i <= 6 ? jobcentre : i <= 8 ? kommune : null,
          referredOn,
          mentor: mentors[(i - 1) % 5]!,
          matchedOn,
          startedOn: addDays(matchedOn, 7),
          closedOn: closed ? '2026-05-15' : undefined,
          outcome: closed ? (i <= 5 ? 'job-full-time' : 'education') : undefined,
          meetings: MEETINGS,
        }),
      );
    } else if (i <= 12) {
      cases.push(addCourse(db, { mentee: id, org: jobcentre, referredOn: '2025-10-01' }));
    } else if (i === 13) {
      cases.push(addCourse(db, { mentee: id, org: jobcentre, referredOn: '2026-02-01' }));
    } else {
      cases.push(
        addCourse(db, {
          mentee: id,
          org: jobcentre,
          referredOn: '2026-01-05',
          mentor: mentors[6]!,
          matchedOn: '2026-01-15',
          startedOn: '2026-01-20',
          meetings: MEETINGS,
        }),
      );
    }
  }
  return { jobcentre, kommune, mentees, mentors, cases };
}
