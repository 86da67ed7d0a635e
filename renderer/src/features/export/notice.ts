import type { AppError } from '../../../../shared/errors';

/** What an export tells the user afterwards: where the file went, or why it could not be written. */
export type Notice = { kind: 'success'; text: string } | { kind: 'error'; error: AppError };
