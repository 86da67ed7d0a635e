import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../electron/cli/args';
import { UsageError } from '../../../electron/cli/options';
import { call, cleanupTempDirs, createRegister, lock, newCore, PASSPHRASE, tempDir, withDb, type TestCore } from '../core/helpers';
import { runCli } from '../core/run-cli';
import { docxText } from './feedback-fixture';

// `npm run cli -- report feedback`: the same channels as the app; prints what was left out and
// why, writes nothing for a course without a consent in force.

let t: TestCore;
let dir: string;
let caseId: number;
let blockedCaseId: number;
const env = { BINDELED_PASSPHRASE: PASSPHRASE };

beforeAll(async () => {
  t = newCore();
  ({ dir } = await createRegister(t.core));
  const org = await call(t.core, 'organisations:save', { name: 'NAV Grünerløkka', sector: 'job-centre' });
  const contact = await call(t.core, 'contacts:save', {
    name: 'Kari Nordmann',
    preferredLanguage: 'nb',
    memberships: [{ organisationId: org.id }],
  });
  for (const [name, consent] of [
    ['Abdi Warsame', true],
    ['Rahel Tesfaye', false],
  ] as const) {
    const mentee = await call(t.core, 'mentees:save', { name, goals: ['job'] });
    const c = await call(t.core, 'cases:open', {
      menteeId: mentee.id,
      referral: { organisationId: org.id, contactId: contact.id, date: '2026-01-05', reason: '' },
    });
    await call(t.core, 'meetings:save', { caseId: c.id, date: '2026-02-10', type: 'three-party', durationMinutes: 60 });
    if (consent) {
      await call(t.core, 'consents:save', {
        person: { kind: 'mentee', id: mentee.id },
        purpose: 'feedback-sharing',
        recipientOrganisationId: org.id,
        categories: ['attendance', 'notes'],
        givenOn: '2026-01-05',
        method: 'signed',
      });
      caseId = c.id;
    } else blockedCaseId = c.id;
  }
  await lock(t.core);
}, 30_000);
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('cli report feedback', () => {
  it('parses its options strictly', () => {
    expect(
      parseCommand(['report', 'feedback', '--dir', '/r', '--case', '7', '--out', '/x/a.docx', '--lang', 'sv', '--json']),
    ).toMatchObject({
      name: 'report-feedback',
      caseId: 7,
      lang: 'sv',
      json: true,
      from: null,
    });
    for (const bad of [
      ['report', 'feedback', '--dir', '/r', '--out', '/x/a.docx'],
      ['report', 'feedback', '--dir', '/r', '--case', 'abc', '--out', '/x/a.docx'],
      ['report', 'feedback', '--dir', '/r', '--case', '7', '--out', '/x/a.pdf'],
      ['report', 'feedback', '--dir', '/r', '--case', '7', '--out', '/x/a.docx', '--lang', 'de'],
      ['report', 'feedback', '--dir', '/r', '--case', '7', '--out', '/x/a.docx', '--from', '1.2.2026'],
      ['report', 'feedback', '--dir', '/r', '--case', '7', '--out', '/x/a.docx', '--bogus'],
    ])
      expect(() => parseCommand(bad)).toThrow(UsageError);
  });

  it('writes the report in the contact’s language, logs it and says what was left out', async () => {
    const file = path.join(tempDir(), 'tilbakemelding.docx');
    const run = await runCli(
      [
        'report',
        'feedback',
        '--dir',
        dir,
        '--case',
        String(caseId),
        '--out',
        file,
        '--from',
        '2026-01-01',
        '--to',
        '2026-03-31',
        '--comment',
        'Godt oppmøte',
      ],
      { env },
    );
    // Only the core's structured log lines (e.g. an automatic backup on close) may appear on stderr.
    expect(run.stderr.split('\n').filter((l) => l && !l.startsWith('{"t":'))).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*tilbakemelding\.docx \(sha256 [0-9a-f]{64}\); logged as disclosure \d+\./);
    expect(run.stdout).toContain('To NAV Grünerløkka, 2026-01-01 to 2026-03-31, in nb.');
    expect(run.stdout).toContain('goals and progress: the consent does not cover this kind of data');
    expect(run.stdout).toContain('status of the course: the consent does not cover this kind of data');
    expect(run.stdout).not.toContain("coordinator's comment");
    const text = docxText(file);
    expect(text).toContain('Tilbakemelding');
    expect(text).toContain('Abdi Warsame');
    expect(text).toContain('Godt oppmøte');
    expect(text).toContain('10. februar 2026');
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    const row = await withDb(dir, (db) =>
      db.prepare("SELECT categories, file_hash FROM disclosures WHERE purpose = 'feedback-sharing'").get(),
    );
    expect(row).toEqual({ categories: '["attendance","notes"]', file_hash: hash });
  });

  it('prints JSON with --json', async () => {
    const file = path.join(tempDir(), 'feedback.docx');
    const run = await runCli(['report', 'feedback', '--dir', dir, '--case', String(caseId), '--out', file, '--lang', 'en', '--json'], {
      env,
    });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      written: string;
      language: string;
      included: string[];
      omitted: { section: string; reason: string }[];
    };
    expect(json.written).toBe(file);
    expect(json.language).toBe('en');
    expect(json.included).toEqual(['meetings']);
    expect(json.omitted).toContainEqual({ section: 'comment', reason: 'empty' });
  });

  it('writes nothing for a course without a consent in force, and fails on an unknown course', async () => {
    const file = path.join(tempDir(), 'none.docx');
    const run = await runCli(['report', 'feedback', '--dir', dir, '--case', String(blockedCaseId), '--out', file], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no feedback-sharing consent for this partner');
    expect(existsSync(file)).toBe(false);
    const missing = await runCli(['report', 'feedback', '--dir', dir, '--case', '99999', '--out', file], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).not.toBe('');
    expect(existsSync(file)).toBe(false);
  });
});
