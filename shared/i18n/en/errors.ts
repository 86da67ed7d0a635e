// The message for each error code a call can fail with (shared/errors.ts): `errors`.
export const errors = {
  INVALID_INPUT: 'Some of the information is not valid. Check the fields and try again.',
  UNKNOWN_CHANNEL: 'Bindeled tried something it does not know. Restart Bindeled; if it happens again, contact support.',
  NOT_ALLOWED: 'That is not allowed here.',
  WRONG_PASSPHRASE: 'That passphrase is not right. Check Caps Lock and try again.',
  WRONG_RECOVERY_KEY: 'That recovery key does not open this register. Check that it belongs to this register.',
  RECOVERY_KEY_MALFORMED: 'That recovery key has a typing error. It has eight groups of four letters and digits; check each group.',
  PASSPHRASE_TOO_WEAK: 'That passphrase is too easy to guess. Use at least {{min}} characters, for example three or four unrelated words.',
  PASSPHRASE_CHANGE_REQUIRED: 'Choose a new passphrase first.',
  NOT_FOUND: 'That record no longer exists. It may have been deleted; refresh the list.',
  REGISTER_LOCKED: 'The register is locked. Unlock it to continue.',
  REGISTER_ALREADY_OPEN: 'Another register is open. Lock it first.',
  REGISTER_NOT_FOUND: 'There is no Bindeled register in that folder. Choose the folder that contains register.db and keyslots.json.',
  FOLDER_NOT_EMPTY: 'That folder is not empty. Choose an empty folder or type the name of a new one.',
  REGISTER_FROM_NEWER_VERSION: 'This register was saved by a newer Bindeled. Install the newest version to open it.',
  REGISTER_CORRUPT: 'The register files are damaged. Nothing has been changed. Restore the folder from a backup.',
  KEYSLOTS_CORRUPT: 'The key file (keyslots.json) of this register is damaged. Nothing has been changed. Restore it from a backup.',
  REGISTER_FOLDER_READ_ONLY:
    "Bindeled cannot write to this register's folder, so nothing was changed: the register's data, passphrases, users and keys are as before. Check that the folder or drive is not read-only or write-protected (or ask your IT support), then try again.",
  DISK_FULL: 'The disk is full. Free some space or choose another folder; nothing was changed.',
  READ_ONLY:
    'The drive or folder is read-only (a locked USB stick, a write-protected share). Choose another folder or unlock the drive; nothing was changed.',
  KEYSLOTS_FOREIGN:
    "The key file (keyslots.json) in this folder belongs to another register, so it cannot open this register.db. Nothing has been changed. Put back this register's own keyslots.json, or restore the folder from a backup.",
  REGISTER_BUSY:
    'The register changed while it was being checked, because Bindeled has it open. Nothing has been changed. Close Bindeled and check again.',
  RESTORE_RUNNING:
    'A backup is being restored into that folder right now. Wait until the restore has finished, then try again; nothing was changed.',
  PERMISSION_DENIED: 'Bindeled may not write to that folder. Choose another folder or ask your IT support.',
  IO_ERROR: 'The folder could not be read or written. Is the drive still connected?',
  NOT_AVAILABLE: 'That is not available on this computer.',
  CANCELLED: 'Cancelled.',
  FILE_UNREADABLE: 'The file could not be read. Check that it still exists and is not open in another program, then try again.',
  FILE_EMPTY: 'The file has no rows to import. Check that you chose the right file.',
  FILE_TOO_LARGE: 'The file is too large to import (more than 50 MB). Split it into smaller files and import them one at a time.',
  UNSUPPORTED_FILE:
    'Bindeled cannot read this kind of file. Save it from your spreadsheet program as CSV or Excel workbook (.xlsx) and try again.',
  IMPORT_MAPPING_INVALID: 'The column choices do not fit together. Choose one column for the name, and use each field only once.',
  CASE_TRANSITION_NOT_ALLOWED: 'This course cannot go to that status from where it is now. Reload the course to see what it can do next.',
  MENTOR_TRANSITION_NOT_ALLOWED: 'The mentor cannot go to that status from where they are now. Reload the mentor to see what is possible.',
  MENTOR_NOT_AVAILABLE:
    'This mentor cannot take the course: they must be active and have room for another mentee. Choose another mentor, or raise their capacity first.',
  START_AGREEMENT_MISSING:
    'Record the start agreement first: a course becomes active once the start meeting has agreed the division of work and the feedback.',
  CLOSING_MISSING: 'Choose the outcome to close the course. If it ended early, say why.',
  CASE_CLOSED: 'The course is closed. Only follow-ups can be added to it now.',
  IN_USE: 'This cannot be deleted because courses refer to it. End or close it instead; its history stays.',
  CONSENT_MISSING:
    "No valid consent covers this. Nothing was shared. Record or renew the person's consent for this recipient and kind of data first.",
  CONSENT_WITHDRAWN: 'This consent has been withdrawn and can no longer be changed. Record a new consent if the person agrees again.',
  ROLE_NOT_ALLOWED: 'Your role does not allow this. Ask an administrator of this register.',
  USER_EXISTS: 'A user with that name already exists. Choose another name.',
  LAST_ADMINISTRATOR: 'This is the last administrator. Make another user an administrator first.',
  PASSPHRASE_IN_USE: 'Another user of this register already has that passphrase. Choose a different one.',
  PERSON_ERASED: "This person's data has been erased or anonymised; there is nothing left to show or change.",
  DATE_OUT_OF_ORDER:
    "The date is before the course's previous step. Choose a date on or after the day the course reached its current status.",
  PERIOD_OVERLAP:
    'The comparison period overlaps the report period: {{compareFrom}} to {{compareTo}} shares days with {{from}} to {{to}}. Choose a comparison period that ends before {{from}}.',
  PERIOD_TOO_LONG:
    'A report can cover at most {{years}} years; the chosen period covers {{from}} to {{to}}, which is longer. Choose an end date on or before {{latest}}.',
  DUPLICATE_PAIR_GONE:
    'This pair has already been decided, or one of the two contact persons no longer exists. Nothing was changed; the list has been refreshed.',
  CORE_CRASHED: 'Bindeled stopped unexpectedly. Your saved work is safe.',
  INTERNAL: 'Something went wrong inside Bindeled. Nothing was changed. Try again; if it happens again, copy the details for support.',
};
