import type { CoreChannel, Output, ParsedInput } from '../../../shared/contract';
import type { EventName, EventPayload } from '../../../shared/contract/events';
import type { RegisterSession } from '../register/session';
import type { Profile } from '../storage/profile';

/** What every handler can reach. */
export interface CoreContext {
  session: RegisterSession;
  profile: Profile;
  defaultRegisterDir: string;
  appVersion: string;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export type Handler<K extends CoreChannel> = (input: ParsedInput<K>, ctx: CoreContext) => Output<K> | Promise<Output<K>>;

/** One handler per core channel: leaving one out is a compile error. */
export type CoreHandlers = { [K in CoreChannel]: Handler<K> };
