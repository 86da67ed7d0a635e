import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Session } from '../../../../shared/contract';

export type KeyChangeRecovered = NonNullable<z.output<typeof Session>['keyChangeRecovered']>;

/**
 * Shown once, after the unlock that finished or undid a key change a crash interrupted
 * (electron/core/crypto/keyslot-change.ts): which change, what happened, and what still works.
 * A finished recovery-key rotation is a warning: the new key was never shown, so a new one is needed.
 */
export function KeyChangeNotice(props: { recovered: KeyChangeRecovered | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  const recovered = props.recovered;
  if (!recovered) return null;
  const warn = recovered.outcome === 'finished' && recovered.operation === 'recovery-key-rotation';
  return (
    <MessageBar
      intent={warn ? 'warning' : 'info'}
      layout="multiline"
      data-testid="key-change-notice"
      role="status"
      style={{ marginBottom: 16 }}
    >
      <MessageBarBody>
        <MessageBarTitle>{t('keyChangeNotice.title')}</MessageBarTitle>
        {t(`keyChangeNotice.${recovered.outcome}.${recovered.operation}`)}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            icon={<DismissRegular />}
            aria-label={t('keyChangeNotice.dismiss')}
            onClick={props.onDismiss}
            data-testid="key-change-notice-dismiss"
          />
        }
      />
    </MessageBar>
  );
}
