import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { insertBare, writtenRows } from '../../../bench/floor-rows';
import { openDatabase } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { suggestMapping } from '../../../electron/core/import/mapping';
import { readTable } from '../../../electron/core/import/read-table';
import { runImport } from '../../../electron/core/import/run';
import { cleanupTempDirs, tempDir } from '../core/helpers';
import { danishSheet } from '../import/danish-sheet';
import { contactImport } from '../import/contact-import-options';

// The engine floor is fair only if it writes what the import wrote: the same contacts, every
// column, and the same search-index text (the contacts' entries and the new organisations').

afterAll(cleanupTempDirs);

describe('the engine floor', () => {
  it('inserts the contacts and search index an import wrote, row for row', async () => {
    const dir = tempDir('bindeled-floor-rows-');
    const file = path.join(dir, 'kontakter.csv');
    writeFileSync(file, danishSheet().bytes);
    const table = await readTable(file);
    const key = randomBytes(32);
    const imported = openDatabase(path.join(dir, 'imported.db'), key, { create: true });
    migrate(imported);
    await runImport(imported, table, contactImport(suggestMapping(table.headers, 'contacts'), 'skip'));
    const written = writtenRows(imported);
    imported.close();
    expect(written.contacts.length).toBeGreaterThan(1000);
    expect(written.index.length).toBeGreaterThan(written.contacts.length); // organisations have entries too
    const floor = openDatabase(path.join(dir, 'floor.db'), key, { create: true });
    migrate(floor);
    insertBare(floor, written);
    expect(writtenRows(floor)).toEqual(written);
    floor.close();
  });
});
