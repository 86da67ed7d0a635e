import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { FeedbackBatchResult } from '../../../../shared/contract/reports';
import { appendAudit } from '../../audit/audit-log';
import { localMinuteNow } from '../../consents/decide';
import { CoreError, toAppError } from '../../errors';
import type { OpenRegister } from '../../register/open-register';
import { writeFeedbackReport } from './export';
import { buildFeedback } from './model';

// Feedback for many courses at once (from the due list): one report per course into a folder,
// each with its default period and language and logged as its own disclosure. A course that
// cannot be reported on (blocked, or an error of its own) is skipped with the reason; a disk
// problem stops the batch, and what was written so far is reported.

type BatchResult = z.output<typeof FeedbackBatchResult>;

/** Errors that would fail every following report too. */
const STOPPING = new Set(['DISK_FULL', 'IO_ERROR', 'PERMISSION_DENIED', 'READ_ONLY']);
/** The reason given for the courses not attempted after a stop (an error code, so the screens can say it). */
export const NOT_ATTEMPTED = 'CANCELLED';

function checkFolder(register: OpenRegister, folder: string): string {
  if (!path.isAbsolute(folder)) throw new CoreError('INVALID_INPUT', 'the folder must be an absolute path');
  const dir = path.resolve(folder);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CoreError('IO_ERROR', 'the folder does not exist');
  if (dir === path.resolve(register.dir)) throw new CoreError('NOT_ALLOWED', 'files cannot be written into the register folder');
  return dir;
}

/** `name`, or "name (2).docx", "name (3).docx"… when taken (case-insensitively, as on Windows and macOS). */
export function uniqueName(name: string, taken: Set<string>): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export async function writeFeedbackBatch(
  register: OpenRegister,
  input: { caseIds: number[]; folder: string },
  progress: (done: number, total: number) => void,
  at = localMinuteNow(),
): Promise<BatchResult> {
  const folder = checkFolder(register, input.folder);
  const caseIds = [...new Set(input.caseIds)];
  const taken = new Set(readdirSync(folder).map((f) => f.toLowerCase()));
  const result: BatchResult = { folder, written: [], skipped: [] };
  progress(0, caseIds.length);
  for (const [i, caseId] of caseIds.entries()) {
    try {
      const { model } = buildFeedback(register, { caseId }, at);
      if (model.blocked !== null) result.skipped.push({ caseId, reason: model.blocked });
      else {
        const file = path.join(folder, uniqueName(model.suggestedFileName, taken));
        const written = await writeFeedbackReport(register, { caseId, path: file }, at);
        result.written.push({ caseId, path: written.path, disclosureId: written.disclosureId });
      }
    } catch (error) {
      const { code } = toAppError(error);
      result.skipped.push({ caseId, reason: code });
      if (STOPPING.has(code)) {
        for (const rest of caseIds.slice(i + 1)) result.skipped.push({ caseId: rest, reason: NOT_ATTEMPTED });
        break;
      }
    }
    progress(i + 1, caseIds.length);
  }
  appendAudit(register.db, {
    actor: register.actor,
    action: 'feedback.batch-written',
    entity: 'case',
    details: { requested: caseIds.length, written: result.written.length, skipped: result.skipped.length },
  });
  return result;
}
