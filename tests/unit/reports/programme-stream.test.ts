import { strFromU8, unzipSync } from 'fflate';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/driver';
import { migrate } from '../../../electron/core/db/migrate';
import { generateDemo } from '../../../electron/core/demo/generate';
import { programmeCharts } from '../../../electron/core/reports/programme/charts';
import { programmeDocx } from '../../../electron/core/reports/programme/docx';
import { programmeModel } from '../../../electron/core/reports/programme/model';

// Long tables of the results report are streamed into the .docx from docx's own XML for one
// ordinary and one total row. The document must be the one docx builds whole, part for part.

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

// docx numbers bookmarks and drawings with a counter for the whole process, and stamps the time.
const comparable = (xml: string) =>
  xml
    .replace(/w:id="\d+"/g, 'w:id="N"')
    .replace(/ id="\d+"/g, ' id="N"')
    .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME');
const parts = (docx: Buffer) =>
  Object.fromEntries(Object.entries(unzipSync(docx)).map(([name, data]) => [name, comparable(strFromU8(data))]));

describe('the results report with streamed tables', () => {
  it('is the document docx builds whole, part for part', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-programme-stream-'));
    made.push(dir);
    const db = openDatabase(path.join(dir, 'register.db'), randomBytes(32), { create: true });
    migrate(db);
    generateDemo(db, 's', 'owner', 7, '2026-11-27');
    const model = programmeModel(
      db,
      { from: '2026-01-01', to: '2026-06-30', breakdowns: ['municipality', 'referring-partner', 'language'] },
      '2026-11-27T12:00',
    );
    db.close();
    expect(model.tables.some((t) => t.rows.some((r) => r.key === 'total'))).toBe(true);
    const input = {
      model,
      narrative: { introduction: 'Intro & "quotes"', highlights: '', outlook: 'Next <year>' },
      letterhead: { address: '', contactLine: '' },
      logo: null,
      charts: programmeCharts(model),
      date: '2026-11-27',
    };
    const whole = parts(await programmeDocx(input, { streamRowsOver: Infinity }));
    const streamed = parts(await programmeDocx(input, { streamRowsOver: 0 }));
    expect(Object.keys(streamed).sort()).toEqual(Object.keys(whole).sort());
    for (const name of Object.keys(whole)) expect(streamed[name], name).toBe(whole[name]);
    expect(streamed['word/document.xml']).not.toContain('bindeled-');
  });
});
