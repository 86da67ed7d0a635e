import type { Role } from '../../../shared/contract/consents-schemas';
import { isAcceptablePassphrase } from '../../../shared/passphrase';
import { appendAudit } from '../audit/audit-log';
import { commitKeySlotChange } from '../crypto/keyslot-change';
import { passphraseOpensOtherSlot, setPassphraseSlot, withoutUserSlots } from '../crypto/keyslots';
import { CoreError } from '../errors';
import type { OpenRegister } from '../register/open-register';
import { enforceRole } from './read-only-guard';
import {
  assertNameFree,
  countActiveAdministrators,
  getActiveUser,
  getUser,
  newUserId,
  updateName,
  updateRole,
  type UserRow,
} from './users-repo';

// Adding and removing users changes two things: the users table and the key slots. Both go
// through the key-change protocol (crypto/keyslot-change.ts), so a crash at any step leaves
// both as before or both changed, audited. Audit rows name the acting user and the target by
// id, never by name.

export interface CurrentUser {
  id: string;
  displayName: string;
  role: Role;
}

/** The user an open register's session belongs to. */
export function currentUser(register: Pick<OpenRegister, 'db' | 'actor'>): CurrentUser {
  const row = getUser(register.db, register.actor);
  return { id: row.id, displayName: row.displayName, role: row.role };
}

function commit(register: OpenRegister, change: () => void): void {
  register.db.transaction(change)();
}

/** Adds a user with their own passphrase slot; the passphrase is typed by the new user at the administrator's desk. */
export async function addUser(register: OpenRegister, input: { displayName: string; role: Role; passphrase: string }): Promise<UserRow> {
  const displayName = input.displayName.trim();
  if (!displayName) throw new CoreError('INVALID_INPUT', 'displayName');
  if (!isAcceptablePassphrase(input.passphrase)) throw new CoreError('PASSPHRASE_TOO_WEAK');
  assertNameFree(register.db, displayName);
  if (await passphraseOpensOtherSlot(register.slots, input.passphrase)) throw new CoreError('PASSPHRASE_IN_USE');
  const id = newUserId();
  const slots = await setPassphraseSlot(register.slots, id, register.dataKey, input.passphrase);
  assertNameFree(register.db, displayName);
  commitKeySlotChange(register.dir, register.db, register.dataKey, register.slots, slots, {
    user: { kind: 'added', id, displayName, role: input.role, createdBy: register.actor },
    audit: { actor: register.actor, action: 'user.added', entity: 'user', entityId: id, details: { role: input.role } },
  });
  register.slots = slots;
  return getUser(register.db, id);
}

/** Changes a user's role; the last administrator keeps theirs. */
export function setUserRole(register: OpenRegister, id: string, role: Role): UserRow {
  const user = getActiveUser(register.db, id);
  if (user.role === role) return user;
  if (user.role === 'administrator' && countActiveAdministrators(register.db) <= 1) throw new CoreError('LAST_ADMINISTRATOR');
  commit(register, () => {
    updateRole(register.db, id, role);
    appendAudit(register.db, {
      actor: register.actor,
      action: 'user.role-changed',
      entity: 'user',
      entityId: id,
      details: { from: user.role, to: role },
    });
  });
  if (id === register.actor) {
    // An administrator who steps down gets the new role in this session at once.
    register.role = role;
    enforceRole(register.db, role);
  }
  return getUser(register.db, id);
}

export function renameUser(register: OpenRegister, id: string, displayName: string): UserRow {
  const name = displayName.trim();
  if (!name) throw new CoreError('INVALID_INPUT', 'displayName');
  getActiveUser(register.db, id);
  assertNameFree(register.db, name, id);
  commit(register, () => {
    updateName(register.db, id, name);
    appendAudit(register.db, { actor: register.actor, action: 'user.renamed', entity: 'user', entityId: id });
  });
  return getUser(register.db, id);
}

/**
 * Removes a user: destroys their passphrase (and device) slot, so their passphrase opens nothing
 * any more, and marks the row removed. The row stays, so the audit log keeps naming them.
 */
export function removeUser(register: OpenRegister, id: string): UserRow {
  if (id === register.actor) throw new CoreError('NOT_ALLOWED', 'a user cannot remove themself');
  const user = getActiveUser(register.db, id);
  if (user.role === 'administrator' && countActiveAdministrators(register.db) <= 1) throw new CoreError('LAST_ADMINISTRATOR');
  const slots = withoutUserSlots(register.slots, id);
  commitKeySlotChange(register.dir, register.db, register.dataKey, register.slots, slots, {
    user: { kind: 'removed', id, by: register.actor },
    audit: {
      actor: register.actor,
      action: 'user.removed',
      entity: 'user',
      entityId: id,
      details: { slotsDestroyed: register.slots.slots.length - slots.slots.length },
    },
  });
  register.slots = slots;
  return getUser(register.db, id);
}
