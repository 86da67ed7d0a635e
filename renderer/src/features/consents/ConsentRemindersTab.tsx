import { Body1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

// SCAFFOLD (replaced by the helper who owns this file during this session).
export function ConsentRemindersTab() {
  const { t } = useTranslation();
  return <Body1>{t('consents.title')}</Body1>;
}
