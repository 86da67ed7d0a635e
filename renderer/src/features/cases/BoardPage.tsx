import { useTranslation } from 'react-i18next';

/** Placeholder until the board screen lands. */
export function BoardPage() {
  const { t } = useTranslation();
  return <h1>{t('mentoring.nav.board')}</h1>;
}
