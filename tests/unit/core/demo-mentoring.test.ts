import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_TRANSITIONS, WITH_MENTOR } from '../../../shared/mentoring/lifecycle';
import { AgreementInput, MenteeInput, MentorInput, type CaseStatus } from '../../../shared/contract';
import type { Db } from '../../../electron/core/db/driver';
import { DEMO_SIZES, generateDemo } from '../../../electron/core/demo/generate';
import { addMonths } from '../../../electron/core/mentoring/rows';
import { writeSettings } from '../../../electron/core/register/settings-repo';
import { call, cleanupTempDirs, createRegister, lock, newCore, unlock, withDb, type TestCore } from './helpers';

// The mentoring part of the size-s demo register: the invariants the screens rely on, the same
// register from the same seed and day, and rows identical to what the repositories write, checked
// by replaying demo courses through the real channels into an empty register.

const TODAY = '2026-11-27';
const MENTEE_CODE = /^MT-[0-9A-HJKMNP-TV-Z]{5}$/;

interface CaseRow {
  id: number;
  mentee_id: number;
  mentor_id: number | null;
  coordinator: string;
  status: CaseStatus;
  status_since: string;
  referred_on: string;
  referral_reason: string;
  intake_on: string | null;
  waiting_since: string | null;
  matched_on: string | null;
  started_on: string | null;
  closed_on: string | null;
  outcome: string | null;
  ended_reason: string;
  evaluation: string;
  agreement: string | null;
  agreement_on: string | null;
}
interface EventRow {
  case_id: number;
  date: string;
  from_status: CaseStatus | null;
  to_status: CaseStatus;
  mentor: string | null;
  mentor_id: number | null;
  reason: string;
}

/** Everything mentoring, by id, with mentor names instead of ids where ids differ between registers. */
function dump(db: Db) {
  return {
    mentors: db.prepare('SELECT * FROM mentors ORDER BY id').all(),
    trainings: db.prepare('SELECT * FROM mentor_trainings ORDER BY id').all(),
    mentees: db.prepare('SELECT * FROM mentees ORDER BY id').all(),
    cases: db.prepare('SELECT * FROM cases ORDER BY id').all() as CaseRow[],
    events: db
      .prepare(
        'SELECT ev.case_id, ev.date, ev.from_status, ev.to_status, ev.mentor_id, m.name AS mentor, ev.reason FROM case_events ev LEFT JOIN mentors m ON m.id = ev.mentor_id ORDER BY ev.id',
      )
      .all() as EventRow[],
    periods: db
      .prepare(
        'SELECT cm.case_id, m.name AS mentor, cm.mentor_id, cm.from_date, cm.to_date, cm.end_reason FROM case_mentors cm JOIN mentors m ON m.id = cm.mentor_id ORDER BY cm.id',
      )
      .all() as { case_id: number; mentor: string; mentor_id: number; from_date: string; to_date: string | null; end_reason: string }[],
    goals: db.prepare('SELECT case_id, kind, description, progress, note FROM case_goals ORDER BY id').all() as {
      case_id: number;
      kind: string;
      description: string;
      progress: string;
      note: string;
    }[],
    meetings: db.prepare('SELECT case_id, date, type, duration_minutes, topics, note FROM meetings ORDER BY id').all() as {
      case_id: number;
      date: string;
      type: string;
      duration_minutes: number;
      topics: string;
      note: string;
    }[],
    followUps: db.prepare('SELECT case_id, due_on, done_on, result, note FROM follow_ups ORDER BY id').all() as {
      case_id: number;
      due_on: string;
      done_on: string | null;
      result: string | null;
      note: string;
    }[],
    settings: db.prepare("SELECT value FROM settings WHERE key = 'mentoring'").get() as { value: string } | undefined,
    index: db
      .prepare(
        "SELECT rowid, kind, ref, label, subtitle, title, body, sounds FROM search_index WHERE kind IN ('mentor', 'mentee') ORDER BY rowid",
      )
      .all(),
  };
}
type Dump = ReturnType<typeof dump>;

async function demoRegister(): Promise<{ t: TestCore; dir: string; data: Dump }> {
  const t = newCore();
  const { dir } = await createRegister(t.core, { organisationName: 'Demo' });
  await lock(t.core);
  const data = await withDb(dir, (db) => {
    generateDemo(db, 's', 'owner', undefined, TODAY);
    return dump(db);
  });
  return { t, dir, data };
}

let a: Awaited<ReturnType<typeof demoRegister>>;
beforeAll(async () => {
  a = await demoRegister();
});
afterAll(() => {
  a.t.core.shutdown();
  cleanupTempDirs();
});

const group = <T, K>(rows: T[], key: (r: T) => K) => {
  const map = new Map<K, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
};

describe('the mentoring demo (size s)', () => {
  it('is the size asked for, with plausible counts by status', () => {
    const { cases, mentors, mentees, meetings } = a.data;
    expect(mentors).toHaveLength(DEMO_SIZES.s.mentors);
    expect(mentees).toHaveLength(DEMO_SIZES.s.mentees);
    expect(cases).toHaveLength(DEMO_SIZES.s.mentees);
    const byStatus = (s: string) => cases.filter((c) => c.status === s).length;
    // Four years of history: most courses are over, some run now, a few wait.
    expect(byStatus('closed')).toBeGreaterThan(cases.length * 0.55);
    expect(byStatus('closed')).toBeLessThan(cases.length * 0.9);
    expect(byStatus('active')).toBeGreaterThanOrEqual(8);
    expect(byStatus('waiting')).toBeGreaterThanOrEqual(2);
    const mentorStatus = (s: string) => (mentors as { status: string }[]).filter((m) => m.status === s).length;
    expect(mentorStatus('active')).toBeGreaterThan(mentors.length / 2);
    expect(mentorStatus('active') + mentorStatus('applicant') + mentorStatus('ended')).toBeLessThan(mentors.length);
    expect(new Set((mentors as { capacity: number }[]).map((m) => m.capacity))).toEqual(new Set([1, 2, 3]));
    // Meetings every two to four weeks, 30 minutes to two hours, mostly mentor and mentee.
    expect(meetings.length).toBeGreaterThan(cases.length * 8);
    for (const m of meetings) expect([30, 45, 60, 75, 90, 120]).toContain(m.duration_minutes);
    const types = group(meetings, (m) => m.type);
    expect((types.get('mentor-mentee')?.length ?? 0) / meetings.length).toBeGreaterThan(0.7);
    expect(types.get('three-party')?.length).toBeGreaterThan(0);
    expect(types.get('group-event')?.length).toBeGreaterThan(0);
    const outcomes = new Set(cases.map((c) => c.outcome).filter(Boolean));
    expect(outcomes.size).toBeGreaterThanOrEqual(6);
    expect(cases.filter((c) => c.outcome === 'ended-early').every((c) => c.ended_reason !== '')).toBe(true);
  });

  it('never gives a mentor more courses than their capacity, now or at any time before', () => {
    const { cases, mentors, periods } = a.data;
    const capacity = new Map((mentors as { id: number; capacity: number; status: string }[]).map((m) => [m.id, m]));
    const open = group(
      cases.filter((c) => WITH_MENTOR.includes(c.status)),
      (c) => c.mentor_id,
    );
    for (const [mentorId, held] of open) expect(held.length).toBeLessThanOrEqual(capacity.get(mentorId as number)?.capacity ?? 0);
    // Sweep each mentor's periods: at no day do more overlap than the capacity.
    for (const [mentorId, list] of group(periods, (p) => p.mentor_id)) {
      const points = list.flatMap((p) => [
        [p.from_date, 1],
        [p.to_date ?? '9999-12-31', -1],
      ]) as [string, number][];
      points.sort((x, y) => x[0].localeCompare(y[0]) || x[1] - y[1]);
      let load = 0;
      for (const [, step] of points) {
        load += step;
        expect(load).toBeLessThanOrEqual(capacity.get(mentorId)?.capacity ?? 0);
      }
    }
    // Open periods belong to open courses with that mentor; applicants and trained mentors have none.
    for (const p of periods.filter((x) => x.to_date === null)) {
      const c = cases.find((x) => x.id === p.case_id);
      expect(c && WITH_MENTOR.includes(c.status)).toBe(true);
      expect(c?.mentor_id).toBe(p.mentor_id);
    }
    for (const p of periods) expect(['applicant', 'trained']).not.toContain(capacity.get(p.mentor_id)?.status);
  });

  it('has a status history for every course that leads to its status, by allowed steps', () => {
    const { cases, events, periods, followUps } = a.data;
    const byCase = group(events, (e) => e.case_id);
    for (const c of cases) {
      const list = byCase.get(c.id) ?? [];
      expect(list[0]).toMatchObject({ from_status: null, to_status: 'referred', date: c.referred_on });
      for (let i = 1; i < list.length; i++) {
        const [prev, e] = [list[i - 1] as EventRow, list[i] as EventRow];
        expect(e.from_status).toBe(prev.to_status);
        expect(CASE_TRANSITIONS[prev.to_status]).toContain(e.to_status);
        expect(e.date >= prev.date).toBe(true);
        if (e.to_status === 'matched') expect(e.mentor_id).not.toBeNull();
      }
      const last = list[list.length - 1] as EventRow;
      expect(last.to_status).toBe(c.status);
      expect(last.date).toBe(c.status_since);
      expect(c.status_since <= TODAY).toBe(true);
      // The cases table CHECK, and the dates each status brings.
      expect(c.mentor_id !== null).toBe(WITH_MENTOR.includes(c.status) || (c.status === 'closed' && c.mentor_id !== null));
      if (['active', 'paused'].includes(c.status)) expect(c.agreement_on !== null && c.started_on !== null).toBe(true);
      if (c.started_on !== null) expect(c.agreement_on !== null && c.agreement_on <= c.started_on).toBe(true);
      if (c.status === 'closed') {
        expect(c.outcome).not.toBeNull();
        expect(c.closed_on).toBe(c.status_since);
        // Closing plans a follow-up only for a course that started.
        const planned = c.started_on === null ? [] : [addMonths(c.closed_on ?? '', 6)];
        expect(followUps.filter((f) => f.case_id === c.id).map((f) => f.due_on)).toEqual(planned);
      } else {
        expect(c.outcome).toBeNull();
        expect(followUps.some((f) => f.case_id === c.id)).toBe(false);
      }
      const mine = periods.filter((p) => p.case_id === c.id);
      expect(mine.length).toBe(list.filter((e) => e.to_status === 'matched').length);
    }
    // Some rematches, some pauses, some courses that never got a mentor.
    expect([...group(periods, (p) => p.case_id).values()].some((list) => list.length > 1)).toBe(true);
    expect(events.some((e) => e.to_status === 'paused')).toBe(true);
    expect(cases.some((c) => c.status === 'closed' && c.matched_on === null && c.mentor_id === null)).toBe(true);
    // Follow-ups: those whose day has long passed are mostly done, with a result.
    const done = followUps.filter((f) => f.done_on !== null);
    expect(done.length).toBeGreaterThan(followUps.length / 2);
    expect(done.every((f) => f.result !== null && (f.done_on ?? '') >= f.due_on && (f.done_on ?? '') <= TODAY)).toBe(true);
  });

  it('has meetings only in courses that had a mentor, while it had one', () => {
    const { meetings, periods, cases } = a.data;
    const firstMentor = new Map<number, string>();
    for (const p of periods) if (!firstMentor.has(p.case_id)) firstMentor.set(p.case_id, p.from_date);
    for (const m of meetings) {
      const from = firstMentor.get(m.case_id);
      expect(from).toBeDefined();
      expect(m.date >= (from ?? '')).toBe(true);
      const c = cases.find((x) => x.id === m.case_id);
      if (c?.status === 'closed' && m.date > (c.closed_on ?? '')) expect(m.type).toBe('follow-up');
    }
    // Planned meetings: a few active courses have their next meeting booked.
    expect(meetings.some((m) => m.date > TODAY)).toBe(true);
  });

  it('gives mentees unique MT codes, people in their own scripts, and neighbouring municipalities', () => {
    const mentees = a.data.mentees as { code: string; name: string; languages: string; municipality: string }[];
    expect(new Set(mentees.map((m) => m.code)).size).toBe(mentees.length);
    for (const m of mentees) expect(m.code).toMatch(MENTEE_CODE);
    const names = mentees.map((m) => m.name).join(' ');
    expect(names).toMatch(/\p{Script=Arabic}/u);
    expect(names).toMatch(/\p{Script=Cyrillic}|\p{Script=Ethiopic}/u);
    const languages = new Set(mentees.flatMap((m) => (JSON.parse(m.languages) as { code: string }[]).map((l) => l.code)));
    for (const code of ['ar', 'da']) expect(languages).toContain(code);
    const neighbours = JSON.parse(a.data.settings?.value ?? '{}').neighbours as [string, string][];
    expect(neighbours).toContainEqual(['Albertslund', 'Brøndby']);
    expect(neighbours.every(([x, y]) => !['Oslo', 'Helsinki'].includes(x) && !['Oslo', 'Helsinki'].includes(y))).toBe(true);
    expect(a.data.index).toHaveLength(DEMO_SIZES.s.mentors + DEMO_SIZES.s.mentees);
  });

  it('is the same register from the same seed and day, refuses a second run, and passes verify', async () => {
    const b = await demoRegister();
    b.t.core.shutdown();
    expect(b.data).toEqual(a.data);
    await withDb(a.dir, (db) => expect(() => generateDemo(db, 's', 'owner', undefined, TODAY)).toThrow(/NOT_ALLOWED/));
    await unlock(a.t.core, a.dir);
    try {
      const report = await call(a.t.core, 'register:verify', {});
      expect(report.checks.filter((c) => !c.ok)).toEqual([]);
      // Found by code as the repositories index mentees.
      const mentee = a.data.mentees[3] as { id: number; code: string };
      const hits = await call(a.t.core, 'search:query', { text: mentee.code, limit: 5 });
      expect(hits.some((h) => h.kind === 'mentee' && h.id === mentee.id)).toBe(true);
    } finally {
      await lock(a.t.core);
    }
  });

  it('reads back through every channel, each record valid as the forms would save it', async () => {
    await unlock(a.t.core, a.dir);
    try {
      for (const { id } of a.data.mentors as { id: number }[]) {
        const { status: _s, load: _l, cases: _c, createdAt: _ca, updatedAt: _u, ...input } = await call(a.t.core, 'mentors:get', { id });
        expect(MentorInput.safeParse(input).error).toBeUndefined();
      }
      for (const { id } of a.data.mentees as { id: number }[]) {
        const { code: _code, cases: _c, createdAt: _ca, updatedAt: _u, ...input } = await call(a.t.core, 'mentees:get', { id });
        expect(MenteeInput.safeParse(input).error).toBeUndefined();
      }
      for (const c of a.data.cases) {
        const got = await call(a.t.core, 'cases:get', { id: c.id });
        expect(got.status).toBe(c.status);
        if (c.agreement !== null) expect(AgreementInput.parse(got.agreement)).toEqual(JSON.parse(c.agreement));
      }
      expect(await call(a.t.core, 'cases:list', { includeClosed: true })).toHaveLength(DEMO_SIZES.s.mentees);
      expect(await call(a.t.core, 'mentees:list', {})).toHaveLength(DEMO_SIZES.s.mentees);
      const week = await call(a.t.core, 'week:overview', { today: TODAY });
      expect(week.waiting.length).toBeGreaterThan(0);
      for (const w of a.data.cases.filter((c) => c.status === 'waiting')) {
        const result = await call(a.t.core, 'matching:suggest', { menteeId: w.mentee_id, limit: 5 });
        expect(result.suggestions.length).toBeGreaterThan(0);
      }
    } finally {
      await lock(a.t.core);
    }
  });

  it('follows the register language: Norwegian, Finland-Swedish and Finnish programmes', async () => {
    const t = newCore();
    const { dir } = await createRegister(t.core);
    await lock(t.core);
    t.core.shutdown();
    const expectations = {
      nb: { places: ['Oslo', 'Bergen'], pair: ['Stavanger', 'Sandnes'], word: /jobb|arbeidsliv|Ønsker/ },
      sv: { places: ['Vasa', 'Borgå'], pair: ['Vasa', 'Korsholm'], word: /arbeta|jobbsökandet|studera|Arbetslös/ },
      fi: { places: ['Helsinki', 'Tampere'], pair: ['Helsinki', 'Espoo'], word: /Haluaa|Tarvitsee|Työkokemusta|Työttömänä/ },
    } as const;
    for (const [language, want] of Object.entries(expectations)) {
      const data = await withDb(dir, (db) => {
        db.exec('DELETE FROM consents; DELETE FROM erasure_queue;');
        db.exec('DELETE FROM case_events; DELETE FROM case_mentors; DELETE FROM case_goals; DELETE FROM meetings; DELETE FROM follow_ups;');
        db.exec('DELETE FROM cases; DELETE FROM mentees; DELETE FROM mentor_trainings; DELETE FROM mentors; DELETE FROM search_index;');
        db.exec('DELETE FROM memberships; DELETE FROM offers; DELETE FROM network_members; DELETE FROM networks;');
        db.exec(
          'DELETE FROM interaction_contacts; DELETE FROM interaction_organisations; DELETE FROM interactions; DELETE FROM contacts; DELETE FROM organisations;',
        );
        writeSettings(db, { defaultLanguage: language as 'nb' });
        generateDemo(db, 's', 'owner', undefined, TODAY);
        return dump(db);
      });
      const places = new Set((data.mentees as { municipality: string }[]).map((m) => m.municipality));
      for (const place of want.places) expect(places, language).toContain(place);
      expect([...places].every((p) => !['København', 'Aarhus'].includes(p))).toBe(true);
      expect(data.cases.map((c) => c.referral_reason).join(' '), language).toMatch(want.word);
      const local = (data.mentors as { languages: string }[]).filter((m) =>
        (JSON.parse(m.languages) as { code: string }[]).some((l) => l.code === language),
      );
      expect(local.length, language).toBeGreaterThan(30);
      expect(JSON.parse(data.settings?.value ?? '{}').neighbours).toContainEqual(want.pair);
    }
  });

  it('writes search entries identical to what saving through the repositories writes', async () => {
    await unlock(a.t.core, a.dir);
    try {
      for (const id of [1, 7, 23]) {
        const { status: _s, load: _l, cases: _c, createdAt: _ca, updatedAt: _u, ...input } = await call(a.t.core, 'mentors:get', { id });
        await call(a.t.core, 'mentors:save', input);
      }
      for (const id of [2, 50, 119]) {
        const { code: _code, cases: _c, createdAt: _ca, updatedAt: _u, ...input } = await call(a.t.core, 'mentees:get', { id });
        await call(a.t.core, 'mentees:save', input);
      }
    } finally {
      await lock(a.t.core);
    }
    const index = await withDb(a.dir, (db) => dump(db).index);
    expect(index).toEqual(a.data.index);
  });

  it('holds courses exactly as the channels write them: replayed step by step into an empty register', async () => {
    const { cases, events, periods, goals, meetings, followUps } = a.data;
    const mentees = a.data.mentees as Record<string, unknown>[];
    const mentors = a.data.mentors as Record<string, unknown>[];
    // Every course with a rematch or a pause, and a spread of the others.
    const interesting = new Set([
      ...periods.filter((p, i) => periods.findIndex((q) => q.case_id === p.case_id) !== i).map((p) => p.case_id),
      ...events.filter((e) => e.to_status === 'paused').map((e) => e.case_id),
      ...cases.filter((c, i) => i % 6 === 0).map((c) => c.id),
    ]);
    const sample = cases.filter((c) => interesting.has(c.id));
    expect(sample.length).toBeGreaterThan(20);

    const t = newCore();
    const { dir } = await createRegister(t.core);
    try {
      const mentorIds = new Map<number, number>();
      const mentorFor = async (demoId: number) => {
        const known = mentorIds.get(demoId);
        if (known) return known;
        const m = mentors.find((x) => x.id === demoId) as Record<string, unknown>;
        const saved = await call(t.core, 'mentors:save', { name: m.name as string, capacity: 10 });
        await call(t.core, 'mentors:setStatus', { id: saved.id, status: 'trained' });
        await call(t.core, 'mentors:setStatus', { id: saved.id, status: 'active' });
        mentorIds.set(demoId, saved.id);
        return saved.id;
      };
      const replayed: { demo: CaseRow; id: number }[] = [];
      for (const c of sample) {
        const e = mentees.find((x) => x.id === c.mentee_id) as Record<string, unknown>;
        const mentee = await call(t.core, 'mentees:save', { name: e.name as string });
        const referral = { organisationId: null, contactId: null, date: c.referred_on, reason: c.referral_reason };
        const opened = await call(t.core, 'cases:open', { menteeId: mentee.id, coordinator: c.coordinator, referral });
        const myGoals = goals.filter((g) => g.case_id === c.id).map(({ case_id: _id, ...g }) => g);
        if (myGoals.length > 0)
          await call(t.core, 'cases:saveDetails', { id: opened.id, coordinator: c.coordinator, referral, goals: myGoals as never });
        // Meetings before status changes on the same day: the closing meeting comes before the closing.
        const steps = [
          ...meetings.filter((m) => m.case_id === c.id).map((m) => ({ date: m.date, order: 0, meeting: m })),
          ...events.filter((ev) => ev.case_id === c.id && ev.from_status !== null).map((ev) => ({ date: ev.date, order: 1, event: ev })),
        ].sort((x, y) => x.date.localeCompare(y.date) || x.order - y.order);
        let agreed = false;
        for (const step of steps) {
          if ('meeting' in step && step.meeting) {
            const m = step.meeting;
            await call(t.core, 'meetings:save', {
              caseId: opened.id,
              date: m.date,
              type: m.type as 'mentor-mentee',
              durationMinutes: m.duration_minutes,
              topics: JSON.parse(m.topics),
              note: m.note,
            });
            continue;
          }
          const ev = (step as { event: EventRow }).event;
          if (ev.to_status === 'active' && !agreed && c.agreement !== null) {
            await call(t.core, 'cases:saveAgreement', { caseId: opened.id, agreement: JSON.parse(c.agreement) });
            agreed = true;
          }
          await call(t.core, 'cases:transition', {
            id: opened.id,
            to: ev.to_status,
            date: ev.date,
            reason: ev.reason,
            ...(ev.to_status === 'matched' ? { mentorId: await mentorFor(ev.mentor_id as number) } : {}),
            ...(ev.to_status === 'closed'
              ? { closing: { outcome: c.outcome as 'moved', endedReason: c.ended_reason, evaluation: c.evaluation } }
              : {}),
          });
        }
        const mine = followUps.filter((f) => f.case_id === c.id);
        const planned = (await call(t.core, 'cases:get', { id: opened.id })).followUps;
        expect(planned.map((f) => f.dueOn)).toEqual(mine.map((f) => f.due_on));
        for (const [i, f] of mine.entries()) {
          if (f.done_on === null) continue;
          await call(t.core, 'followUps:save', {
            id: planned[i]?.id,
            caseId: opened.id,
            dueOn: f.due_on,
            doneOn: f.done_on,
            result: f.result as 'in-job',
            note: f.note,
          });
        }
        replayed.push({ demo: c, id: opened.id });
      }
      await lock(t.core);
      const fresh = await withDb(dir, dump);

      const comparable = (data: Dump, caseId: number) => {
        const c = data.cases.find((x) => x.id === caseId) as CaseRow;
        const { id: _id, mentee_id: _m, mentor_id: mentorId, ...row } = c;
        const strip = <T extends { case_id: number }>(rows: T[]) =>
          rows.filter((r) => r.case_id === caseId).map(({ case_id: _c, ...r }) => ('mentor_id' in r ? { ...r, mentor_id: undefined } : r));
        return {
          row: { ...row, mentor: data.periods.find((p) => p.mentor_id === mentorId)?.mentor ?? null },
          events: strip(data.events),
          periods: strip(data.periods),
          goals: strip(data.goals),
          meetings: strip(data.meetings),
          followUps: strip(data.followUps),
        };
      };
      for (const { demo, id } of replayed) {
        const expected = comparable(a.data, demo.id);
        // The referral organisation and contact are demo partners, not in the empty register.
        const {
          referral_organisation_id: _o,
          referral_contact_id: _p,
          ...expectedRow
        } = expected.row as typeof expected.row & {
          referral_organisation_id: unknown;
          referral_contact_id: unknown;
        };
        const got = comparable(fresh, id);
        const {
          referral_organisation_id: _o2,
          referral_contact_id: _p2,
          created_at: _c2,
          updated_at: _u2,
          ...gotRow
        } = got.row as typeof got.row & {
          referral_organisation_id: unknown;
          referral_contact_id: unknown;
          created_at: string;
          updated_at: string;
        };
        const {
          created_at: _c1,
          updated_at: _u1,
          ...wantRow
        } = expectedRow as typeof expectedRow & { created_at: string; updated_at: string };
        expect({ ...got, row: gotRow }, `case ${demo.id}`).toEqual({ ...expected, row: wantRow });
      }
    } finally {
      t.core.shutdown();
    }
  });
});
