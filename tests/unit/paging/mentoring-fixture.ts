import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MentorInput } from '../../../shared/contract';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { generateDemo } from '../../../electron/core/demo/generate';
import { applyErasure } from '../../../electron/core/erasure/apply';
import { fingerprintOf, planErasure } from '../../../electron/core/erasure/plan';
import { saveMentor } from '../../../electron/core/mentoring/mentors-repo';

// The size-s demo register (120 mentees, 40 mentors, their courses in every status), with a few
// mentees and mentors anonymised and mentors whose names collide on purpose, so the lists'
// confidentiality rules and the keyset across equal sort values are both exercised.

export function mentoringFixture(): { db: Db; close: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-paging-mentoring-'));
  const db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
  migrate(db);
  generateDemo(db, 's', 'test', undefined, '2026-03-02');
  for (const name of ['Anna Hansen', 'anna hansen', 'Åse Ærø', 'Åse Ærø'])
    saveMentor(db, MentorInput.parse({ name, municipality: 'aarhus', profession: 'Leder', capacity: 2 }), 'test');
  const anonymise = (kind: 'mentee' | 'mentor', id: number) => {
    const plan = planErasure(db, { kind, id }, 'anonymise');
    applyErasure(db, { kind, id }, 'anonymise', fingerprintOf(plan), 'test');
  };
  const withCase = db.prepare('SELECT DISTINCT mentee_id AS id FROM cases ORDER BY mentee_id LIMIT 3').all() as { id: number }[];
  for (const { id } of withCase) anonymise('mentee', id);
  const mentors = db.prepare('SELECT DISTINCT mentor_id AS id FROM cases WHERE mentor_id IS NOT NULL ORDER BY mentor_id LIMIT 2').all() as {
    id: number;
  }[];
  for (const { id } of mentors) anonymise('mentor', id);
  return {
    db,
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
