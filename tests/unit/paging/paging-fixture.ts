import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContactInput, InteractionInput, OrganisationInput } from '../../../shared/contract';
import { openDatabase, type Db } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { archiveContact, saveContact } from '../../../electron/core/partners/contacts-repo';
import { saveInteraction } from '../../../electron/core/partners/interactions-repo';
import { archiveOrganisation, saveOrganisation } from '../../../electron/core/partners/organisations-repo';

// A small register with names that collide on purpose (same name, other case, Nordic letters,
// empty roles), so the sort's tiebreak and the keyset across equal values are exercised.

const FIRST = ['Anna', 'anna', 'Åse', 'Søren', 'Ole', 'Øystein', 'Mikko', 'Aino', 'Zara', 'Émile'];
const LAST = ['Sørensen', 'Hansen', 'Virtanen', 'Nilsen', 'hansen', 'Ærø'];
const ROLES = ['', 'Leder', 'leder', 'Konsulent', 'Mentor-koordinator', 'Zoo'];
const TOWNS = ['Aarhus', 'aarhus', 'Oslo', 'Tampere', 'Ålesund', ''];

/** Opens a fresh register in a temp folder, fills it, and returns it with a cleanup. */
export function pagingFixture(): { db: Db; close: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-paging-'));
  const db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
  migrate(db);
  let seed = 7;
  const pick = <T>(list: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return list[seed % list.length] as T;
  };
  const orgs: number[] = [];
  for (let i = 0; i < 12; i++) {
    const id = saveOrganisation(
      db,
      OrganisationInput.parse({
        name: `${pick(LAST)} ${pick(['Forening', 'Kommune', 'Jobcenter'])}`,
        municipality: pick(TOWNS),
        tags: [pick(['ung', 'job', 'bolig'])],
      }),
      'test',
    );
    orgs.push(id);
    if (i % 5 === 4) archiveOrganisation(db, id, true, 'test');
  }
  for (let i = 0; i < 70; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const org = pick([null, ...orgs]);
    const ended = pick([false, false, true]);
    const id = saveContact(
      db,
      ContactInput.parse({
        name,
        role: pick(ROLES),
        email: pick(['', `${name.split(' ')[0]?.toLowerCase()}${i}@example.org`, `X${i}@Example.org`]),
        phone: pick(['', `+45 ${20000000 + i}`, `+358 ${i}`]),
        memberships: org ? [{ organisationId: org, to: ended ? '2020-01-01' : null }] : [],
      }),
      'test',
    );
    if (i % 9 === 3) archiveContact(db, id, true, 'test');
    const date = pick([null, '2026-01-15', '2026-03-01', '2025-12-31']);
    if (date) saveInteraction(db, InteractionInput.parse({ kind: 'call', date, contactIds: [id] }), 'test');
  }
  return {
    db,
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
