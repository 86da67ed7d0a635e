import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { FeedbackSection } from '../../../../shared/contract/reports';
import { appendAudit } from '../../audit/audit-log';
import { localMinuteNow } from '../../consents/decide';
import { recordDisclosure } from '../../consents/disclosure-log';
import { CoreError } from '../../errors';
import type { OpenRegister } from '../../register/open-register';
import { checkTarget } from '../../rights/doc-common';
import { letterheadLogo } from '../letterhead';
import { renderFeedbackDocx } from './document';
import { buildFeedback, type FeedbackInput } from './model';

// Writing the feedback report: decide (the model), render, write a temp file beside the target,
// hash it, then in one transaction log the disclosure (which asks the rule again, so a consent
// withdrawn since the preview refuses it), audit it and rename the temp file into place. A
// failure of any step leaves neither the file nor the log row.

export interface FeedbackWritten {
  path: string;
  sha256: string;
  disclosureId: number;
  omitted: FeedbackSection[];
}

/** Writes data to a new owner-only temp file beside `target` and fsyncs it; returns its path. */
function writeTemp(target: string, data: Uint8Array): string {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
  closeSync(fd);
  return tmp;
}

function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export async function writeFeedbackReport(
  register: OpenRegister,
  input: FeedbackInput & { path: string },
  at = localMinuteNow(),
): Promise<FeedbackWritten> {
  const target = checkTarget(register, input.path, '.docx');
  const { db } = register;
  const plan = buildFeedback(register, input, at);
  const { model } = plan;
  if (model.blocked !== null) throw new CoreError('CONSENT_MISSING', `identity:${model.blocked}`);
  const data = await renderFeedbackDocx(model, letterheadLogo(db));
  const sha256 = createHash('sha256').update(data).digest('hex');
  const tmp = writeTemp(target, data);
  let renamed = false;
  let disclosureId: number;
  try {
    disclosureId = db.transaction(() => {
      const { id } = recordDisclosure(db, register.actor, {
        person: plan.person,
        purpose: 'feedback-sharing',
        recipientOrganisationId: model.recipient.organisationId,
        recipientLabel: model.recipient.organisationName,
        categories: plan.categories,
        at: plan.at,
        caseId: model.caseId,
        fileName: path.basename(target),
        fileHash: sha256,
        personCode: plan.personCode,
      });
      appendAudit(db, {
        actor: register.actor,
        action: 'feedback.report-written',
        entity: 'case',
        entityId: String(model.caseId),
        details: {
          disclosure: id,
          language: model.language,
          sections: model.sections.filter((s) => s.included).length,
          omitted: model.sections.filter((s) => !s.included).length,
        },
      });
      renameSync(tmp, target);
      renamed = true;
      return id;
    })();
  } catch (error) {
    // Nothing was logged: the file goes too (the temp file, or the target if the commit failed after the rename).
    rmSync(renamed ? target : tmp, { force: true });
    throw error;
  }
  fsyncDir(path.dirname(target));
  return { path: target, sha256, disclosureId, omitted: model.sections.filter((s) => !s.included).map((s) => s.section) };
}
