import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { KeyResetRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsAdministrator } from '../users/session';
import { RotateRecoveryKeyDialog } from './RotateRecoveryKeyDialog';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '560px', alignItems: 'flex-start' },
  // Full width of the block, so a long notice wraps instead of running past it.
  notice: { alignSelf: 'stretch' },
});

/**
 * Settings › Security › Recovery key. Administrators can replace a key that may have been lost or
 * seen; everyone else sees the button disabled and who to ask (core refuses them either way).
 */
export function RecoveryKeySection(props: { organisationName: string; dir: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const isAdmin = useIsAdministrator();
  const [open, setOpen] = useState(false);
  const [rotated, setRotated] = useState(false);

  return (
    <div className={styles.block} data-testid="recovery-key-section">
      <Text weight="semibold">{t('settings.rotateRecovery.heading')}</Text>
      <Body1>{t('settings.rotateRecovery.intro')}</Body1>
      {rotated && (
        <MessageBar intent="success" layout="multiline" className={styles.notice} data-testid="rotate-recovery-notice">
          <MessageBarBody>{t('settings.rotateRecovery.notice')}</MessageBarBody>
        </MessageBar>
      )}
      <Button
        icon={<KeyResetRegular />}
        disabledFocusable={!isAdmin}
        aria-describedby={isAdmin ? undefined : 'rotate-recovery-admin-only'}
        onClick={() => {
          setRotated(false);
          setOpen(true);
        }}
        data-testid="rotate-recovery-open"
      >
        {t('settings.rotateRecovery.action')}
      </Button>
      {!isAdmin && (
        <Caption1 id="rotate-recovery-admin-only" data-testid="rotate-recovery-admin-only">
          {t('settings.rotateRecovery.adminOnly')}
        </Caption1>
      )}
      {open && (
        <RotateRecoveryKeyDialog
          organisationName={props.organisationName}
          dir={props.dir}
          onClose={(done) => {
            setOpen(false);
            setRotated(done);
          }}
        />
      )}
    </div>
  );
}
