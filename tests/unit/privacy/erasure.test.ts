import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbPath, openDatabase, type Db } from '../../../electron/core/db/driver';
import { call, callFails, cleanupTempDirs, createRegister, dataKeyOf, newCore, type TestCore } from '../core/helpers';
import { findMarker, othersHash } from './erasure-support';

// Erasure and anonymisation through the real dispatcher on an encrypted register. A mentee
// carries a unique marker in every free text we can reach; after erasure no table (the FTS5
// shadow tables included), no index term and no WAL frame holds it, every other mentee's rows
// are byte-for-byte the same, and verify (audit chain, foreign keys, page HMACs) passes.

const MARKER = 'Qwzvuxmarker';
let t: TestCore;
let dir: string;
let side: Db; // a second connection for what other features write (consents, disclosures)

beforeAll(async () => {
  t = newCore();
  dir = (await createRegister(t.core)).dir;
  side = openDatabase(dbPath(dir), await dataKeyOf(dir), { create: false });
});
afterAll(() => {
  side.close();
  t.core.shutdown();
  cleanupTempDirs();
});

async function activeMentor(name: string) {
  const m = await call(t.core, 'mentors:save', { name, capacity: 3, notes: `${name} notes` });
  await call(t.core, 'mentors:setStatus', { id: m.id, status: 'trained' });
  return call(t.core, 'mentors:setStatus', { id: m.id, status: 'active' });
}

/** A mentee with a course that ran and closed, a meeting, a follow-up, a consent with a scanned form, a disclosure. */
async function richMentee(name: string, mentorId: number, orgId: number, contactId: number, text: string) {
  const mentee = await call(t.core, 'mentees:save', { name, email: `${text}@example.org`, notes: `Notes about ${text}`, birthYear: 1987 });
  const c = await call(t.core, 'cases:open', {
    menteeId: mentee.id,
    referral: { organisationId: orgId, contactId, date: '2026-01-05', reason: `Referred: ${text}` },
  });
  await call(t.core, 'cases:transition', { id: c.id, to: 'intake', date: '2026-01-12' });
  await call(t.core, 'cases:transition', { id: c.id, to: 'waiting', date: '2026-01-12' });
  await call(t.core, 'cases:transition', { id: c.id, to: 'matched', mentorId, date: '2026-01-20' });
  await call(t.core, 'cases:saveAgreement', { caseId: c.id, agreement: { date: '2026-01-27', participants: `${text}, Ida` } });
  await call(t.core, 'cases:transition', { id: c.id, to: 'active', date: '2026-01-27' });
  await call(t.core, 'meetings:save', {
    caseId: c.id,
    date: '2026-02-10',
    type: 'mentor-mentee',
    topics: [`cv-${text}`],
    note: `Met ${text}`,
  });
  await call(t.core, 'cases:transition', { id: c.id, to: 'paused', date: '2026-03-01', reason: `${text} travelling` });
  await call(t.core, 'cases:transition', { id: c.id, to: 'active', date: '2026-03-20' });
  const closed = await call(t.core, 'cases:transition', {
    id: c.id,
    to: 'closed',
    date: '2026-08-31',
    closing: { outcome: 'job-part-time', evaluation: `${text} got a job` },
  });
  const fu = closed.followUps[0]!;
  await call(t.core, 'followUps:save', { ...fu, note: `Called ${text}` });
  await call(t.core, 'mentees:save', {
    id: mentee.id,
    name: `${name} Jr`,
    email: `${text}@example.org`,
    notes: `Notes about ${text}`,
    birthYear: 1987,
  });
  const stamp = '2026-02-01T10:00:00Z';
  const file = Number(
    side
      .prepare('INSERT INTO files (name, mime, size, sha256, data, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(`${text}-form.pdf`, 'application/pdf', 20, 'x', Buffer.from(`%PDF signed by ${text}`), stamp, 'owner').lastInsertRowid,
  );
  side
    .prepare(
      `INSERT INTO consents (person_kind, person_id, purpose, recipient_organisation_id, categories, given_on, method, witness, evidence_file_id, note, recorded_by, created_at, updated_at)
       VALUES ('mentee', ?, 'feedback-sharing', ?, '["attendance"]', '2026-01-27', 'verbal-witness', ?, ?, ?, 'owner', ?, ?)`,
    )
    .run(mentee.id, orgId, `Witness for ${text}`, file, `Said yes, ${text}`, stamp, stamp);
  side
    .prepare(
      `INSERT INTO disclosures (at, person_kind, person_id, person_code, recipient_organisation_id, recipient_label, purpose, categories, file_name, recorded_by)
       VALUES (?, 'mentee', ?, ?, ?, 'Jobcenter', 'feedback-sharing', '["attendance"]', 'report.docx', 'owner')`,
    )
    .run(stamp, mentee.id, mentee.code, orgId);
  side
    .prepare(
      "INSERT INTO field_history (person_kind, person_id, field, old_value, new_value, changed_at, changed_by) VALUES ('mentee', ?, 'name', ?, ?, ?, 'owner')",
    )
    .run(mentee.id, `${name} Old`, name, stamp);
  return { mentee, caseId: c.id };
}

async function world() {
  const org = await call(t.core, 'organisations:save', { name: 'Jobcenter Kolding', sector: 'job-centre' });
  const contact = await call(t.core, 'contacts:save', { name: 'Lone Berg', memberships: [{ organisationId: org.id }] });
  const mentor = await activeMentor('Birgitte Holm');
  return { org, contact, mentor };
}

function walSize(): number {
  try {
    return statSync(path.join(dir, 'register.db-wal')).size;
  } catch {
    return 0;
  }
}

describe('erasing a mentee', () => {
  it('previews exactly what apply removes, leaves no trace of the marker anywhere, and leaves every other mentee untouched', async () => {
    const { org, contact, mentor } = await world();
    const target = await richMentee(`Nadia ${MARKER}`, mentor.id, org.id, contact.id, MARKER);
    const other = await richMentee('Amina Yusuf', mentor.id, org.id, contact.id, 'Amina');
    await call(t.core, 'erasure:request', { person: { kind: 'mentee', id: target.mentee.id } });
    expect(findMarker(side, MARKER).length).toBeGreaterThan(5);

    const before = othersHash(side, target.mentee.id);
    const otherView = await call(t.core, 'mentees:get', { id: other.mentee.id });
    const preview = await call(t.core, 'erasure:preview', { subject: { kind: 'mentee', id: target.mentee.id }, mode: 'erase' });
    expect(preview.personRow).toBe('delete');
    expect(preview.queued).toBe('request');
    const counts = Object.fromEntries(preview.steps.map((s) => [`${s.table}.${s.action}`, s.count]));
    expect(counts).toMatchObject({
      'mentees.delete': 1,
      'cases.delete': 1,
      'meetings.delete': 1,
      'follow_ups.delete': 1,
      'consents.delete': 1,
      'files.delete': 1,
      'disclosures.unlink': 1,
      'erasure_queue.delete': 1,
      'search_index.delete': 1,
    });
    expect(counts['case_events.delete']).toBeGreaterThanOrEqual(7);
    expect(counts['field_history.delete']).toBeGreaterThanOrEqual(1);

    const done = await call(t.core, 'erasure:apply', {
      subject: { kind: 'mentee', id: target.mentee.id },
      mode: 'erase',
      fingerprint: preview.fingerprint,
    });
    expect(done.steps).toEqual(preview.steps);

    expect(findMarker(side, MARKER)).toEqual([]);
    expect(walSize()).toBe(0);
    expect(othersHash(side, target.mentee.id)).toEqual(before);
    expect(await call(t.core, 'mentees:get', { id: other.mentee.id })).toEqual(otherView);
    expect((await callFails(t.core, 'mentees:get', { id: target.mentee.id })).code).toBe('NOT_FOUND');
    // The disclosure stays on record, no longer linked to anyone.
    expect(side.prepare('SELECT person_id, recipient_label FROM disclosures WHERE person_code = ?').get(target.mentee.code)).toEqual({
      person_id: null,
      recipient_label: 'Jobcenter',
    });
    expect(await call(t.core, 'erasure:queue', {})).toEqual([]);
    const audit = side.prepare("SELECT entity, entity_id, details FROM audit_log WHERE action = 'person.erased'").all() as {
      details: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ mode: 'erase', 'cases.delete': 1 });

    const verify = await call(t.core, 'register:verify', {});
    expect(verify.checks.filter((c) => !c.ok)).toEqual([]);
    expect(side.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('refuses to apply a plan the register no longer matches', async () => {
    const m = await call(t.core, 'mentees:save', { name: 'Hodan Ali' });
    const preview = await call(t.core, 'erasure:preview', { subject: { kind: 'mentee', id: m.id }, mode: 'erase' });
    await call(t.core, 'cases:open', {
      menteeId: m.id,
      referral: { organisationId: null, contactId: null, date: '2026-03-01', reason: '' },
    });
    const refused = await callFails(t.core, 'erasure:apply', {
      subject: { kind: 'mentee', id: m.id },
      mode: 'erase',
      fingerprint: preview.fingerprint,
    });
    expect(refused.code).toBe('INVALID_INPUT');
    expect((await call(t.core, 'mentees:get', { id: m.id })).name).toBe('Hodan Ali');
  });
});

describe('anonymising a mentee', () => {
  it('keeps the course statistics, blanks everything identifying and hides the person', async () => {
    const mentor = await activeMentor('Jonas Lund');
    const org = await call(t.core, 'organisations:save', { name: 'Boligsocial Vollsmose', sector: 'housing-social' });
    const marker = 'Plokmarkerzz';
    const { mentee, caseId } = await richMentee(
      `Sara ${marker}`,
      mentor.id,
      org.id,
      (await call(t.core, 'contacts:save', { name: 'Ib Dahl' })).id,
      marker,
    );
    const casesBefore = side
      .prepare('SELECT status, referred_on, started_on, closed_on, outcome, referral_organisation_id FROM cases WHERE id = ?')
      .get(caseId);
    const meetingsBefore = side.prepare('SELECT date, type, duration_minutes FROM meetings WHERE case_id = ?').all(caseId);

    const preview = await call(t.core, 'erasure:preview', { subject: { kind: 'mentee', id: mentee.id }, mode: 'anonymise' });
    expect(preview.personRow).toBe('anonymise');
    expect(preview.steps).toContainEqual({ table: 'meetings', action: 'blank', count: 1 });
    expect(preview.steps).toContainEqual({ table: 'cases', action: 'blank', count: 1 });
    await call(t.core, 'erasure:apply', {
      subject: { kind: 'mentee', id: mentee.id },
      mode: 'anonymise',
      fingerprint: preview.fingerprint,
    });

    expect(findMarker(side, marker)).toEqual([]);
    expect(
      side
        .prepare('SELECT status, referred_on, started_on, closed_on, outcome, referral_organisation_id FROM cases WHERE id = ?')
        .get(caseId),
    ).toEqual(casesBefore);
    expect(side.prepare('SELECT date, type, duration_minutes FROM meetings WHERE case_id = ?').all(caseId)).toEqual(meetingsBefore);
    const row = side.prepare('SELECT code, name, birth_year, anonymised_at FROM mentees WHERE id = ?').get(mentee.id) as Record<
      string,
      unknown
    >;
    expect(row).toMatchObject({ name: '', birth_year: 1985 });
    expect(row.code).not.toBe(mentee.code);
    expect(row.anonymised_at).toBeTruthy();
    expect((await callFails(t.core, 'mentees:get', { id: mentee.id })).code).toBe('PERSON_ERASED');
    expect((await call(t.core, 'mentees:list', {})).some((m) => m.id === mentee.id)).toBe(false);
    expect((await callFails(t.core, 'mentees:save', { id: mentee.id, name: 'Brought back' })).code).toBe('PERSON_ERASED');
    expect(await call(t.core, 'search:query', { text: marker, limit: 10 })).toEqual([]);
    expect((await callFails(t.core, 'erasure:preview', { subject: { kind: 'mentee', id: mentee.id }, mode: 'anonymise' })).code).toBe(
      'PERSON_ERASED',
    );
    expect((await call(t.core, 'register:verify', {})).ok).toBe(true);
  });
});

describe('erasing a mentor and a contact person', () => {
  it('keeps an anonymous mentor row where other mentees’ courses point at it, and deletes one without courses', async () => {
    const mentor = await activeMentor('Vibeke Markmentor');
    const org = await call(t.core, 'organisations:save', { name: 'Red Cross', sector: 'civil-society' });
    const { caseId } = await richMentee(
      'Leyla Osman',
      mentor.id,
      org.id,
      (await call(t.core, 'contacts:save', { name: 'Per Holt' })).id,
      'Leyla',
    );
    const preview = await call(t.core, 'erasure:preview', { subject: { kind: 'mentor', id: mentor.id }, mode: 'erase' });
    expect(preview.personRow).toBe('anonymise-kept');
    await call(t.core, 'erasure:apply', { subject: { kind: 'mentor', id: mentor.id }, mode: 'erase', fingerprint: preview.fingerprint });
    expect(findMarker(side, 'Markmentor')).toEqual([]);
    expect((await call(t.core, 'cases:get', { id: caseId })).status).toBe('closed');
    expect((await callFails(t.core, 'mentors:get', { id: mentor.id })).code).toBe('PERSON_ERASED');
    expect((await callFails(t.core, 'mentors:save', { id: mentor.id, name: 'Brought back' })).code).toBe('PERSON_ERASED');
    expect((await call(t.core, 'mentors:list', { includeEnded: true })).some((m) => m.id === mentor.id)).toBe(false);

    const lone = await call(t.core, 'mentors:save', { name: 'Solo Markalone' });
    const p2 = await call(t.core, 'erasure:preview', { subject: { kind: 'mentor', id: lone.id }, mode: 'erase' });
    expect(p2.personRow).toBe('delete');
    await call(t.core, 'erasure:apply', { subject: { kind: 'mentor', id: lone.id }, mode: 'erase', fingerprint: p2.fingerprint });
    expect((await callFails(t.core, 'mentors:get', { id: lone.id })).code).toBe('NOT_FOUND');
    expect(side.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('erases a contact person: their one-to-one interactions go, shared ones stay without them, courses lose the link', async () => {
    const org = await call(t.core, 'organisations:save', { name: 'Kommune Odense', sector: 'municipality' });
    const gone = await call(t.core, 'contacts:save', {
      name: 'Knud Markcontact',
      notes: 'Markcontact notes',
      memberships: [{ organisationId: org.id }],
    });
    const stays = await call(t.core, 'contacts:save', { name: 'Mette Skov', memberships: [{ organisationId: org.id }] });
    const alone = await call(t.core, 'interactions:save', {
      kind: 'call',
      date: '2026-05-01',
      summary: 'Markcontact call',
      contactIds: [gone.id],
    });
    const shared = await call(t.core, 'interactions:save', {
      kind: 'meeting',
      date: '2026-05-02',
      summary: 'Network',
      contactIds: [gone.id, stays.id],
    });
    const mentee = await call(t.core, 'mentees:save', { name: 'Ali Noor' });
    const c = await call(t.core, 'cases:open', {
      menteeId: mentee.id,
      referral: { organisationId: org.id, contactId: gone.id, date: '2026-05-03', reason: '' },
    });

    const preview = await call(t.core, 'erasure:preview', { subject: { kind: 'contact', id: gone.id }, mode: 'erase' });
    expect(preview.steps).toEqual(
      expect.arrayContaining([
        { table: 'interactions', action: 'delete', count: 1 },
        { table: 'interaction_contacts', action: 'delete', count: 1 },
        { table: 'cases', action: 'unlink', count: 1 },
        { table: 'contacts', action: 'delete', count: 1 },
      ]),
    );
    expect((await callFails(t.core, 'erasure:preview', { subject: { kind: 'contact', id: gone.id }, mode: 'anonymise' })).code).toBe(
      'INVALID_INPUT',
    );
    await call(t.core, 'erasure:apply', { subject: { kind: 'contact', id: gone.id }, mode: 'erase', fingerprint: preview.fingerprint });
    expect(findMarker(side, 'Markcontact')).toEqual([]);
    expect(side.prepare('SELECT 1 FROM interactions WHERE id = ?').get(alone.id)).toBeUndefined();
    expect(side.prepare('SELECT contact_id FROM interaction_contacts WHERE interaction_id = ?').all(shared.id)).toEqual([
      { contact_id: stays.id },
    ]);
    expect((await call(t.core, 'cases:get', { id: c.id })).referral.contactId).toBeNull();
    expect((await call(t.core, 'register:verify', {})).ok).toBe(true);
  });
});

describe('the erasure queue', () => {
  it('queues on request, lists by code, and takes a person off with a reason code, all audited without names', async () => {
    const m = await call(t.core, 'mentees:save', { name: 'Queue Markqueue' });
    await call(t.core, 'erasure:request', { person: { kind: 'mentee', id: m.id } });
    await call(t.core, 'erasure:request', { person: { kind: 'mentee', id: m.id } });
    const queue = await call(t.core, 'erasure:queue', {});
    const entry = queue.find((q) => q.person.id === m.id && q.person.kind === 'mentee')!;
    expect(entry).toMatchObject({ label: m.code, reason: 'request', queuedBy: 'owner' });
    await call(t.core, 'erasure:dequeue', { id: entry.id, reason: 'request-withdrawn' });
    expect((await call(t.core, 'erasure:queue', {})).some((q) => q.id === entry.id)).toBe(false);
    expect((await callFails(t.core, 'erasure:dequeue', { id: entry.id, reason: 'request-withdrawn' })).code).toBe('NOT_FOUND');
    const audit = side.prepare("SELECT action, details FROM audit_log WHERE action LIKE 'erasure.%'").all() as {
      action: string;
      details: string;
    }[];
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['erasure.queued', 'erasure.dequeued']));
    expect(JSON.stringify(audit)).not.toMatch(/Markqueue/i);
  });
});
