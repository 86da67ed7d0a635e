import { useTranslation } from 'react-i18next';

/** Placeholder until the cases screen lands. */
export function CasesPage() {
  const { t } = useTranslation();
  return <h1>{t('mentoring.nav.cases')}</h1>;
}
