import { Button, Caption1, makeStyles, Subtitle2, tokens, Tooltip } from '@fluentui/react-components';
import { CalendarAddRegular, LockClosedRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/languages';
import { call } from '../../api';
import { BrandMark } from '../../components/BrandMark';
import { PartnerListActions } from '../export/PartnerListActions';
import { QuickMeetingDialog } from '../meetings/QuickMeetingDialog';
import { MainNav } from '../partners/MainNav';
import { MainPages } from '../partners/MainPages';
import { NavigationProvider } from '../partners/navigation';
import { QuickSearch } from '../search/QuickSearch';
import { CurrentUserBadge } from '../users/CurrentUserBadge';
import { ReadOnlyNote } from '../users/ReadOnlyNote';
import { useCanWrite } from '../users/session';
import { KeyChangeNotice, type KeyChangeRecovered } from './KeyChangeNotice';
import { useIdleLock } from './useIdleLock';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: '220px 1fr', gridTemplateRows: '52px 1fr', height: '100%' },
  top: {
    gridColumn: '1 / 3',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  org: { flex: 1, color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  nav: {
    backgroundColor: tokens.colorNeutralBackground2,
    padding: tokens.spacingVerticalM,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  content: {
    overflow: 'auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/**
 * The open register: navigation, the lock button, the idle timer. Everything read from the
 * register lives below this component, so unmounting it on lock drops it all from memory.
 */
export function AppFrame(props: {
  label: string;
  language: Language;
  onLanguageChange: (l: Language) => void;
  onAutoLockKnown: (minutes: number) => void;
  /** The unlock finished or undid an interrupted key change: said once, until dismissed. */
  keyChange: KeyChangeRecovered | null;
  onKeyChangeSeen: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [autoLockMinutes, setMinutes] = useState(5);
  const [meetingOpen, setMeetingOpen] = useState(false);
  const canWrite = useCanWrite();
  const { onAutoLockKnown } = props;
  const setAutoLockMinutes = useCallback(
    (minutes: number) => {
      setMinutes(minutes);
      onAutoLockKnown(minutes);
    },
    [onAutoLockKnown],
  );

  const lock = useCallback((reason: 'user' | 'idle') => void call('register:lock', { reason }).catch(() => undefined), []);
  const lockIdle = useCallback(() => lock('idle'), [lock]);
  useIdleLock(autoLockMinutes, lockIdle);

  useEffect(() => {
    void call('settings:get', {})
      .then((s) => setAutoLockMinutes(s.autoLockMinutes))
      .catch(() => undefined);
  }, [setAutoLockMinutes]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        lock('user');
      } else if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'm') {
        // Ctrl+M logs a meeting from anywhere: the dialog's first field finds the course.
        event.preventDefault();
        if (canWrite) setMeetingOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock, canWrite]);

  return (
    <NavigationProvider>
      <div className={styles.root}>
        <header className={styles.top}>
          <BrandMark size={28} />
          <Subtitle2>{t('app.name')}</Subtitle2>
          <Caption1 className={styles.org} data-testid="frame-org">
            {props.label}
          </Caption1>
          <QuickSearch />
          <Tooltip content={t('week.logMeetingHint')} relationship="description">
            <Button
              data-testid="log-meeting-button"
              icon={<CalendarAddRegular />}
              onClick={() => setMeetingOpen(true)}
              disabled={!canWrite}
            >
              {t('week.logMeeting')}
            </Button>
          </Tooltip>
          <CurrentUserBadge />
          <Tooltip content={t('nav.lockHint')} relationship="description">
            <Button data-testid="lock-button" icon={<LockClosedRegular />} onClick={() => lock('user')}>
              {t('nav.lock')}
            </Button>
          </Tooltip>
        </header>
        <nav className={styles.nav} aria-label={t('nav.label')}>
          <MainNav />
        </nav>
        <main className={styles.content}>
          <KeyChangeNotice recovered={props.keyChange} onDismiss={props.onKeyChangeSeen} />
          <ReadOnlyNote />
          <PartnerListActions>
            {(toolbarExtra, generation) => (
              <MainPages
                key={generation}
                toolbarExtra={toolbarExtra}
                autoLockMinutes={autoLockMinutes}
                language={props.language}
                onLanguageChange={props.onLanguageChange}
                onAutoLockChange={setAutoLockMinutes}
              />
            )}
          </PartnerListActions>
        </main>
      </div>
      <QuickMeetingDialog open={meetingOpen} onClose={() => setMeetingOpen(false)} />
    </NavigationProvider>
  );
}
