import { Spinner } from '@fluentui/react-components';
import { startTransition, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AppState, Capabilities, LockReason } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import type { Language } from '../../../shared/languages';
import { call, onEvent } from '../api';
import { CenteredLayout } from '../components/CenteredLayout';
import { ChunkLoading, lazyNamed } from '../components/lazy';
import { LanguagePicker } from '../components/LanguagePicker';
import { ClosingBackupNote } from '../features/backup/ClosingBackupNote';
import { FatalScreen } from '../features/fatal/FatalScreen';
import type { KeyChangeRecovered } from '../features/frame/KeyChangeNotice';
import { CreateRegister, type Created } from '../features/onboarding/CreateRegister';
import { RecoveryKeyScreen } from '../features/onboarding/RecoveryKeyScreen';
import { Welcome } from '../features/onboarding/Welcome';
import { SetNewPassphrase } from '../features/unlock/SetNewPassphrase';
import { UnlockScreen } from '../features/unlock/UnlockScreen';
import { SessionProvider } from '../features/users/session';
import { changeLanguage } from '../i18n';

// The signed-in app (the frame, its pages, AG Grid and charts) is a chunk of its own: the first
// screen (unlock, welcome) loads without it, and it is fetched while the user types the passphrase.
const loadFrame = () => import('../features/frame/AppFrame');
const AppFrame = lazyNamed(loadFrame, 'AppFrame');

type Screen =
  | { name: 'loading' }
  | { name: 'welcome' }
  | { name: 'create' }
  | { name: 'recoveryKey'; created: Created }
  | { name: 'unlock'; dir: string; notice: { reason: z.output<typeof LockReason>; minutes: number } | null }
  | { name: 'setPassphrase' }
  | { name: 'open'; label: string }
  | { name: 'fatal'; error: AppError; dir?: string };

/** Decides the screen from core's state: an open register, a known one to unlock, or first run. */
function screenFor(state: z.output<typeof AppState>): Screen {
  if (state.session) return state.session.mustSetPassphrase ? { name: 'setPassphrase' } : { name: 'open', label: state.session.label };
  const first = state.registers[0];
  return first ? { name: 'unlock', dir: first.dir, notice: null } : { name: 'welcome' };
}

/** The current screen, and above it the note that quitting waits for a backup. */
export function App() {
  return (
    <>
      {/* Screens change in a transition: the one shown stays until the next one's chunk is there. */}
      <Suspense
        fallback={
          <CenteredLayout>
            <ChunkLoading />
          </CenteredLayout>
        }
      >
        <Screens />
      </Suspense>
      <ClosingBackupNote />
    </>
  );
}

function Screens() {
  const { i18n } = useTranslation();
  const [state, setState] = useState<z.output<typeof AppState> | null>(null);
  const [caps, setCaps] = useState<z.output<typeof Capabilities> | null>(null);
  const [screen, setScreen] = useState<Screen>({ name: 'loading' });
  const language = (i18n.language as Language) ?? 'en';
  // The open register's auto-lock minutes, remembered so the unlock screen can say why it locked.
  const autoLockMinutes = useRef(5);
  // What the last unlock's recovery of an interrupted key change did: told once, on the open register.
  const [keyChange, setKeyChange] = useState<KeyChangeRecovered | null>(null);

  // Re-reads core's state and moves to the screen it calls for (or the one `next` picks).
  const refresh = useCallback(
    (next?: (s: z.output<typeof AppState>) => Screen) =>
      call('app:state', {}).then(
        async (fresh) => {
          setState(fresh);
          if (fresh.language && fresh.language !== i18n.language) await changeLanguage(fresh.language);
          const screen = next ? next(fresh) : screenFor(fresh);
          startTransition(() => setScreen(screen));
        },
        (e: unknown) => setScreen({ name: 'fatal', error: { code: 'CORE_CRASHED', detail: String((e as Error).message) } }),
      ),
    [i18n.language],
  );

  useEffect(() => {
    void refresh();
    void call('shell:capabilities', {}).then(setCaps, () => setCaps(null));
    // Run once on start; later refreshes are explicit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The signed-in app's chunk, fetched while the unlock (or first-run) screen is up.
  useEffect(() => {
    if (screen.name !== 'loading' && screen.name !== 'fatal') void loadFrame().catch(() => undefined);
  }, [screen.name]);

  useEffect(() => {
    const offLocked = onEvent('register:locked', ({ reason }) => {
      void refresh((s) => ({ name: 'unlock', dir: s.registers[0]?.dir ?? '', notice: { reason, minutes: autoLockMinutes.current } }));
    });
    const offCrashed = onEvent('core:crashed', ({ detail }) => setScreen({ name: 'fatal', error: { code: 'CORE_CRASHED', detail } }));
    return () => {
      offLocked();
      offCrashed();
    };
  }, [refresh]);

  const setLanguage = useCallback((next: Language) => {
    void changeLanguage(next);
    void call('app:setLanguage', { language: next }).catch(() => undefined);
  }, []);

  const openOther = useCallback(async () => {
    const chosen = await call('shell:chooseFolder', { purpose: 'open' }).catch(() => ({ dir: null }));
    if (chosen.dir) setScreen({ name: 'unlock', dir: chosen.dir, notice: null });
  }, []);

  // A backup restored into a new folder (core put it on this computer's list): its unlock screen.
  const showRestored = (dir: string) => void refresh(() => ({ name: 'unlock', dir, notice: null }));
  const fatal = (error: AppError, dir?: string) => setScreen(dir === undefined ? { name: 'fatal', error } : { name: 'fatal', error, dir });
  const corner = <LanguagePicker value={language} onChange={setLanguage} />;

  switch (screen.name) {
    case 'loading':
      return (
        <CenteredLayout>
          <Spinner />
        </CenteredLayout>
      );
    case 'open':
      return (
        <SessionProvider initial={state?.session ?? null}>
          <AppFrame
            label={screen.label}
            language={language}
            onLanguageChange={setLanguage}
            onAutoLockKnown={(minutes) => {
              autoLockMinutes.current = minutes;
            }}
            keyChange={keyChange}
            onKeyChangeSeen={() => setKeyChange(null)}
          />
        </SessionProvider>
      );
    case 'welcome':
      return (
        <CenteredLayout corner={corner}>
          <Welcome onCreate={() => setScreen({ name: 'create' })} onOpen={() => void openOther()} onRestored={showRestored} />
        </CenteredLayout>
      );
    case 'create':
      return (
        <CenteredLayout corner={corner}>
          <CreateRegister
            defaultDir={state?.defaultDir ?? ''}
            language={language}
            canBrowse={caps?.chooseFolder ?? false}
            onCreated={(created) => setScreen({ name: 'recoveryKey', created })}
            onBack={() => void refresh()}
            onFatal={(e) => fatal(e)}
          />
        </CenteredLayout>
      );
    case 'recoveryKey':
      return (
        <CenteredLayout wide>
          <RecoveryKeyScreen
            recoveryKey={screen.created.recoveryKey}
            organisationName={screen.created.organisationName}
            dir={screen.created.dir}
            onDone={() => void refresh()}
          />
        </CenteredLayout>
      );
    case 'unlock':
      return (
        <CenteredLayout corner={corner}>
          <UnlockScreen
            key={screen.dir}
            registers={state?.registers ?? []}
            deviceKeychain={caps?.deviceKeychain === 'available'}
            initialDir={screen.dir}
            notice={screen.notice}
            onUnlocked={(session) => {
              setKeyChange(session.keyChangeRecovered ?? null);
              void refresh();
            }}
            onOpenOther={() => void openOther()}
            onCreateNew={() => setScreen({ name: 'create' })}
            onFatal={fatal}
            onForget={(dir) => void call('app:forgetRegister', { dir }).then(() => refresh())}
            onRestored={showRestored}
          />
        </CenteredLayout>
      );
    case 'setPassphrase':
      return (
        <CenteredLayout corner={corner}>
          <SetNewPassphrase onDone={() => void refresh()} />
        </CenteredLayout>
      );
    case 'fatal':
      return (
        <CenteredLayout corner={corner}>
          <FatalScreen
            error={screen.error}
            {...(screen.dir === undefined ? {} : { dir: screen.dir })}
            appVersion={state?.appVersion ?? ''}
            onRestart={() => void call('shell:restartCore', {}).finally(() => void refresh())}
            onOpenOther={() => void openOther()}
            onOpenRestored={showRestored}
          />
        </CenteredLayout>
      );
  }
}
