import { createHash } from 'node:crypto';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/core/audit/audit-log';
import type { Db } from '../../../electron/core/db/driver';
import { createCore } from '../../../electron/core/dispatcher';
import { handlers as coreHandlers } from '../../../electron/core/handlers';
import type { CoreContext, CoreHandlers } from '../../../electron/core/handlers/types';
import type { OpenRegister } from '../../../electron/core/register/open-register';
import { call, callFails, cleanupTempDirs, createRegister, lock, OTHER_PASSPHRASE, tempDir, unlock, withDb } from '../core/helpers';

// The audit viewer's channels on a real register: mentee.viewed, filters, paging, names of
// removed users, links to records that still exist, the CSV export for a data-protection
// officer (re-verified here with an independent implementation), the chain check after
// tampering, and who may read the log.

let core: ReturnType<typeof createCore>;
let ctx: CoreContext | null = null;
let dir: string;
let work: string;

const register = (): OpenRegister => {
  const open = ctx?.session.open;
  if (!open) throw new Error('no register open');
  return open;
};
const db = (): Db => register().db;
const count = (action: string) => (db().prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;

beforeAll(async () => {
  const seen = Object.fromEntries(
    Object.entries(coreHandlers).map(([name, handler]) => [
      name,
      (input: never, c: CoreContext) => {
        ctx = c;
        return (handler as (i: never, c: CoreContext) => unknown)(input, c);
      },
    ]),
  ) as unknown as CoreHandlers;
  const profileDir = tempDir('bindeled-profile-');
  core = createCore({ profileDir, defaultRegisterDir: profileDir, appVersion: 'test', emit: () => undefined, handlers: seen });
  ({ dir } = await createRegister(core, { organisationName: 'Revisionsforeningen' }));
  work = tempDir('bindeled-audit-');
}, 30_000);

afterAll(() => {
  core.shutdown();
  cleanupTempDirs();
});

/** RFC 4180 with ';' (quotes doubled, separators and line ends inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** The chain rule written again from its description, not imported: sha256(prev_hash ‖ JSON of the row). */
function independentHash(r: Record<string, string>): string {
  const canonical = JSON.stringify([Number(r.seq), r.at, r.actor, r.action, r.entity || null, r.entity_id || null, r.details]);
  return createHash('sha256')
    .update(r.prev_hash ?? '')
    .update(canonical)
    .digest('hex');
}

describe('opening a mentee', () => {
  it('writes mentee.viewed once per opening, and nothing for forms and other screens', async () => {
    const mentee = await call(core, 'mentees:save', { name: 'Amina Yusuf', goals: ['job'] });
    const before = count('mentee.viewed');
    await call(core, 'mentees:get', { id: mentee.id, purpose: 'view' });
    expect(count('mentee.viewed')).toBe(before + 1);
    await call(core, 'mentees:get', { id: mentee.id });
    await call(core, 'mentees:list', {});
    expect(count('mentee.viewed')).toBe(before + 1);
    await call(core, 'mentees:get', { id: mentee.id, purpose: 'view' });
    expect(count('mentee.viewed')).toBe(before + 2);
    const row = db()
      .prepare("SELECT actor, entity, entity_id, details FROM audit_log WHERE action = 'mentee.viewed' ORDER BY seq DESC")
      .get();
    expect(row).toEqual({ actor: 'owner', entity: 'mentee', entity_id: String(mentee.id), details: '{}' });
    expect((await callFails(core, 'mentees:get', { id: 9999, purpose: 'view' })).code).toBe('NOT_FOUND');
    expect(count('mentee.viewed')).toBe(before + 2);
  });
});

describe('audit:list', () => {
  let menteeId: number;
  let goneId: number;

  beforeAll(async () => {
    const mentee = await call(core, 'mentees:save', { name: 'Sara Haile', goals: ['job'] });
    menteeId = mentee.id;
    const gone = await call(core, 'mentees:save', { name: 'Gone Person', goals: ['job'] });
    goneId = gone.id;
    await call(core, 'mentees:get', { id: gone.id, purpose: 'view' });
    await call(core, 'mentees:delete', { id: gone.id });
    for (let i = 0; i < 120; i++) await call(core, 'mentees:get', { id: menteeId, purpose: 'view' });
    // A colleague who has since been removed: the users row stays, so the log still names them.
    db()
      .prepare(
        "INSERT INTO users (id, display_name, role, created_at, created_by, removed_at, removed_by) VALUES ('u-karin', 'Karin Lund', 'coordinator', '2026-01-01T00:00:00.000Z', 'owner', '2026-06-01T00:00:00.000Z', 'owner')",
      )
      .run();
    appendAudit(db(), { actor: 'u-karin', action: 'mentee.viewed', entity: 'mentee', entityId: String(menteeId) });
  });

  it('pages newest first through every row exactly once', async () => {
    const all = (db().prepare('SELECT seq FROM audit_log ORDER BY seq DESC').all() as { seq: number }[]).map((r) => r.seq);
    const seen: number[] = [];
    let total = -1;
    for (let offset = 0; ; offset += 50) {
      const page = await call(core, 'audit:list', { filter: {}, offset, limit: 50 });
      total = page.total;
      if (page.rows.length === 0) break;
      seen.push(...page.rows.map((r) => r.seq));
    }
    // The list itself writes nothing, so the log did not move while paging.
    expect(total).toBe(all.length);
    expect(seen).toEqual(all);
  });

  it('filters by action prefix, actor, record and time, and names removed users', async () => {
    const viewed = await call(core, 'audit:list', { filter: { action: 'mentee.viewed', entity: 'mentee', entityId: String(menteeId) } });
    expect(viewed.total).toBe(121);
    expect(viewed.rows).toHaveLength(100);
    expect(viewed.rows[0]).toMatchObject({ actor: 'u-karin', actorName: 'Karin Lund', actorRemoved: true, entityExists: true });
    expect(viewed.rows[1]).toMatchObject({ actor: 'owner', actorName: 'Owner', actorRemoved: false });
    expect(viewed.rows[0]?.entityLabel).toMatch(/^MT-/);

    const prefix = await call(core, 'audit:list', { filter: { action: 'mentee' }, limit: 500 });
    expect(new Set(prefix.rows.map((r) => r.action))).toEqual(new Set(['mentee.created', 'mentee.viewed', 'mentee.deleted']));
    // A prefix is a whole segment: 'ment' matches neither mentee.* nor mentor.*.
    expect((await call(core, 'audit:list', { filter: { action: 'ment' } })).total).toBe(0);

    const karin = await call(core, 'audit:list', { filter: { actor: 'u-karin' } });
    expect(karin.total).toBe(1);

    const gone = await call(core, 'audit:list', { filter: { entity: 'mentee', entityId: String(goneId) } });
    expect(gone.rows.map((r) => r.action)).toEqual(['mentee.deleted', 'mentee.viewed', 'mentee.created']);
    expect(gone.rows.every((r) => r.entityExists === false && r.entityLabel === null)).toBe(true);

    const rows = db().prepare('SELECT seq, at FROM audit_log ORDER BY seq').all() as { seq: number; at: string }[];
    const middle = rows[Math.floor(rows.length / 2)]!;
    const from = await call(core, 'audit:list', { filter: { from: middle.at }, limit: 500 });
    expect(from.rows.every((r) => r.at >= middle.at)).toBe(true);
    expect(from.total).toBe(rows.filter((r) => r.at >= middle.at).length);
    const to = await call(core, 'audit:list', { filter: { to: middle.at }, limit: 500 });
    expect(to.total + from.total).toBe(rows.length);
    expect((await call(core, 'audit:list', { filter: { from: '2000-01-01', to: '2000-01-02' } })).total).toBe(0);

    const facets = await call(core, 'audit:facets', {});
    expect(facets.actors).toEqual(
      expect.arrayContaining([
        { id: 'owner', name: 'Owner', removed: false },
        { id: 'u-karin', name: 'Karin Lund', removed: true },
      ]),
    );
    expect(facets.actions).toContain('mentee.viewed');
    expect(facets.entities).toContain('mentee');
  });

  it('offers no link to an anonymised mentee, whose page cannot be opened any more', async () => {
    const mentee = await call(core, 'mentees:save', { name: 'Anon Ymous', goals: ['job'] });
    const request = { subject: { kind: 'mentee' as const, id: mentee.id }, mode: 'anonymise' as const };
    await call(core, 'erasure:apply', { ...request, fingerprint: (await call(core, 'erasure:preview', request)).fingerprint });
    const rows = (await call(core, 'audit:list', { filter: { entity: 'mentee', entityId: String(mentee.id) } })).rows;
    // Newest first. (SQLite may give a new mentee the id of a deleted one, so older rows can follow.)
    expect(rows.slice(0, 2).map((r) => r.action)).toEqual(['person.anonymised', 'mentee.created']);
    expect(rows.every((r) => r.entityExists === false)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('Anon');
  });

  it('is for administrators only; the core refuses a coordinator', async () => {
    const open = register();
    open.role = 'coordinator';
    try {
      for (const channel of ['audit:list', 'audit:facets', 'audit:verify', 'audit:acceptHead', 'audit:export'])
        expect((await callFails(core, channel, channel === 'audit:export' ? { path: path.join(work, 'x.csv') } : {})).code).toBe(
          'ROLE_NOT_ALLOWED',
        );
    } finally {
      open.role = 'administrator';
    }
  });
});

describe('audit:export', () => {
  it('writes a CSV that parses back, whose every hash re-verifies, and audits itself with the row count', async () => {
    const file = path.join(work, 'audit-log.csv');
    const rowsBefore = (db().prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const result = await call(core, 'audit:export', { filter: {}, path: file });
    expect(result.rows).toBe(rowsBefore);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...lines] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header).toEqual(['seq', 'at', 'actor', 'actor_name', 'action', 'entity', 'entity_id', 'details', 'prev_hash', 'hash']);
    expect(lines).toHaveLength(rowsBefore);
    let prev = '0'.repeat(64);
    for (const cells of lines) {
      const r = Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? '']));
      expect(r.prev_hash, `row ${r.seq} chains to the one before`).toBe(prev);
      expect(independentHash(r), `row ${r.seq}`).toBe(r.hash);
      prev = r.hash!;
    }
    expect(lines.map((l) => l[4])).toContain('mentee.viewed');
    expect(lines.find((l) => l[2] === 'u-karin')?.[3]).toBe('Karin Lund');

    const last = db().prepare('SELECT actor, action, details FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
      actor: string;
      action: string;
      details: string;
    };
    expect(last.action).toBe('audit.exported');
    expect(last.actor).toBe('owner');
    expect(JSON.parse(last.details)).toEqual({ format: 'csv', rows: rowsBefore, filters: 0, extension: 'csv' });
  });

  it('exports a filtered part whose rows still verify one by one', async () => {
    const file = path.join(work, 'viewed.csv');
    const { rows } = await call(core, 'audit:export', { filter: { action: 'mentee.viewed' }, path: file });
    const [header, ...lines] = parseCsv(readFileSync(file, 'utf8').slice(1));
    expect(lines).toHaveLength(rows);
    for (const cells of lines) {
      const r = Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? '']));
      expect(r.action).toBe('mentee.viewed');
      expect(independentHash(r)).toBe(r.hash);
    }
  });

  it('refuses a path inside the register folder and writes nothing there', async () => {
    const before = count('audit.exported');
    expect((await callFails(core, 'audit:export', { path: path.join(dir, 'audit.csv') })).code).toBe('NOT_ALLOWED');
    expect(count('audit.exported')).toBe(before);
  });
});

describe('audit:verify', () => {
  it('passes on the real log and finds a tampered row at its seq', async () => {
    expect(await call(core, 'audit:verify', {})).toMatchObject({ ok: true });
    await lock(core);
    const copy = path.join(tempDir(), 'tampered');
    cpSync(dir, copy, { recursive: true });
    const target = await withDb(copy, (d) => {
      d.exec('DROP TRIGGER audit_log_no_update');
      const row = d.prepare("SELECT seq FROM audit_log WHERE action = 'mentee.deleted'").get() as { seq: number };
      d.prepare('UPDATE audit_log SET details = \'{"hidden":true}\' WHERE seq = ?').run(row.seq);
      return row.seq;
    });
    await unlock(core, copy);
    expect(await call(core, 'audit:verify', {})).toMatchObject({ ok: false, brokenAt: target });
    const report = await call(core, 'register:verify', {});
    expect(report.checks.find((c) => c.name === 'audit_chain')).toMatchObject({ ok: false, detail: `broken at row ${target}` });
    await lock(core);
    await unlock(core, dir);
  });
});

describe('a read-only user', () => {
  it('is audited opening a mentee, under their own id, and can neither write nor read the log', async () => {
    const mentee = await call(core, 'mentees:save', { name: 'Hodan Ali', goals: ['job'] });
    const aino = await call(core, 'users:add', { displayName: 'Aino Virtanen', role: 'read-only', passphrase: OTHER_PASSPHRASE });
    await lock(core);
    await unlock(core, dir, OTHER_PASSPHRASE);
    expect(register().actor).toBe(aino.id);
    await call(core, 'mentees:get', { id: mentee.id, purpose: 'view' });
    expect((await callFails(core, 'mentees:save', { name: 'X', goals: [] })).code).toBe('ROLE_NOT_ALLOWED');
    expect((await callFails(core, 'audit:list', {})).code).toBe('ROLE_NOT_ALLOWED');
    const row = db().prepare('SELECT actor, action, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1').get();
    expect(row).toEqual({ actor: aino.id, action: 'mentee.viewed', entity_id: String(mentee.id) });
    await lock(core);
    await unlock(core, dir);
    const named = await call(core, 'audit:list', { filter: { actor: aino.id, action: 'mentee.viewed' } });
    expect(named.rows[0]).toMatchObject({ actorName: 'Aino Virtanen', actorRemoved: false });
    expect(await call(core, 'audit:verify', {})).toMatchObject({ ok: true });
  }, 60_000);
});
