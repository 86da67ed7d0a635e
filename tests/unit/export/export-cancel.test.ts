import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, Input } from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/dispatcher';
import { generateDemo } from '../../../electron/core/demo/generate';
import { cleanupTempDirs, createRegister, lock, tempDir, unlock, withDb } from '../core/helpers';

// export:cancel stops a running export at any step: the call fails with CANCELLED, no file (nor
// temp file) is left in the folder, nothing is audited and no output intent remains.

let core: Core;
let dir: string;
/** Cancel the running operation when its progress event number `cancelAt` arrives. */
let cancelAt: number | null = null;
let seen = 0;
const progressEvents: { done: number; total: number }[] = [];

beforeAll(async () => {
  const profileDir = tempDir('bindeled-profile-');
  core = createCore({
    profileDir,
    defaultRegisterDir: profileDir,
    appVersion: 'test',
    emit: (event, payload) => {
      if (event !== 'progress') return;
      const p = payload as { operationId: string; done: number; total: number };
      progressEvents.push({ done: p.done, total: p.total });
      if (seen++ === cancelAt) void core.invoke('export:cancel', { operationId: p.operationId });
    },
  });
  ({ dir } = await createRegister(core, { organisationName: 'Afbrudt' }));
  await lock(core);
  await withDb(dir, (db) => generateDemo(db, 's', 'owner'));
  await unlock(core, dir);
});
afterAll(() => {
  core.shutdown();
  cleanupTempDirs();
});

type ExportChannel = 'export:contacts' | 'export:organisations' | 'directory:generate';
const CASES: { name: string; channel: ExportChannel; input: (file: string) => Input<ExportChannel>; file: string }[] = [
  { name: 'contacts CSV', channel: 'export:contacts', file: 'c.csv', input: (p) => ({ path: p, format: 'csv', operationId: 'op' }) },
  { name: 'contacts xlsx', channel: 'export:contacts', file: 'c.xlsx', input: (p) => ({ path: p, format: 'xlsx', operationId: 'op' }) },
  { name: 'contacts vCard', channel: 'export:contacts', file: 'c.vcf', input: (p) => ({ path: p, format: 'vcf', operationId: 'op' }) },
  {
    name: 'organisations xlsx',
    channel: 'export:organisations',
    file: 'o.xlsx',
    input: (p) => ({ path: p, format: 'xlsx', operationId: 'op' }),
  },
  { name: 'partner directory', channel: 'directory:generate', file: 'd.docx', input: (p) => ({ path: p, operationId: 'op' }) },
];

async function run(channel: Channel, input: unknown, at: number | null) {
  cancelAt = at;
  seen = 0;
  progressEvents.length = 0;
  const result = await core.invoke(channel, input);
  cancelAt = null;
  return result;
}

async function exportRows(): Promise<{ audited: number; intents: number }> {
  await lock(core);
  const counts = await withDb(dir, (db) => ({
    audited: db.prepare("SELECT count(*) FROM audit_log WHERE action LIKE 'export.%'").pluck().get() as number,
    intents: db.prepare('SELECT count(*) FROM output_intents').pluck().get() as number,
  }));
  await unlock(core, dir);
  return counts;
}

describe('export:cancel', () => {
  for (const c of CASES) {
    it(`stops the ${c.name} at every step it reports, leaving no file and no audit row`, async () => {
      // How many progress events a whole run reports: each is a point to cancel at.
      const probe = tempDir('bindeled-cancel-');
      expect((await run(c.channel, c.input(path.join(probe, c.file)), null)).ok).toBe(true);
      const steps = progressEvents.length;
      expect(steps).toBeGreaterThanOrEqual(3);
      const before = await exportRows();
      // Every step but the last (reported once the file is in place and logged).
      for (let at = 0; at < steps - 1; at += 1) {
        const out = tempDir('bindeled-cancel-');
        const result = await run(c.channel, c.input(path.join(out, c.file)), at);
        expect(result, `cancelled at step ${at}`).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
        expect(readdirSync(out), `cancelled at step ${at}`).toEqual([]);
      }
      expect(await exportRows()).toEqual({ audited: before.audited, intents: 0 });
    });
  }

  it('stops the results report (.docx and .xlsx) at every step it reports: no file, no audit row, no ledger entry', async () => {
    const input = (out: string) => ({
      from: '2026-01-01',
      to: '2026-11-30',
      breakdowns: ['language' as const],
      narrative: { introduction: 'Intro', highlights: '', outlook: '' },
      path: path.join(out, 'results.docx'),
      xlsxPath: path.join(out, 'results.xlsx'),
      operationId: 'op',
    });
    const released = async () => {
      await lock(core);
      const counts = await withDb(dir, (db) => ({
        audited: db.prepare("SELECT count(*) FROM audit_log WHERE action = 'report.programme-exported'").pluck().get() as number,
        ledger: db.prepare('SELECT count(*) FROM released_cells').pluck().get() as number,
        intents: db.prepare('SELECT count(*) FROM output_intents').pluck().get() as number,
      }));
      await unlock(core, dir);
      return counts;
    };
    const start = await released();
    const probe = tempDir('bindeled-cancel-');
    expect((await run('reports:programmeExport', input(probe), null)).ok).toBe(true);
    const steps = progressEvents.length;
    expect(steps).toBeGreaterThanOrEqual(4);
    const before = await released();
    // A whole run is audited and enters the ledger: so a cancelled one leaving both alone means something.
    expect(before.audited).toBe(start.audited + 1);
    expect(before.ledger).toBeGreaterThan(start.ledger);
    for (let at = 0; at < steps - 1; at += 1) {
      const out = tempDir('bindeled-cancel-');
      const result = await run('reports:programmeExport', input(out), at);
      expect(result, `cancelled at step ${at}`).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
      expect(readdirSync(out), `cancelled at step ${at}`).toEqual([]);
    }
    expect(await released()).toEqual({ ...before, intents: 0 });
  });

  it('reports the directory organisation by organisation while it streams', async () => {
    const out = tempDir('bindeled-cancel-');
    expect((await run('directory:generate', { path: path.join(out, 'd.docx'), operationId: 'op' }, null)).ok).toBe(true);
    const dones = progressEvents.map((p) => p.done);
    expect(dones.length).toBeGreaterThan(3);
    expect([...dones].sort((a, b) => a - b)).toEqual(dones);
    expect(progressEvents.at(-1)?.done).toBe(progressEvents.at(-1)?.total);
  });

  it('remembers a cancel that arrives before its export starts, and ignores one that comes too late', async () => {
    const out = tempDir('bindeled-cancel-');
    expect((await core.invoke('export:cancel', { operationId: 'early' })).ok).toBe(true);
    const early = await core.invoke('export:contacts', { path: path.join(out, 'early.csv'), format: 'csv', operationId: 'early' });
    expect(early).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    const done = await core.invoke('export:contacts', { path: path.join(out, 'late.csv'), format: 'csv', operationId: 'late' });
    expect(done.ok).toBe(true);
    expect((await core.invoke('export:cancel', { operationId: 'late' })).ok).toBe(true);
    expect(readdirSync(out)).toEqual(['late.csv']);
    // The late cancel is not kept for a later export with another id.
    expect((await core.invoke('export:contacts', { path: path.join(out, 'again.csv'), format: 'csv', operationId: 'again' })).ok).toBe(
      true,
    );
  });
});
