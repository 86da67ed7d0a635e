import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { z } from 'zod';
import type { DataCategory } from '../../../shared/contract/consents-schemas';
import {
  AgreementInput,
  CaseDetailsInput,
  CaseOpenInput,
  CaseTransitionInput,
  MeetingInput,
  MenteeInput,
  MentorInput,
} from '../../../shared/contract/mentoring-schemas';
import { ContactInput, OrganisationInput } from '../../../shared/contract/partners-schemas';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { openCase, saveAgreement, saveCaseDetails, transitionCase } from '../../../electron/core/mentoring/cases-repo';
import { saveMeeting } from '../../../electron/core/mentoring/meetings-repo';
import { saveMentee } from '../../../electron/core/mentoring/mentees-repo';
import { saveMentor, setMentorStatus } from '../../../electron/core/mentoring/mentors-repo';
import { saveContact } from '../../../electron/core/partners/contacts-repo';
import { saveOrganisation } from '../../../electron/core/partners/organisations-repo';
import type { OpenRegister } from '../../../electron/core/register/open-register';
import { writeSettings } from '../../../electron/core/register/settings-repo';

// A register in a temp folder, opened directly (no dispatcher, no key slots), with the courses
// the feedback report tests write about. The actor is the migration's first user, 'owner'.

const made: string[] = [];
export const tmp = (prefix: string): string => {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
};
export function cleanup(register?: OpenRegister): void {
  register?.db.close();
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function directRegister(): OpenRegister {
  const dir = tmp('bindeled-feedback-');
  const db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
  migrate(db);
  writeSettings(db, { organisationName: 'Mentornetværket Kolding', defaultLanguage: 'da' });
  db.prepare("UPDATE users SET display_name = 'Karin Holm' WHERE id = 'owner'").run();
  return { dir, db, actor: 'owner', role: 'administrator' } as unknown as OpenRegister;
}

export interface Course {
  caseId: number;
  menteeId: number;
  orgId: number;
  contactId: number;
}

let seq = 0;

/**
 * A course referred by a job centre (contact speaking `contactLanguage`), matched and started on
 * 2026-01-10 with the agreement given, three meetings held (Feb, Mar, Apr) and one planned in
 * 2099, two goals (one reached), a follow-up planned.
 */
export function seedCourse(
  db: Db,
  options: {
    menteeName?: string;
    orgName?: string;
    orgId?: number;
    contactLanguage?: string;
    agreement?: Partial<z.input<typeof AgreementInput>> | null;
    frequency?: z.input<typeof AgreementInput>['feedbackFrequency'];
  } = {},
): Course {
  const n = ++seq;
  const orgId =
    options.orgId ??
    saveOrganisation(db, OrganisationInput.parse({ name: options.orgName ?? `Jobcenter Kolding ${n}`, sector: 'job-centre' }), 'owner');
  const contactId = saveContact(
    db,
    ContactInput.parse({
      name: `Lene Sørensen ${n}`,
      preferredLanguage: options.contactLanguage ?? 'da',
      memberships: [{ organisationId: orgId, role: 'Sagsbehandler' }],
    }),
    'owner',
  );
  const mentorId = saveMentor(db, MentorInput.parse({ name: `Ole Mentor ${n}`, capacity: 3 }), 'owner');
  setMentorStatus(db, mentorId, 'trained', 'owner');
  setMentorStatus(db, mentorId, 'active', 'owner');
  const menteeId = saveMentee(db, MenteeInput.parse({ name: options.menteeName ?? 'Amina Yusuf', goals: ['job'] }), 'owner');
  const caseId = openCase(
    db,
    CaseOpenInput.parse({
      menteeId,
      referral: { organisationId: orgId, contactId, date: '2025-12-01', reason: 'Ledig, sygeplejerske fra Syrien' },
    }),
    'owner',
  );
  const move = (to: z.input<typeof CaseTransitionInput>['to'], date: string) =>
    transitionCase(db, CaseTransitionInput.parse({ id: caseId, to, date, ...(to === 'matched' ? { mentorId } : {}) }), 'owner', 6);
  move('intake', '2025-12-05');
  move('waiting', '2025-12-10');
  move('matched', '2026-01-05');
  if (options.agreement !== null) {
    saveAgreement(
      db,
      caseId,
      AgreementInput.parse({
        date: '2026-01-10',
        feedbackFrequency: options.frequency ?? 'monthly',
        feedbackMayContain: ['attendance', 'meeting-count', 'goals-progress', 'outcome', 'other'],
        ...options.agreement,
      }),
      'owner',
    );
    move('active', '2026-01-10');
  }
  saveCaseDetails(
    db,
    CaseDetailsInput.parse({
      id: caseId,
      referral: { organisationId: orgId, contactId, date: '2025-12-01', reason: 'Ledig, sygeplejerske fra Syrien' },
      goals: [
        { kind: 'job', description: 'Autorisation som sygeplejerske', progress: 'in-progress' },
        { kind: 'language', description: 'Bestå Prøve i Dansk 3', progress: 'reached' },
      ],
    }),
    'owner',
  );
  for (const [date, type, minutes] of [
    ['2026-02-03', 'mentor-mentee', 90],
    ['2026-03-10', 'three-party', 60],
    ['2026-04-14', 'mentor-mentee', 45],
    ['2099-01-05', 'mentor-mentee', 60],
  ] as const) {
    saveMeeting(
      db,
      MeetingInput.parse({ caseId, date, type, durationMinutes: minutes, note: 'Talte om jobsøgning hos Sønderborg Sygehus' }),
      'owner',
    );
  }
  db.prepare("INSERT INTO follow_ups (case_id, due_on, note) VALUES (?, '2099-06-01', '')").run(caseId);
  return { caseId, menteeId, orgId, contactId };
}

/** A feedback-sharing consent for the course's mentee and recipient, straight into the table. */
export function giveConsent(
  db: Db,
  course: Pick<Course, 'menteeId' | 'orgId'>,
  categories: DataCategory[],
  terms: { givenOn?: string; expiresOn?: string | null; withdrawnAt?: string | null; purpose?: string; orgId?: number | null } = {},
): number {
  const purpose = terms.purpose ?? 'feedback-sharing';
  const org = purpose === 'feedback-sharing' ? (terms.orgId ?? course.orgId) : null;
  return Number(
    db
      .prepare(
        `INSERT INTO consents (person_kind, person_id, purpose, recipient_organisation_id, categories, given_on, method, witness,
           expires_on, withdrawn_at, recorded_by, created_at, updated_at)
         VALUES ('mentee', ?, ?, ?, ?, ?, 'signed', '', ?, ?, 'owner', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
      )
      .run(
        course.menteeId,
        purpose,
        org,
        JSON.stringify(categories),
        terms.givenOn ?? '2026-01-10',
        terms.expiresOn ?? null,
        terms.withdrawnAt ?? null,
      ).lastInsertRowid,
  );
}

/** The text of a .docx (document, footer and header parts), tags removed; KEEP_DOCS=<dir> keeps a copy. */
export function docxText(file: string): string {
  if (process.env.KEEP_DOCS) {
    mkdirSync(process.env.KEEP_DOCS, { recursive: true });
    copyFileSync(file, path.join(process.env.KEEP_DOCS, path.basename(file)));
  }
  const parts = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' })
    .split('\n')
    .filter((p) => /^word\/(document|footer\d*|header\d*)\.xml$/.test(p));
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return parts
    .map((p) =>
      execFileSync('unzip', ['-p', file, p], { encoding: 'utf8' })
        .replace(/<[^>]+>/g, ' ')
        .replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => entities[e]!),
    )
    .join('\n');
}

/** A 300×90 PNG logo (drawn with resvg): big enough to see in the rendered pages. */
export function logoPng(): Buffer {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="90"><rect width="300" height="90" rx="12" fill="#1F4E79"/>' +
    '<circle cx="45" cy="45" r="26" fill="#F2C14E"/><rect x="90" y="30" width="180" height="12" fill="#fff"/>' +
    '<rect x="90" y="52" width="120" height="10" fill="#BFD7EA"/></svg>';
  return Buffer.from(new Resvg(svg).render().asPng());
}
