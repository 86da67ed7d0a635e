import path from 'node:path';
import type { OpenRegister } from '../electron/core/register/open-register';
import { writeProgrammeExport } from '../electron/core/reports/programme/export';
import { programmeModel } from '../electron/core/reports/programme/model';

// The results report over the whole demo register: the model (every figure of a year and the
// year before, all three breakdowns, suppression), then the .docx with its charts and the .xlsx.

const INPUT = {
  from: '2025-01-01',
  to: '2025-12-31',
  breakdowns: ['municipality', 'referring-partner', 'language'] as ('municipality' | 'referring-partner' | 'language')[],
};
const NARRATIVE = { introduction: 'Benchmark.', highlights: '', outlook: '' };

interface Row {
  operation: string;
  encrypted: number | string;
  plain: number | string;
}

function time<T>(fn: () => T): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

async function exportMs(register: OpenRegister, out: string, label: string): Promise<number> {
  const started = performance.now();
  await writeProgrammeExport(register, {
    ...INPUT,
    narrative: NARRATIVE,
    path: path.join(out, `${label}-results.docx`),
    xlsxPath: path.join(out, `${label}-results.xlsx`),
  });
  return performance.now() - started;
}

/** Rows for the benchmark table. */
export async function measureProgramme(encrypted: OpenRegister, plain: OpenRegister, out: string): Promise<Row[]> {
  const courses = (encrypted.db.prepare('SELECT count(*) FROM cases').pluck().get() as number).toLocaleString('en');
  return [
    {
      operation: `results report model (${courses} courses, a year vs the year before, 3 breakdowns)`,
      encrypted: time(() => programmeModel(encrypted.db, INPUT)),
      plain: time(() => programmeModel(plain.db, INPUT)),
    },
    {
      operation: 'results report .docx with 3 charts + .xlsx',
      encrypted: await exportMs(encrypted, out, 'encrypted'),
      plain: await exportMs(plain, out, 'plain'),
    },
  ];
}
