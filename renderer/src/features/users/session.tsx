import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { Session } from '../../../../shared/contract';
import type { Role } from '../../../../shared/contract/consents-schemas';
import { roleAllows } from '../../../../shared/roles';
import { call } from '../../api';

// Who unlocked the register, for every screen below AppFrame. Screens use it only to offer what
// the role allows (hide or disable write buttons); core refuses the rest either way.

type SessionValue = z.output<typeof Session>;
export type SessionUser = SessionValue['user'];

interface SessionContextValue {
  session: SessionValue | null;
  /** Re-reads the session from core (after a role change of one's own, for instance). */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue>({ session: null, refresh: () => Promise.resolve() });

export function SessionProvider({ initial, children }: { initial: SessionValue | null; children: ReactNode }) {
  const [session, setSession] = useState(initial);
  const refresh = useCallback(async () => {
    const state = await call('app:state', {});
    setSession(state.session);
  }, []);
  const value = useMemo(() => ({ session, refresh }), [session, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The open session and a way to re-read it. */
export function useSession(): SessionContextValue {
  return useContext(SessionContext);
}

/** The current user's role; 'administrator' outside a provider (tests of single screens). */
export function useRole(): Role {
  return useContext(SessionContext).session?.user.role ?? 'administrator';
}

/** True when the current user may call ordinary write channels (coordinators and administrators). */
export function useCanWrite(): boolean {
  return roleAllows(useRole(), 'coordinator');
}

/** True for administrators: users, retention runs and other register-wide changes. */
export function useIsAdministrator(): boolean {
  return useRole() === 'administrator';
}
