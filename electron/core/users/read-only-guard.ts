import type { Role } from '../../../shared/contract/consents-schemas';
import type { Db } from '../db/driver';

// Defence in depth behind the dispatcher's role check: a read-only user's connection is put in
// SQLite's query_only mode, so even a read channel that wrongly wrote (or a new channel marked
// too low) cannot change the register. appendAudit lifts it for its own insert only, because a
// read-only user's unlock, lock and passphrase change are still audited.

/** Puts the connection in the mode the user's role allows: query_only for read-only users. */
export function enforceRole(db: Db, role: Role): void {
  db.pragma(`query_only = ${role === 'read-only' ? 'ON' : 'OFF'}`);
}
