import type { OpenRegister } from '../register/open-register';
import { currentUser } from './users';

/** What app:state and register:unlock tell the renderer about the open register and who opened it. */
export function sessionOf(register: OpenRegister) {
  return { dir: register.dir, label: register.slots.label, mustSetPassphrase: register.mustSetPassphrase, user: currentUser(register) };
}
