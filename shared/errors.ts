/** Every error code a contract call can answer with. The renderer maps each to a translated message. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'NOT_ALLOWED',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'RECOVERY_KEY_MALFORMED',
  'PASSPHRASE_TOO_WEAK',
  'PASSPHRASE_CHANGE_REQUIRED',
  'NOT_FOUND',
  'REGISTER_LOCKED',
  'REGISTER_ALREADY_OPEN',
  'REGISTER_NOT_FOUND',
  'FOLDER_NOT_EMPTY',
  'REGISTER_FROM_NEWER_VERSION',
  'REGISTER_CORRUPT',
  'KEYSLOTS_CORRUPT',
  'REGISTER_FOLDER_READ_ONLY',
  'KEYSLOTS_FOREIGN',
  'REGISTER_BUSY',
  'RESTORE_RUNNING',
  'DISK_FULL',
  'READ_ONLY',
  'PERMISSION_DENIED',
  'IO_ERROR',
  'NOT_AVAILABLE',
  'CANCELLED',
  'FILE_UNREADABLE',
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FILE',
  'IMPORT_MAPPING_INVALID',
  'CASE_TRANSITION_NOT_ALLOWED',
  'MENTOR_TRANSITION_NOT_ALLOWED',
  'MENTOR_NOT_AVAILABLE',
  'START_AGREEMENT_MISSING',
  'CLOSING_MISSING',
  'CASE_CLOSED',
  'DATE_OUT_OF_ORDER',
  'IN_USE',
  'CONSENT_MISSING',
  'CONSENT_WITHDRAWN',
  'ROLE_NOT_ALLOWED',
  'USER_EXISTS',
  'LAST_ADMINISTRATOR',
  'PASSPHRASE_IN_USE',
  'PERSON_ERASED',
  'PERIOD_OVERLAP',
  'PERIOD_TOO_LONG',
  'DUPLICATE_PAIR_GONE',
  'CORE_CRASHED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * An error as it crosses a process boundary. `detail` is for developers and support (a path,
 * an SQLite message) and never holds register content; `issues` lists invalid input fields.
 */
export interface AppError {
  code: ErrorCode;
  detail?: string;
  issues?: { path: string; message: string }[];
  /** Values the translated message shows (dates, counts; never register content), e.g. {{from}}. */
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error code (and optional developer detail) as a failed Result. */
export function fail<T = never>(code: ErrorCode, detail?: string, issues?: AppError['issues']): Result<T> {
  const error: AppError = { code };
  if (detail !== undefined) error.detail = detail;
  if (issues !== undefined) error.issues = issues;
  return { ok: false, error };
}

/** True when `value` is one of the declared error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
