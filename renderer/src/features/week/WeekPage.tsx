import { useTranslation } from 'react-i18next';

/** Placeholder until the week screen lands. */
export function WeekPage() {
  const { t } = useTranslation();
  return <h1>{t('mentoring.nav.week')}</h1>;
}
