import { describe, expect, it } from 'vitest';
import { CASE_TRANSITIONS, WITH_MENTOR } from '../../../shared/mentoring/lifecycle';
import { DEMO_SIZES, generateDemo } from '../../../electron/core/demo/generate';
import { addMonths } from '../../../electron/core/mentoring/rows';
import { writeSettings } from '../../../electron/core/register/settings-repo';
import { sharedDemoRegister, dump, group, TODAY, type EventRow } from './demo-mentoring-fixture';
import { createRegister, lock, newCore, withDb } from './helpers';

// The mentoring part of the size-s demo register: the invariants the screens rely on (sizes,
// capacity at any time, status histories by allowed steps, meetings while a mentor is there,
// codes and names), and the same in a Norwegian, Finland-Swedish and Finnish register. That the
// rows are what the repositories write is demo-mentoring-channels.test.ts.

const MENTEE_CODE = /^MT-[0-9A-HJKMNP-TV-Z]{5}$/;

const shared = sharedDemoRegister();

describe('the mentoring demo (size s)', () => {
  it('is the size asked for, with plausible counts by status', () => {
    const { cases, mentors, mentees, meetings } = shared.current.data;
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
    const { cases, mentors, periods } = shared.current.data;
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
    const { cases, events, periods, followUps } = shared.current.data;
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
    const { meetings, periods, cases } = shared.current.data;
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
    const mentees = shared.current.data.mentees as { code: string; name: string; languages: string; municipality: string }[];
    expect(new Set(mentees.map((m) => m.code)).size).toBe(mentees.length);
    for (const m of mentees) expect(m.code).toMatch(MENTEE_CODE);
    const names = mentees.map((m) => m.name).join(' ');
    expect(names).toMatch(/\p{Script=Arabic}/u);
    expect(names).toMatch(/\p{Script=Cyrillic}|\p{Script=Ethiopic}/u);
    const languages = new Set(mentees.flatMap((m) => (JSON.parse(m.languages) as { code: string }[]).map((l) => l.code)));
    for (const code of ['ar', 'da']) expect(languages).toContain(code);
    const neighbours = JSON.parse(shared.current.data.settings?.value ?? '{}').neighbours as [string, string][];
    expect(neighbours).toContainEqual(['Albertslund', 'Brøndby']);
    expect(neighbours.every(([x, y]) => !['Oslo', 'Helsinki'].includes(x) && !['Oslo', 'Helsinki'].includes(y))).toBe(true);
    expect(shared.current.data.index).toHaveLength(DEMO_SIZES.s.mentors + DEMO_SIZES.s.mentees);
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
});
