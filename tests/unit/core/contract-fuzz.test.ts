import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import { ERROR_CODES, type Result } from '../../../shared/errors';
import { VALID } from './contract-fuzz-valid';
import { call, cleanupTempDirs, createRegister, hashFolder, newCore, PASSPHRASE, type TestCore } from './helpers';

// Junk through the real dispatcher, for every channel in the contract, with a register open so
// that a call slipping past validation would have something to damage. The junk is made from
// the valid samples in contract-fuzz-valid.ts (a new channel must be added there).

let t: TestCore;
let dir: string;

const HUGE = 'x'.repeat(1_000_000);
/** Values no field of the contract accepts. */
const BAD_VALUES: unknown[] = [null, [], {}, true, -1.5, Number.NaN, HUGE, ['a'], { kind: 'passphrase' }];
/** Whole inputs that are never valid. */
const BAD_INPUTS: unknown[] = [
  undefined,
  null,
  0,
  1,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  '',
  'x',
  HUGE,
  [],
  [1, 2],
  [{}],
  () => 1,
  new Date(0),
  new Map(),
  new Set(),
  /x/,
  new Error('x'),
  Promise.resolve({}),
  Symbol('s'),
  10n,
];

/** Own keys that try prototype pollution, as JSON.parse (and structured clone) would deliver them. */
function withOwnKey(valid: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...valid };
  Object.defineProperty(copy, key, {
    value: { polluted: true, prototype: { polluted: true } },
    enumerable: true,
    configurable: true,
    writable: true,
  });
  return copy;
}

function junkFor(channel: Channel): { label: string; input: unknown }[] {
  const valid = VALID[channel];
  const junk: { label: string; input: unknown }[] = BAD_INPUTS.map((input) => ({
    label: `input ${String(typeof input === 'string' ? input.slice(0, 8) : typeof input === 'symbol' ? 'symbol' : typeof input === 'bigint' ? 'bigint' : input)}`,
    input,
  }));
  junk.push({ label: 'extra key', input: { ...valid, unexpected: 1 } });
  junk.push({
    label: 'parsed __proto__',
    input: JSON.parse(`{"__proto__":{"polluted":true}${Object.keys(valid).length ? ',' : ''}${JSON.stringify(valid).slice(1)}`),
  });
  for (const key of ['__proto__', 'constructor', 'prototype', 'toString'])
    junk.push({ label: `own ${key}`, input: withOwnKey(valid, key) });
  for (const field of Object.keys(valid)) {
    for (const bad of BAD_VALUES) {
      const input = { ...valid, [field]: bad };
      // `true` is junk for a string but a fine value for a boolean field: only what the schema refuses is junk.
      if (contract[channel].input.safeParse(input).success) continue;
      junk.push({ label: `${field}=${typeof bad === 'string' ? 'huge' : JSON.stringify(bad)}`, input });
    }
  }
  if ('secret' in valid) {
    junk.push({ label: 'secret: unknown kind', input: { ...valid, secret: { kind: 'device', passphrase: PASSPHRASE } } });
    junk.push({ label: 'secret: extra key', input: { ...valid, secret: { kind: 'passphrase', passphrase: PASSPHRASE, x: 1 } } });
    junk.push({ label: 'secret: huge recovery key', input: { ...valid, secret: { kind: 'recovery', recoveryKey: HUGE } } });
  }
  return junk;
}

function expectedCode(channel: Channel, from: 'renderer' | 'internal'): string {
  const def = contract[channel];
  if (def.side === 'shell') return 'UNKNOWN_CHANNEL';
  if (def.access === 'internal' && from === 'renderer') return 'NOT_ALLOWED';
  return 'INVALID_INPUT';
}

/** The register's files, without the WAL index (-shm): SQLite updates its read marks on every read. */
function registerFiles(): Record<string, string> {
  const { ['register.db-shm']: _shm, ...rest } = hashFolder(dir);
  return rest;
}

async function snapshot() {
  return {
    register: registerFiles(),
    profile: hashFolder(t.profileDir),
    state: await call(t.core, 'app:state', {}),
    settings: await call(t.core, 'settings:get', {}),
    audit: await call(t.core, 'audit:recent', { limit: 200 }),
  };
}

beforeAll(async () => {
  t = newCore();
  ({ dir } = await createRegister(t.core, { organisationName: 'Fuzzforeningen' }));
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('every channel answers junk with a failed Result and changes nothing', () => {
  it('has a valid sample for every channel, so junk differs from it in one field only', () => {
    expect(Object.keys(VALID).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(contract[channel].input.safeParse(VALID[channel]).success, channel).toBe(true);
  });

  it.each(CHANNELS.map((c) => [c]))('%s', async (channel) => {
    const before = await snapshot();
    const froms: ('renderer' | 'internal')[] = contract[channel].access === 'internal' ? ['renderer', 'internal'] : ['renderer'];
    for (const from of froms) {
      for (const { label, input } of junkFor(channel)) {
        let result: Result<unknown> | undefined;
        await expect(
          (async () => {
            result = await t.core.invoke(channel, input, from);
          })(),
          `${channel} ${label} threw`,
        ).resolves.toBeUndefined();
        expect(result?.ok, `${channel} ${label}`).toBe(false);
        if (result && !result.ok) {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.code, `${channel} (${from}) ${label}`).toBe(expectedCode(channel, from));
        }
      }
    }
    if (contract[channel].access === 'internal') {
      // Even a well-formed call is refused when it comes from the renderer.
      expect((await t.core.invoke(channel, VALID[channel])).ok).toBe(false);
      expect((await t.core.invoke(channel, VALID[channel], 'bogus' as never)).ok).toBe(false);
    }
    expect(await snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers unknown channel names with UNKNOWN_CHANNEL', async () => {
    const before = await snapshot();
    const names: unknown[] = [
      '',
      'nope',
      'register:',
      'REGISTER:UNLOCK',
      'register:unlock ',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      HUGE,
      42,
      null,
      undefined,
      {},
      [],
      Symbol('register:lock'),
    ];
    for (const name of names) {
      const result = await t.core.invoke(name, {});
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('UNKNOWN_CHANNEL');
        expect((result.error.detail ?? '').length).toBeLessThanOrEqual(200);
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});
