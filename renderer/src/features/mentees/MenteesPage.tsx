import { useTranslation } from 'react-i18next';

/** Placeholder until the mentees screen lands. */
export function MenteesPage() {
  const { t } = useTranslation();
  return <h1>{t('mentoring.nav.mentees')}</h1>;
}
