import path from 'node:path';
import { Document, Footer, Packer, Paragraph, TextRun, AlignmentType, PageNumber } from 'docx';
import type { PersonRef } from '../../../shared/contract/consents-schemas';
import type { Language } from '../../../shared/languages';
import { appendAudit } from '../audit/audit-log';
import { recordAccessDisclosure } from '../consents/access-disclosure';
import { localMinuteNow } from '../consents/decide';
import type { Db } from '../db/driver';
import { CoreError } from '../errors';
import type { OpenRegister } from '../register/open-register';
import { readSettings } from '../register/settings-repo';
import { writeLoggedOutput } from '../storage/logged-output';
import {
  ACCENT,
  bullet,
  checkTarget,
  dateTime,
  fieldLabel,
  fill,
  heading,
  labelled,
  listText,
  longDate,
  mentoringText,
  MUTED,
  para,
  rightsText,
  valueText,
} from './doc-common';
import { languageName } from '../export/language-names';
import { disclosuresOf } from './disclosures';
import { listFieldHistory } from './field-history';

// Access (right of access): everything held about one person, as a readable .docx and the same
// content as JSON beside it. It goes to the person, so no consent is asked, but it is logged in
// the disclosure log (recipient: the data subject) with the .docx's hash, and audited.

const JSON_COLUMNS = new Set(['languages', 'industries', 'goals', 'availability', 'skills', 'topics']);
const HIDDEN_COLUMNS = new Set(['id', 'name_key', 'code']);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function parsed(column: string, value: unknown): Json {
  if (typeof value === 'string' && JSON_COLUMNS.has(column)) {
    try {
      return JSON.parse(value) as Json;
    } catch {
      return value;
    }
  }
  return value === undefined ? null : (value as Json);
}

/** A row's columns as JSON, with the JSON-text columns parsed. */
function fields(row: Record<string, unknown>): Record<string, Json> {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([k]) => !HIDDEN_COLUMNS.has(k))
      .map(([k, v]) => [k, parsed(k, v)]),
  );
}

export interface AccessData {
  format: 'bindeled-access-export';
  version: 1;
  exportedAt: string;
  register: string;
  language: Language;
  person: { kind: 'mentee' | 'mentor'; id: number; code: string; fields: Record<string, Json> };
  courses: Record<string, Json>[];
  trainings: Record<string, Json>[];
  consents: Record<string, Json>[];
  disclosures: Record<string, Json>[];
  corrections: Record<string, Json>[];
}

/** Everything held about the person, machine-readably (stable keys, ISO dates). */
export function accessData(db: Db, person: PersonRef, language: Language, now = new Date()): AccessData {
  const table = person.kind === 'mentee' ? 'mentees' : 'mentors';
  const row = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(person.id) as Record<string, unknown> | undefined;
  if (!row) throw new CoreError('NOT_FOUND', `${person.kind} ${person.id}`);
  const code = typeof row.code === 'string' ? row.code : '';

  let courses: Record<string, Json>[] = [];
  let trainings: Record<string, Json>[] = [];
  if (person.kind === 'mentee') {
    const cases = db
      .prepare(
        `SELECT c.id, c.status, c.referred_on, o.name AS referred_by, k.name AS referral_contact, c.referral_reason, c.intake_on,
           c.matched_on, c.started_on, c.closed_on, c.outcome, c.ended_reason, c.evaluation, c.agreement_on, m.name AS mentor
         FROM cases c LEFT JOIN organisations o ON o.id = c.referral_organisation_id LEFT JOIN contacts k ON k.id = c.referral_contact_id
         LEFT JOIN mentors m ON m.id = c.mentor_id WHERE c.mentee_id = ? ORDER BY c.referred_on, c.id`,
      )
      .all(person.id) as Record<string, unknown>[];
    const goals = db.prepare('SELECT kind, description, progress, note FROM case_goals WHERE case_id = ? ORDER BY id');
    const meetings = db.prepare('SELECT date, type, duration_minutes, topics, note FROM meetings WHERE case_id = ? ORDER BY date, id');
    const followUps = db.prepare('SELECT due_on, done_on, result, note FROM follow_ups WHERE case_id = ? ORDER BY due_on, id');
    courses = cases.map((c) => ({
      ...Object.fromEntries(Object.entries(c).map(([k, v]) => [k, parsed(k, v)])),
      goals: (goals.all(c.id) as Record<string, unknown>[]).map(fields),
      meetings: (meetings.all(c.id) as Record<string, unknown>[]).map(fields),
      follow_ups: (followUps.all(c.id) as Record<string, unknown>[]).map(fields),
    }));
  } else {
    trainings = (
      db.prepare('SELECT date, title FROM mentor_trainings WHERE mentor_id = ? ORDER BY date').all(person.id) as Record<string, unknown>[]
    ).map(fields);
    // A mentor's courses concern mentees too: only the mentor's own part (when, status) is theirs.
    courses = (
      db
        .prepare(
          `SELECT cm.case_id AS id, c.status, cm.from_date, cm.to_date FROM case_mentors cm JOIN cases c ON c.id = cm.case_id
           WHERE cm.mentor_id = ? ORDER BY cm.from_date, cm.id`,
        )
        .all(person.id) as Record<string, unknown>[]
    ).map(fields);
  }

  const consents = (
    db
      .prepare(
        `SELECT c.id, c.purpose, o.name AS recipient, c.categories, c.given_on, c.method, c.witness, c.interpreter_language,
           t.language AS text_language, t.version AS text_version, t.title AS text_title, c.template_hash AS text_hash,
           f.name AS evidence_file, f.sha256 AS evidence_sha256, c.expires_on, c.withdrawn_at, c.withdrawn_how, c.note
         FROM consents c LEFT JOIN organisations o ON o.id = c.recipient_organisation_id
         LEFT JOIN consent_templates t ON t.id = c.template_id LEFT JOIN files f ON f.id = c.evidence_file_id
         WHERE c.person_kind = ? AND c.person_id = ? ORDER BY c.given_on, c.id`,
      )
      .all(person.kind, person.id) as Record<string, unknown>[]
  ).map((c) => ({
    ...Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v === undefined ? null : (v as Json)])),
    categories: JSON.parse(String(c.categories)) as Json,
  }));

  const disclosures = disclosuresOf(db, { person })
    .reverse()
    .map((d) => ({
      id: d.id,
      at: d.at,
      recipient: d.recipientLabel,
      purpose: d.purpose,
      categories: d.categories,
      consent_ids: d.consentIds,
      file_name: d.fileName,
      file_sha256: d.fileHash,
    }));
  const corrections = listFieldHistory(db, person)
    .reverse()
    .map((c) => ({ field: c.field, old_value: c.oldValue, new_value: c.newValue, changed_at: c.changedAt, reason: c.reason }));

  return {
    format: 'bindeled-access-export',
    version: 1,
    exportedAt: now.toISOString(),
    register: readSettings(db).organisationName,
    language,
    person: { kind: person.kind, id: person.id, code, fields: fields(row) },
    courses,
    trainings,
    consents,
    disclosures,
    corrections,
  };
}

const str = (v: Json | undefined): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The readable document of the same data, in the language. */
export async function accessDocx(data: AccessData, jsonName: string): Promise<Buffer> {
  const lang = data.language;
  const t = rightsText(lang);
  const a = t.accessDoc;
  const m = mentoringText(lang) as unknown as Record<string, Record<string, string>>;
  const word = (table: string, v: Json | undefined) => (typeof v === 'string' ? (m[table]?.[v] ?? v) : str(v));
  const day = (v: Json | undefined) => (typeof v === 'string' && v ? longDate(lang, v) : '');
  const body: Paragraph[] = [
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: data.register, bold: true, size: 28, color: ACCENT })] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: a.title, bold: true, size: 44 })] }),
    para(fill(a.intro, { organisation: data.register, date: longDate(lang, new Date(data.exportedAt)), json: jsonName }), { color: MUTED }),
  ];

  body.push(heading(a.details));
  const f = data.person.fields;
  const name = str(f.name);
  body.push(...labelled(fieldLabel(lang, 'name'), name));
  if (data.person.code) body.push(...labelled(t.letter.reference, data.person.code));
  for (const [key, value] of Object.entries(f)) {
    if (key === 'name' || key.endsWith('_at') || key === 'anonymised_at') continue;
    const raw = typeof value === 'object' && value !== null ? JSON.stringify(value) : str(value);
    const text = key === 'vetting_checked_on' ? day(value) : valueText(lang, key, raw);
    body.push(...labelled(fieldLabel(lang, key), text));
  }

  body.push(heading(a.courses));
  if (data.courses.length === 0) body.push(para(a.none, { italics: true }));
  for (const c of data.courses) {
    body.push(heading(fill(a.course, { date: day(c.referred_on ?? c.from_date) }), 2));
    body.push(
      ...labelled(a.status, word('caseStatus', c.status)),
      ...labelled(a.referredBy, [str(c.referred_by), str(c.referral_contact)].filter(Boolean).join(', ')),
      ...labelled(a.referralReason, str(c.referral_reason)),
      ...labelled(a.mentor, str(c.mentor)),
      ...labelled(a.started, day(c.started_on ?? c.from_date)),
      ...labelled(a.closed, day(c.closed_on ?? c.to_date)),
      ...labelled(a.outcome, c.outcome ? word('outcome', c.outcome) : ''),
      ...labelled(a.evaluation, str(c.evaluation)),
    );
    const goals = (c.goals ?? []) as Record<string, Json>[];
    if (goals.length) {
      body.push(para(a.goals, { bold: true, after: 40 }));
      for (const g of goals)
        body.push(
          bullet([word('goal', g.kind), str(g.description), word('goalProgress', g.progress), str(g.note)].filter(Boolean).join(' – ')),
        );
    }
    const meetings = (c.meetings ?? []) as Record<string, Json>[];
    if (meetings.length) {
      body.push(para(a.meetings, { bold: true, after: 40 }));
      for (const x of meetings) body.push(bullet([day(x.date), word('meetingType', x.type), str(x.note)].filter(Boolean).join(' – ')));
    }
    const followUps = (c.follow_ups ?? []) as Record<string, Json>[];
    if (followUps.length) {
      body.push(para(a.followUps, { bold: true, after: 40 }));
      for (const x of followUps)
        body.push(
          bullet(
            [fill(a.due, { date: day(x.due_on) }), x.result ? word('followUpResult', x.result) : '', str(x.note)]
              .filter(Boolean)
              .join(' – '),
          ),
        );
    }
  }
  if (data.trainings.length) {
    body.push(heading(a.trainings));
    for (const x of data.trainings) body.push(bullet(`${day(x.date)}: ${str(x.title)}`));
  }

  body.push(heading(a.consents));
  if (data.consents.length === 0) body.push(para(a.none, { italics: true }));
  for (const c of data.consents) {
    const purpose = (t.purpose as Record<string, string>)[str(c.purpose)] ?? str(c.purpose);
    body.push(heading(purpose, 2));
    const categories = listText((c.categories as string[]).map((k) => (t.category as Record<string, string>)[k] ?? k));
    const text = c.text_version ? `${str(c.text_title)} (${languageName(str(c.text_language), lang)}, v${str(c.text_version)})` : '';
    body.push(
      ...labelled(a.recipient, str(c.recipient)),
      ...labelled(a.categories, categories),
      ...labelled(a.consentGiven, day(c.given_on)),
      ...labelled(a.consentMethod, (t.method as Record<string, string>)[str(c.method)] ?? str(c.method)),
      ...labelled(a.interpreter, c.interpreter_language ? languageName(str(c.interpreter_language), lang) : ''),
      ...labelled(a.textVersion, text),
      ...labelled(a.textHash, str(c.text_hash)),
      ...labelled(a.expires, day(c.expires_on)),
      ...labelled(
        a.withdrawn,
        c.withdrawn_at ? [dateTime(lang, str(c.withdrawn_at)), str(c.withdrawn_how)].filter(Boolean).join(' – ') : '',
      ),
    );
  }

  body.push(heading(a.disclosures));
  if (data.disclosures.length === 0) body.push(para(a.none, { italics: true }));
  for (const d of data.disclosures) {
    const recipient = d.recipient === 'data subject' ? t.dataSubject : str(d.recipient);
    const purpose = (t.purpose as Record<string, string>)[str(d.purpose)] ?? str(d.purpose);
    const cats = listText((d.categories as string[]).map((k) => (t.category as Record<string, string>)[k] ?? k));
    body.push(heading(`${dateTime(lang, str(d.at))} – ${recipient}`, 2));
    body.push(
      ...labelled(t.disclosures.purpose, purpose),
      ...labelled(t.disclosures.categories, cats),
      ...labelled(t.disclosures.consents, (d.consent_ids as number[]).map((id) => fill(t.disclosures.consentRef, { id })).join(', ')),
      ...labelled(t.disclosures.file, str(d.file_name)),
      ...labelled(t.disclosures.hash, str(d.file_sha256)),
    );
  }

  body.push(heading(a.corrections));
  if (data.corrections.length === 0) body.push(para(a.none, { italics: true }));
  for (const c of data.corrections) {
    const field = str(c.field);
    body.push(
      bullet(
        `${longDate(lang, new Date(str(c.changed_at)))}: ${fill(t.corrections.change, {
          field: fieldLabel(lang, field),
          old: valueText(lang, field, str(c.old_value)) || t.corrections.emptyValue,
          new: valueText(lang, field, str(c.new_value)) || t.corrections.emptyValue,
        })}${str(c.reason) ? ` (${str(c.reason)})` : ''}`,
      ),
    );
  }

  const doc = new Document({
    creator: data.register,
    title: `${a.title} – ${name}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { line: 276 } } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${a.title} · ${name} · `, color: MUTED, size: 18 }),
                  new TextRun({ children: [PageNumber.CURRENT], color: MUTED, size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Writes the .docx and the .json beside it, logs the access disclosure and audits it. */
export async function writeAccessExport(
  register: OpenRegister,
  input: { person: PersonRef; language: Language; path: string },
): Promise<{ path: string; jsonPath: string; sha256: string; disclosureId: number }> {
  const target = checkTarget(register, input.path, '.docx');
  const jsonPath = target.replace(/\.docx$/i, '.json');
  const data = accessData(register.db, input.person, input.language);
  const docx = await accessDocx(data, path.basename(jsonPath));
  // The files, the log row and the audit row go in together, also across a crash (logged-output.ts).
  const json = Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
  const { value: disclosureId, files } = writeLoggedOutput(
    register.db,
    [
      { target, data: docx },
      { target: jsonPath, data: json },
    ],
    ([sha256]) => {
      const id = recordAccessDisclosure(register.db, register.actor, {
        person: input.person,
        personCode: data.person.code,
        at: localMinuteNow(),
        fileName: path.basename(target),
        fileHash: sha256 ?? '',
      });
      appendAudit(register.db, {
        actor: register.actor,
        action: 'access-export.written',
        entity: input.person.kind,
        entityId: String(input.person.id),
        details: {
          disclosure: id,
          language: input.language,
          courses: data.courses.length,
          consents: data.consents.length,
          disclosures: data.disclosures.length,
          corrections: data.corrections.length,
        },
      });
      return id;
    },
  );
  return { path: target, jsonPath, sha256: files[0]?.sha256 ?? '', disclosureId };
}
