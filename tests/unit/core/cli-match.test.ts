import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../electron/cli/args';
import { UsageError } from '../../../electron/cli/options';
import { formatSuggestions } from '../../../electron/cli/match-command';
import { call, cleanupTempDirs, lock, newCore, PASSPHRASE, tempDir, unlock, withDb } from './helpers';
import { runCli } from './run-cli';

// `match` and the mentoring figures of `info`, end to end on a size-s demo register made by the
// CLI's own `demo` command.

const env = { BINDELED_PASSPHRASE: PASSPHRASE };
let dir: string;
let waiting: { id: number; code: string };
let counts: { cases: Record<string, number>; mentors: Record<string, number>; mentees: number; meetings: number; followUps: number };

beforeAll(async () => {
  dir = path.join(tempDir(), 'demo');
  const demo = await runCli(['demo', '--dir', dir, '--size', 's'], { env });
  expect(demo.code, demo.stderr).toBe(0);
  await withDb(dir, (db) => {
    waiting = db
      .prepare(
        "SELECT e.id, e.code FROM mentees e JOIN cases c ON c.mentee_id = e.id WHERE c.status = 'waiting' ORDER BY c.referred_on LIMIT 1",
      )
      .get() as { id: number; code: string };
    const tally = (sql: string) => Object.fromEntries((db.prepare(sql).all() as { s: string; n: number }[]).map((r) => [r.s, r.n]));
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    counts = {
      cases: tally('SELECT status AS s, count(*) AS n FROM cases GROUP BY status'),
      mentors: tally('SELECT status AS s, count(*) AS n FROM mentors GROUP BY status'),
      mentees: one('SELECT count(*) AS n FROM mentees'),
      meetings: one('SELECT count(*) AS n FROM meetings'),
      followUps: one('SELECT count(*) AS n FROM follow_ups'),
    };
  });
}, 120_000);
afterAll(cleanupTempDirs);

describe('bindeled match', () => {
  it('parses the mentee as a number or a code, and refuses anything else as a usage error', () => {
    expect(parseCommand(['match', '--dir', '/tmp/x', '--mentee', '12'])).toEqual({
      name: 'match',
      dir: '/tmp/x',
      mentee: { id: 12 },
      json: false,
      limit: 10,
    });
    expect(parseCommand(['match', '--dir', '/tmp/x', '--mentee', 'mt4k7pq', '--json', '--limit', '3'])).toMatchObject({
      mentee: { code: 'MT-4K7PQ' },
      json: true,
      limit: 3,
    });
    const usage = (argv: string[]) => () => parseCommand(['match', ...argv]);
    expect(usage(['--dir', '/tmp/x'])).toThrow(/needs --mentee/);
    expect(usage(['--mentee', '3'])).toThrow(/needs --dir/);
    expect(usage(['--dir', '/tmp/x', '--mentee', 'Amina'])).toThrow(/number or code/);
    expect(usage(['--dir', '/tmp/x', '--mentee', 'MT-ILOU1'])).toThrow(UsageError);
    expect(usage(['--dir', '/tmp/x', '--mentee', '0'])).toThrow(UsageError);
    expect(usage(['--dir', '/tmp/x', '--mentee', '3', '--limit', '0'])).toThrow(/--limit/);
    expect(usage(['--dir', '/tmp/x', '--mentee', '3', '--limit', '2.5'])).toThrow(/--limit/);
    expect(usage(['--dir', '/tmp/x', '--mentee', '3', '--org', 'X'])).toThrow(UsageError);
  });

  it('prints the ranked mentors with each criterion explained, and --json is exactly what matching:suggest returns', async () => {
    // One at a time: each unlock writes to the register's audit log.
    const human = await runCli(['match', '--dir', dir, '--mentee', String(waiting.id), '--limit', '3'], { env });
    const json = await runCli(['match', '--dir', dir, '--mentee', String(waiting.id), '--json'], { env });
    const byCode = await runCli(['match', '--dir', dir, '--mentee', waiting.code.toLowerCase(), '--json'], { env });
    for (const run of [human, json, byCode]) expect(run.code, run.stderr).toBe(0);

    const t = newCore();
    await unlock(t.core, dir);
    const expected = await call(t.core, 'matching:suggest', { menteeId: waiting.id, limit: 10 });
    await lock(t.core);
    t.core.shutdown();
    expect(JSON.parse(json.stdout)).toEqual(expected);
    expect(JSON.parse(byCode.stdout)).toEqual(expected);
    expect(expected.suggestions.length).toBeGreaterThan(0);
    expect(expected.waitingDays).not.toBeNull();

    const lines = human.stdout.split('\n');
    expect(lines[0]).toBe(`Mentor suggestions for ${waiting.code} (waiting ${expected.waitingDays} days)`);
    expect(human.stdout).toContain(`${expected.excluded.notActive} mentors not active, ${expected.excluded.noCapacity} with no room`);
    const ranked = lines.filter((l) => /^ {0,1}\d+\. /.test(l));
    expect(ranked).toHaveLength(3);
    const best = expected.suggestions[0];
    expect(ranked[0]).toContain(` 1. ${best?.name}`);
    expect(ranked[0]).toContain(`score ${best?.score} of 100, room for ${best?.capacityLeft} more`);
    // One line per criterion under each mentor, with the weight and the reason in words.
    for (const criterion of ['field', 'languages', 'place', 'availability', 'capacity', 'preferences']) {
      expect(lines.filter((l) => l.trimStart().startsWith(`${criterion} `))).toHaveLength(3);
    }
    expect(human.stdout).not.toMatch(/same-municipality|no-shared-language|room-left/);
    expect(human.stdout).toMatch(/places free/);
  });

  it('explains reasons and values in words', () => {
    const text = formatSuggestions({
      menteeId: 1,
      menteeCode: 'MT-4K7PQ',
      waitingDays: 1,
      excluded: { notActive: 1, noCapacity: 0 },
      weights: { field: 3, languages: 2, place: 2, availability: 1, capacity: 1, preferences: 2 },
      suggestions: [
        {
          mentorId: 9,
          name: 'Birgitte Holm',
          municipality: 'Brøndby',
          score: 88,
          capacityLeft: 1,
          previousMentor: true,
          criteria: [
            { criterion: 'languages', score: 1, weight: 2, matched: ['prs', 'ti', 'da'], reason: 'shared-language' },
            { criterion: 'place', score: 0.6, weight: 2, matched: ['Brøndby'], reason: 'neighbouring-municipality' },
            { criterion: 'availability', score: 1, weight: 1, matched: ['tue-evening', 'sat-daytime'], reason: 'overlap' },
            { criterion: 'capacity', score: 0.33, weight: 1, matched: ['1/3'], reason: 'room-left' },
            { criterion: 'preferences', score: 1, weight: 2, matched: ['female'], reason: 'preference-met' },
          ],
        },
      ],
    });
    expect(text).toContain('(waiting 1 day)');
    expect(text).toContain('1 mentor not active, 0 with no room');
    expect(text).toContain('was this mentee’s mentor before');
    expect(text).toContain('shares a language: Dari, Tigrinya, Danish');
    expect(text).toContain('neighbouring municipality: Brøndby');
    expect(text).toContain('can meet at the same times: Tue evening, Sat daytime');
    expect(text).toContain('room left: 1 of 3 places free');
    expect(text).toContain('the wish is met: wants a female mentor');
    const none = formatSuggestions({
      menteeId: 1,
      menteeCode: 'MT-4K7PQ',
      waitingDays: null,
      excluded: { notActive: 4, noCapacity: 2 },
      weights: { field: 3, languages: 2, place: 2, availability: 1, capacity: 1, preferences: 2 },
      suggestions: [],
    });
    expect(none).toContain('not waiting for a mentor');
    expect(none).toContain('No active mentor has room');
  });

  it('says clearly when there is no such mentee (exit 1) and reads the passphrase from a pipe', async () => {
    const badId = await runCli(['match', '--dir', dir, '--mentee', '99999'], { env });
    const badCode = await runCli(['match', '--dir', dir, '--mentee', 'MT-ZZZZZ'], { env });
    const malformed = await runCli(['match', '--dir', dir, '--mentee', 'Amina'], { env });
    const piped = await runCli(['match', '--dir', dir, '--mentee', waiting.code, '--limit', '1'], {
      env: { BINDELED_PASSPHRASE: '' },
      input: `${PASSPHRASE}\n`,
    });
    const wrongPassphrase = await runCli(['match', '--dir', dir, '--mentee', waiting.code], {
      env: { BINDELED_PASSPHRASE: 'not the right passphrase' },
    });
    expect(badId.code).toBe(1);
    expect(badId.stderr).toContain('No mentee has the number 99999 in this register');
    expect(badId.stdout).toBe('');
    expect(badCode.code).toBe(1);
    expect(badCode.stderr).toContain('No mentee has the code MT-ZZZZZ');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('Usage:');
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toContain(`Mentor suggestions for ${waiting.code}`);
    expect(piped.stdout.split('\n').filter((l) => /^ {0,1}\d+\. /.test(l))).toHaveLength(1);
    expect(wrongPassphrase.code).toBe(1);
    expect(wrongPassphrase.stderr).toContain('WRONG_PASSPHRASE');
  });
});

describe('bindeled info: mentoring figures', () => {
  it('counts mentors and cases by status, mentees, meetings and follow-ups, in JSON and in words', async () => {
    const json = await runCli(['info', '--dir', dir, '--json'], { env });
    const human = await runCli(['info', '--dir', dir], { env });
    expect(json.code, json.stderr).toBe(0);
    const info = JSON.parse(json.stdout);
    // The existing shape stays; mentoring is added.
    expect(info).toMatchObject({ dir, counts: { mentors: 40, mentees: 120, cases: 120 } });
    const all = (statuses: string[], tally: Record<string, number>) => Object.fromEntries(statuses.map((s) => [s, tally[s] ?? 0]));
    expect(info.mentoring).toEqual({
      mentors: { total: 40, byStatus: all(['applicant', 'trained', 'active', 'paused', 'ended'], counts.mentors) },
      mentees: counts.mentees,
      cases: { total: 120, byStatus: all(['referred', 'intake', 'waiting', 'matched', 'active', 'paused', 'closed'], counts.cases) },
      meetings: counts.meetings,
      followUps: counts.followUps,
    });
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(new RegExp(`^Cases +120 \\(referred \\d+, intake \\d+, waiting ${counts.cases.waiting}, `, 'm'));
    expect(human.stdout).toMatch(new RegExp(`^Mentors +40 \\(applicant \\d+, trained \\d+, active ${counts.mentors.active}, `, 'm'));
    expect(human.stdout).toMatch(new RegExp(`^Meetings +${counts.meetings}$`, 'm'));
    expect(human.stdout).toMatch(new RegExp(`^Follow-ups +${counts.followUps}$`, 'm'));
  });
});
