import path from 'node:path';
import { generateDirectory } from '../electron/core/export/run-export';
import { writeProgrammeExport } from '../electron/core/reports/programme/export';
import { programmeModel } from '../electron/core/reports/programme/model';
import { openEncrypted, openPlainRegister } from './registers';
import { measureLock, measureManualBackup } from './lock-step';
import { PROGRAMME_INPUT, PROGRAMME_NARRATIVE } from './programme-step';

// One heavy bench step in its own process (see heavy-step.ts): argv = step, kind, output folder.

const [step, kind, out] = process.argv.slice(2);
const register = kind === 'plain' ? openPlainRegister() : await openEncrypted();
let parts: Record<string, number> = {};
const started = performance.now();
if (step === 'lock') {
  parts = { ...(await measureLock(out ?? '.')), ...(await measureManualBackup(out ?? '.')) };
} else if (step === 'directory') {
  await generateDirectory(register, { path: path.join(out ?? '.', `${kind}-directory.docx`), groupBy: 'sector' }, () => undefined);
} else {
  const modelStarted = performance.now();
  programmeModel(register.db, PROGRAMME_INPUT);
  parts.modelMs = performance.now() - modelStarted;
  const exportStarted = performance.now();
  await writeProgrammeExport(register, {
    ...PROGRAMME_INPUT,
    narrative: PROGRAMME_NARRATIVE,
    path: path.join(out ?? '.', `${kind}-results.docx`),
    xlsxPath: path.join(out ?? '.', `${kind}-results.xlsx`),
  });
  parts.exportMs = performance.now() - exportStarted;
}
const ms = performance.now() - started;
register.db.close();
process.stdout.write(`${JSON.stringify({ ms, peakMiB: process.resourceUsage().maxRSS / 1024, parts })}\n`);
