import { Title2 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/** Feedback due to referring partners, and the batch that writes them (being built). */
export function FeedbackDuePage() {
  const { t } = useTranslation();
  return <Title2 as="h1">{t('feedback.title')}</Title2>;
}
