import type { z } from 'zod';
import type { ProgrammeReportInput } from '../../../../shared/contract/reports';
import { appendAudit } from '../../audit/audit-log';
import { localMinuteNow } from '../../consents/decide';
import { checkpoint } from '../../export/cancel';
import type { OpenRegister } from '../../register/open-register';
import { checkTarget } from '../../rights/doc-common';
import { writeLoggedOutput } from '../../storage/logged-output';
import { letterheadLogo, readLetterhead } from '../letterhead';
import { programmeCharts } from './charts';
import { programmeDocx, type Narrative } from './docx';
import { recordReleased } from './ledger';
import { programmeRelease } from './model';
import { programmeXlsx } from './xlsx';

// Writes the results report: the .docx (with charts) and, when asked, the same tables as .xlsx.
// Both files are anonymous by construction (they show only the suppressed model), so no
// disclosure is logged; the export is audited with its period and counts of tables, no figures.

export interface ProgrammeExportInput extends z.output<typeof ProgrammeReportInput> {
  narrative: Narrative;
  path: string;
  xlsxPath?: string;
}

/**
 * Writes the files (each atomically), audits the export, and returns where they went. A cancel
 * (signal, export:cancel) is heard between the steps; nothing is written before the last one, so
 * a cancelled report leaves no file, no audit row and no ledger entry.
 */
export async function writeProgrammeExport(
  register: OpenRegister,
  input: ProgrammeExportInput,
  progress: (done: number, total: number) => void = () => {},
  signal?: AbortSignal,
): Promise<{ path: string; xlsxPath: string | null; sha256: string }> {
  const target = checkTarget(register, input.path, '.docx');
  const xlsxTarget = input.xlsxPath === undefined ? null : checkTarget(register, input.xlsxPath, '.xlsx');
  const steps = xlsxTarget ? 4 : 3;
  progress(0, steps);
  await checkpoint(signal);
  const { model, released } = programmeRelease(register.db, input, localMinuteNow());
  progress(1, steps);
  await checkpoint(signal);
  const charts = programmeCharts(model);
  progress(2, steps);
  await checkpoint(signal);
  const date = localMinuteNow().slice(0, 10);
  const letterhead = readLetterhead(register.db);
  const docx = await programmeDocx({ model, narrative: input.narrative, letterhead, logo: letterheadLogo(register.db), charts, date });
  await checkpoint(signal);
  const xlsx = xlsxTarget ? await programmeXlsx(model, date) : null;
  progress(3, steps);
  await checkpoint(signal);
  const files = [{ target, data: docx }, ...(xlsxTarget && xlsx ? [{ target: xlsxTarget, data: xlsx }] : [])];
  // The files and the audit row, both or neither, also across a crash (storage/logged-output.ts).
  // The ledger of released counts goes in the same transaction: a count is there exactly when a
  // file showing it was written (ledger.ts).
  const { files: written } = writeLoggedOutput(register.db, files, ([sha256]) => {
    recordReleased(register.db, sha256 ?? '', released);
    return appendAudit(register.db, {
      actor: register.actor,
      action: 'report.programme-exported',
      details: {
        from: model.period.from,
        to: model.period.to,
        compareFrom: model.comparison.from,
        compareTo: model.comparison.to,
        language: model.language,
        breakdowns: input.breakdowns.join(','),
        tables: model.tables.length,
        xlsx: xlsxTarget !== null,
        sha256: sha256 ?? '',
      },
    });
  });
  progress(steps, steps);
  return { path: target, xlsxPath: xlsxTarget, sha256: written[0]?.sha256 ?? '' };
}
