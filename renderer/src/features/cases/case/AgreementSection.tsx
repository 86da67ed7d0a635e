import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentSignatureRegular, EditRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { Facts, Section } from '../../partners/Section';
import { useNavigation } from '../../partners/navigation';
import { AgreementForm } from './AgreementForm';
import { dateText, type CaseValue } from './case-format';

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3 },
});

/** The start agreement, read-only once recorded, with an edit button; the form while editing. */
export function AgreementSection(props: {
  c: CaseValue;
  editing: boolean;
  onEdit: (editing: boolean) => void;
  onSaved: (c: CaseValue) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { guard } = useNavigation();
  const a = props.c.agreement;
  const closed = props.c.status === 'closed';
  const action =
    props.editing || closed ? undefined : (
      <Button
        appearance="subtle"
        icon={a ? <EditRegular /> : <DocumentSignatureRegular />}
        onClick={() => props.onEdit(true)}
        data-testid="agreement-edit"
      >
        {a ? t('cases.page.agreement.edit') : t('cases.page.agreement.record')}
      </Button>
    );

  return (
    <Section title={t('cases.page.agreement.title')} action={action} empty={t('cases.page.agreement.empty')} testId="agreement-section">
      {props.editing ? (
        <AgreementForm c={props.c} onSaved={props.onSaved} onCancel={() => guard(() => props.onEdit(false))} />
      ) : (
        a && (
          <>
            <Facts
              items={[
                [t('cases.page.agreement.date'), dateText(a.date)],
                [t('cases.page.agreement.participants'), a.participants],
                [t('cases.page.agreement.divisionOfWork'), a.divisionOfWork],
                [t('cases.page.agreement.feedbackFrequency'), t(`mentoring.feedbackFrequency.${a.feedbackFrequency}`)],
                [t('cases.page.agreement.feedbackForm'), t(`mentoring.feedbackForm.${a.feedbackForm}`)],
                [
                  t('cases.page.agreement.feedbackMayContain'),
                  a.feedbackMayContain.length
                    ? a.feedbackMayContain.map((k) => t(`mentoring.feedbackContent.${k}`)).join(', ')
                    : t('cases.page.agreement.none'),
                ],
                [t('feedback.naming.label'), t(`feedback.naming.${a.feedbackNaming}`)],
                [t('cases.page.agreement.note'), a.note],
              ]}
            />
            <Caption1 className={styles.note}>{t('cases.page.agreement.consentNote')}</Caption1>
          </>
        )
      )}
    </Section>
  );
}
