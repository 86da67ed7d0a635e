import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../electron/cli/args';
import { UsageError } from '../../../electron/cli/options';
import { cleanupTempDirs, PASSPHRASE, tempDir, withDb } from '../core/helpers';
import { runCli } from '../core/run-cli';

// `erase` and `retention` end to end on a size-s demo register made by the CLI's own `demo`
// command: the dry run prints the plan and changes nothing; the real run does exactly it.

const env = { BINDELED_PASSPHRASE: PASSPHRASE };
let dir: string;
let mentee: { id: number; code: string };

beforeAll(async () => {
  dir = path.join(tempDir(), 'demo');
  const demo = await runCli(['demo', '--dir', dir, '--size', 's'], { env });
  expect(demo.code, demo.stderr).toBe(0);
  mentee = await withDb(
    dir,
    (db) =>
      db.prepare('SELECT e.id, e.code FROM mentees e JOIN cases c ON c.mentee_id = e.id LIMIT 1').get() as { id: number; code: string },
  );
}, 120_000);
afterAll(cleanupTempDirs);

describe('bindeled erase and retention', () => {
  it('parses a person as a mentee number or code, mentor:ID or contact:ID', () => {
    expect(parseCommand(['erase', '--dir', '/tmp/x', '--person', '12'])).toEqual({
      name: 'erase',
      dir: '/tmp/x',
      person: { kind: 'mentee', id: 12 },
      anonymise: false,
      dryRun: false,
      json: false,
    });
    expect(parseCommand(['erase', '--dir', '/tmp/x', '--person', 'mt4k7pq', '--anonymise', '--dry-run'])).toMatchObject({
      person: { code: 'MT-4K7PQ' },
      anonymise: true,
      dryRun: true,
    });
    expect(parseCommand(['erase', '--dir', '/tmp/x', '--person', 'contact:7'])).toMatchObject({ person: { kind: 'contact', id: 7 } });
    expect(parseCommand(['retention', '--dir', '/tmp/x', '--apply', '--json'])).toEqual({
      name: 'retention',
      dir: '/tmp/x',
      apply: true,
      json: true,
    });
    expect(() => parseCommand(['erase', '--dir', '/tmp/x'])).toThrow(/needs --person/);
    expect(() => parseCommand(['erase', '--dir', '/tmp/x', '--person', 'Amina'])).toThrow(UsageError);
    expect(() => parseCommand(['retention', '--dir', '/tmp/x', '--person', '3'])).toThrow(UsageError);
  });

  it('erase --dry-run prints the plan and changes nothing; without it the mentee is gone', async () => {
    const dry = await runCli(['erase', '--dir', dir, '--person', mentee.code, '--dry-run', '--json'], { env });
    expect(dry.code, dry.stderr).toBe(0);
    const plan = JSON.parse(dry.stdout) as {
      applied: boolean;
      personRow: string;
      steps: { table: string; action: string; count: number }[];
    };
    expect(plan).toMatchObject({ applied: false, personRow: 'delete' });
    expect(plan.steps).toContainEqual({ table: 'mentees', action: 'delete', count: 1 });
    expect(await withDb(dir, (db) => db.prepare('SELECT count(*) AS n FROM mentees WHERE id = ?').get(mentee.id))).toEqual({ n: 1 });

    const real = await runCli(['erase', '--dir', dir, '--person', String(mentee.id)], { env });
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout).toMatch(/^Done: erase mentee/);
    expect(real.stdout).toMatch(/cases\s+\d+\s+deleted/);
    expect(await withDb(dir, (db) => db.prepare('SELECT count(*) AS n FROM mentees WHERE id = ?').get(mentee.id))).toEqual({ n: 0 });

    const again = await runCli(['erase', '--dir', dir, '--person', mentee.code], { env });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/No mentee has the code/);
  });

  it('retention lists what is due without --apply, and --apply does exactly that', async () => {
    const dry = await runCli(['retention', '--dir', dir, '--json'], { env });
    expect(dry.code, dry.stderr).toBe(0);
    const listed = JSON.parse(dry.stdout) as { applied: boolean; items: unknown[]; steps: unknown[] };
    expect(listed.applied).toBe(false);
    expect(listed.items.length).toBeGreaterThan(0);
    const real = await runCli(['retention', '--dir', dir, '--apply', '--json'], { env });
    expect(real.code, real.stderr).toBe(0);
    const done = JSON.parse(real.stdout) as typeof listed;
    expect({ items: done.items, steps: done.steps }).toEqual({ items: listed.items, steps: listed.steps });
    const verify = await runCli(['verify', '--dir', dir], { env });
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
  });
});
