import { listUsers } from '../users/users-repo';
import { addUser, removeUser, renameUser, setUserRole } from '../users/users';
import type { CoreHandlers } from './types';

export const userHandlers = {
  'users:list': (_input, ctx) => listUsers(ctx.session.require().db),
  'users:add': (input, ctx) => addUser(ctx.session.require(), input),
  'users:setRole': ({ id, role }, ctx) => setUserRole(ctx.session.require(), id, role),
  'users:rename': ({ id, displayName }, ctx) => renameUser(ctx.session.require(), id, displayName),
  'users:remove': ({ id }, ctx) => removeUser(ctx.session.require(), id),
} satisfies Pick<CoreHandlers, Extract<keyof CoreHandlers, `users:${string}`>>;
