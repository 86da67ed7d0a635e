import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../electron/core/audit/audit-log';
import { dbPath, openDatabase, type Db } from '../electron/core/db/driver';
import { migrate } from '../electron/core/db/migrate';
import { generateDemo, type DemoSize } from '../electron/core/demo/generate';
import { unwrapWithPassphrase, readKeySlots } from '../electron/core/crypto/keyslots';
import { closeRegister, createRegister, type OpenRegister } from '../electron/core/register/open-register';
import { writeSettings } from '../electron/core/register/settings-repo';
import { openPlain } from './plain-db';

// The two size-l registers the benchmark reads: built once and cached under
// node_modules/.cache/bindeled-bench/ (delete the folder, or pass --fresh, to rebuild).

export const PASSPHRASE = 'benchmark horse battery staple';
/** Which demo size the run uses: `-- --size s|m|l|xl` (default l, the size the figures are about). */
export const SIZE: DemoSize = ((): DemoSize => {
  const at = process.argv.indexOf('--size');
  const value = at >= 0 ? process.argv[at + 1] : 'l';
  if (value !== 's' && value !== 'm' && value !== 'l' && value !== 'xl')
    throw new Error(`--size takes s, m, l or xl, not ${value ?? 'nothing'}`);
  return value;
})();
export const CACHE = path.resolve('node_modules/.cache/bindeled-bench', SIZE === 'l' ? '' : SIZE);
const META = path.join(CACHE, 'meta.json');

export interface Built {
  encryptedMs: number;
  plainMs: number;
  /** Bumped when the demo data changes, so an older cache is rebuilt (2: mentoring added; 3: consents, privacy tables; 4: mentor consents). */
  version?: number;
}
const VERSION = 4;

async function buildEncrypted(dir: string): Promise<number> {
  const { register } = await createRegister({ dir, organisationName: 'Benchmark', language: 'da', passphrase: PASSPHRASE });
  const started = performance.now();
  generateDemo(register.db, SIZE, register.actor);
  const ms = performance.now() - started;
  closeRegister(register, 'bench');
  return ms;
}

function buildPlain(file: string): number {
  const db = openPlain(file);
  migrate(db);
  db.transaction(() => {
    writeSettings(db, { organisationName: 'Benchmark', defaultLanguage: 'da' });
    appendAudit(db, { actor: 'owner', action: 'register.created' });
  })();
  const started = performance.now();
  generateDemo(db, SIZE, 'owner');
  const ms = performance.now() - started;
  db.close();
  return ms;
}

/** Builds both registers unless cached; returns how long demo generation took for each. */
export async function ensureRegisters(fresh: boolean, log: (s: string) => void): Promise<Built> {
  if (!fresh && existsSync(META)) {
    const cached = JSON.parse(readFileSync(META, 'utf8')) as Built;
    if (cached.version === VERSION) return cached;
    log('the cached registers are from an older demo generator; rebuilding them');
  }
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(path.join(CACHE, 'plain'), { recursive: true });
  log(`building the size-${SIZE} demo registers (once; cached in ${path.relative(process.cwd(), CACHE)})…`);
  const built = {
    encryptedMs: await buildEncrypted(path.join(CACHE, 'encrypted')),
    plainMs: buildPlain(path.join(CACHE, 'plain', 'register.db')),
    version: VERSION,
  };
  writeFileSync(META, JSON.stringify(built));
  return built;
}

/** How long the last open spent migrating a cached register (a newer schema's backfill), if it did. */
export const migrations: { from: number; to: number; ms: number }[] = [];

/** As core does on unlock: a cached register from an older schema is brought up to date. */
function migrateOnOpen(db: Db): void {
  const started = performance.now();
  const { from, to } = migrate(db);
  if (from !== to) migrations.push({ from, to, ms: performance.now() - started });
}

/** The encrypted register, opened the way core opens it, as an OpenRegister for the export functions. */
export async function openEncrypted(): Promise<OpenRegister> {
  const dir = path.join(CACHE, 'encrypted');
  const slots = readKeySlots(dir);
  const { dataKey } = await unwrapWithPassphrase(slots, PASSPHRASE);
  const db = openDatabase(dbPath(dir), dataKey, { create: false });
  migrateOnOpen(db);
  return { dir, db, dataKey, slots, actor: 'owner', role: 'administrator', mustSetPassphrase: false };
}

/** The plain register, as an OpenRegister-shaped object (exports only use db, dir and actor). */
export function openPlainRegister(): OpenRegister {
  const dir = path.join(CACHE, 'plain');
  const db = openPlain(path.join(dir, 'register.db'));
  migrateOnOpen(db);
  return {
    dir,
    db,
    dataKey: Buffer.alloc(32),
    slots: undefined as never,
    actor: 'owner',
    role: 'administrator',
    mustSetPassphrase: false,
  };
}

export function emptyRegister(kind: 'encrypted' | 'plain', dataKey: Buffer): Db {
  const dir = path.join(CACHE, `import-${kind}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db =
    kind === 'plain' ? openPlain(path.join(dir, 'register.db')) : openDatabase(path.join(dir, 'register.db'), dataKey, { create: true });
  migrate(db);
  return db;
}
