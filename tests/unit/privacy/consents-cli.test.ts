import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../electron/cli/args';
import { UsageError } from '../../../electron/cli/options';
import {
  call,
  callFails,
  cleanupTempDirs,
  createRegister,
  lock,
  newCore,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  unlock,
  withDb,
  type TestCore,
} from '../core/helpers';
import { runCli } from '../core/run-cli';

// The consents channels through the real dispatcher (roles, validation), and the `consents`
// command of the CLI on the same register.

const env = { BINDELED_PASSPHRASE: PASSPHRASE };
let t: TestCore;
let dir: string;
let mentee: { id: number; code: string };
let mentorId: number;
let consentId: number;

beforeAll(async () => {
  t = newCore();
  dir = (await createRegister(t.core)).dir;
  const org = await call(t.core, 'organisations:save', { name: 'NAV Grünerløkka', sector: 'job-centre' });
  mentee = await call(t.core, 'mentees:save', { name: 'Hodan Ali' });
  mentorId = (await call(t.core, 'mentors:save', { name: 'Kari Nordmann' })).id;
  await call(t.core, 'consents:save', {
    person: { kind: 'mentee', id: mentee.id },
    purpose: 'registration',
    givenOn: '2026-01-05',
    method: 'signed',
  });
  const sharing = await call(t.core, 'consents:save', {
    person: { kind: 'mentee', id: mentee.id },
    purpose: 'feedback-sharing',
    recipientOrganisationId: org.id,
    categories: ['outcome', 'attendance'],
    givenOn: '2026-01-05',
    method: 'verbal-witness',
    witness: 'Ola Hansen',
    interpreterLanguage: 'so',
  });
  consentId = sharing.id;
  expect(sharing).toMatchObject({ state: 'valid', recipientName: 'NAV Grünerløkka', categories: ['attendance', 'outcome'] });
}, 60_000);
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('consents channels', () => {
  it('check previews the rule; withdraw at a minute; the rule refuses from that minute on', async () => {
    const org = (await call(t.core, 'consents:list', { person: { kind: 'mentee', id: mentee.id } })).find(
      (c) => c.id === consentId,
    )!.recipientOrganisationId;
    const ask = (at: string) =>
      call(t.core, 'consents:check', {
        person: { kind: 'mentee', id: mentee.id },
        purpose: 'feedback-sharing',
        recipientOrganisationId: org,
        categories: ['attendance', 'notes'],
        at,
      });
    expect(await ask('2026-02-01T09:00')).toMatchObject({
      identity: true,
      allowed: false,
      categories: [
        { category: 'attendance', allowed: true, consentId },
        { category: 'notes', allowed: false, reason: 'category-not-covered' },
      ],
    });
    const withdrawn = await call(t.core, 'consents:withdraw', { id: consentId, at: '2026-02-10T13:05', how: 'Phone call' });
    expect(withdrawn).toMatchObject({ pastDisclosures: 0, queuedForErasure: false, consent: { state: 'withdrawn', withdrawnBy: 'owner' } });
    expect((await ask('2026-02-10T13:04')).identity).toBe(true);
    expect(await ask('2026-02-10T13:05')).toMatchObject({ identity: false, identityReason: 'withdrawn' });
    expect((await callFails(t.core, 'consents:withdraw', { id: consentId, how: 'again' })).code).toBe('CONSENT_WITHDRAWN');
  });

  it('refuses bad input at the contract and unknown people in core', async () => {
    expect((await callFails(t.core, 'consents:withdraw', { id: consentId, at: '2026-02-10 13:05', how: 'x' })).code).toBe('INVALID_INPUT');
    expect((await callFails(t.core, 'consents:withdraw', { id: consentId, how: '   ' })).code).toBe('INVALID_INPUT');
    expect((await callFails(t.core, 'consents:list', { person: { kind: 'mentee', id: 9999 } })).code).toBe('NOT_FOUND');
    expect((await callFails(t.core, 'consents:check', { person: { kind: 'mentor', id: 9999 }, purpose: 'story' })).code).toBe('NOT_FOUND');
    expect((await callFails(t.core, 'consents:reminders', { days: 0 })).code).toBe('INVALID_INPUT');
  });

  it('keeps the reminder days as a setting (30 by default), audited', async () => {
    expect(await call(t.core, 'consents:getSettings', {})).toEqual({ reminderDays: 30 });
    expect((await call(t.core, 'consents:reminders', {})).days).toBe(30);
    await call(t.core, 'consents:saveSettings', { reminderDays: 60 });
    expect((await call(t.core, 'consents:reminders', {})).days).toBe(60);
    expect((await call(t.core, 'consents:reminders', { days: 7 })).days).toBe(7);
    const actions = (await call(t.core, 'audit:recent', { limit: 20 })).map((a) => a.action);
    expect(actions).toContain('consent.settings-saved');
    expect(actions).toContain('consent.withdrawn');
  });
});

describe('roles', () => {
  it('a read-only user may read consents and ask the rule, but core refuses every change', async () => {
    await call(t.core, 'users:add', { displayName: 'Aino Reader', role: 'read-only', passphrase: OTHER_PASSPHRASE });
    await lock(t.core);
    await unlock(t.core, dir, OTHER_PASSPHRASE);
    const person = { kind: 'mentee', id: mentee.id } as const;
    const before = await call(t.core, 'consents:list', { person });
    expect(before.length).toBe(2);
    await call(t.core, 'consents:check', { person, purpose: 'registration' });
    await call(t.core, 'consents:reminders', {});
    const refused = [
      await callFails(t.core, 'consents:save', { person, purpose: 'statistics', givenOn: '2026-03-01', method: 'signed' }),
      await callFails(t.core, 'consents:withdraw', { id: before[0]!.id, how: 'phone' }),
      await callFails(t.core, 'consents:attachEvidence', { id: before[0]!.id, path: '/tmp/x.pdf' }),
      await callFails(t.core, 'consents:saveEvidenceCopy', { id: before[0]!.id, path: '/tmp/x.pdf' }),
      await callFails(t.core, 'consents:saveSettings', { reminderDays: 10 }),
    ];
    expect(refused.map((e) => e.code)).toEqual(Array(5).fill('ROLE_NOT_ALLOWED'));
    expect(await call(t.core, 'consents:list', { person })).toEqual(before);
    await lock(t.core);
    await unlock(t.core, dir);
  }, 60_000);
});

describe('bindeled consents', () => {
  it('parses the person as a number, a code or a mentor number, and refuses anything else', () => {
    expect(parseCommand(['consents', '--dir', '/tmp/x', '--person', '12'])).toEqual({
      name: 'consents',
      dir: '/tmp/x',
      person: { kind: 'mentee', id: 12 },
      json: false,
    });
    expect(parseCommand(['consents', '--dir', '/tmp/x', '--person', 'mt4k7pq', '--json'])).toMatchObject({
      person: { kind: 'mentee', code: 'MT-4K7PQ' },
      json: true,
    });
    expect(parseCommand(['consents', '--dir', '/tmp/x', '--person', '3', '--mentor'])).toMatchObject({ person: { kind: 'mentor', id: 3 } });
    const usage = (argv: string[]) => () => parseCommand(['consents', ...argv]);
    expect(usage(['--dir', '/tmp/x'])).toThrow(/needs --person/);
    expect(usage(['--person', '3'])).toThrow(/needs --dir/);
    expect(usage(['--dir', '/tmp/x', '--person', 'Hodan'])).toThrow(UsageError);
    expect(usage(['--dir', '/tmp/x', '--person', 'MT-4K7PQ', '--mentor'])).toThrow(UsageError);
    expect(usage(['--dir', '/tmp/x', '--person', '3', '--limit', '2'])).toThrow(UsageError);
  });

  it('lists a mentee’s consents by code, in words and as JSON, the same as the app', async () => {
    await call(t.core, 'register:lock', { reason: 'user' });
    const text = await runCli(['consents', '--dir', dir, '--person', mentee.code], { env });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`Consents of ${mentee.code} (2):`);
    expect(text.stdout).toMatch(/Feedback to a partner → NAV Grünerløkka: withdrawn/);
    expect(text.stdout).toContain('covers: attendance, outcome');
    expect(text.stdout).toContain('verbal, with a witness, witness Ola Hansen, interpreter (so)');
    expect(text.stdout).toContain('withdrawn 2026-02-10 13:05 by owner: Phone call');
    expect(text.stdout).toMatch(/Registration in the programme: in force/);
    expect(text.stdout).not.toContain('Hodan');

    const json = await runCli(['consents', '--dir', dir, '--person', String(mentee.id), '--json'], { env });
    expect(json.code, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as { id: number; state: string }[];
    expect(parsed.map((c) => c.state).sort()).toEqual(['valid', 'withdrawn']);

    const mentor = await runCli(['consents', '--dir', dir, '--person', String(mentorId), '--mentor'], { env });
    expect(mentor.code, mentor.stderr).toBe(0);
    expect(mentor.stdout).toContain(`No consents are recorded for mentor ${mentorId}.`);

    const missing = await runCli(['consents', '--dir', dir, '--person', 'MT-00000'], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No mentee has the code MT-00000');
    const usage = await runCli(['consents', '--dir', dir], { env });
    expect(usage.code).toBe(2);

    // Reading writes no consent change: only the unlock and lock of the CLI are audited.
    await withDb(dir, (db) => {
      const rows = db.prepare("SELECT action FROM audit_log WHERE action LIKE 'consent.%' ORDER BY seq").all() as { action: string }[];
      expect(rows.map((r) => r.action)).toEqual(['consent.saved', 'consent.saved', 'consent.withdrawn', 'consent.settings-saved']);
    });
  }, 120_000);
});
