import type { Catalog } from '../en';
import { audit } from './audit';
import { auditAnchor } from './audit-anchor';
import { keyChangeNotice } from './key-change-notice';
import { backup } from './backup';
import { backupRecovery } from './backup-recovery';
import { basics } from './basics';
import { casesList } from './cases-list';
import { casesPage } from './cases-page';
import { consentTexts } from './consent-texts';
import { consents } from './consents';
import { erasure } from './erasure';
import { duplicateReview } from './duplicate-review';
import { errors } from './errors';
import { feedback } from './feedback';
import { feedbackDoc } from './feedback-doc';
import { frame } from './frame';
import { grid } from './grid';
import { exportProgress } from './export-progress';
import { importExport } from './import-export';
import { mentoring } from './mentoring';
import { mentors } from './mentors';
import { partnerRegister } from './partner-register';
import { privacy } from './privacy';
import { programme } from './programme';
import { programmeDoc } from './programme-doc';
import { registerAccess } from './register-access';
import { reportLedger } from './report-ledger';
import { rights } from './rights';
import { shell } from './shell';
import { users } from './users';
import { week } from './week';

// Assembled like ../en/index.ts, which is the source of every key.
export const nb: Catalog = {
  mentoring,
  mentors,
  cases: { page: casesPage, ...casesList },
  week,
  privacy,
  consents,
  consentTexts,
  rights,
  erasure,
  users,
  audit,
  auditAnchor,
  keyChangeNotice,
  feedbackDoc,
  feedback,
  programmeDoc,
  programme,
  reportLedger,
  backup,
  backupRecovery,
  ...basics,
  ...registerAccess,
  ...frame,
  ...partnerRegister,
  grid,
  ...importExport,
  exportProgress,
  shell,
  duplicateReview,
  errors,
};
