import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import { ERROR_CODES, type Result } from '../../../shared/errors';
import { call, cleanupTempDirs, createRegister, hashFolder, newCore, PASSPHRASE, type TestCore } from './helpers';

// Junk through the real dispatcher, for every channel in the contract, with a register open so
// that a call slipping past validation would have something to damage.

let t: TestCore;
let dir: string;

/** A valid input per channel; junk is made by breaking one field at a time. A new channel must be added here. */
const VALID: Record<Channel, Record<string, unknown>> = {
  'backup:status': { dir: '/tmp/x' },
  'backup:configure': { folder: '/tmp/x-backups', automatic: true },
  'backup:now': { file: '/tmp/x.bindeled-backup', operationId: 'op-1' },
  'backup:inspect': { file: '/tmp/x.bindeled-backup', secret: { kind: 'passphrase', passphrase: PASSPHRASE } },
  'backup:restore': { file: '/tmp/x.bindeled-backup', dir: '/tmp/x', secret: { kind: 'passphrase', passphrase: PASSPHRASE } },
  'backup:tick': {},
  'app:state': {},
  'app:setLanguage': { language: 'da' },
  'app:forgetRegister': { dir: '/tmp/x' },
  'register:create': { dir: '/tmp/x', organisationName: 'Org', language: 'en', passphrase: PASSPHRASE },
  'register:unlock': { dir: '/tmp/x', secret: { kind: 'passphrase', passphrase: PASSPHRASE } },
  'register:setPassphrase': { passphrase: PASSPHRASE },
  'register:changePassphrase': { current: PASSPHRASE, next: PASSPHRASE },
  'register:lock': { reason: 'user' },
  'register:info': {},
  'register:verify': {},
  'settings:get': {},
  'settings:update': { organisationName: 'Org', defaultLanguage: 'sv', autoLockMinutes: 5 },
  'audit:recent': { limit: 10 },
  'device:addSlot': { secretHex: 'ab'.repeat(32) },
  'device:removeSlot': {},
  'device:unlock': { dir: '/tmp/x', secretHex: 'ab'.repeat(32) },
  'shell:capabilities': {},
  'shell:chooseFolder': { purpose: 'open', defaultPath: '/tmp' },
  'shell:chooseFile': { purpose: 'import' },
  'shell:chooseSaveFile': { purpose: 'export-csv', suggestedName: 'contacts.csv' },
  'shell:rememberOnDevice': { enabled: true },
  'shell:unlockWithDevice': { dir: '/tmp/x' },
  'shell:restartCore': {},
  'organisations:list': { includeArchived: true },
  'organisations:get': { id: 1 },
  'organisations:save': { name: 'Org', sector: 'health', country: 'NO' },
  'organisations:archive': { id: 1, archived: true },
  'organisations:delete': { id: 1 },
  'contacts:list': { includeArchived: false },
  'contacts:get': { id: 1 },
  'contacts:save': { name: 'Ann', email: 'ann@example.org' },
  'contacts:archive': { id: 1, archived: false },
  'contacts:delete': { id: 1 },
  'contacts:findDuplicates': { name: 'Ann', email: 'ann@example.org' },
  'interactions:save': { kind: 'call', date: '2026-11-27' },
  'interactions:delete': { id: 1 },
  'networks:list': { includeArchived: false },
  'networks:get': { id: 1 },
  'networks:save': { name: 'Net', purpose: 'Meet' },
  'networks:archive': { id: 1, archived: true },
  'networks:delete': { id: 1 },
  'search:query': { text: 'ann', limit: 5 },
  'import:preview': { path: '/tmp/x/contacts.csv', target: 'contacts' },
  'import:check': { path: '/tmp/x/contacts.csv', target: 'contacts', mapping: { '0': 'name', '1': 'email', '2': null } },
  'import:run': {
    path: '/tmp/x/contacts.csv',
    target: 'organisations',
    mapping: { '0': 'name' },
    operationId: 'op-1',
    duplicates: 'update',
    overrides: [{ row: 2, action: 'create' }],
    rememberMapping: false,
  },
  'import:cancel': { operationId: 'op-1' },
  'import:errorFile': { source: '/tmp/x/contacts.csv', out: '/tmp/x/errors.csv', rows: [{ row: 3, reason: 'Name is missing' }] },
  'export:contacts': { path: '/tmp/x/contacts.csv', format: 'csv', delimiter: ',', includeArchived: true },
  'export:organisations': { path: '/tmp/x/organisations.xlsx', format: 'xlsx' },
  'directory:generate': {
    path: '/tmp/x/directory.docx',
    groupBy: 'theme',
    municipality: 'Aarhus',
    theme: 'volunteering',
    language: 'arabisk',
    docLanguage: 'nb',
  },
  'mentors:list': { includeEnded: true },
  'mentors:get': { id: 1 },
  'mentors:save': {
    name: 'Birgitte Holm',
    languages: [{ code: 'da', level: 'native' }],
    industries: ['health'],
    availability: ['tue-evening'],
    capacity: 2,
  },
  'mentors:setStatus': { id: 1, status: 'trained' },
  'mentors:delete': { id: 1 },
  'mentees:list': {},
  'mentees:get': { id: 1, purpose: 'view' },
  'mentees:save': { name: 'Amina Yusuf', birthYear: 1990, goals: ['job'], preferredMentorGender: 'female' },
  'mentees:delete': { id: 1 },
  'cases:list': { includeClosed: true },
  'cases:get': { id: 1 },
  'cases:open': { menteeId: 1, coordinator: 'Ida', referral: { organisationId: null, contactId: null, date: '2026-01-05', reason: 'Job' } },
  'cases:saveDetails': {
    id: 1,
    coordinator: 'Ida',
    referral: { date: '2026-01-05' },
    goals: [{ kind: 'job', description: 'Work as a nurse' }],
  },
  'cases:transition': { id: 1, to: 'closed', date: '2026-03-01', reason: 'x', closing: { outcome: 'ended-early', endedReason: 'Moved' } },
  'cases:saveAgreement': { caseId: 1, agreement: { date: '2026-01-20', feedbackFrequency: 'monthly', feedbackMayContain: ['attendance'] } },
  'cases:delete': { id: 1 },
  'meetings:save': { caseId: 1, date: '2026-02-01', type: 'three-party', durationMinutes: 90, topics: ['CV'], note: 'x' },
  'meetings:delete': { id: 1 },
  'followUps:save': { caseId: 1, dueOn: '2026-09-01', doneOn: '2026-09-02', result: 'in-job' },
  'followUps:delete': { id: 1 },
  'matching:suggest': { menteeId: 1, limit: 5 },
  'mentoring:getSettings': {},
  'mentoring:saveSettings': {
    quietDays: 21,
    followUpMonths: 3,
    weights: { field: 3, languages: 2, place: 1, availability: 1, capacity: 1, preferences: 2 },
    neighbours: [['Kolding', 'Vejle']],
  },
  'users:list': {},
  'users:add': { displayName: 'Aino', role: 'read-only', passphrase: PASSPHRASE },
  'users:setRole': { id: 'u-0123456789ab', role: 'coordinator' },
  'users:rename': { id: 'u-0123456789ab', displayName: 'Aino K.' },
  'users:remove': { id: 'u-0123456789ab' },
  'week:overview': { today: '2026-11-27' },
  'erasure:preview': { subject: { kind: 'mentee', id: 1 }, mode: 'anonymise' },
  'erasure:apply': { subject: { kind: 'contact', id: 1 }, mode: 'erase', fingerprint: 'abc' },
  'erasure:queue': {},
  'erasure:request': { person: { kind: 'mentor', id: 1 } },
  'erasure:dequeue': { id: 1, reason: 'request-withdrawn' },
  'retention:getPolicy': {},
  'retention:savePolicy': {
    menteesAfterCourse: { enabled: true, months: 24, action: 'anonymise' },
    menteesWithoutCourse: { enabled: true, months: 12, action: 'erase' },
    mentorsAfterEnd: { enabled: false, months: 24, action: 'anonymise' },
    contactsAfterLastContact: { enabled: true, months: 36, action: 'erase' },
  },
  'retention:calendar': { today: '2026-11-27' },
  'retention:plan': {},
  'retention:apply': { today: '2026-11-27', fingerprint: 'abc' },
  'consentTexts:list': { history: true },
  'consentTexts:get': { id: 1 },
  'consentTexts:save': {
    purpose: 'registration',
    language: 'ar',
    title: 'موافقة',
    body: 'أوافق {{name}}',
    languageName: 'العربية',
    rtl: true,
  },
  'consentTexts:retire': { id: 1, retired: true },
  'consentTexts:form': {
    person: { kind: 'mentee', id: 1 },
    purpose: 'feedback-sharing',
    language: 'da',
    recipientOrganisationId: 1,
    categories: ['attendance', 'goals'],
    interpreterLanguage: 'ar',
    expiresOn: '2027-06-30',
    path: '/tmp/x/form.docx',
  },
  'consents:list': { person: { kind: 'mentee', id: 1 } },
  'consents:save': {
    person: { kind: 'mentee', id: 1 },
    purpose: 'feedback-sharing',
    recipientOrganisationId: 1,
    categories: ['attendance', 'goals'],
    givenOn: '2026-11-01',
    method: 'verbal-witness',
    witness: 'Ida Holm',
    interpreterLanguage: 'ar',
    expiresOn: '2027-11-01',
    note: 'At intake',
  },
  'consents:withdraw': { id: 1, at: '2026-11-20T10:15', how: 'By phone' },
  'consents:attachEvidence': { id: 1, path: '/tmp/x/form.pdf' },
  'consents:saveEvidenceCopy': { id: 1, path: '/tmp/x/copy.pdf' },
  'consents:check': {
    person: { kind: 'mentee', id: 1 },
    purpose: 'feedback-sharing',
    recipientOrganisationId: 1,
    categories: ['goals'],
    at: '2026-11-20T10:15',
  },
  'consents:reminders': { days: 30 },
  'consents:getSettings': {},
  'consents:saveSettings': { reminderDays: 45 },
  'rights:disclosures': { person: { kind: 'mentee', id: 1 }, organisationId: 2, from: '2026-01-01', to: '2026-12-31', limit: 100 },
  'rights:history': { person: { kind: 'mentor', id: 1 } },
  'rights:recallList': { person: { kind: 'mentee', id: 1 }, trigger: { kind: 'correction', fieldHistoryIds: [1, 2] } },
  'rights:recallLetter': {
    person: { kind: 'mentee', id: 1 },
    trigger: { kind: 'withdrawal', consentId: 1 },
    organisationId: 1,
    language: 'da',
    path: '/tmp/x/letter.docx',
  },
  'rights:accessExport': { person: { kind: 'mentee', id: 1 }, language: 'en', path: '/tmp/x/access.docx' },
  'letterhead:get': {},
  'letterhead:update': { address: 'Nørregade 1\n8000 Aarhus C', contactLine: 'tel. 12 34 56 78' },
  'letterhead:setLogo': { path: '/tmp/x/logo.png' },
  'letterhead:clearLogo': {},
  'reports:feedbackPreview': { caseId: 1, language: 'da', from: '2026-01-01', to: '2026-03-31', comment: 'Good progress' },
  'reports:feedbackExport': { caseId: 1, language: 'da', from: '2026-01-01', to: '2026-03-31', comment: '', path: '/tmp/x/feedback.docx' },
  'reports:feedbackDue': { on: '2026-11-27' },
  'reports:feedbackBatch': { caseIds: [1, 2], folder: '/tmp/x/reports', operationId: 'op-1' },
  'reports:programme': {
    from: '2026-01-01',
    to: '2026-06-30',
    compareFrom: '2025-01-01',
    compareTo: '2025-06-30',
    breakdowns: ['municipality'],
    language: 'en',
  },
  'reports:programmeExport': {
    from: '2026-01-01',
    to: '2026-06-30',
    breakdowns: ['language'],
    narrative: { introduction: 'Intro', highlights: '', outlook: '' },
    path: '/tmp/x/results.docx',
    xlsxPath: '/tmp/x/results.xlsx',
    operationId: 'op-2',
  },
  'dashboard:summary': { from: '2026-01-01', to: '2026-12-31' },
  'audit:list': {
    filter: { from: '2026-11-01', to: '2026-11-28T00:00:00.000Z', actor: 'owner', action: 'mentee' },
    offset: 0,
    limit: 50,
  },
  'audit:facets': {},
  'audit:verify': {},
  'audit:export': { filter: { entity: 'mentee', entityId: '1' }, path: '/tmp/x/audit.csv' },
};

const HUGE = 'x'.repeat(1_000_000);
/** Values no field of the contract accepts. */
const BAD_VALUES: unknown[] = [null, [], {}, true, -1.5, Number.NaN, HUGE, ['a'], { kind: 'passphrase' }];
/** Whole inputs that are never valid. */
const BAD_INPUTS: unknown[] = [
  undefined,
  null,
  0,
  1,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  '',
  'x',
  HUGE,
  [],
  [1, 2],
  [{}],
  () => 1,
  new Date(0),
  new Map(),
  new Set(),
  /x/,
  new Error('x'),
  Promise.resolve({}),
  Symbol('s'),
  10n,
];

/** Own keys that try prototype pollution, as JSON.parse (and structured clone) would deliver them. */
function withOwnKey(valid: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...valid };
  Object.defineProperty(copy, key, {
    value: { polluted: true, prototype: { polluted: true } },
    enumerable: true,
    configurable: true,
    writable: true,
  });
  return copy;
}

function junkFor(channel: Channel): { label: string; input: unknown }[] {
  const valid = VALID[channel];
  const junk: { label: string; input: unknown }[] = BAD_INPUTS.map((input) => ({
    label: `input ${String(typeof input === 'string' ? input.slice(0, 8) : typeof input === 'symbol' ? 'symbol' : typeof input === 'bigint' ? 'bigint' : input)}`,
    input,
  }));
  junk.push({ label: 'extra key', input: { ...valid, unexpected: 1 } });
  junk.push({
    label: 'parsed __proto__',
    input: JSON.parse(`{"__proto__":{"polluted":true}${Object.keys(valid).length ? ',' : ''}${JSON.stringify(valid).slice(1)}`),
  });
  for (const key of ['__proto__', 'constructor', 'prototype', 'toString'])
    junk.push({ label: `own ${key}`, input: withOwnKey(valid, key) });
  for (const field of Object.keys(valid)) {
    for (const bad of BAD_VALUES) {
      const input = { ...valid, [field]: bad };
      // `true` is junk for a string but a fine value for a boolean field: only what the schema refuses is junk.
      if (contract[channel].input.safeParse(input).success) continue;
      junk.push({ label: `${field}=${typeof bad === 'string' ? 'huge' : JSON.stringify(bad)}`, input });
    }
  }
  if ('secret' in valid) {
    junk.push({ label: 'secret: unknown kind', input: { ...valid, secret: { kind: 'device', passphrase: PASSPHRASE } } });
    junk.push({ label: 'secret: extra key', input: { ...valid, secret: { kind: 'passphrase', passphrase: PASSPHRASE, x: 1 } } });
    junk.push({ label: 'secret: huge recovery key', input: { ...valid, secret: { kind: 'recovery', recoveryKey: HUGE } } });
  }
  return junk;
}

function expectedCode(channel: Channel, from: 'renderer' | 'internal'): string {
  const def = contract[channel];
  if (def.side === 'shell') return 'UNKNOWN_CHANNEL';
  if (def.access === 'internal' && from === 'renderer') return 'NOT_ALLOWED';
  return 'INVALID_INPUT';
}

/** The register's files, without the WAL index (-shm): SQLite updates its read marks on every read. */
function registerFiles(): Record<string, string> {
  const { ['register.db-shm']: _shm, ...rest } = hashFolder(dir);
  return rest;
}

async function snapshot() {
  return {
    register: registerFiles(),
    profile: hashFolder(t.profileDir),
    state: await call(t.core, 'app:state', {}),
    settings: await call(t.core, 'settings:get', {}),
    audit: await call(t.core, 'audit:recent', { limit: 200 }),
  };
}

beforeAll(async () => {
  t = newCore();
  ({ dir } = await createRegister(t.core, { organisationName: 'Fuzzforeningen' }));
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('every channel answers junk with a failed Result and changes nothing', () => {
  it('has a valid sample for every channel, so junk differs from it in one field only', () => {
    expect(Object.keys(VALID).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(contract[channel].input.safeParse(VALID[channel]).success, channel).toBe(true);
  });

  it.each(CHANNELS.map((c) => [c]))('%s', async (channel) => {
    const before = await snapshot();
    const froms: ('renderer' | 'internal')[] = contract[channel].access === 'internal' ? ['renderer', 'internal'] : ['renderer'];
    for (const from of froms) {
      for (const { label, input } of junkFor(channel)) {
        let result: Result<unknown> | undefined;
        await expect(
          (async () => {
            result = await t.core.invoke(channel, input, from);
          })(),
          `${channel} ${label} threw`,
        ).resolves.toBeUndefined();
        expect(result?.ok, `${channel} ${label}`).toBe(false);
        if (result && !result.ok) {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.code, `${channel} (${from}) ${label}`).toBe(expectedCode(channel, from));
        }
      }
    }
    if (contract[channel].access === 'internal') {
      // Even a well-formed call is refused when it comes from the renderer.
      expect((await t.core.invoke(channel, VALID[channel])).ok).toBe(false);
      expect((await t.core.invoke(channel, VALID[channel], 'bogus' as never)).ok).toBe(false);
    }
    expect(await snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers unknown channel names with UNKNOWN_CHANNEL', async () => {
    const before = await snapshot();
    const names: unknown[] = [
      '',
      'nope',
      'register:',
      'REGISTER:UNLOCK',
      'register:unlock ',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      HUGE,
      42,
      null,
      undefined,
      {},
      [],
      Symbol('register:lock'),
    ];
    for (const name of names) {
      const result = await t.core.invoke(name, {});
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('UNKNOWN_CHANNEL');
        expect((result.error.detail ?? '').length).toBeLessThanOrEqual(200);
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});
