import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cleanupTempDirs, createRegister, lock, newCore, PASSPHRASE, tempDir, withDb, type TestCore } from '../core/helpers';
import { runCli } from '../core/run-cli';

// `npm run cli -- audit`: the same channels as the viewer, from the command line.

let t: TestCore;
let dir: string;
let menteeId: number;
const env = { BINDELED_PASSPHRASE: PASSPHRASE };

beforeAll(async () => {
  t = newCore();
  ({ dir } = await createRegister(t.core));
  const mentee = await call(t.core, 'mentees:save', { name: 'Amina Yusuf', goals: ['job'] });
  menteeId = mentee.id;
  await call(t.core, 'mentees:get', { id: mentee.id, purpose: 'view' });
  await call(t.core, 'mentors:save', { name: 'Birgitte Holm' });
  await lock(t.core);
}, 30_000);
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('cli audit', () => {
  it('lists the log oldest first, filtered by action prefix and record, as text and JSON', async () => {
    const text = await runCli(['audit', '--dir', dir, '--action', 'mentee'], { env });
    expect(text.code).toBe(0);
    const lines = text.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/Owner \(owner\)\s+mentee\.created\s+mentee \d+/);
    expect(lines[1]).toMatch(/mentee\.viewed/);
    expect(text.stdout).not.toContain('Amina');

    const json = await runCli(['audit', '--dir', dir, '--entity', 'mentee', '--id', String(menteeId), '--json'], { env });
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as { action: string; seq: number }[];
    expect(rows.map((r) => r.action)).toEqual(['mentee.created', 'mentee.viewed']);

    const none = await runCli(['audit', '--dir', dir, '--from', '2001-01-01', '--to', '2001-12-31'], { env });
    expect(none.stdout.trim()).toBe('No audit entries match.');
  }, 60_000);

  it('writes the CSV export (audited) and verify still checks the chain', async () => {
    const file = path.join(tempDir(), 'audit.csv');
    const run = await runCli(['audit', '--dir', dir, '--csv', file], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote \d+ audit entries/);
    const header = readFileSync(file, 'utf8').slice(1).split('\r\n')[0];
    expect(header).toBe('seq;at;actor;actor_name;action;entity;entity_id;details;prev_hash;hash');
    const actions = await withDb(dir, (db) =>
      (db.prepare('SELECT action FROM audit_log ORDER BY seq').all() as { action: string }[]).map((r) => r.action),
    );
    expect(actions).toContain('audit.exported');
    const verify = await runCli(['verify', '--dir', dir], { env });
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/audit_chain/);
  }, 60_000);

  it('refuses bad usage with exit code 2', async () => {
    for (const args of [
      ['audit'],
      ['audit', '--dir', dir, '--from', '2026-13-01'],
      ['audit', '--dir', dir, '--json', '--csv', 'x.csv'],
      ['audit', '--dir', dir, '--id', '3'],
    ]) {
      const run = await runCli(args, { env });
      expect(run.code, args.join(' ')).toBe(2);
    }
  }, 60_000);
});
