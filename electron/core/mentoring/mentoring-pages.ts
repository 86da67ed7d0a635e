import type { z } from 'zod';
import type { CaseRow, CaseStatus, MenteeRow, MentorRow } from '../../../shared/contract';
import type { PageQuery } from '../../../shared/contract/paging';
import type { Db } from '../db/driver';
import { readPage, type IndexRef, type ListSpec, type Page } from '../paging/pager';
import { birthYearOrder, caseStatusOrder, daysOrder, lastMeetingOrder, loadOrder, mentorStatusOrder } from './list-orders';
import { keepMentoringCountsCurrent } from './mentoring-counts';
import { parseJson } from './rows';

// The mentees, mentors and courses lists, one page at a time (paging/pager.ts, docs/paging.md).
// Each keeps exactly the rows its whole-list channel gives: anonymised mentees and mentors never,
// ended mentors and closed courses only when asked. Plain columns sort on an index (migration
// 10); what was computed per row (the newest course's status, counts, a course's last meeting, the
// names of its mentee, mentor and referrer) is kept in the list's own row by triggers and sorts on
// an index too (migration 14).

type Query = z.output<typeof PageQuery>;
type Mentee = z.output<typeof MenteeRow>;
type Mentor = z.output<typeof MentorRow>;
type Course = z.output<typeof CaseRow>;

const MENTOR_SLOT = 3;
const MENTEE_SLOT = 4;
const TODAY = "date('now', 'localtime')";
const NOT_ANONYMISED = { sql: 't.anonymised_at IS NULL', params: [] };

const NEWEST_CASE = (what: string) => `(SELECT ${what} FROM cases c WHERE c.mentee_id = t.id ORDER BY c.id DESC LIMIT 1)`;

const MENTEE_LIST: ListSpec = {
  from: 'mentees t',
  select: `t.id, t.code, t.name, t.municipality, t.birth_year, t.industries, t.goals, t.updated_at,
    ${NEWEST_CASE('c.id')} AS case_id, t.case_status`,
  columns: {
    code: { sort: 't.code', text: 't.code', indexed: true, entryField: 'body' },
    name: { sort: 't.name_key', text: 't.name', indexed: true, entryField: 'title' },
    // The newest course's status, kept in the row: no course first (0), then in lifecycle order.
    caseStatus: { sort: caseStatusOrder('t.case_status'), indexed: true },
    municipality: { sort: 't.municipality COLLATE NOCASE', text: 't.municipality', indexed: true, entryField: 'body' },
    birthYear: { sort: birthYearOrder('t.birth_year'), number: 't.birth_year', indexed: true },
  },
  defaultSort: { colId: 'code', sort: 'asc' },
  searchSlot: MENTEE_SLOT,
  scope: [NOT_ANONYMISED],
};

/**
 * While names are hidden the quick search reads the entry's other text only (code, municipality,
 * profession): a typed name must not pick out the code that belongs to it.
 */
function menteeSpec(showNames: boolean): ListSpec {
  if (showNames) return MENTEE_LIST;
  const { name: _name, ...columns } = MENTEE_LIST.columns;
  return { ...MENTEE_LIST, columns, quickIn: [{ ref: 't.id', slot: MENTEE_SLOT, fields: 'body' }] };
}

const MENTOR_LIST: ListSpec = {
  from: 'mentors t',
  select: `t.id, t.name, t.status, t.municipality, t.industries, t.profession, t.languages, t.capacity, t.recruitment_source,
    t.updated_at, t.case_load AS load, t.training_count AS trainings`,
  columns: {
    name: { sort: 't.name_key', text: 't.name', indexed: true, entryField: 'title' },
    status: { sort: mentorStatusOrder('t.status'), indexed: true },
    // How full the mentor is: ascending puts those with the most room first.
    load: { sort: loadOrder('t.case_load', 't.capacity'), indexed: true },
    municipality: { sort: 't.municipality COLLATE NOCASE', text: 't.municipality', indexed: true, entryField: 'body' },
    profession: { sort: 't.profession COLLATE NOCASE', text: 't.profession', indexed: true, entryField: 'body' },
    trainings: { sort: 't.training_count', number: 't.training_count', indexed: true },
  },
  defaultSort: { colId: 'name', sort: 'asc' },
  searchSlot: MENTOR_SLOT,
  // Ended mentors are left out unless asked, like archived partners.
  archived: "(t.status = 'ended')",
  scope: [NOT_ANONYMISED],
};

const REFERRER = 'coalesce(rc.name, ro.name)';
const DAYS = `max(0, CAST(round(julianday(${TODAY}) - julianday(substr(t.status_since, 1, 10))) AS INTEGER))`;
const BY_MENTEE = (fields: IndexRef['fields']): IndexRef => ({ ref: 't.mentee_id', slot: MENTEE_SLOT, fields });
const BY_MENTOR: IndexRef = { ref: 't.mentor_id', slot: MENTOR_SLOT, fields: 'title' };

const CASE_LIST: ListSpec = {
  from: `cases t JOIN mentees e ON e.id = t.mentee_id LEFT JOIN mentors m ON m.id = t.mentor_id
    LEFT JOIN organisations ro ON ro.id = t.referral_organisation_id LEFT JOIN contacts rc ON rc.id = t.referral_contact_id`,
  select: `t.id, t.status, t.mentee_id, e.code, e.name AS mentee_name, e.municipality, t.mentor_id, m.name AS mentor_name,
    m.anonymised_at AS mentor_anonymised_at, t.coordinator, ${REFERRER} AS referrer, t.referred_on, t.status_since, t.outcome,
    t.last_meeting AS last, t.meeting_count AS n`,
  // The mentee's code, name and municipality, the mentor's name and the referrer sort by the copies
  // kept in the course's row ('' when none; an anonymised mentor's name is gone, so it sorts
  // with the courses that have none). Meetings count those held by today (mentoring-counts.ts).
  // Every sort has a second index holding the open courses only, for the list without the closed.
  columns: {
    code: { sort: 't.mentee_code', text: 'e.code', index: BY_MENTEE('all'), indexed: true, entryField: 'body' },
    name: { sort: 't.mentee_name_key', text: 'e.name', index: BY_MENTEE('all'), indexed: true, entryField: 'title' },
    status: { sort: caseStatusOrder('t.status'), indexed: true },
    mentor: { sort: 't.mentor_name_key', text: 'm.name', index: BY_MENTOR, indexed: true, entryField: 'title' },
    coordinator: { sort: 't.coordinator COLLATE NOCASE', indexed: true },
    referrer: { sort: 't.referrer_name', indexed: true },
    referredOn: { sort: 't.referred_on', date: 't.referred_on', indexed: true },
    days: { sort: daysOrder('t.status_since'), number: DAYS, indexed: true },
    lastMeeting: { sort: lastMeetingOrder('t.last_meeting'), date: 't.last_meeting', indexed: true },
    meetings: { sort: 't.meeting_count', number: 't.meeting_count', indexed: true },
    municipality: {
      sort: 't.mentee_municipality COLLATE NOCASE',
      text: 'e.municipality',
      index: BY_MENTEE('all'),
      indexed: true,
      entryField: 'body',
    },
  },
  defaultSort: { colId: 'status', sort: 'asc' },
  searchSlot: MENTEE_SLOT,
  archived: "(t.status = 'closed')",
};

/** Courses found by their mentee's entry and their mentor's name; names of mentees only when shown. */
function caseSpec(showNames: boolean, status: CaseStatus | null): ListSpec {
  const { name: _name, ...withoutName } = CASE_LIST.columns;
  return {
    ...CASE_LIST,
    columns: showNames ? CASE_LIST.columns : withoutName,
    quickIn: [BY_MENTEE(showNames ? 'all' : 'body'), BY_MENTOR],
    scope: status ? [{ sql: 't.status = ?', params: [status] }] : [],
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** A mentee's row as the list shows it (also what `mentees:list` gives). */
export function menteeRowOf(r: Record<string, unknown>): Mentee {
  return {
    id: Number(r.id),
    code: str(r.code),
    name: str(r.name),
    municipality: str(r.municipality),
    birthYear: typeof r.birth_year === 'number' ? r.birth_year : null,
    industries: parseJson(strOrNull(r.industries), []),
    goals: parseJson(strOrNull(r.goals), []),
    caseStatus: strOrNull(r.case_status) as Mentee['caseStatus'],
    caseId: typeof r.case_id === 'number' ? r.case_id : null,
    updatedAt: str(r.updated_at),
  };
}

/** A mentor's row as the list shows it. */
export function mentorRowOf(r: Record<string, unknown>): Mentor {
  return {
    id: Number(r.id),
    name: str(r.name),
    status: str(r.status) as Mentor['status'],
    municipality: str(r.municipality),
    industries: parseJson(strOrNull(r.industries), []),
    profession: str(r.profession),
    languages: parseJson<{ code: string }[]>(strOrNull(r.languages), []).map((l) => l.code),
    capacity: Number(r.capacity),
    load: Number(r.load),
    trainings: Number(r.trainings),
    recruitmentSource: str(r.recruitment_source) as Mentor['recruitmentSource'],
    updatedAt: str(r.updated_at),
  };
}

/** A course's row as the list shows it. */
export function caseRowOf(r: Record<string, unknown>): Course {
  return {
    id: Number(r.id),
    status: str(r.status) as Course['status'],
    menteeId: Number(r.mentee_id),
    menteeCode: str(r.code),
    menteeName: str(r.mentee_name),
    mentorId: typeof r.mentor_id === 'number' ? r.mentor_id : null,
    mentorName: strOrNull(r.mentor_name),
    mentorAnonymised: r.mentor_anonymised_at !== null && r.mentor_anonymised_at !== undefined,
    coordinator: str(r.coordinator),
    referrerName: strOrNull(r.referrer),
    referredOn: str(r.referred_on),
    statusSince: str(r.status_since),
    lastMeeting: strOrNull(r.last),
    meetings: Number(r.n),
    outcome: strOrNull(r.outcome) as Course['outcome'],
    municipality: str(r.municipality),
  };
}

/** One page of mentees (by code unless names are shown). */
export const pageMentees = (db: Db, query: Query & { showNames: boolean }): Page<Mentee> =>
  readPage(db, menteeSpec(query.showNames), query, menteeRowOf);
/** One page of mentors; `includeArchived` brings the ended ones. */
export const pageMentors = (db: Db, query: Query): Page<Mentor> => readPage(db, MENTOR_LIST, query, mentorRowOf);
/** One page of courses, of one status or all; `includeArchived` brings the closed ones. */
export function pageCases(db: Db, query: Query & { showNames: boolean; status: CaseStatus | null }): Page<Course> {
  keepMentoringCountsCurrent(db);
  return readPage(db, caseSpec(query.showNames, query.status), query, caseRowOf);
}

/** How many courses have each status, for the list's status chips. */
export function caseStatusCounts(db: Db): Record<CaseStatus, number> {
  const rows = db.prepare('SELECT status, count(*) AS n FROM cases GROUP BY status').all() as { status: CaseStatus; n: number }[];
  const counts = { referred: 0, intake: 0, waiting: 0, matched: 0, active: 0, paused: 0, closed: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export const MENTORING_LISTS = { mentees: MENTEE_LIST, mentors: MENTOR_LIST, cases: CASE_LIST };
