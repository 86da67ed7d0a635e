import { readFileSync, statSync } from 'node:fs';
import { CoreError } from '../errors';

/**
 * Reads a whole file the user chose (an import, a scanned form, a logo), refusing a folder or a
 * missing file (FILE_UNREADABLE) and anything over `maxBytes` (FILE_TOO_LARGE) before reading it.
 */
export function readChosenFile(file: string, maxBytes: number): Buffer {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new CoreError('FILE_UNREADABLE', 'not a file');
    size = stat.size;
  } catch (error) {
    if (error instanceof CoreError) throw error;
    throw new CoreError('FILE_UNREADABLE', (error as NodeJS.ErrnoException).code ?? 'stat failed');
  }
  if (size > maxBytes) throw new CoreError('FILE_TOO_LARGE', `${size} bytes; at most ${maxBytes}`);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CoreError('FILE_UNREADABLE', (error as NodeJS.ErrnoException).code ?? 'read failed');
  }
}
