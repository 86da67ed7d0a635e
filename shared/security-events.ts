// The audit actions the overview lists under "Recent security events": who opened and closed the
// register, every change to who and what can open it (passphrases, the recovery key, device
// unlocking, users and their roles, a key change undone after a crash), copies of the key or the
// whole register (the data key exported, a restore, the backup settings), and what the audit
// log's anchor found (anchored, a mismatch: entries missing or an older copy, an administrator
// accepting that copy) or the log exported. Core filters by this list (audit:recent with
// `security`), so a day of ordinary work cannot push these off the page; the overview has a
// plain-words label for each in every language (home.actions in shared/i18n/<lang>/frame.ts).
// `register:verify` writes nothing, so its findings are not here: an anchor problem is audited
// when the register is opened (audit.anchor-mismatch).

export const SECURITY_ACTIONS = [
  'register.created',
  'register.unlocked',
  'register.locked',
  'register.restored',
  'passphrase.changed',
  'passphrase.reset-with-recovery-key',
  'recovery-key.rotated',
  'device-slot.added',
  'device-slot.removed',
  'keyslots.change-rolled-back',
  'user.added',
  'user.removed',
  'user.role-changed',
  'data-key.exported',
  'backup.configured',
  'audit.anchored',
  'audit.anchor-mismatch',
  'audit.anchor-accepted',
  'audit.exported',
] as const;

export type SecurityAction = (typeof SECURITY_ACTIONS)[number];

export const isSecurityAction = (action: string): action is SecurityAction => (SECURITY_ACTIONS as readonly string[]).includes(action);
