import { Title2 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/** The results report for donors and municipalities (being built). */
export function ResultsReportPage() {
  const { t } = useTranslation();
  return <Title2 as="h1">{t('programme.title')}</Title2>;
}
