import type { OpenRegister } from '../electron/core/register/open-register';
import { programmeModel } from '../electron/core/reports/programme/model';
import { mib, runHeavy } from './heavy-step';

// The results report over the whole demo register: the model (every figure of a year and the
// year before, all three breakdowns, suppression), then the .docx with its charts and the .xlsx.
// The whole export (model and both files, as the app runs it) is measured in a child process,
// so its peak RSS is its own (heavy-step.ts).

export const PROGRAMME_INPUT = {
  from: '2025-01-01',
  to: '2025-12-31',
  breakdowns: ['municipality', 'referring-partner', 'language'] as ('municipality' | 'referring-partner' | 'language')[],
};
export const PROGRAMME_NARRATIVE = { introduction: 'Benchmark.', highlights: '', outlook: '' };

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

/** Rows for the benchmark table. */
export function measureProgramme(encrypted: OpenRegister, plain: OpenRegister, out: string): Row[] {
  const courses = (encrypted.db.prepare('SELECT count(*) FROM cases').pluck().get() as number).toLocaleString('en');
  const e = runHeavy('programme', 'encrypted', out);
  const p = runHeavy('programme', 'plain', out);
  return [
    {
      operation: `results report model (${courses} courses, a year vs the year before, 3 breakdowns)`,
      encrypted: time(() => programmeModel(encrypted.db, PROGRAMME_INPUT)),
      plain: time(() => programmeModel(plain.db, PROGRAMME_INPUT)),
    },
    {
      operation: 'results report .docx with 3 charts + .xlsx (the model again, in a child process)',
      encrypted: e.ms,
      plain: p.ms,
    },
    { operation: 'results report export, peak RSS of its process', encrypted: mib(e), plain: mib(p) },
  ];
}
