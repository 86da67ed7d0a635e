import { openDatabase, type Db } from '../db/driver';
import { verifyPageAuthentication } from '../db/page-auth';
import { CoreError } from '../errors';

// A key slot that unwraps has proved its data key genuine (AES-GCM). If that key then
// authenticates not one page of register.db, the key-slot file and the database are not a pair:
// keyslots.json came from another register. A damaged database still has pages that authenticate.

/** Opens the database; a key that authenticates none of its pages is KEYSLOTS_FOREIGN, not REGISTER_CORRUPT. */
export function openOrExplain(file: string, dataKey: Buffer, options: { readonly: boolean }): Db {
  try {
    return openDatabase(file, dataKey, { create: false, readonly: options.readonly });
  } catch (error) {
    if (error instanceof CoreError && error.code === 'REGISTER_CORRUPT') {
      const auth = verifyPageAuthentication(file, dataKey);
      if (auth.pages > 1 && auth.goodPages === 0) throw new CoreError('KEYSLOTS_FOREIGN');
    }
    throw error;
  }
}
