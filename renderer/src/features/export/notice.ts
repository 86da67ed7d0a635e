import type { AppError } from '../../../../shared/errors';

/** What an export tells the user afterwards: where the file went, that it was cancelled, or why it could not be written. */
export type Notice = { kind: 'success' | 'cancelled'; text: string } | { kind: 'error'; error: AppError };
