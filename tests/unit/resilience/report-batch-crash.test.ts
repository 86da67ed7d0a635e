import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../electron/core/demo/generate';
import { call, cleanupTempDirs, createRegister, lock, newCore, PASSPHRASE, tempDir, unlock, withDb } from '../core/helpers';
import { CoreProcess, sleep } from '../core/core-process';

// Issue 7: the core process is killed with SIGKILL at 20 random points of a batch of feedback
// reports (Feedback due → "Write all"). Each time a fresh core reopens the register: it unlocks
// and `verify` passes, and the folder and the disclosure log agree — every report in the folder
// is logged as a disclosure with the file's exact hash, and every logged report is in the folder.
// A report is never sent without its log row, and the log never claims a file that is not there.

const ROUNDS = 20;
let base: string;
let dueIds: number[];

interface LoggedReport {
  file_name: string;
  file_hash: string;
}

const loggedReports = (dir: string) =>
  withDb(
    dir,
    (db) =>
      db
        .prepare("SELECT file_name, file_hash FROM disclosures WHERE purpose = 'feedback-sharing' AND file_name <> ''")
        .all() as LoggedReport[],
  );

beforeAll(async () => {
  const t = newCore();
  ({ dir: base } = await createRegister(t.core, { organisationName: 'Batch crash' }));
  await lock(t.core);
  t.core.shutdown();
  // The small demo register: courses referred by partners, with start agreements and consents.
  await withDb(base, (db) => generateDemo(db, 's', 'owner'));
  const t2 = newCore();
  await unlock(t2.core, base);
  const due = await call(t2.core, 'reports:feedbackDue', {});
  // Twelve are plenty to land kills before, between and inside reports, and keep each round short.
  dueIds = due
    .filter((d) => d.blocked === null)
    .map((d) => d.caseId)
    .slice(0, 12);
  await lock(t2.core);
  t2.core.shutdown();
}, 120_000);
afterAll(cleanupTempDirs);

describe('SIGKILL during a batch of feedback reports', () => {
  const outcomes: string[] = [];
  afterAll(() => console.log(`report batch crash rounds: ${outcomes.join(' · ')}`));

  it('has enough reports due in the demo register to kill a batch halfway', () => {
    expect(dueIds.length).toBeGreaterThanOrEqual(8);
  });

  it.each(Array.from({ length: ROUNDS }, (_, i) => i))(
    'kill point %i: the register verifies, and the folder and the disclosure log agree',
    async (round) => {
      const dir = path.join(tempDir('bindeled-crash-batch-'), 'register');
      cpSync(base, dir, { recursive: true });
      const folder = tempDir('bindeled-crash-reports-');
      const before = (await loggedReports(dir)).length;
      const core = await CoreProcess.start({ BINDELED_PROFILE_DIR: tempDir('bindeled-crash-profile-') });
      expect((await core.invoke('register:unlock', { dir, secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).ok).toBe(true);

      // Kill after a random number of reports, plus up to 40 ms into the next one (each takes longer).
      const afterReports = Math.floor(Math.random() * dueIds.length);
      const extraMs = Math.round(Math.random() * 40);
      let lastDone = 0;
      const reached = new Promise<void>((resolve) => {
        core.onEvent((event, payload) => {
          if (event !== 'progress') return;
          lastDone = (payload as { done: number }).done;
          if (lastDone >= afterReports) resolve();
        });
      });
      const run = core.invoke('reports:feedbackBatch', { caseIds: dueIds, folder, operationId: `batch-${round}` });
      await Promise.race([reached, run]);
      await sleep(extraMs);
      await core.kill();
      const finished = (await run).ok;

      const t = newCore();
      await unlock(t.core, dir);
      const report = await call(t.core, 'register:verify', {});
      await lock(t.core);
      t.core.shutdown();
      expect(report.checks.filter((c) => !c.ok)).toEqual([]);

      const logged = (await loggedReports(dir)).slice(before);
      const files = readdirSync(folder).filter((f) => f.endsWith('.docx') && !f.startsWith('.'));
      outcomes.push(`${round}:${afterReports}+${extraMs}ms→${finished ? 'finished' : `killed after ${lastDone}`}, ${files.length} files`);
      expect(files.sort()).toEqual(logged.map((l) => l.file_name).sort());
      for (const l of logged) {
        const file = path.join(folder, l.file_name);
        expect(existsSync(file)).toBe(true);
        expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(l.file_hash);
      }
    },
  );
});
