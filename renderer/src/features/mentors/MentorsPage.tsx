import { useTranslation } from 'react-i18next';

/** Placeholder until the mentors screen lands. */
export function MentorsPage() {
  const { t } = useTranslation();
  return <h1>{t('mentoring.nav.mentors')}</h1>;
}
