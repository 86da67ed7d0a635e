import path from 'node:path';
import type { FeedbackSection } from '../../../../shared/contract/reports';
import { appendAudit } from '../../audit/audit-log';
import { localMinuteNow } from '../../consents/decide';
import { recordDisclosure } from '../../consents/disclosure-log';
import { CoreError } from '../../errors';
import type { OpenRegister } from '../../register/open-register';
import { checkTarget } from '../../rights/doc-common';
import { writeLoggedOutput } from '../../storage/logged-output';
import { letterheadLogo } from '../letterhead';
import { renderFeedbackDocx } from './document';
import { buildFeedback, type FeedbackInput } from './model';

// Writing the feedback report: decide (the model), render, write a temp file beside the target,
// hash it, then in one transaction log the disclosure (which asks the rule again, so a consent
// withdrawn since the preview refuses it), audit it and rename the temp file into place. A
// failure of any step, or a crash at any moment, leaves neither the file nor the log row
// (storage/logged-output.ts).

export interface FeedbackWritten {
  path: string;
  sha256: string;
  disclosureId: number;
  omitted: FeedbackSection[];
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
  const { value: disclosureId, files } = writeLoggedOutput(db, [{ target, data }], ([sha256]) => {
    const { id } = recordDisclosure(db, register.actor, {
      person: plan.person,
      purpose: 'feedback-sharing',
      recipientOrganisationId: model.recipient.organisationId,
      recipientLabel: model.recipient.organisationName,
      categories: plan.categories,
      at: plan.at,
      caseId: model.caseId,
      fileName: path.basename(target),
      fileHash: sha256 ?? '',
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
    return id;
  });
  const sha256 = files[0]?.sha256 ?? '';
  return { path: target, sha256, disclosureId, omitted: model.sections.filter((s) => !s.included).map((s) => s.section) };
}
