import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Channel } from '../../../shared/contract';
import type { ErrorCode } from '../../../shared/errors';
import { createCore } from '../../../electron/core/dispatcher';
import { handlers as coreHandlers } from '../../../electron/core/handlers';
import type { CoreContext, CoreHandlers } from '../../../electron/core/handlers/types';
import { call, createRegister, tempDir } from '../core/helpers';
import { INPUTS, type Fixture } from '../privacy/audit-coverage-inputs';

// The register the media-fault suites point at full, read-only and vanishing disks: an
// in-process core whose handlers' context is kept (to fingerprint the open database), whose
// progress events can pull a stick out mid-operation, with the audit-coverage fixture in it.

export interface Progress {
  operationId: string;
  done: number;
  total: number;
}

export interface MediaRig {
  core: ReturnType<typeof createCore>;
  fx: Fixture;
  /** Called with every progress event, synchronously inside the operation. */
  onProgress: ((p: Progress) => void) | null;
  /** The labels of the fault cases tried so far. */
  tried: string[];
  /** A hash over every row of every table of the open register. */
  fingerprint(): string;
  /** Runs `run`, which must fail with `code` and leave the register and the files on `disk` as they were. */
  expectCleanFailure(label: string, code: ErrorCode, run: () => Promise<{ code: string }>, disk: string): Promise<void>;
}

/** Every file on the fault disk but the filler, with hidden temp files. */
export function filesOn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory() && e.name !== 'filler')
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** An input for `channel` from the audit-coverage factories, with its file paths moved onto `out`. */
export const inputOn = (rig: MediaRig, channel: Channel, pathKeys: string[]) => async (out: string) => {
  const input = { ...(await INPUTS[channel]!(rig.fx)) };
  for (const key of pathKeys) if (typeof input[key] === 'string') input[key] = path.join(out, path.basename(input[key]));
  return input;
};

export async function mediaRig(organisationName: string): Promise<MediaRig> {
  let ctx: CoreContext | null = null;
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
  const rig = { onProgress: null, tried: [] } as unknown as MediaRig;
  const emit = (event: string, payload: unknown) => {
    if (event === 'progress') rig.onProgress?.(payload as Progress);
  };
  const core = createCore({ profileDir, defaultRegisterDir: profileDir, appVersion: 'test', emit, handlers: seen });
  const { dir } = await createRegister(core, { organisationName });
  const work = tempDir('bindeled-media-work-');
  writeFileSync(path.join(work, 'form.pdf'), '%PDF-1.4\n%%EOF\n');
  writeFileSync(path.join(work, 'c.csv'), 'Name;Email\r\nLone Madsen;lone@example.dk\r\n=bad;nope\r\n');
  const org = await call(core, 'organisations:save', { name: 'Jobcenter Vejle', sector: 'job-centre' });
  const contact = await call(core, 'contacts:save', { name: 'Lone Madsen', memberships: [{ organisationId: org.id }] });
  const network = await call(core, 'networks:save', { name: 'Netværket', memberIds: [contact.id] });
  const mentor = await call(core, 'mentors:save', { name: 'Birgitte', capacity: 3 });
  await call(core, 'mentors:setStatus', { id: mentor.id, status: 'trained' });
  await call(core, 'mentors:setStatus', { id: mentor.id, status: 'active' });
  const mentee = await call(core, 'mentees:save', { name: 'Amina', goals: ['job'] });
  const db = () => {
    const open = (ctx as CoreContext | null)?.session.open;
    if (!open) throw new Error('no register open');
    return open.db;
  };
  rig.core = core;
  rig.fx = {
    dir,
    work,
    orgId: org.id,
    contactId: contact.id,
    networkId: network.id,
    mentorId: mentor.id,
    menteeId: mentee.id,
    caseId: 0,
    csv: path.join(work, 'c.csv'),
    pdf: path.join(work, 'form.pdf'),
    n: 0,
    core,
    db,
  };
  rig.fingerprint = () => {
    const hash = createHash('sha256');
    const tables = db().prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
      name: string;
    }[];
    for (const { name } of tables) {
      const rows = (db().prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]).map((r) =>
        JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)),
      );
      hash.update(name).update(rows.sort().join('\n'));
    }
    return hash.digest('hex');
  };
  rig.expectCleanFailure = async (label, code, run, disk) => {
    const before = { register: rig.fingerprint(), files: filesOn(disk) };
    const error = await run();
    expect(error.code, label).toBe(code);
    expect(filesOn(disk), `${label}: files left on the disk`).toEqual(before.files);
    expect(rig.fingerprint(), `${label}: the register changed`).toBe(before.register);
    expect((await call(core, 'register:info', {})).dir).toBe(dir);
    rig.tried.push(label);
  };
  return rig;
}
