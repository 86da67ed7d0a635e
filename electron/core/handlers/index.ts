import { appHandlers } from './app';
import { auditHandlers } from './audit';
import { backupHandlers } from './backup';
import { consentTextHandlers } from './consent-texts';
import { consentHandlers } from './consents';
import { erasureHandlers } from './erasure';
import { exportHandlers } from './export';
import { importHandlers } from './import';
import { mentoringHandlers } from './mentoring';
import { partnerHandlers } from './partners';
import { registerHandlers } from './register';
import { reportHandlers } from './reports';
import { rightsHandlers } from './rights';
import type { CoreHandlers } from './types';
import { userHandlers } from './users';

/** Every core channel's handler. The type makes a missing or misspelled channel a compile error. */
export const handlers: CoreHandlers = {
  ...appHandlers,
  ...registerHandlers,
  ...partnerHandlers,
  ...exportHandlers,
  ...importHandlers,
  ...mentoringHandlers,
  ...erasureHandlers,
  ...userHandlers,
  ...auditHandlers,
  ...consentHandlers,
  ...consentTextHandlers,
  ...rightsHandlers,
  ...reportHandlers,
  ...backupHandlers,
};
