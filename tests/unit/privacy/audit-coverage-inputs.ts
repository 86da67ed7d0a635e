import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Channel } from '../../../shared/contract';
import { recordDisclosure } from '../../../electron/core/consents/disclosure-log';
import { recordPossiblePairs } from '../../../electron/core/partners/duplicate-pairs-repo';
import type { Db } from '../../../electron/core/db/driver';
import type { Core } from '../../../electron/core/dispatcher';
import { call, PASSPHRASE } from '../core/helpers';

// What audit-coverage.test.ts calls each channel with: a valid input per renderer core channel,
// built on the fixture register (a job centre with a contact, a network, an active mentor, a
// mentee with a course). A NEW CHANNEL needs an entry in INPUTS here, or a reason in that
// test's NOT_AUDITED or LIFECYCLE.

/** Every name in the coverage register contains this, so a name in an audit row is found. */
export const MARKER = 'ZQX';

/** The register the inputs are built on, and the core it is open in. */
export interface Fixture {
  dir: string;
  work: string;
  orgId: number;
  contactId: number;
  networkId: number;
  mentorId: number;
  menteeId: number;
  caseId: number;
  csv: string;
  /** A minimal PDF, as a scanned consent form. */
  pdf: string;
  n: number;
  core: Core;
  /** The open register's database. */
  db: () => Db;
}

export type Factory = (fx: Fixture) => Record<string, unknown> | Promise<Record<string, unknown>>;

const fresh = (fx: Fixture, what: string) => `${MARKER} ${what} ${++fx.n}`;
/** Each user needs a passphrase of their own (PASSPHRASE_IN_USE otherwise). */
const freshPassphrase = (fx: Fixture) => `amber kettle glacier piano ${++fx.n}`;

async function newMentee(fx: Fixture) {
  return call(fx.core, 'mentees:save', { name: fresh(fx, 'Mentee'), goals: ['job'] });
}
async function newCase(fx: Fixture) {
  const mentee = await newMentee(fx);
  return call(fx.core, 'cases:open', {
    menteeId: mentee.id,
    referral: { organisationId: fx.orgId, contactId: fx.contactId, date: '2026-01-05', reason: `${MARKER} reason` },
  });
}

/** Two contacts an import would have listed as a possible duplicate (the pair stored as import:run does). */
async function openPair(fx: Fixture) {
  const a = await call(fx.core, 'contacts:save', { name: fresh(fx, 'Twin'), email: `twin${fx.n}@example.org` });
  const b = await call(fx.core, 'contacts:save', { name: a.name, email: `twin${fx.n}@example.net` });
  recordPossiblePairs(fx.db(), [{ id: b.id, otherId: a.id }]);
  return { a: a.id, b: b.id };
}

/** A valid input per channel, built on the fixture register. Deletes make their own record first. */
export const INPUTS: Partial<Record<Channel, Factory>> = {
  'register:changePassphrase': () => ({ current: PASSPHRASE, next: PASSPHRASE }),
  'register:rotateRecoveryKey': () => ({ passphrase: PASSPHRASE }),
  'register:info': () => ({}),
  'register:verify': () => ({}),
  'settings:get': () => ({}),
  'settings:update': () => ({ organisationName: `${MARKER} Forening`, autoLockMinutes: 10 }),
  'audit:recent': () => ({ limit: 10 }),
  'backup:status': () => ({}),
  'backup:configure': () => ({ automatic: true }),
  'backup:now': () => ({ operationId: 'cov-backup' }),
  'backup:inspect': async (f) => ({
    file: (await call(f.core, 'backup:now', {})).file,
    secret: { kind: 'passphrase', passphrase: PASSPHRASE },
  }),

  'organisations:list': () => ({ includeArchived: true }),
  'organisations:page': () => ({ sort: [{ colId: 'name', sort: 'asc' }], limit: 100 }),
  'organisations:get': (f) => ({ id: f.orgId }),
  'organisations:save': (f) => ({ name: fresh(f, 'Org'), sector: 'health', country: 'DK' }),
  'organisations:archive': async (f) => ({
    id: (await call(f.core, 'organisations:save', { name: fresh(f, 'Org'), sector: 'other' })).id,
    archived: true,
  }),
  'organisations:delete': async (f) => ({ id: (await call(f.core, 'organisations:save', { name: fresh(f, 'Org'), sector: 'other' })).id }),
  'contacts:list': () => ({ includeArchived: true }),
  'contacts:page': () => ({ sort: [{ colId: 'name', sort: 'asc' }], quick: 'a', limit: 100 }),
  'contacts:get': (f) => ({ id: f.contactId }),
  'contacts:save': (f) => ({ name: fresh(f, 'Contact'), email: 'c@example.org' }),
  'contacts:archive': async (f) => ({ id: (await call(f.core, 'contacts:save', { name: fresh(f, 'Contact') })).id, archived: true }),
  'contacts:delete': async (f) => ({ id: (await call(f.core, 'contacts:save', { name: fresh(f, 'Contact') })).id }),
  'contacts:findDuplicates': () => ({ name: `${MARKER} Lone`, email: 'lone@example.org' }),
  'contacts:duplicatePairs': () => ({}),
  'contacts:merge': async (f) => {
    const { a, b } = await openPair(f);
    return { keepId: a, otherId: b };
  },
  'contacts:keepBoth': async (f) => {
    const { a, b } = await openPair(f);
    return { id: b, otherId: a };
  },
  'interactions:save': (f) => ({ kind: 'call', date: '2026-11-20', summary: `${MARKER} talk`, contactIds: [f.contactId] }),
  'interactions:delete': async (f) => ({
    id: (await call(f.core, 'interactions:save', { kind: 'email', date: '2026-11-21', contactIds: [f.contactId] })).id,
  }),
  'networks:list': () => ({ includeArchived: true }),
  'networks:get': (f) => ({ id: f.networkId }),
  'networks:save': (f) => ({ name: fresh(f, 'Network'), purpose: 'x', memberIds: [f.contactId] }),
  'networks:archive': async (f) => ({ id: (await call(f.core, 'networks:save', { name: fresh(f, 'Network') })).id, archived: true }),
  'networks:delete': async (f) => ({ id: (await call(f.core, 'networks:save', { name: fresh(f, 'Network') })).id }),
  'search:query': () => ({ text: MARKER, limit: 5 }),

  'import:preview': (f) => ({ path: f.csv, target: 'contacts' }),
  'import:check': (f) => ({ path: f.csv, target: 'contacts', mapping: { '0': 'name', '1': 'email' } }),
  'import:run': (f) => ({ path: f.csv, target: 'contacts', mapping: { '0': 'name', '1': 'email' }, operationId: 'cov-1' }),
  'import:cancel': () => ({ operationId: 'cov-nothing-running' }),
  'export:cancel': () => ({ operationId: 'cov-nothing-running' }),
  'import:errorFile': (f) => ({ source: f.csv, out: path.join(f.work, 'errors.csv'), rows: [{ row: 2, reason: 'x' }] }),
  'export:contacts': (f) => ({ path: path.join(f.work, 'contacts.csv'), format: 'csv' }),
  'export:organisations': (f) => ({ path: path.join(f.work, 'organisations.xlsx'), format: 'xlsx' }),
  'directory:generate': (f) => ({ path: path.join(f.work, 'directory.docx') }),

  'mentors:list': () => ({ includeEnded: true }),
  'mentors:page': () => ({ sort: [{ colId: 'status', sort: 'asc' }], includeArchived: true }),
  'mentors:get': (f) => ({ id: f.mentorId }),
  'mentors:save': (f) => ({ name: fresh(f, 'Mentor'), capacity: 1 }),
  'mentors:setStatus': async (f) => ({ id: (await call(f.core, 'mentors:save', { name: fresh(f, 'Mentor') })).id, status: 'trained' }),
  'mentors:delete': async (f) => ({ id: (await call(f.core, 'mentors:save', { name: fresh(f, 'Mentor') })).id }),
  'mentees:list': () => ({}),
  'mentees:page': () => ({ quick: 'mt', showNames: true }),
  'mentees:get': (f) => ({ id: f.menteeId, purpose: 'view' }),
  'mentees:save': (f) => ({ name: fresh(f, 'Mentee'), goals: ['job'] }),
  'mentees:delete': async (f) => ({ id: (await newMentee(f)).id }),
  'cases:list': () => ({ includeClosed: true }),
  'cases:page': () => ({ sort: [{ colId: 'meetings', sort: 'desc' }], includeArchived: true }),
  'cases:statusCounts': () => ({}),
  'cases:get': (f) => ({ id: f.caseId }),
  'cases:open': async (f) => ({
    menteeId: (await newMentee(f)).id,
    referral: { organisationId: null, contactId: null, date: '2026-02-01', reason: 'x' },
  }),
  'cases:saveDetails': (f) => ({ id: f.caseId, referral: { date: '2026-01-05' }, goals: [{ kind: 'job', description: `${MARKER} goal` }] }),
  'cases:transition': async (f) => ({ id: (await newCase(f)).id, to: 'intake', date: '2026-01-12' }),
  'cases:saveAgreement': (f) => ({
    caseId: f.caseId,
    agreement: { date: '2026-01-20', feedbackFrequency: 'monthly', feedbackMayContain: ['attendance'] },
  }),
  'cases:delete': async (f) => ({ id: (await newCase(f)).id }),
  'meetings:save': (f) => ({ caseId: f.caseId, date: '2026-02-01', type: 'three-party', durationMinutes: 60, topics: ['CV'] }),
  'meetings:delete': async (f) => ({
    id: (await call(f.core, 'meetings:save', { caseId: f.caseId, date: '2026-02-02', type: 'mentor-mentee', durationMinutes: 30 })).id,
  }),
  'followUps:save': (f) => ({ caseId: f.caseId, dueOn: '2026-09-01' }),
  'followUps:delete': async (f) => ({ id: (await call(f.core, 'followUps:save', { caseId: f.caseId, dueOn: '2026-10-01' })).id }),
  'matching:suggest': (f) => ({ menteeId: f.menteeId, limit: 5 }),
  'mentoring:getSettings': () => ({}),
  'mentoring:saveSettings': () => ({ quietDays: 20 }),
  'week:overview': () => ({ today: '2026-11-27' }),
  'week:section': () => ({ today: '2026-11-27', section: 'quiet', after: { key: '2026-10-01', id: 1 } }),
  'dashboard:summary': () => ({ from: '2026-01-01', to: '2026-12-31' }),
  'letterhead:get': () => ({}),
  'letterhead:update': () => ({ address: `${MARKER} Vej 1`, contactLine: 'mentor@example.org' }),
  'letterhead:setLogo': (f) => {
    const logo = path.join(f.work, `logo-${++f.n}.png`);
    // The PNG signature and an IHDR of 2×1 pixels: what the logo check reads.
    writeFileSync(logo, Buffer.from('89504e470d0a1a0a0000000d494844520000000200000001080600000000000000', 'hex'));
    return { path: logo };
  },
  'letterhead:clearLogo': () => ({}),
  'reports:feedbackPreview': (f) => ({ caseId: f.caseId, comment: `${MARKER} comment` }),
  'reports:feedbackExport': async (f) => ({
    caseId: await feedbackCase(f),
    comment: `${MARKER} comment`,
    path: path.join(f.work, `feedback-${++f.n}.docx`),
  }),
  'reports:feedbackDue': () => ({ on: '2026-11-27' }),
  'reports:feedbackBatch': async (f) => ({ caseIds: [await feedbackCase(f)], folder: f.work, operationId: 'cov-feedback' }),
  'reports:programme': () => ({ from: '2026-01-01', to: '2026-06-30', breakdowns: ['municipality', 'language'] }),
  'reports:programmeExport': (f) => ({
    from: '2026-01-01',
    to: '2026-06-30',
    breakdowns: ['referring-partner'],
    narrative: { introduction: `${MARKER} intro`, highlights: '', outlook: '' },
    path: path.join(f.work, `results-${++f.n}.docx`),
    xlsxPath: path.join(f.work, `results-${f.n}.xlsx`),
  }),

  'consents:list': (f) => ({ person: { kind: 'mentee', id: f.menteeId } }),
  'consents:save': (f) => consentInput(f),
  'consents:withdraw': async (f) => ({ id: (await call(f.core, 'consents:save', consentInput(f))).id, at: '2026-11-20T10:15', how: 'x' }),
  'consents:attachEvidence': async (f) => ({ id: (await call(f.core, 'consents:save', consentInput(f))).id, path: f.pdf }),
  'consents:saveEvidenceCopy': async (f) => {
    const consent = await call(f.core, 'consents:save', consentInput(f));
    await call(f.core, 'consents:attachEvidence', { id: consent.id, path: f.pdf });
    return { id: consent.id, path: path.join(f.work, `copy-${++f.n}.pdf`) };
  },
  'consents:check': (f) => ({
    person: { kind: 'mentee', id: f.menteeId },
    purpose: 'feedback-sharing',
    recipientOrganisationId: f.orgId,
    categories: ['attendance'],
  }),
  'consents:reminders': () => ({ days: 30 }),
  'consents:getSettings': () => ({}),
  'consents:saveSettings': () => ({ reminderDays: 45 }),

  'consentTexts:list': () => ({ history: true }),
  'consentTexts:get': async (f) => ({ id: (await call(f.core, 'consentTexts:list', { history: true })).templates[0]!.id }),
  'consentTexts:save': () => ({
    purpose: 'story',
    language: 'ar',
    title: 'موافقة',
    body: 'أوافق {{name}}',
    languageName: 'العربية',
    rtl: true,
  }),
  'consentTexts:retire': async (f) => ({
    id: (await call(f.core, 'consentTexts:save', { purpose: 'follow-up', language: 'ar', title: 'متابعة', body: 'أوافق {{name}}' })).id,
    retired: true,
  }),
  'consentTexts:form': (f) => ({
    person: { kind: 'mentee', id: f.menteeId },
    purpose: 'registration',
    language: 'da',
    path: path.join(f.work, `form-${++f.n}.docx`),
  }),

  'disclosures:recipients': () => ({}),
  'disclosures:page': (f) => ({ where: { organisationId: f.orgId }, sort: [{ colId: 'personCode', sort: 'asc' }] }),
  'rights:disclosures': (f) => ({ person: { kind: 'mentee', id: f.menteeId } }),
  'rights:history': (f) => ({ person: { kind: 'mentee', id: f.menteeId } }),
  'rights:recallList': async (f) => ({ person: { kind: 'mentee', id: f.menteeId }, trigger: await withdrawnConsent(f) }),
  'rights:recallLetter': async (f) => ({
    person: { kind: 'mentee', id: f.menteeId },
    trigger: await withdrawnConsent(f),
    organisationId: f.orgId,
    language: 'da',
    path: path.join(f.work, `recall-${++f.n}.docx`),
  }),
  'rights:accessExport': (f) => ({
    person: { kind: 'mentee', id: f.menteeId },
    language: 'en',
    path: path.join(f.work, `access-${++f.n}.docx`),
  }),

  'erasure:preview': async (f) => ({ subject: { kind: 'mentee', id: (await newMentee(f)).id }, mode: 'erase' }),
  'erasure:apply': async (f) => {
    const request = { subject: { kind: 'mentee' as const, id: (await newMentee(f)).id }, mode: 'anonymise' as const };
    return { ...request, fingerprint: (await call(f.core, 'erasure:preview', request)).fingerprint };
  },
  'erasure:queue': () => ({}),
  'erasure:request': async (f) => ({ person: { kind: 'mentee', id: (await newMentee(f)).id } }),
  'erasure:dequeue': async (f) => {
    const id = (await newMentee(f)).id;
    await call(f.core, 'erasure:request', { person: { kind: 'mentee', id } });
    const entry = (await call(f.core, 'erasure:queue', {})).find((e) => e.person.kind === 'mentee' && e.person.id === id);
    return { id: entry!.id, reason: 'queued-by-mistake' };
  },
  'retention:getPolicy': () => ({}),
  'retention:savePolicy': async (f) => {
    const policy = await call(f.core, 'retention:getPolicy', {});
    return { ...policy, menteesWithoutCourse: { ...policy.menteesWithoutCourse, months: 18 } };
  },
  'retention:calendar': () => ({ today: '2026-11-27' }),
  'retention:plan': () => ({ today: '2026-11-27' }),
  'retention:apply': async (f) => ({
    today: '2026-11-27',
    fingerprint: (await call(f.core, 'retention:plan', { today: '2026-11-27' })).fingerprint,
  }),

  'users:list': () => ({}),
  'users:add': (f) => ({ displayName: fresh(f, 'User'), role: 'read-only', passphrase: freshPassphrase(f) }),
  'users:setRole': async (f) => ({ id: (await newUser(f)).id, role: 'coordinator' }),
  'users:rename': async (f) => ({ id: (await newUser(f)).id, displayName: fresh(f, 'User') }),
  'users:remove': async (f) => ({ id: (await newUser(f)).id }),

  'audit:list': () => ({ filter: { action: 'mentee' }, offset: 0, limit: 10 }),
  'audit:page': () => ({ where: { action: 'mentee' }, limit: 10 }),
  'audit:facets': () => ({}),
  'audit:verify': () => ({}),
  // Something to accept: the anchor edited while the register is locked, so unlock holds a 'forged' finding.
  'audit:acceptHead': async (f) => {
    await call(f.core, 'register:lock', { reason: 'user' });
    const file = path.join(f.dir, 'keyslots.json');
    const slots = JSON.parse(readFileSync(file, 'utf8')) as { auditAnchor: { seq: number } };
    writeFileSync(file, JSON.stringify({ ...slots, auditAnchor: { ...slots.auditAnchor, seq: slots.auditAnchor.seq + 3 } }));
    await call(f.core, 'register:unlock', { dir: f.dir, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    return {};
  },
  'audit:export': (f) => ({ filter: {}, path: path.join(f.work, 'audit.csv') }),
};

function consentInput(f: Fixture) {
  return {
    person: { kind: 'mentee' as const, id: f.menteeId },
    purpose: 'feedback-sharing' as const,
    recipientOrganisationId: f.orgId,
    categories: ['attendance' as const],
    givenOn: '2026-11-01',
    method: 'verbal-witness' as const,
    witness: `${MARKER} Witness`,
    interpreterLanguage: 'ar',
  };
}

/** A new course whose mentee agreed to feedback (attendance and notes) to the fixture's job centre. */
async function feedbackCase(f: Fixture): Promise<number> {
  const c = await newCase(f);
  await call(f.core, 'consents:save', {
    ...consentInput(f),
    person: { kind: 'mentee', id: c.mentee.id },
    categories: ['attendance', 'notes'],
  });
  return c.id;
}

async function withdrawnConsent(f: Fixture) {
  const consent = await call(f.core, 'consents:save', consentInput(f));
  // Something went to the partner under it, so the partner is on the recall list.
  recordDisclosure(f.db(), 'owner', {
    person: { kind: 'mentee', id: f.menteeId },
    recipientOrganisationId: f.orgId,
    recipientLabel: 'Jobcenter',
    purpose: 'feedback-sharing',
    categories: ['attendance'],
    at: '2026-11-10T10:00',
  });
  await call(f.core, 'consents:withdraw', { id: consent.id, at: '2026-11-20T10:15', how: 'x' });
  return { kind: 'withdrawal' as const, consentId: consent.id };
}

async function newUser(f: Fixture) {
  return call(f.core, 'users:add', { displayName: fresh(f, 'User'), role: 'read-only', passphrase: freshPassphrase(f) });
}
