import type { OpenRegister } from '../electron/core/register/open-register';
import { renderFeedbackDocx } from '../electron/core/reports/feedback/document';
import { buildFeedback } from '../electron/core/reports/feedback/model';

// The feedback report for one course: deciding it section by section (the disclosure rule, the
// agreement, the course's meetings and goals) and writing the .docx in memory. No file and no
// disclosure row, so the cached registers stay as they were. The course: the one with the most
// meetings among those whose mentee agreed to feedback to the referring organisation.

function pickCase(register: OpenRegister): { id: number; meetings: number } | undefined {
  return register.db
    .prepare(
      `SELECT c.id, (SELECT count(*) FROM meetings m WHERE m.case_id = c.id) AS meetings
       FROM cases c JOIN consents k ON k.person_kind = 'mentee' AND k.person_id = c.mentee_id
         AND k.purpose = 'feedback-sharing' AND k.recipient_organisation_id = c.referral_organisation_id AND k.withdrawn_at IS NULL
       WHERE c.status = 'active' ORDER BY meetings DESC, c.id LIMIT 1`,
    )
    .get() as { id: number; meetings: number } | undefined;
}

async function median(register: OpenRegister, caseId: number): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 6; i++) {
    const started = performance.now();
    const { model } = buildFeedback(register, { caseId });
    await renderFeedbackDocx(model, null);
    runs.push(performance.now() - started);
  }
  return runs.slice(1).sort((a, b) => a - b)[2] ?? 0;
}

export async function measureFeedback(
  encrypted: OpenRegister,
  plain: OpenRegister,
): Promise<{ operation: string; encrypted: number | string; plain: number | string }[]> {
  const course = pickCase(encrypted);
  if (!course) return [{ operation: 'feedback report (one course)', encrypted: 'no course with consent', plain: '–' }];
  await renderFeedbackDocx(buildFeedback(plain, { caseId: course.id }).model, null); // warm up the document writer
  return [
    {
      operation: `feedback report (one course, ${course.meetings} meetings: model + .docx)`,
      encrypted: await median(encrypted, course.id),
      plain: await median(plain, course.id),
    },
  ];
}
