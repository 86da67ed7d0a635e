import type { ErrorCode } from '../../shared/errors';
import { catalogs } from '../../shared/i18n';
import { languageFromLocale, type Language } from '../../shared/languages';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/passphrase';

// What the command-line tool says when a command fails: what happened, then what to do, in the
// user's language (cliLanguage). In English these are the tool's own texts below, which name its
// options and commands; in Danish, Norwegian, Swedish and Finnish they are the app's own error
// texts (shared/i18n/<lang>/errors.ts), so no text is kept twice. The line always starts with
// "Error CODE:", in every language, for scripts to match.

export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  INVALID_INPUT: 'An argument was not accepted. Check the values given (for example that --dir is a folder path).',
  UNKNOWN_CHANNEL: 'The tool asked the core for something it does not know. This is a bug; please report it.',
  NOT_ALLOWED: 'That operation is not allowed here. Check the command and try again.',
  WRONG_PASSPHRASE: 'The passphrase is wrong. Nothing was changed; try again, or unlock with the recovery key in the app.',
  WRONG_RECOVERY_KEY: 'The recovery key does not belong to this register. Check that you have the key printed for this register.',
  RECOVERY_KEY_MALFORMED: 'The recovery key has a typing error (wrong length or check characters). Type it again.',
  PASSPHRASE_TOO_WEAK: 'The passphrase is too easy to guess. Use at least 12 characters, ideally three or four unrelated words.',
  PASSPHRASE_CHANGE_REQUIRED: 'The register was unlocked with the recovery key: set a new passphrase in the app first.',
  NOT_FOUND: 'That record does not exist in this register.',
  REGISTER_LOCKED: 'The register is not unlocked. Unlock it first.',
  REGISTER_ALREADY_OPEN: 'Another register is already open in this process. Lock it first.',
  REGISTER_NOT_FOUND: 'No register was found in that folder (register.db or keyslots.json is missing). Check --dir.',
  FOLDER_NOT_EMPTY: 'The folder is not empty. Choose a new or empty folder for a new register.',
  REGISTER_FROM_NEWER_VERSION:
    'The register was written by a newer version of Bindeled. Install the newer version; the register was left unchanged.',
  REGISTER_CORRUPT: 'The register database is damaged or was not encrypted with this key. Restore it from a backup; do not write to it.',
  KEYSLOTS_CORRUPT: 'The key-slot file (keyslots.json) is damaged. Restore it from a backup of the register folder.',
  REGISTER_FOLDER_READ_ONLY: 'The register folder cannot be written (read-only or no permission). Nothing was changed.',
  KEYSLOTS_FOREIGN:
    "The key-slot file (keyslots.json) belongs to another register and cannot open this register.db. Nothing was changed. Put back this register's own keyslots.json, or restore the folder from a backup.",
  REGISTER_BUSY:
    'The register changed while it was being checked (the app has it open). Nothing was changed. Close the app and run the command again.',
  RESTORE_RUNNING: 'A backup is being restored into that folder right now. Wait until it has finished, then run the command again.',
  DISK_FULL: 'The disk is full. Free some space and try again; the register was not changed.',
  READ_ONLY: 'The drive or folder is read-only. Choose another folder or make the drive writable; nothing was changed.',
  PERMISSION_DENIED: "Permission was denied for a file in the register folder. Check the folder's owner and permissions.",
  IO_ERROR: 'A file could not be read or written. Check the disk or the USB stick and try again.',
  NOT_AVAILABLE: 'That is not available on this computer.',
  CANCELLED: 'The operation was cancelled.',
  FILE_UNREADABLE: 'The file could not be read. Check the path and that the file is not locked by another program.',
  FILE_EMPTY: 'The file has no data rows to import.',
  FILE_TOO_LARGE: 'The file is larger than 50 MB. Split it into smaller files.',
  UNSUPPORTED_FILE: 'The file is neither CSV/text nor an Excel workbook (.xlsx). Save it as CSV or .xlsx and try again.',
  IMPORT_MAPPING_INVALID:
    'No column could be used as the name, or the column mapping is inconsistent. Rename the name column (e.g. "Name") and try again.',
  CASE_TRANSITION_NOT_ALLOWED:
    'The course cannot move to that status from its current one. Open the course in the app to see what it allows.',
  MENTOR_TRANSITION_NOT_ALLOWED: 'The mentor cannot move to that status from their current one.',
  MENTOR_NOT_AVAILABLE: 'That mentor is not active or has no room for another mentee. Choose another mentor.',
  START_AGREEMENT_MISSING: 'Record the start agreement before making the course active.',
  CLOSING_MISSING: 'Give the outcome to close the course, and the reason if it ended early.',
  CASE_CLOSED: 'The course is closed; only follow-ups can be added.',
  IN_USE: 'The record is referred to by courses and cannot be deleted. End it instead.',
  CONSENT_MISSING: 'No valid consent covers this disclosure (purpose, recipient, kind of data, date). Nothing was shared.',
  CONSENT_WITHDRAWN: 'The consent has been withdrawn and can no longer be changed.',
  ROLE_NOT_ALLOWED: 'Your role on this register does not allow this. Ask an administrator.',
  USER_EXISTS: 'A user with that name already exists on this register.',
  LAST_ADMINISTRATOR: 'This is the last administrator; add another administrator first.',
  PASSPHRASE_IN_USE: 'Another user of this register already has that passphrase; choose a different one.',
  PERSON_ERASED: "This person's data has been erased or anonymised.",
  DATE_OUT_OF_ORDER: "The date is before the course's current status began. Use a later date.",
  PERIOD_OVERLAP:
    'The comparison period overlaps the report period: {{compareFrom}} to {{compareTo}} shares days with {{from}} to {{to}}. Choose a comparison period (--compare-from, --compare-to) that ends before {{from}}.',
  PERIOD_TOO_LONG:
    'A report can cover at most {{years}} years; the chosen period covers {{from}} to {{to}}, which is longer. Choose an end date on or before {{latest}}.',
  DUPLICATE_PAIR_GONE:
    'That pair of possible duplicates has already been decided, or one of the two contact persons no longer exists. Nothing was changed.',
  CORE_CRASHED: 'The core stopped unexpectedly. Run the command again; if it repeats, run `verify` on the register.',
  INTERNAL: 'An unexpected error happened inside Bindeled. Run `verify` on the register and report the error.',
};

/**
 * The language of the error texts, as POSIX tools pick theirs: the first of LC_ALL, LC_MESSAGES
 * and LANG that is set ("da_DK.UTF-8" is Danish; C and POSIX are English); with none set (as on
 * Windows), the system's own locale. A language Bindeled does not speak is English.
 */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env, system = Intl.DateTimeFormat().resolvedOptions().locale): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? system;
  return languageFromLocale(locale.split(/[.@]/)[0]);
}

/** The lines printed for a failed command: the code, then the explanation with its values filled in, in `language`. */
export function describeError(
  code: ErrorCode,
  detail?: string,
  params: Record<string, string | number> = {},
  language: Language = 'en',
): string {
  const extra = detail ? `\n  (${detail})` : '';
  const template = language === 'en' ? ERROR_MESSAGES[code] : catalogs[language].errors[code];
  const values: Record<string, string | number> = { min: MIN_PASSPHRASE_LENGTH, ...params };
  const text = template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));
  return `Error ${code}: ${text}${extra}`;
}
