import type { AppError, ErrorCode } from '../../shared/errors';

/** An expected failure with a contract error code; the dispatcher turns it into a failed Result. */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'CoreError';
  }
}

/** Maps anything thrown inside core to an AppError, recognising disk, permission and SQLite failures. */
export function toAppError(error: unknown): AppError {
  if (error instanceof CoreError) {
    const out: AppError = error.detail ? { code: error.code, detail: error.detail } : { code: error.code };
    if (error.params) out.params = error.params;
    return out;
  }
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : String(error);
  const mapped: Record<string, ErrorCode> = {
    ENOSPC: 'DISK_FULL',
    EDQUOT: 'DISK_FULL',
    EFBIG: 'DISK_FULL',
    SQLITE_FULL: 'DISK_FULL',
    // The WAL's shared-memory file could not grow: on a full disk that is how SQLite says it
    // (sqlite.org/rescode.html#ioerr_shmsize), not as SQLITE_FULL.
    SQLITE_IOERR_SHMSIZE: 'DISK_FULL',
    EACCES: 'PERMISSION_DENIED',
    EPERM: 'PERMISSION_DENIED',
    EROFS: 'READ_ONLY',
    SQLITE_READONLY: 'READ_ONLY',
    SQLITE_PERM: 'PERMISSION_DENIED',
    SQLITE_CANTOPEN: 'IO_ERROR',
    SQLITE_IOERR: 'IO_ERROR',
    EIO: 'IO_ERROR',
    // A USB stick pulled out mid-write.
    ENXIO: 'IO_ERROR',
    ENODEV: 'IO_ERROR',
    ESTALE: 'IO_ERROR',
    SQLITE_CORRUPT: 'REGISTER_CORRUPT',
    SQLITE_NOTADB: 'REGISTER_CORRUPT',
  };
  const hit = mapped[code] ?? Object.entries(mapped).find(([k]) => code.startsWith(`${k}_`))?.[1];
  return { code: hit ?? 'INTERNAL', detail: code ? `${code}: ${message}` : message };
}
