import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { createCore } from '../../../electron/core/dispatcher';
import type { CoreHandlers } from '../../../electron/core/handlers/types';
import { handlers } from '../../../electron/core/handlers';
import { cleanupTempDirs, PASSPHRASE, REPO_ROOT, tempDir } from '../core/helpers';
import { runCli } from '../core/run-cli';

afterAll(cleanupTempDirs);

describe('concurrent channels', () => {
  it('only the cancels and the backup calls run in a worker thread (backup/off-thread.ts) skip the queue', () => {
    const concurrent = Object.entries(contract).filter(([, def]) => 'concurrent' in def && def.concurrent);
    expect(concurrent.map(([name]) => name).sort()).toEqual([
      'backup:inspect',
      'backup:now',
      'backup:restore',
      'export:cancel',
      'import:cancel',
    ]);
  });

  it('answers a concurrent call while a queued call is still running', async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const core = createCore({
      profileDir: tempDir(),
      defaultRegisterDir: tempDir(),
      appVersion: 'test',
      emit: () => undefined,
      handlers: {
        ...handlers,
        'app:state': async (input, ctx) => {
          await slow;
          order.push('state');
          return handlers['app:state'](input, ctx);
        },
        'import:cancel': () => {
          order.push('cancel');
          return {};
        },
      } as CoreHandlers,
    });
    const state = core.invoke('app:state', {});
    const queued = core.invoke('settings:get', {});
    expect((await core.invoke('import:cancel', { operationId: 'x' })).ok).toBe(true);
    expect(order).toEqual(['cancel']);
    release();
    await state;
    await queued;
    expect(order).toEqual(['cancel', 'state']);
    core.shutdown();
  });
});

describe('CLI import and search', () => {
  const env = { BINDELED_PASSPHRASE: PASSPHRASE };
  const fixture = path.join(REPO_ROOT, 'tests/fixtures/partners_utf8.csv');

  it('--dry-run writes nothing, --json prints the agreed shape, search finds a person by folded name', async () => {
    const dir = path.join(tempDir(), 'reg');
    expect((await runCli(['create', '--dir', dir], { env })).code).toBe(0);
    const dry = await runCli(['import', 'contacts', '--dir', dir, fixture, '--dry-run', '--json'], { env });
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toEqual({
      rows: 120,
      created: 120,
      updated: 0,
      duplicates: 0,
      rejected: 0,
      errors: [],
      possibleDuplicates: [],
    });
    const empty = await runCli(['search', '--dir', dir, 'virtanen', '--json'], { env });
    expect(JSON.parse(empty.stdout)).toEqual([]);

    const real = await runCli(['import', 'contacts', '--dir', dir, fixture, '--json'], { env });
    const report = JSON.parse(real.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['rows', 'created', 'updated', 'duplicates', 'rejected', 'errors', 'possibleDuplicates']);
    expect(report).toMatchObject({ rows: 120, created: 120, rejected: 0, errors: [] });

    const found = await runCli(['search', '--dir', dir, 'aero virtanen'], { env });
    expect(found.code).toBe(0);
    expect(found.stdout).toContain('Ærø Virtanen');
    const usage = await runCli(['import', 'people', '--dir', dir, fixture], { env });
    expect(usage.code).toBe(2);
  }, 60_000);
});
