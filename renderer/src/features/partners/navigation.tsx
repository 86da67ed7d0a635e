import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../../shared/contract/mentoring-schemas';

export type PageName =
  | 'home'
  | 'week'
  | 'cases'
  | 'board'
  | 'feedback'
  | 'results'
  | 'mentees'
  | 'mentors'
  | 'organisations'
  | 'contacts'
  | 'networks'
  | 'privacy'
  | 'audit'
  | 'settings';
/**
 * Where the user is: a page and, on list pages, the open record (`'new'` while adding one).
 * `filter` opens the courses list on one status (the dashboard's figures link there).
 */
export type Route = { page: PageName; id?: number | 'new'; filter?: { status?: CaseStatus } };

type Navigation = {
  route: Route;
  go: (next: Route) => void;
  /** Runs `action` now, or after the user agrees to drop unsaved changes. */
  guard: (action: () => void) => void;
  /** Asks "Leave without saving?" and runs `action` if the user leaves (a dialog closing with typed text). */
  ask: (action: () => void) => void;
  /** A form with unsaved changes registers here under its own key; leaving the page then asks first. */
  setDirty: (key: string, dirty: boolean) => void;
};

const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation outside NavigationProvider');
  return nav;
}

/**
 * Marks the surrounding form dirty for the unsaved-changes guard while `dirty` is true. Returns
 * a function to call once the form is saved, before navigating away from it. Each form counts on
 * its own, so a clean form opening or closing beside a dirty one leaves that one guarded.
 */
export function useDirtyGuard(dirty: boolean): () => void {
  const { setDirty } = useNavigation();
  const key = useId();
  useEffect(() => {
    if (!dirty) return;
    setDirty(key, true);
    return () => setDirty(key, false);
  }, [dirty, key, setDirty]);
  return useCallback(() => setDirty(key, false), [key, setDirty]);
}

/** Holds the route and asks before a dirty form is left, whichever way the user leaves it. */
export function NavigationProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [route, setRoute] = useState<Route>({ page: 'home' });
  const [pending, setPending] = useState<(() => void) | null>(null);
  // The keys of the forms that have unsaved changes.
  const dirty = useRef(new Set<string>());

  const setDirty = useCallback((key: string, value: boolean) => {
    if (value) dirty.current.add(key);
    else dirty.current.delete(key);
  }, []);
  const ask = useCallback((action: () => void) => setPending(() => action), []);
  const guard = useCallback(
    (action: () => void) => {
      if (dirty.current.size === 0) action();
      else
        ask(() => {
          dirty.current.clear();
          action();
        });
    },
    [ask],
  );
  // A transition: the page on screen stays until the next one's chunk is loaded (MainPages.tsx).
  const go = useCallback((next: Route) => guard(() => startTransition(() => setRoute(next))), [guard]);

  const value = useMemo(() => ({ route, go, guard, ask, setDirty }), [route, go, guard, ask, setDirty]);
  return (
    <NavigationContext.Provider value={value}>
      {children}
      <Dialog open={pending !== null} onOpenChange={(_e, d) => !d.open && setPending(null)}>
        <DialogSurface data-testid="unsaved-dialog">
          <DialogBody>
            <DialogTitle>{t('partners.unsavedTitle')}</DialogTitle>
            <DialogContent>{t('partners.unsavedBody')}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => setPending(null)} data-testid="unsaved-stay">
                {t('partners.unsavedStay')}
              </Button>
              <Button
                data-testid="unsaved-leave"
                onClick={() => {
                  setPending(null);
                  pending?.();
                }}
              >
                {t('partners.unsavedLeave')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </NavigationContext.Provider>
  );
}
