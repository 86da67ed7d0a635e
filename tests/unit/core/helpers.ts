import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Channel, Input, Output } from '../../../shared/contract';
import type { EventName } from '../../../shared/contract/events';
import type { AppError, Result } from '../../../shared/errors';
import { readKeySlots, unwrapWithPassphrase } from '../../../electron/core/crypto/keyslots';
import { dbPath, openDatabase, type Db } from '../../../electron/core/db/driver';
import { pendingAutoBackups } from '../../../electron/core/backup/auto';
import { createCore, type Core } from '../../../electron/core/dispatcher';
import { CoreError } from '../../../electron/core/errors';

// Shared by the core tests: real encrypted registers in temp folders, and small assertions on
// Results. Strong passphrases are needed because core refuses weak ones.

export const PASSPHRASE = 'correct horse battery staple';
export const OTHER_PASSPHRASE = 'violet tractor ocean lantern';
export const THIRD_PASSPHRASE = 'amber kettle glacier piano';
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const made: string[] = [];

/** A fresh temp folder, removed by cleanupTempDirs(). */
export function tempDir(prefix = 'bindeled-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface TestCore {
  core: Core;
  profileDir: string;
  events: { event: EventName; payload: unknown }[];
}

/** A core with its own throwaway profile folder, as the app would start it. */
export function newCore(): TestCore {
  const profileDir = tempDir('bindeled-profile-');
  const events: TestCore['events'] = [];
  const core = createCore({
    profileDir,
    defaultRegisterDir: profileDir,
    appVersion: 'test',
    emit: (event, payload) => events.push({ event, payload }),
  });
  return { core, profileDir, events };
}

/** Calls a channel and returns its value; fails the test with the error code otherwise. */
export async function call<K extends Channel>(core: Core, channel: K, input: Input<K>, from?: 'renderer' | 'internal'): Promise<Output<K>> {
  const result = await core.invoke(channel, input, from);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.detail ?? ''}`);
  return result.value as Output<K>;
}

/** Calls a channel that must fail; returns the error. */
export async function callFails(core: Core, channel: string, input: unknown, from?: 'renderer' | 'internal'): Promise<AppError> {
  const result: Result<unknown> = await core.invoke(channel, input, from);
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result.error;
}

/** Creates a register in a new folder and leaves it open; returns its folder and recovery key. */
export async function createRegister(
  core: Core,
  options: { organisationName?: string; passphrase?: string } = {},
): Promise<{ dir: string; recoveryKey: string }> {
  const dir = path.join(tempDir('bindeled-reg-'), 'register');
  const created = await call(core, 'register:create', {
    dir,
    organisationName: options.organisationName ?? 'Testforeningen',
    language: 'da',
    passphrase: options.passphrase ?? PASSPHRASE,
  });
  return { dir, recoveryKey: created.recoveryKey };
}

export async function unlock(core: Core, dir: string, passphrase = PASSPHRASE) {
  return call(core, 'register:unlock', { dir, secret: { kind: 'passphrase', passphrase } });
}

/** Locks, then waits for the automatic backup the lock may have started in the background. */
export async function lock(core: Core): Promise<void> {
  await call(core, 'register:lock', { reason: 'user' });
  await pendingAutoBackups();
}

/** sha256 of every file under a folder, by relative path: "byte-identical" made checkable. */
export function hashFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = path.join(sub, name);
      const full = path.join(dir, rel);
      if (statSync(full).isDirectory()) walk(rel);
      else out[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  if (existsSync(dir)) walk('');
  return out;
}

/** The data key of a locked register, unwrapped the way core does it (for tests that tamper). */
export async function dataKeyOf(dir: string, passphrase = PASSPHRASE): Promise<Buffer> {
  return (await unwrapWithPassphrase(readKeySlots(dir), passphrase)).dataKey;
}

/** Opens a locked register's database directly with its key, runs fn, closes it. */
export async function withDb<T>(dir: string, fn: (db: Db) => T, passphrase = PASSPHRASE): Promise<T> {
  const db = openDatabase(dbPath(dir), await dataKeyOf(dir, passphrase), { create: false });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** The code of the CoreError a direct core call (not through the dispatcher) rejects with. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CoreError) return error.code;
    throw error;
  }
  throw new Error('expected a CoreError');
}
