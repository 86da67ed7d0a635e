import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import {
  AgreementInput,
  CaseDetailsInput,
  CaseOpenInput,
  CaseTransitionInput,
  ContactInput,
  MeetingInput,
  MenteeInput,
  MentorInput,
  OrganisationInput,
} from '../../../shared/contract';
import { CASE_TRANSITIONS } from '../../../shared/mentoring/lifecycle';
import { appendAudit } from '../../../electron/core/audit/audit-log';
import type { Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { applyErasure } from '../../../electron/core/erasure/apply';
import { fingerprintOf, planErasure } from '../../../electron/core/erasure/plan';
import type { Table } from '../../../electron/core/import/read-table';
import { runImport } from '../../../electron/core/import/run';
import {
  deleteCase,
  openCase,
  readCase,
  saveAgreement,
  saveCaseDetails,
  transitionCase,
} from '../../../electron/core/mentoring/cases-repo';
import { deleteMeeting, saveMeeting } from '../../../electron/core/mentoring/meetings-repo';
import { keepMentoringCountsCurrent } from '../../../electron/core/mentoring/mentoring-counts';
import { deleteMentee, saveMentee } from '../../../electron/core/mentoring/mentees-repo';
import { saveMentor, setMentorStatus } from '../../../electron/core/mentoring/mentors-repo';
import { deleteContact, saveContact } from '../../../electron/core/partners/contacts-repo';
import { mergeContacts } from '../../../electron/core/partners/duplicate-pairs-repo';
import { deleteOrganisation, saveOrganisation } from '../../../electron/core/partners/organisations-repo';
import { writeSettings } from '../../../electron/core/register/settings-repo';
import { contactImport } from '../import/contact-import-options';

// The random writes of mentoring-counts-property.test.ts: every write that changes a value the
// mentoring lists keep in their rows (migration 14), the recount to compare with, and a register
// seeded with a few of each.

const DAYS = ['2026-11-28', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-04'];
export const day = fc.constantFrom(...DAYS);
const pick = fc.nat({ max: 1000 });
export const op = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('mentee' as const), town: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('resaveMentee' as const), target: pick, town: fc.nat(3) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('mentor' as const), trainings: fc.nat(3), capacity: fc.integer({ min: 1, max: 3 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('resaveMentor' as const),
      target: pick,
      trainings: fc.nat(3),
      capacity: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('mentorStatus' as const), target: pick, to: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('organisation' as const), rename: fc.option(pick, { nil: null }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('contact' as const), rename: fc.option(pick, { nil: null }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('open' as const), mentee: pick, org: fc.option(pick), contact: fc.option(pick) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('transition' as const), target: pick, to: fc.nat(3), mentor: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('details' as const), target: pick, org: fc.option(pick), contact: fc.option(pick) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteCase' as const), target: pick }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('meeting' as const), target: pick, date: day }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('editMeeting' as const), target: pick, date: day }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteMeeting' as const), target: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('moveMeeting' as const), target: pick, to: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('moveCase' as const), target: pick, mentee: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('moveTraining' as const), target: pick, mentor: pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('erase' as const),
      who: fc.constantFrom('mentee' as const, 'mentor' as const, 'contact' as const),
      mode: fc.constantFrom('erase' as const, 'anonymise' as const),
      target: pick,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteMentee' as const), target: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteContact' as const), target: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteOrganisation' as const), target: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), target: pick, other: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('import' as const), target: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('day' as const), day }) },
);
export type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const ids = (db: Db, table: string): number[] =>
  (db.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
const at = (list: number[], i: number | null | undefined): number | null =>
  list.length === 0 || i === null || i === undefined ? null : (list[i % list.length] ?? null);
const TOWNS = ['aarhus', 'Odense', 'odense', 'Ålborg'];

/** The values as stored, and as a full recount from the tables gives them for the kept day. */
export function storedAndRecount(db: Db) {
  const kept = (db.prepare('SELECT day FROM mentoring_counts_day').get() as { day: string }).day;
  const stored = {
    mentees: db.prepare('SELECT id, case_status FROM mentees ORDER BY id').all(),
    mentors: db.prepare('SELECT id, case_load, training_count FROM mentors ORDER BY id').all(),
    cases: db
      .prepare(
        `SELECT id, meeting_count, last_meeting, mentee_code, mentee_name_key, mentee_municipality, mentor_name_key, referrer_name
         FROM cases ORDER BY id`,
      )
      .all(),
  };
  const recount = {
    mentees: db
      .prepare(
        'SELECT e.id, (SELECT status FROM cases c WHERE c.mentee_id = e.id ORDER BY c.id DESC LIMIT 1) AS case_status FROM mentees e ORDER BY e.id',
      )
      .all(),
    mentors: db
      .prepare(
        `SELECT m.id, (SELECT count(*) FROM cases c WHERE c.mentor_id = m.id AND c.status IN ('matched', 'active', 'paused')) AS case_load,
           (SELECT count(*) FROM mentor_trainings r WHERE r.mentor_id = m.id) AS training_count
         FROM mentors m ORDER BY m.id`,
      )
      .all(),
    cases: db
      .prepare(
        `SELECT t.id, (SELECT count(*) FROM meetings g WHERE g.case_id = t.id AND g.date <= ?) AS meeting_count,
           (SELECT max(g.date) FROM meetings g WHERE g.case_id = t.id AND g.date <= ?) AS last_meeting,
           e.code AS mentee_code, e.name_key AS mentee_name_key, e.municipality AS mentee_municipality, coalesce(m.name_key, '') AS mentor_name_key,
           coalesce(rc.name, ro.name, '') AS referrer_name
         FROM cases t JOIN mentees e ON e.id = t.mentee_id LEFT JOIN mentors m ON m.id = t.mentor_id
           LEFT JOIN organisations ro ON ro.id = t.referral_organisation_id LEFT JOIN contacts rc ON rc.id = t.referral_contact_id
         ORDER BY t.id`,
      )
      .all(kept, kept),
  };
  return { stored, recount };
}

function table(rows: string[][]): Table {
  return {
    fileName: 'random.csv',
    encoding: 'utf-8',
    delimiter: ';',
    headers: ['Navn', 'Email'],
    headerRow: 1,
    rows: rows.map((cells, i) => ({ row: i + 2, cells: [...cells] })),
  };
}

const MENTOR_STEPS = ['trained', 'active', 'paused', 'active', 'ended'] as const;
let serial = 0;

export async function apply(db: Db, o: Op): Promise<void> {
  const one = (t: string, i: number | null | undefined) => at(ids(db, t), i);
  const referral = (org: number | null | undefined, contact: number | null | undefined) => ({
    organisationId: one('organisations', org),
    contactId: one('contacts', contact),
    date: '2026-11-01',
  });
  serial += 1;
  switch (o.kind) {
    case 'mentee':
      saveMentee(db, MenteeInput.parse({ name: `Deltager ${serial}`, municipality: TOWNS[o.town] }), 'owner');
      return;
    case 'resaveMentee': {
      const id = one('mentees', o.target);
      if (id !== null) saveMentee(db, MenteeInput.parse({ id, name: `Omdøbt ${serial}`, municipality: TOWNS[o.town] }), 'owner');
      return;
    }
    case 'mentor':
    case 'resaveMentor': {
      const id = o.kind === 'mentor' ? undefined : (one('mentors', o.target) ?? undefined);
      if (o.kind === 'resaveMentor' && id === undefined) return;
      const trainings = Array.from({ length: o.trainings }, (_, i) => ({ date: '2026-10-01', title: `Kursus ${i}` }));
      saveMentor(db, MentorInput.parse({ id, name: `Mentor ${serial}`, capacity: o.capacity, trainings }), 'owner');
      return;
    }
    case 'mentorStatus': {
      const id = one('mentors', o.target);
      if (id !== null) setMentorStatus(db, id, MENTOR_STEPS[o.to] ?? 'active', 'owner');
      return;
    }
    case 'organisation':
    case 'contact': {
      const table = o.kind === 'organisation' ? 'organisations' : 'contacts';
      const id = one(table, o.rename) ?? undefined;
      const name = `${o.kind === 'organisation' ? 'Forening' : 'Person'} ${serial}`;
      if (o.kind === 'organisation') saveOrganisation(db, OrganisationInput.parse({ id, name }), 'owner');
      else saveContact(db, ContactInput.parse({ id, name }), 'owner');
      return;
    }
    case 'open': {
      const menteeId = one('mentees', o.mentee);
      if (menteeId !== null) openCase(db, CaseOpenInput.parse({ menteeId, referral: referral(o.org, o.contact) }), 'owner');
      return;
    }
    case 'transition': {
      const id = one('cases', o.target);
      if (id === null) return;
      const { status } = readCase(db, id);
      const to = CASE_TRANSITIONS[status][o.to % Math.max(1, CASE_TRANSITIONS[status].length)];
      if (!to) return;
      if (to === 'active') saveAgreement(db, id, AgreementInput.parse({ date: '2026-11-20' }), 'owner');
      const mentorId = one('mentors', o.mentor) ?? undefined;
      const closing = { outcome: 'job-full-time' };
      transitionCase(db, CaseTransitionInput.parse({ id, to, date: '2026-11-20', mentorId, closing }), 'owner', 6);
      return;
    }
    case 'details': {
      const id = one('cases', o.target);
      if (id !== null) saveCaseDetails(db, CaseDetailsInput.parse({ id, referral: referral(o.org, o.contact) }), 'owner');
      return;
    }
    case 'deleteCase': {
      const id = one('cases', o.target);
      if (id !== null) deleteCase(db, id, 'owner');
      return;
    }
    case 'meeting': {
      const caseId = one('cases', o.target);
      if (caseId !== null) saveMeeting(db, MeetingInput.parse({ caseId, date: o.date, type: 'follow-up' }), 'owner');
      return;
    }
    case 'editMeeting': {
      const id = one('meetings', o.target);
      if (id === null) return;
      const { case_id: caseId } = db.prepare('SELECT case_id FROM meetings WHERE id = ?').get(id) as { case_id: number };
      saveMeeting(db, MeetingInput.parse({ id, caseId, date: o.date, type: 'follow-up' }), 'owner');
      return;
    }
    case 'deleteMeeting': {
      const id = one('meetings', o.target);
      if (id !== null) deleteMeeting(db, id, 'owner');
      return;
    }
    case 'moveMeeting': {
      const id = one('meetings', o.target);
      const to = one('cases', o.to);
      if (id !== null && to !== null) db.prepare('UPDATE meetings SET case_id = ? WHERE id = ?').run(to, id);
      return;
    }
    case 'moveCase': {
      const id = one('cases', o.target);
      const mentee = one('mentees', o.mentee);
      if (id !== null && mentee !== null) db.prepare('UPDATE cases SET mentee_id = ? WHERE id = ?').run(mentee, id);
      return;
    }
    case 'moveTraining': {
      const id = one('mentor_trainings', o.target);
      const mentor = one('mentors', o.mentor);
      if (id !== null && mentor !== null) db.prepare('UPDATE mentor_trainings SET mentor_id = ? WHERE id = ?').run(mentor, id);
      return;
    }
    case 'erase': {
      const id = one(`${o.who}s`, o.target);
      if (id === null) return;
      const subject = { kind: o.who, id };
      applyErasure(db, subject, o.mode, fingerprintOf(planErasure(db, subject, o.mode)), 'owner');
      return;
    }
    case 'deleteMentee': {
      const id = one('mentees', o.target);
      if (id !== null) deleteMentee(db, id, 'owner');
      return;
    }
    case 'deleteContact': {
      const id = one('contacts', o.target);
      if (id !== null) deleteContact(db, id, 'owner');
      return;
    }
    case 'deleteOrganisation': {
      const id = one('organisations', o.target);
      if (id !== null) deleteOrganisation(db, id, 'owner');
      return;
    }
    case 'merge': {
      const kept = one('contacts', o.target);
      const absorbed = one('contacts', o.other);
      if (kept !== null && absorbed !== null && kept !== absorbed) mergeContacts(db, kept, absorbed, 'owner');
      return;
    }
    case 'import': {
      // A row with a contact's e-mail updates that contact, its name too.
      const id = one('contacts', o.target);
      if (id === null) return;
      db.prepare('UPDATE contacts SET email = ?, email_key = ? WHERE id = ?').run(`p${id}@example.dk`, `p${id}@example.dk`, id);
      await runImport(db, table([[`Importeret ${serial}`, `p${id}@example.dk`]]), contactImport({ '0': 'name', '1': 'email' }, 'update'));
      return;
    }
    case 'day':
      keepMentoringCountsCurrent(db, o.day);
      return;
  }
}

/** A few of each, so that the random writes find something to work on from the start. */
export function seed(db: Db): void {
  for (const name of ['Ærø Ås', 'Bo Berg', 'Cai Dahl']) saveMentee(db, MenteeInput.parse({ name, municipality: 'aarhus' }), 'owner');
  for (const name of ['Dorte', 'Erik']) {
    const id = saveMentor(db, MentorInput.parse({ name, capacity: 2, trainings: [{ date: '2026-10-01', title: 'Intro' }] }), 'owner');
    for (const to of ['trained', 'active'] as const) setMentorStatus(db, id, to, 'owner');
  }
  const organisationId = saveOrganisation(db, OrganisationInput.parse({ name: 'Jobcenter' }), 'owner');
  const contactId = saveContact(db, ContactInput.parse({ name: 'Hanne' }), 'owner');
  openCase(db, CaseOpenInput.parse({ menteeId: 1, referral: { organisationId, date: '2026-11-01' } }), 'owner');
  openCase(db, CaseOpenInput.parse({ menteeId: 2, referral: { organisationId, contactId, date: '2026-11-01' } }), 'owner');
  // One course matched with the first mentor, one waiting for a mentor.
  const step = (id: number, to: 'intake' | 'waiting' | 'matched', mentorId?: number) =>
    transitionCase(db, CaseTransitionInput.parse({ id, to, date: '2026-11-10', mentorId }), 'owner', 6);
  for (const id of [1, 2]) for (const to of ['intake', 'waiting'] as const) step(id, to);
  step(1, 'matched', 1);
}

export function freshRegister(migrations = MIGRATIONS): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations);
  writeSettings(db, { organisationName: 'Test', defaultLanguage: 'da' });
  appendAudit(db, { actor: 'owner', action: 'register.created' });
  return db;
}
