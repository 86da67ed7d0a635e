import { z } from 'zod';
import { ROLES } from './consents-schemas';
import { coreAdmin, coreRead } from './define';
import { IsoDateTime, Passphrase } from './schemas';

export const RoleSchema = z.enum(ROLES);
export const UserId = z.string().min(1).max(64);
export const DisplayName = z.string().trim().min(1).max(100);

export const UserRow = z.object({
  id: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  createdAt: IsoDateTime,
  /** Set when an administrator removed the user: their key slot is gone, the row stays for the audit log. */
  removedAt: IsoDateTime.nullable(),
});

/** Users and roles on one register. Everyone may see who shares the register; only administrators change it. */
export const userChannels = {
  'users:list': coreRead(z.strictObject({}), z.array(UserRow)),
  'users:add': coreAdmin(z.strictObject({ displayName: DisplayName, role: RoleSchema, passphrase: Passphrase }), UserRow),
  'users:setRole': coreAdmin(z.strictObject({ id: UserId, role: RoleSchema }), UserRow),
  'users:rename': coreAdmin(z.strictObject({ id: UserId, displayName: DisplayName }), UserRow),
  'users:remove': coreAdmin(z.strictObject({ id: UserId }), UserRow),
};
