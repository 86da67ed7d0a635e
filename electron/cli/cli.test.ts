import Database from 'better-sqlite3-multiple-ciphers';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWellFormedRecoveryKey } from '../../shared/recovery-key';
import { LATEST_SCHEMA_VERSION } from '../core/db/migrations';
import { parseCommand } from './args';
import { UsageError } from './options';
import { call, cleanupTempDirs, hashFolder, lock, newCore, PASSPHRASE, tempDir, withDb } from '../../tests/unit/core/helpers';
import { runCli } from '../../tests/unit/core/run-cli';

// The command-line tool end to end: spawned from source as `npm run cli` does, against real
// registers. One register made by `create` is shared by the read-only commands.

const KEY_LINE = /^\s{4}((?:[0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4})$/m;
const env = { BINDELED_PASSPHRASE: PASSPHRASE };
let dir: string;
let home: string;
let cliTmp: string;
let created: Awaited<ReturnType<typeof runCli>>;

beforeAll(async () => {
  dir = path.join(tempDir(), 'register');
  home = tempDir('bindeled-home-');
  cliTmp = tempDir('bindeled-cli-tmp-');
  created = await runCli(['create', '--dir', dir, '--org', 'Kommandolinjen', '--lang', 'nb'], {
    env: { ...env, HOME: home, TMPDIR: cliTmp },
  });
});
afterAll(cleanupTempDirs);

describe('bindeled CLI', () => {
  it('prints usage for --help, and exits 2 with usage for a usage error', async () => {
    const [help, unknown] = await Promise.all([runCli(['--help']), runCli(['frobnicate', '--dir', dir])]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage:');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(unknown.stderr).toContain('Usage:');
  });

  it('treats missing or misplaced options as usage errors', () => {
    const usageError = (argv: string[]) => () => parseCommand(argv);
    expect(usageError(['info'])).toThrow(UsageError);
    expect(usageError(['create', '--dir', '/tmp/x', '--lang', 'de'])).toThrow(/--lang must be one of/);
    expect(usageError(['info', '--dir', '/tmp/x', '--org', 'X'])).toThrow(/--org does not apply to info/);
    expect(usageError(['verify', '--dir', '/tmp/x', 'extra'])).toThrow(/unexpected argument/);
    expect(usageError(['export-key', '--dir', '/tmp/x', '--json'])).toThrow(UsageError);
    expect(usageError(['info', '--dri', '/tmp/x'])).toThrow(UsageError);
    expect(parseCommand([])).toEqual({ name: 'help' });
    expect(parseCommand(['create', '--dir', 'rel/Forening'])).toEqual({
      name: 'create',
      dir: path.resolve('rel/Forening'),
      org: 'Forening',
      lang: 'en',
    });
    expect(parseCommand(['verify', '--dir', '/tmp/x', '--json'])).toEqual({ name: 'verify', dir: '/tmp/x', json: true });
  });

  it('create makes the register and prints a well-formed recovery key once, with a warning', async () => {
    expect(created.code, created.stderr).toBe(0);
    const key = KEY_LINE.exec(created.stdout)?.[1];
    expect(key).toBeDefined();
    expect(isWellFormedRecoveryKey(key ?? '')).toBe(true);
    expect(created.stdout.match(new RegExp(key ?? '-', 'g'))).toHaveLength(1);
    expect(created.stdout).toMatch(/WARNING: write this key down/);
    expect(readdirSync(dir).sort()).toEqual(['keyslots.json', 'register.db']);
    expect(JSON.parse(readFileSync(path.join(dir, 'keyslots.json'), 'utf8')).label).toBe('Kommandolinjen');
    // The key really opens this register.
    const t = newCore();
    expect((await call(t.core, 'register:unlock', { dir, secret: { kind: 'recovery', recoveryKey: key ?? '' } })).mustSetPassphrase).toBe(
      true,
    );
    await lock(t.core);
    t.core.shutdown();
    // No trace in the desktop app's profile, and its own throwaway profile is gone.
    expect(existsSync(path.join(home, '.bindeled'))).toBe(false);
    expect(readdirSync(cliTmp).filter((name) => name.startsWith('bindeled-cli-'))).toEqual([]);
  });

  it('create reads the passphrase twice from a pipe and refuses a mismatch', async () => {
    const good = path.join(tempDir(), 'piped');
    const bad = path.join(tempDir(), 'mismatch');
    const [ok, mismatch] = await Promise.all([
      runCli(['create', '--dir', good], { env: { BINDELED_PASSPHRASE: '' }, input: `${PASSPHRASE}\n${PASSPHRASE}\n` }),
      runCli(['create', '--dir', bad], { env: { BINDELED_PASSPHRASE: '' }, input: `${PASSPHRASE}\nsomething else entirely\n` }),
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(KEY_LINE);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain('The two passphrases differ');
    expect(existsSync(bad)).toBe(false);
  });

  it('info --json gives format, schema, counts and key slots without secrets', async () => {
    const run = await runCli(['info', '--dir', dir, '--json'], { env });
    expect(run.code, run.stderr).toBe(0);
    const info = JSON.parse(run.stdout);
    expect(info).toMatchObject({
      dir,
      label: 'Kommandolinjen',
      schemaVersion: LATEST_SCHEMA_VERSION,
      appSchemaVersion: LATEST_SCHEMA_VERSION,
    });
    expect(info.format).toMatch(/SQLCipher 4/);
    expect(info.counts.settings).toBe(2);
    expect(info.counts.audit_log).toBeGreaterThanOrEqual(3);
    expect(info.keySlots.map((s: { kind: string }) => s.kind).sort()).toEqual(['passphrase', 'recovery']);
    expect(info.sizeBytes).toBeGreaterThan(0);
    expect(run.stdout).not.toMatch(/"(wrap|ct|iv|tag|salt|kdf)"/);
  });

  it('verify exits 0 on a good register', async () => {
    const run = await runCli(['verify', '--dir', dir], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('All checks passed.');
    for (const check of ['integrity_check', 'cipher_integrity_check', 'foreign_key_check', 'audit_chain', 'key_slots'])
      expect(run.stdout).toMatch(new RegExp(`ok\\s+${check}`));
  });

  it('export-key prints the 64-hex data key, which opens the database, and audits the export', async () => {
    const run = await runCli(['export-key', '--dir', dir], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(run.stderr).toContain('WARNING');
    const db = new Database(path.join(dir, 'register.db'), { fileMustExist: true });
    try {
      db.pragma(`cipher='sqlcipher'`);
      db.pragma('legacy=4');
      db.pragma(`key="x'${run.stdout.trim()}'"`);
      const row = db.prepare("SELECT value FROM settings WHERE key = 'organisationName'").get() as { value: string };
      expect(JSON.parse(row.value)).toBe('Kommandolinjen');
      expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'data-key.exported'").get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  it('a wrong passphrase exits 1 with WRONG_PASSPHRASE and changes no file', async () => {
    const before = hashFolder(dir);
    const runs = await Promise.all(
      ['info', 'export-key'].map((cmd) => runCli([cmd, '--dir', dir], { env: { BINDELED_PASSPHRASE: 'not the right passphrase' } })),
    );
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('WRONG_PASSPHRASE');
      expect(run.stderr).toContain('The passphrase is wrong');
      expect(run.stdout).toBe('');
    }
    expect(hashFolder(dir)).toEqual(before);
  });

  it('verify exits non-zero on a tampered audit log and on a flipped byte in register.db', async () => {
    const tampered = path.join(tempDir(), 'tampered');
    cpSync(dir, tampered, { recursive: true });
    await withDb(tampered, (db) => db.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2;'));
    const flipped = path.join(tempDir(), 'flipped');
    cpSync(dir, flipped, { recursive: true });
    const file = path.join(flipped, 'register.db');
    const bytes = readFileSync(file);
    const page = bytes.length / 4096; // the last page: page 2 or later
    expect(page).toBeGreaterThanOrEqual(2);
    const offset = (page - 1) * 4096 + 2048;
    bytes[offset] = (bytes[offset] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);

    const [audit, flip] = await Promise.all([
      runCli(['verify', '--dir', tampered], { env }),
      runCli(['verify', '--dir', flipped], { env }),
    ]);
    expect(audit.code).toBe(1);
    expect(audit.stderr).toContain('Verification failed: audit_chain');
    expect(flip.code).toBe(1);
    expect(`${flip.stdout}${flip.stderr}`).toMatch(/REGISTER_CORRUPT|FAIL\s+cipher_integrity_check/);
  });
});
