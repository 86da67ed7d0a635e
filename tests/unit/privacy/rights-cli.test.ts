import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cleanupTempDirs, createRegister, lock, newCore, PASSPHRASE, tempDir, withDb, type TestCore } from '../core/helpers';
import { runCli } from '../core/run-cli';

// `npm run cli -- access-export`: the same channel as the app (rights:accessExport), by mentee
// code or id, or a mentor with --mentor; the copy is logged as a disclosure to the person.

let t: TestCore;
let dir: string;
let menteeId: number;
let menteeCode: string;
let mentorId: number;
const env = { BINDELED_PASSPHRASE: PASSPHRASE };

beforeAll(async () => {
  t = newCore();
  ({ dir } = await createRegister(t.core));
  const mentee = await call(t.core, 'mentees:save', { name: 'Amina Yusuf', goals: ['job'] });
  menteeId = mentee.id;
  menteeCode = mentee.code;
  await call(t.core, 'mentees:save', { id: mentee.id, name: 'Amina Yusuf Ali', goals: ['job'] });
  mentorId = (await call(t.core, 'mentors:save', { name: 'Birgitte Holm' })).id;
  await lock(t.core);
}, 30_000);
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('cli access-export', () => {
  it('writes the .docx and the .json for a mentee code, and logs the copy', async () => {
    const file = path.join(tempDir(), 'indsigt.docx');
    const run = await runCli(['access-export', '--dir', dir, '--person', menteeCode, '--lang', 'da', '--out', file], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*indsigt\.docx and .*indsigt\.json/);
    const json = JSON.parse(readFileSync(file.replace(/docx$/, 'json'), 'utf8')) as {
      language: string;
      person: { code: string; fields: { name: string } };
      corrections: { field: string; old_value: string; new_value: string }[];
    };
    expect(json.language).toBe('da');
    expect(json.person.code).toBe(menteeCode);
    expect(json.person.fields.name).toBe('Amina Yusuf Ali');
    expect(json.corrections).toEqual([expect.objectContaining({ field: 'name', old_value: 'Amina Yusuf', new_value: 'Amina Yusuf Ali' })]);

    const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    const logged = await withDb(dir, (db) => ({
      disclosure: db.prepare("SELECT * FROM disclosures WHERE purpose = 'access'").get() as Record<string, unknown>,
      audit: db.prepare("SELECT actor, details FROM audit_log WHERE action = 'access-export.written'").get() as {
        actor: string;
        details: string;
      },
    }));
    expect(logged.disclosure).toMatchObject({
      person_kind: 'mentee',
      person_id: menteeId,
      recipient_organisation_id: null,
      recipient_label: 'data subject',
      file_name: 'indsigt.docx',
      file_hash: hash,
      recorded_by: 'owner',
    });
    expect(logged.audit.actor).toBe('owner');
    expect(logged.audit.details).not.toContain('Amina');
  }, 60_000);

  it('takes a mentor id with --mentor', async () => {
    const file = path.join(tempDir(), 'mentor.docx');
    const run = await runCli(['access-export', '--dir', dir, '--person', String(mentorId), '--mentor', '--out', file], { env });
    expect(run.code).toBe(0);
    expect(existsSync(file.replace(/docx$/, 'json'))).toBe(true);
  }, 60_000);

  it('refuses bad command lines with exit code 2, and an unknown code with 1', async () => {
    const out = path.join(tempDir(), 'x.docx');
    expect((await runCli(['access-export', '--dir', dir, '--person', 'Amina', '--out', out], { env })).code).toBe(2);
    expect((await runCli(['access-export', '--dir', dir, '--person', '1'], { env })).code).toBe(2);
    const unknown = await runCli(['access-export', '--dir', dir, '--person', 'MT-00000', '--out', out], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/MT-00000/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
