import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, createRegister, lock, newCore, PASSPHRASE } from './helpers';
import { runCli } from './run-cli';

// Two processes opening one register at the same moment (two CLI commands, or the app and a
// script) each append an audit row; they must not take the same place in the chain.

afterAll(cleanupTempDirs);

describe('opening a register from several processes at once', () => {
  it('keeps the audit chain whole', async () => {
    const t = newCore();
    const { dir } = await createRegister(t.core);
    await lock(t.core);
    t.core.shutdown();
    const env = { BINDELED_PASSPHRASE: PASSPHRASE };
    const runs = await Promise.all(Array.from({ length: 4 }, () => runCli(['info', '--dir', dir, '--json'], { env })));
    expect(runs.map((r) => [r.code, r.stderr.includes('UNIQUE')])).toEqual(Array.from({ length: 4 }, () => [0, false]));
    const verify = await runCli(['verify', '--dir', dir, '--json'], { env });
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });
  });
});
