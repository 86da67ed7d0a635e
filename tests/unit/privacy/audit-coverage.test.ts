import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Channel } from '../../../shared/contract';
import { createCore } from '../../../electron/core/dispatcher';
import { handlers as coreHandlers } from '../../../electron/core/handlers';
import type { CoreContext, CoreHandlers } from '../../../electron/core/handlers/types';
import type { Db } from '../../../electron/core/db/driver';
import { call, cleanupTempDirs, createRegister, tempDir } from '../core/helpers';
import { INPUTS, MARKER, type Fixture } from './audit-coverage-inputs';

// Audit coverage, channel by channel, on a real register through the real dispatcher:
//
// - every renderer channel that needs more than read-only (coreCall, coreAdmin) must append at
//   least one audit row, naming the user, when it succeeds;
// - every channel at all that changes a table must append one too (a writer declared coreRead
//   does not slip through): "changed" means the rows of some table other than the audit log differ;
// - the channels in NOT_AUDITED may append none, but must then change nothing either;
// - no new audit row carries a name: every name in this register contains the marker ZQX.
//
// A NEW CHANNEL makes this test fail until you either add a valid input for it to INPUTS in
// audit-coverage-inputs.ts (building what it needs on the fixture register) or, for a channel
// that changes nothing, list it in NOT_AUDITED with the reason.

/**
 * Channels that may succeed without an audit row, and why. Each is still called and must leave
 * every table unchanged.
 */
const NOT_AUDITED: Partial<Record<Channel, string>> = {
  'import:preview': 'reads the file the user chose and suggests a mapping; writes nothing',
  'import:check': 'applies the mapping to the file in memory; writes nothing',
  'import:cancel': 'flags a running import as cancelled; the import itself is audited (or rolled back)',
  'export:cancel': 'stops a running export; a cancelled export wrote no file, so there is nothing to audit',
  'audit:list': 'reads the audit log (administrators)',
  'audit:page': 'reads the audit log (administrators)',
  'audit:facets': 'reads the audit log (administrators)',
  'audit:verify': 'recomputes the chain; writes nothing',
  'retention:plan': 'the dry run: the real run inside a transaction that is rolled back (so it needs a write-capable user)',
};

/**
 * Channels this test does not call, and why. They change which register is open, or the key
 * slot file and device profile rather than register data; tests/unit/core/audit.test.ts and the
 * key-slot tests check their audit rows (register.created, register.unlocked, register.locked,
 * passphrase.changed, device-slot.added/removed).
 */
const LIFECYCLE: Partial<Record<Channel, string>> = {
  'app:state': 'device profile only',
  'app:setLanguage': 'device profile only (the interface language of this computer)',
  'app:forgetRegister': 'device profile only (the recent-registers list)',
  'register:create': 'creates another register (audited: register.created)',
  'register:unlock': 'opens a register (audited: register.unlocked)',
  'register:lock': 'closes the register (audited: register.locked)',
  'register:setPassphrase': 'only after a recovery-key unlock (audited: passphrase.reset-with-recovery-key)',
  'backup:restore': 'creates another register from a backup file (audited in that register: register.restored)',
};

let core: ReturnType<typeof createCore>;
let ctx: CoreContext | null = null;
let fx: Fixture;

const db = (): Db => {
  const open = ctx?.session.open;
  if (!open) throw new Error('no register open');
  return open.db;
};

/**
 * The start page's kept figures (migration 16): ids and days recomputed from other rows when a
 * read asks for them, never anything a user entered, so a read that brings them up to date has
 * changed nothing to audit.
 */
const KEPT_FIGURES = ['dashboard_kept', 'feedback_uncovered', 'feedback_due_on', 'kept_dirty_mentees', 'kept_dirty_cases'];

/** sha256 over every table's rows except the audit log and the kept figures: "did this call change the register?". */
function fingerprint(): string {
  const hash = createHash('sha256');
  const tables = db()
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'audit_log' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    if (KEPT_FIGURES.includes(name)) continue;
    const rows = (db().prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]).map((r) =>
      JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)),
    );
    hash.update(name).update(rows.sort().join('\n'));
  }
  return hash.digest('hex');
}

function rendererCoreChannels(): Channel[] {
  return (Object.keys(contract) as Channel[]).filter((c) => contract[c].side === 'core' && contract[c].access === 'renderer');
}

beforeAll(async () => {
  // The real handlers, wrapped only to see the context, so the test can read the open register.
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
  const { dir } = await createRegister(core, { organisationName: `${MARKER} Forening` });
  const work = tempDir('bindeled-audit-cov-');
  const csv = path.join(work, 'contacts.csv');
  writeFileSync(csv, `name;email\r\n${MARKER} Imported;imported@example.org\r\n`);
  const pdf = path.join(work, 'form.pdf');
  writeFileSync(pdf, '%PDF-1.4\n%%EOF\n');
  const org = await call(core, 'organisations:save', { name: `${MARKER} Jobcenter`, sector: 'job-centre' });
  const contact = await call(core, 'contacts:save', { name: `${MARKER} Lone`, memberships: [{ organisationId: org.id }] });
  const network = await call(core, 'networks:save', { name: `${MARKER} Netværk`, memberIds: [contact.id] });
  const mentor = await call(core, 'mentors:save', { name: `${MARKER} Birgitte`, capacity: 2 });
  await call(core, 'mentors:setStatus', { id: mentor.id, status: 'trained' });
  await call(core, 'mentors:setStatus', { id: mentor.id, status: 'active' });
  const mentee = await call(core, 'mentees:save', { name: `${MARKER} Amina`, goals: ['job'] });
  fx = {
    dir,
    work,
    orgId: org.id,
    contactId: contact.id,
    networkId: network.id,
    mentorId: mentor.id,
    menteeId: mentee.id,
    caseId: 0,
    csv,
    pdf,
    n: 0,
    core,
    db,
  };
  fx.caseId = (
    await call(core, 'cases:open', {
      menteeId: mentee.id,
      referral: { organisationId: org.id, contactId: contact.id, date: '2026-01-05', reason: 'x' },
    })
  ).id;
}, 30_000);

afterAll(() => {
  core.shutdown();
  cleanupTempDirs();
});

describe('audit coverage', () => {
  it('knows every renderer core channel: an input, or a reason it is not called', () => {
    const unknown = rendererCoreChannels().filter((c) => !INPUTS[c] && !LIFECYCLE[c]);
    expect(
      unknown,
      `Add a valid input for these channels to INPUTS in tests/unit/privacy/audit-coverage-inputs.ts (or, if they open or close a register, to LIFECYCLE with the reason): ${unknown.join(', ')}`,
    ).toEqual([]);
  });

  it.each(rendererCoreChannels().filter((c) => INPUTS[c]))('%s', async (channel) => {
    const input = await INPUTS[channel]!(fx);
    const before = db().prepare('SELECT coalesce(max(seq), 0) AS seq FROM audit_log').get() as { seq: number };
    const contentBefore = fingerprint();
    const result = await core.invoke(channel, input);
    if (!result.ok)
      throw new Error(`The coverage input for ${channel} failed (${result.error.code} ${result.error.detail ?? ''}); fix it in INPUTS.`);
    const added = db()
      .prepare('SELECT actor, action, entity, entity_id, details FROM audit_log WHERE seq > ? ORDER BY seq')
      .all(before.seq) as {
      actor: string;
      action: string;
      details: string;
    }[];
    const changed = fingerprint() !== contentBefore;
    const writer = contract[channel].minRole !== 'read-only';

    if (NOT_AUDITED[channel]) {
      expect(changed, `${channel} is in NOT_AUDITED (${NOT_AUDITED[channel]}) but changed the register; audit it instead`).toBe(false);
    } else if (writer || changed) {
      expect(
        added.length,
        `${channel} ${writer ? 'needs more than read-only' : 'changed the register'} but appended no audit row: call appendAudit (actor, action, entity, id, counts only) in the same transaction`,
      ).toBeGreaterThan(0);
    }
    for (const row of added) {
      expect(row.actor, `${channel}: audit rows name the user`).toBe(ctx?.session.open?.actor);
      expect(JSON.stringify(row).toUpperCase(), `${channel}: audit rows hold codes and counts, never names`).not.toContain(MARKER);
    }
  });

  it('leaves a chain that verifies', async () => {
    expect((await call(core, 'audit:verify', {})).ok).toBe(true);
  });
});
