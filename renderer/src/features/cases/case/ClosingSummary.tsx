import { useTranslation } from 'react-i18next';
import { Facts, Section } from '../../partners/Section';
import { dateText, type CaseValue } from './case-format';

/** How a closed course ended: outcome, date, why it ended early, the evaluation. */
export function ClosingSummary(props: { closing: NonNullable<CaseValue['closing']> }) {
  const { t } = useTranslation();
  const c = props.closing;
  return (
    <Section title={t('cases.page.closing.title')} testId="closing-section">
      <Facts
        items={[
          [t('cases.page.closing.outcome'), t(`mentoring.outcome.${c.outcome}`)],
          [t('cases.page.closing.date'), dateText(c.date)],
          [t('cases.page.closing.endedReason'), c.endedReason],
          [t('cases.page.closing.evaluation'), c.evaluation],
        ]}
      />
    </Section>
  );
}
