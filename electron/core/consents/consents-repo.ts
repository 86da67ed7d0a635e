import type { z } from 'zod';
import type { Consent, ConsentInput, ConsentPurpose, DataCategory, PersonRef } from '../../../shared/contract/consents-schemas';
import { DATA_CATEGORIES } from '../../../shared/contract/consents-schemas';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import { now } from '../partners/rows';
import { consentStateAt, consentTermsOf, localMinuteNow } from './decide';

// A person's consents: recording and editing, withdrawal (which may leave the person without a
// lawful basis and so queue them for erasure), and reading them with their state at a minute.
// Every write runs in one transaction with its audit row; audit details hold ids and codes only.

export type ConsentValue = z.output<typeof Consent>;
type Input = z.output<typeof ConsentInput>;

interface ConsentRow {
  id: number;
  person_kind: PersonRef['kind'];
  person_id: number;
  purpose: ConsentPurpose;
  recipient_organisation_id: number | null;
  categories: string;
  given_on: string;
  method: ConsentValue['method'];
  witness: string;
  interpreter_language: string | null;
  template_id: number | null;
  template_hash: string | null;
  evidence_file_id: number | null;
  expires_on: string | null;
  withdrawn_at: string | null;
  withdrawn_how: string | null;
  withdrawn_by: string | null;
  note: string;
  recorded_by: string;
  created_at: string;
  updated_at: string;
  recipient_name: string | null;
  template_title: string | null;
  template_version: number | null;
  template_language: string | null;
  file_name: string | null;
  file_size: number | null;
  file_sha256: string | null;
}

const SELECT = `SELECT c.*, o.name AS recipient_name, t.title AS template_title, t.version AS template_version,
    t.language AS template_language, f.name AS file_name, f.size AS file_size, f.sha256 AS file_sha256
  FROM consents c
  LEFT JOIN organisations o ON o.id = c.recipient_organisation_id
  LEFT JOIN consent_templates t ON t.id = c.template_id
  LEFT JOIN files f ON f.id = c.evidence_file_id`;

/** Canonical order and no repeats, so equal scopes are stored alike. */
export function canonicalCategories(categories: readonly DataCategory[]): DataCategory[] {
  return DATA_CATEGORIES.filter((c) => categories.includes(c));
}

function toConsent(r: ConsentRow, at: string): ConsentValue {
  const terms = { givenOn: r.given_on, expiresOn: r.expires_on, withdrawnAt: r.withdrawn_at };
  return {
    id: r.id,
    person: { kind: r.person_kind, id: r.person_id },
    purpose: r.purpose,
    recipientOrganisationId: r.recipient_organisation_id,
    recipientName: r.recipient_name,
    categories: JSON.parse(r.categories) as DataCategory[],
    ...terms,
    method: r.method,
    witness: r.witness,
    interpreterLanguage: r.interpreter_language,
    templateId: r.template_id,
    templateHash: r.template_hash,
    templateLabel: r.template_title === null ? null : `${r.template_title} · v${r.template_version} · ${r.template_language}`,
    evidence:
      r.evidence_file_id === null
        ? null
        : { id: r.evidence_file_id, name: r.file_name ?? '', size: r.file_size ?? 0, sha256: r.file_sha256 ?? '' },
    withdrawnHow: r.withdrawn_how,
    withdrawnBy: r.withdrawn_by,
    note: r.note,
    recordedBy: r.recorded_by,
    createdAt: r.created_at,
    state: consentStateAt(terms, at),
  };
}

/**
 * Checks that the person exists and still holds personal data; returns how lists name them
 * (a mentee's code, a mentor's name). NOT_FOUND, or PERSON_ERASED once anonymised.
 */
export function personLabel(db: Db, person: PersonRef): string {
  const row =
    person.kind === 'mentee'
      ? (db.prepare('SELECT code AS label, anonymised_at FROM mentees WHERE id = ?').get(person.id) as
          { label: string; anonymised_at: string | null } | undefined)
      : (db.prepare('SELECT name AS label, anonymised_at FROM mentors WHERE id = ?').get(person.id) as
          { label: string; anonymised_at: string | null } | undefined);
  if (!row) throw new CoreError('NOT_FOUND', `${person.kind} ${person.id}`);
  if (row.anonymised_at !== null) throw new CoreError('PERSON_ERASED', `${person.kind} ${person.id}`);
  return row.label;
}

/** A person's consents, newest given first, each with its state at `at` (default now). */
export function listConsents(db: Db, person: PersonRef, at = localMinuteNow()): ConsentValue[] {
  personLabel(db, person);
  const rows = db
    .prepare(`${SELECT} WHERE c.person_kind = ? AND c.person_id = ? ORDER BY c.given_on DESC, c.id DESC`)
    .all(person.kind, person.id) as ConsentRow[];
  return rows.map((r) => toConsent(r, at));
}

export function getConsent(db: Db, id: number, at = localMinuteNow()): ConsentValue {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as ConsentRow | undefined;
  if (!row) throw new CoreError('NOT_FOUND', `consent ${id}`);
  return toConsent(row, at);
}

function readRow(db: Db, id: number): ConsentRow {
  const row = db.prepare('SELECT * FROM consents WHERE id = ?').get(id) as ConsentRow | undefined;
  if (!row) throw new CoreError('NOT_FOUND', `consent ${id}`);
  return row;
}

/** The rules a consent must meet before it is stored; throws INVALID_INPUT or NOT_FOUND. */
function checkInput(db: Db, input: Input): { templateHash: string | null } {
  if (input.purpose === 'feedback-sharing') {
    if (input.recipientOrganisationId === null) throw new CoreError('INVALID_INPUT', 'feedback-sharing needs a recipient organisation');
    if (!db.prepare('SELECT 1 FROM organisations WHERE id = ?').get(input.recipientOrganisationId)) {
      throw new CoreError('NOT_FOUND', `organisation ${input.recipientOrganisationId}`);
    }
  } else if (input.recipientOrganisationId !== null) {
    throw new CoreError('INVALID_INPUT', `${input.purpose} has no recipient organisation`);
  }
  if (input.expiresOn !== null && input.expiresOn < input.givenOn) throw new CoreError('INVALID_INPUT', 'expires before it was given');
  if (input.method === 'verbal-witness' && input.witness === '') throw new CoreError('INVALID_INPUT', 'a verbal consent needs a witness');
  if (input.templateId === null) return { templateHash: null };
  const template = db.prepare('SELECT purpose, hash FROM consent_templates WHERE id = ?').get(input.templateId) as
    { purpose: string; hash: string } | undefined;
  if (!template) throw new CoreError('NOT_FOUND', `consent text ${input.templateId}`);
  if (template.purpose !== input.purpose) throw new CoreError('INVALID_INPUT', 'the consent text is for another purpose');
  return { templateHash: template.hash };
}

/** Records a new consent or corrects one; a withdrawn consent cannot be changed (CONSENT_WITHDRAWN). */
export function saveConsent(db: Db, input: Input, actor: string): number {
  return db.transaction(() => {
    personLabel(db, input.person);
    if (input.id !== undefined) {
      const old = readRow(db, input.id);
      if (old.withdrawn_at !== null) throw new CoreError('CONSENT_WITHDRAWN', `consent ${input.id}`);
      if (old.person_kind !== input.person.kind || old.person_id !== input.person.id) {
        throw new CoreError('INVALID_INPUT', 'a consent stays with its person');
      }
      // Data already went out under these terms: they are the record of what was agreed, so a
      // change of scope or dates needs a new consent (withdraw this one), not an edit.
      const termsChanged =
        old.purpose !== input.purpose ||
        old.recipient_organisation_id !== input.recipientOrganisationId ||
        old.categories !== JSON.stringify(canonicalCategories(input.categories)) ||
        old.given_on !== input.givenOn ||
        old.expires_on !== input.expiresOn;
      if (termsChanged && disclosuresUnder(db, input.id, '9999-12-31T23:59') > 0) {
        throw new CoreError('IN_USE', `consent ${input.id} has covered disclosures`);
      }
    }
    const { templateHash } = checkInput(db, input);
    const stamp = now();
    const categories = JSON.stringify(canonicalCategories(input.categories));
    const values = [
      input.purpose,
      input.recipientOrganisationId,
      categories,
      input.givenOn,
      input.method,
      input.witness,
      input.interpreterLanguage,
      input.templateId,
      templateHash,
      input.expiresOn,
      input.note,
    ];
    let id = input.id;
    if (id === undefined) {
      id = Number(
        db
          .prepare(
            `INSERT INTO consents (person_kind, person_id, purpose, recipient_organisation_id, categories, given_on, method, witness,
               interpreter_language, template_id, template_hash, expires_on, note, recorded_by, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(input.person.kind, input.person.id, ...values, actor, stamp, stamp).lastInsertRowid,
      );
    } else {
      db.prepare(
        `UPDATE consents SET purpose = ?, recipient_organisation_id = ?, categories = ?, given_on = ?, method = ?, witness = ?,
           interpreter_language = ?, template_id = ?, template_hash = ?, expires_on = ?, note = ?, updated_at = ? WHERE id = ?`,
      ).run(...values, stamp, id);
    }
    appendAudit(db, {
      actor,
      action: input.id === undefined ? 'consent.saved' : 'consent.updated',
      entity: 'consent',
      entityId: String(id),
      details: {
        person: `${input.person.kind}:${input.person.id}`,
        purpose: input.purpose,
        recipient: input.recipientOrganisationId ?? 0,
        categories: canonicalCategories(input.categories).join(','),
        method: input.method,
      },
    });
    return id;
  })();
}

/** How many logged disclosures relied on this consent before `before`. They stay on record. */
export function disclosuresUnder(db: Db, consentId: number, before: string): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM disclosures d
       WHERE d.at < ? AND EXISTS (SELECT 1 FROM json_each(d.consent_ids) j WHERE j.value = ?)`,
    )
    .get(before, consentId) as { n: number };
  return row.n;
}

/**
 * Withdraws a consent from the start of minute `at` (default now): disclosures from that minute
 * on are refused; those before it stay logged. When it was the person's last registration
 * consent, nothing lawful is left to keep their data on, so the person is queued for erasure
 * (reason 'withdrawal') in the same transaction.
 */
export function withdrawConsent(
  db: Db,
  input: { id: number; at?: string | undefined; how: string },
  actor: string,
  nowMinute = localMinuteNow(),
): { pastDisclosures: number; queuedForErasure: boolean } {
  return db.transaction(() => {
    const row = readRow(db, input.id);
    const person: PersonRef = { kind: row.person_kind, id: row.person_id };
    personLabel(db, person);
    if (row.withdrawn_at !== null) throw new CoreError('CONSENT_WITHDRAWN', `consent ${input.id}`);
    const at = input.at ?? nowMinute;
    if (at.slice(0, 10) < row.given_on) throw new CoreError('INVALID_INPUT', 'withdrawn before it was given');
    if (at > nowMinute) throw new CoreError('INVALID_INPUT', 'a withdrawal cannot be recorded ahead of time');
    db.prepare('UPDATE consents SET withdrawn_at = ?, withdrawn_how = ?, withdrawn_by = ?, updated_at = ? WHERE id = ?').run(
      at,
      input.how,
      actor,
      now(),
      input.id,
    );
    const pastDisclosures = disclosuresUnder(db, input.id, at);
    appendAudit(db, {
      actor,
      action: 'consent.withdrawn',
      entity: 'consent',
      entityId: String(input.id),
      details: { person: `${person.kind}:${person.id}`, purpose: row.purpose, at, pastDisclosures },
    });

    let queuedForErasure = false;
    if (row.purpose === 'registration') {
      const basisLeft = consentTermsOf(db, person).some((c) => {
        if (c.purpose !== 'registration') return false;
        const state = consentStateAt(c, nowMinute);
        return state === 'valid' || state === 'future';
      });
      if (!basisLeft) {
        const inserted = db
          .prepare(
            `INSERT INTO erasure_queue (person_kind, person_id, reason, queued_at, queued_by) VALUES (?, ?, 'withdrawal', ?, ?)
             ON CONFLICT (person_kind, person_id) DO NOTHING`,
          )
          .run(person.kind, person.id, now(), actor);
        if (inserted.changes > 0) {
          appendAudit(db, {
            actor,
            action: 'erasure.queued',
            entity: person.kind,
            entityId: String(person.id),
            details: { reason: 'withdrawal', consent: input.id },
          });
        }
        queuedForErasure = true;
      }
    }
    return { pastDisclosures, queuedForErasure };
  })();
}
