import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Channel } from '../../../shared/contract';
import { recordDisclosure } from '../../../electron/core/consents/disclosure-log';
import { createCore } from '../../../electron/core/dispatcher';
import { handlers as coreHandlers } from '../../../electron/core/handlers';
import type { CoreContext, CoreHandlers } from '../../../electron/core/handlers/types';
import type { Db } from '../../../electron/core/db/driver';
import { call, cleanupTempDirs, createRegister, PASSPHRASE, tempDir } from '../core/helpers';

// Audit coverage, channel by channel, on a real register through the real dispatcher:
//
// - every renderer channel that needs more than read-only (coreCall, coreAdmin) must append at
//   least one audit row, naming the user, when it succeeds;
// - every channel at all that changes a table must append one too (a writer declared coreRead
//   does not slip through): "changed" means the rows of some table other than the audit log differ;
// - the channels in NOT_AUDITED may append none, but must then change nothing either;
// - no new audit row carries a name: every name in this register contains the marker ZQX.
//
// A NEW CHANNEL makes this test fail until you either add a valid input for it to INPUTS below
// (building what it needs on the fixture register) or, for a channel that changes nothing, list
// it in NOT_AUDITED with the reason.

const MARKER = 'ZQX';

/**
 * Channels that may succeed without an audit row, and why. Each is still called and must leave
 * every table unchanged.
 */
const NOT_AUDITED: Partial<Record<Channel, string>> = {
  'import:preview': 'reads the file the user chose and suggests a mapping; writes nothing',
  'import:check': 'applies the mapping to the file in memory; writes nothing',
  'import:cancel': 'flags a running import as cancelled; the import itself is audited (or rolled back)',
  'audit:list': 'reads the audit log (administrators)',
  'audit:facets': 'reads the audit log (administrators)',
  'audit:verify': 'recomputes the chain; writes nothing',
  'retention:plan': 'the dry run: the real run inside a transaction that is rolled back (so it needs a write-capable user)',
};

/**
 * Channels this test does not call, and why. They change which register is open, or the key
 * slot file and device profile rather than register data; tests/unit/core/audit.test.ts and the
 * key-slot tests check their audit rows (register.created, register.unlocked, register.locked,
 * passphrase.changed, device-slot.added/removed).
 */
const LIFECYCLE: Partial<Record<Channel, string>> = {
  'app:state': 'device profile only',
  'app:setLanguage': 'device profile only (the interface language of this computer)',
  'app:forgetRegister': 'device profile only (the recent-registers list)',
  'register:create': 'creates another register (audited: register.created)',
  'register:unlock': 'opens a register (audited: register.unlocked)',
  'register:lock': 'closes the register (audited: register.locked)',
  'register:setPassphrase': 'only after a recovery-key unlock (audited: passphrase.reset-with-recovery-key)',
  'backup:restore': 'creates another register from a backup file (audited in that register: register.restored)',
};

interface Fixture {
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
}

type Factory = (fx: Fixture) => Record<string, unknown> | Promise<Record<string, unknown>>;

let core: ReturnType<typeof createCore>;
let ctx: CoreContext | null = null;
let fx: Fixture;

const db = (): Db => {
  const open = ctx?.session.open;
  if (!open) throw new Error('no register open');
  return open.db;
};
const fresh = (fx: Fixture, what: string) => `${MARKER} ${what} ${++fx.n}`;
/** Each user needs a passphrase of their own (PASSPHRASE_IN_USE otherwise). */
const freshPassphrase = (fx: Fixture) => `amber kettle glacier piano ${++fx.n}`;

async function newMentee(fx: Fixture) {
  return call(core, 'mentees:save', { name: fresh(fx, 'Mentee'), goals: ['job'] });
}
async function newCase(fx: Fixture) {
  const mentee = await newMentee(fx);
  return call(core, 'cases:open', {
    menteeId: mentee.id,
    referral: { organisationId: fx.orgId, contactId: fx.contactId, date: '2026-01-05', reason: `${MARKER} reason` },
  });
}

/** A valid input per channel, built on the fixture register. Deletes make their own record first. */
const INPUTS: Partial<Record<Channel, Factory>> = {
  'register:changePassphrase': () => ({ current: PASSPHRASE, next: PASSPHRASE }),
  'register:info': () => ({}),
  'register:verify': () => ({}),
  'settings:get': () => ({}),
  'settings:update': () => ({ organisationName: `${MARKER} Forening`, autoLockMinutes: 10 }),
  'audit:recent': () => ({ limit: 10 }),
  'backup:status': () => ({}),
  'backup:configure': () => ({ automatic: true }),
  'backup:now': () => ({ operationId: 'cov-backup' }),
  'backup:inspect': async () => ({
    file: (await call(core, 'backup:now', {})).file,
    secret: { kind: 'passphrase', passphrase: PASSPHRASE },
  }),

  'organisations:list': () => ({ includeArchived: true }),
  'organisations:get': (f) => ({ id: f.orgId }),
  'organisations:save': (f) => ({ name: fresh(f, 'Org'), sector: 'health', country: 'DK' }),
  'organisations:archive': async (f) => ({
    id: (await call(core, 'organisations:save', { name: fresh(f, 'Org'), sector: 'other' })).id,
    archived: true,
  }),
  'organisations:delete': async (f) => ({ id: (await call(core, 'organisations:save', { name: fresh(f, 'Org'), sector: 'other' })).id }),
  'contacts:list': () => ({ includeArchived: true }),
  'contacts:get': (f) => ({ id: f.contactId }),
  'contacts:save': (f) => ({ name: fresh(f, 'Contact'), email: 'c@example.org' }),
  'contacts:archive': async (f) => ({ id: (await call(core, 'contacts:save', { name: fresh(f, 'Contact') })).id, archived: true }),
  'contacts:delete': async (f) => ({ id: (await call(core, 'contacts:save', { name: fresh(f, 'Contact') })).id }),
  'contacts:findDuplicates': () => ({ name: `${MARKER} Lone`, email: 'lone@example.org' }),
  'interactions:save': (f) => ({ kind: 'call', date: '2026-11-20', summary: `${MARKER} talk`, contactIds: [f.contactId] }),
  'interactions:delete': async (f) => ({
    id: (await call(core, 'interactions:save', { kind: 'email', date: '2026-11-21', contactIds: [f.contactId] })).id,
  }),
  'networks:list': () => ({ includeArchived: true }),
  'networks:get': (f) => ({ id: f.networkId }),
  'networks:save': (f) => ({ name: fresh(f, 'Network'), purpose: 'x', memberIds: [f.contactId] }),
  'networks:archive': async (f) => ({ id: (await call(core, 'networks:save', { name: fresh(f, 'Network') })).id, archived: true }),
  'networks:delete': async (f) => ({ id: (await call(core, 'networks:save', { name: fresh(f, 'Network') })).id }),
  'search:query': () => ({ text: MARKER, limit: 5 }),

  'import:preview': (f) => ({ path: f.csv, target: 'contacts' }),
  'import:check': (f) => ({ path: f.csv, target: 'contacts', mapping: { '0': 'name', '1': 'email' } }),
  'import:run': (f) => ({ path: f.csv, target: 'contacts', mapping: { '0': 'name', '1': 'email' }, operationId: 'cov-1' }),
  'import:cancel': () => ({ operationId: 'cov-nothing-running' }),
  'import:errorFile': (f) => ({ source: f.csv, out: path.join(f.work, 'errors.csv'), rows: [{ row: 2, reason: 'x' }] }),
  'export:contacts': (f) => ({ path: path.join(f.work, 'contacts.csv'), format: 'csv' }),
  'export:organisations': (f) => ({ path: path.join(f.work, 'organisations.xlsx'), format: 'xlsx' }),
  'directory:generate': (f) => ({ path: path.join(f.work, 'directory.docx') }),

  'mentors:list': () => ({ includeEnded: true }),
  'mentors:get': (f) => ({ id: f.mentorId }),
  'mentors:save': (f) => ({ name: fresh(f, 'Mentor'), capacity: 1 }),
  'mentors:setStatus': async (f) => ({ id: (await call(core, 'mentors:save', { name: fresh(f, 'Mentor') })).id, status: 'trained' }),
  'mentors:delete': async (f) => ({ id: (await call(core, 'mentors:save', { name: fresh(f, 'Mentor') })).id }),
  'mentees:list': () => ({}),
  'mentees:get': (f) => ({ id: f.menteeId, purpose: 'view' }),
  'mentees:save': (f) => ({ name: fresh(f, 'Mentee'), goals: ['job'] }),
  'mentees:delete': async (f) => ({ id: (await newMentee(f)).id }),
  'cases:list': () => ({ includeClosed: true }),
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
    id: (await call(core, 'meetings:save', { caseId: f.caseId, date: '2026-02-02', type: 'mentor-mentee', durationMinutes: 30 })).id,
  }),
  'followUps:save': (f) => ({ caseId: f.caseId, dueOn: '2026-09-01' }),
  'followUps:delete': async (f) => ({ id: (await call(core, 'followUps:save', { caseId: f.caseId, dueOn: '2026-10-01' })).id }),
  'matching:suggest': (f) => ({ menteeId: f.menteeId, limit: 5 }),
  'mentoring:getSettings': () => ({}),
  'mentoring:saveSettings': () => ({ quietDays: 20 }),
  'week:overview': () => ({ today: '2026-11-27' }),
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
  'consents:withdraw': async (f) => ({ id: (await call(core, 'consents:save', consentInput(f))).id, at: '2026-11-20T10:15', how: 'x' }),
  'consents:attachEvidence': async (f) => ({ id: (await call(core, 'consents:save', consentInput(f))).id, path: f.pdf }),
  'consents:saveEvidenceCopy': async (f) => {
    const consent = await call(core, 'consents:save', consentInput(f));
    await call(core, 'consents:attachEvidence', { id: consent.id, path: f.pdf });
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
  'consentTexts:get': async () => ({ id: (await call(core, 'consentTexts:list', { history: true })).templates[0]!.id }),
  'consentTexts:save': () => ({
    purpose: 'story',
    language: 'ar',
    title: 'موافقة',
    body: 'أوافق {{name}}',
    languageName: 'العربية',
    rtl: true,
  }),
  'consentTexts:retire': async () => ({
    id: (await call(core, 'consentTexts:save', { purpose: 'follow-up', language: 'ar', title: 'متابعة', body: 'أوافق {{name}}' })).id,
    retired: true,
  }),
  'consentTexts:form': (f) => ({
    person: { kind: 'mentee', id: f.menteeId },
    purpose: 'registration',
    language: 'da',
    path: path.join(f.work, `form-${++f.n}.docx`),
  }),

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
    return { ...request, fingerprint: (await call(core, 'erasure:preview', request)).fingerprint };
  },
  'erasure:queue': () => ({}),
  'erasure:request': async (f) => ({ person: { kind: 'mentee', id: (await newMentee(f)).id } }),
  'erasure:dequeue': async (f) => {
    const id = (await newMentee(f)).id;
    await call(core, 'erasure:request', { person: { kind: 'mentee', id } });
    const entry = (await call(core, 'erasure:queue', {})).find((e) => e.person.kind === 'mentee' && e.person.id === id);
    return { id: entry!.id, reason: 'queued-by-mistake' };
  },
  'retention:getPolicy': () => ({}),
  'retention:savePolicy': async () => {
    const policy = await call(core, 'retention:getPolicy', {});
    return { ...policy, menteesWithoutCourse: { ...policy.menteesWithoutCourse, months: 18 } };
  },
  'retention:calendar': () => ({ today: '2026-11-27' }),
  'retention:plan': () => ({ today: '2026-11-27' }),
  'retention:apply': async () => ({
    today: '2026-11-27',
    fingerprint: (await call(core, 'retention:plan', { today: '2026-11-27' })).fingerprint,
  }),

  'users:list': () => ({}),
  'users:add': (f) => ({ displayName: fresh(f, 'User'), role: 'read-only', passphrase: freshPassphrase(f) }),
  'users:setRole': async (f) => ({ id: (await newUser(f)).id, role: 'coordinator' }),
  'users:rename': async (f) => ({ id: (await newUser(f)).id, displayName: fresh(f, 'User') }),
  'users:remove': async (f) => ({ id: (await newUser(f)).id }),

  'audit:list': () => ({ filter: { action: 'mentee' }, offset: 0, limit: 10 }),
  'audit:facets': () => ({}),
  'audit:verify': () => ({}),
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
  await call(core, 'consents:save', {
    ...consentInput(f),
    person: { kind: 'mentee', id: c.mentee.id },
    categories: ['attendance', 'notes'],
  });
  return c.id;
}

async function withdrawnConsent(f: Fixture) {
  const consent = await call(core, 'consents:save', consentInput(f));
  // Something went to the partner under it, so the partner is on the recall list.
  recordDisclosure(db(), 'owner', {
    person: { kind: 'mentee', id: f.menteeId },
    recipientOrganisationId: f.orgId,
    recipientLabel: 'Jobcenter',
    purpose: 'feedback-sharing',
    categories: ['attendance'],
    at: '2026-11-10T10:00',
  });
  await call(core, 'consents:withdraw', { id: consent.id, at: '2026-11-20T10:15', how: 'x' });
  return { kind: 'withdrawal' as const, consentId: consent.id };
}

async function newUser(f: Fixture) {
  return call(core, 'users:add', { displayName: fresh(f, 'User'), role: 'read-only', passphrase: freshPassphrase(f) });
}

/** sha256 over every table's rows except the audit log: "did this call change the register?". */
function fingerprint(): string {
  const hash = createHash('sha256');
  const tables = db()
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'audit_log' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    const rows = (db().prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]).map((r) =>
      JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)),
    );
    hash.update(name).update(rows.sort().join('\n'));
  }
  return hash.digest('hex');
}

function rendererCoreChannels(): Channel[] {
  return (Object.keys(contract) as Channel[]).filter((c) => contract[c].side === 'core' && contract[c].access === 'renderer');
}

beforeAll(async () => {
  // The real handlers, wrapped only to see the context, so the test can read the open register.
  const seen = Object.fromEntries(
    Object.entries(coreHandlers).map(([name, handler]) => [
      name,
      (input: never, c: CoreContext) => {
        ctx = c;
        return (handler as (i: never, c: CoreContext) => unknown)(input, c);
      },
    ]),
  ) as unknown as CoreHandlers;
  const profileDir = tempDir('bindeled-profile-');
  core = createCore({ profileDir, defaultRegisterDir: profileDir, appVersion: 'test', emit: () => undefined, handlers: seen });
  const { dir } = await createRegister(core, { organisationName: `${MARKER} Forening` });
  const work = tempDir('bindeled-audit-cov-');
  const csv = path.join(work, 'contacts.csv');
  writeFileSync(csv, `name;email\r\n${MARKER} Imported;imported@example.org\r\n`);
  const pdf = path.join(work, 'form.pdf');
  writeFileSync(pdf, '%PDF-1.4\n%%EOF\n');
  const org = await call(core, 'organisations:save', { name: `${MARKER} Jobcenter`, sector: 'job-centre' });
  const contact = await call(core, 'contacts:save', { name: `${MARKER} Lone`, memberships: [{ organisationId: org.id }] });
  const network = await call(core, 'networks:save', { name: `${MARKER} Netværk`, memberIds: [contact.id] });
  const mentor = await call(core, 'mentors:save', { name: `${MARKER} Birgitte`, capacity: 2 });
  await call(core, 'mentors:setStatus', { id: mentor.id, status: 'trained' });
  await call(core, 'mentors:setStatus', { id: mentor.id, status: 'active' });
  const mentee = await call(core, 'mentees:save', { name: `${MARKER} Amina`, goals: ['job'] });
  fx = {
    dir,
    work,
    orgId: org.id,
    contactId: contact.id,
    networkId: network.id,
    mentorId: mentor.id,
    menteeId: mentee.id,
    caseId: 0,
    csv,
    pdf,
    n: 0,
  };
  fx.caseId = (
    await call(core, 'cases:open', {
      menteeId: mentee.id,
      referral: { organisationId: org.id, contactId: contact.id, date: '2026-01-05', reason: 'x' },
    })
  ).id;
}, 30_000);

afterAll(() => {
  core.shutdown();
  cleanupTempDirs();
});

describe('audit coverage', () => {
  it('knows every renderer core channel: an input, or a reason it is not called', () => {
    const unknown = rendererCoreChannels().filter((c) => !INPUTS[c] && !LIFECYCLE[c]);
    expect(
      unknown,
      `Add a valid input for these channels to INPUTS in tests/unit/privacy/audit-coverage.test.ts (or, if they open or close a register, to LIFECYCLE with the reason): ${unknown.join(', ')}`,
    ).toEqual([]);
  });

  it.each(rendererCoreChannels().filter((c) => INPUTS[c]))('%s', async (channel) => {
    const input = await INPUTS[channel]!(fx);
    const before = db().prepare('SELECT coalesce(max(seq), 0) AS seq FROM audit_log').get() as { seq: number };
    const contentBefore = fingerprint();
    const result = await core.invoke(channel, input);
    if (!result.ok)
      throw new Error(`The coverage input for ${channel} failed (${result.error.code} ${result.error.detail ?? ''}); fix it in INPUTS.`);
    const added = db()
      .prepare('SELECT actor, action, entity, entity_id, details FROM audit_log WHERE seq > ? ORDER BY seq')
      .all(before.seq) as {
      actor: string;
      action: string;
      details: string;
    }[];
    const changed = fingerprint() !== contentBefore;
    const writer = contract[channel].minRole !== 'read-only';

    if (NOT_AUDITED[channel]) {
      expect(changed, `${channel} is in NOT_AUDITED (${NOT_AUDITED[channel]}) but changed the register; audit it instead`).toBe(false);
    } else if (writer || changed) {
      expect(
        added.length,
        `${channel} ${writer ? 'needs more than read-only' : 'changed the register'} but appended no audit row: call appendAudit (actor, action, entity, id, counts only) in the same transaction`,
      ).toBeGreaterThan(0);
    }
    for (const row of added) {
      expect(row.actor, `${channel}: audit rows name the user`).toBe(ctx?.session.open?.actor);
      expect(JSON.stringify(row).toUpperCase(), `${channel}: audit rows hold codes and counts, never names`).not.toContain(MARKER);
    }
  });

  it('leaves a chain that verifies', async () => {
    expect((await call(core, 'audit:verify', {})).ok).toBe(true);
  });
});
