import { Button, Link } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../partners/navigation';
import { Facts, Section } from '../../partners/Section';
import { dateText, type CaseValue } from './case-format';
import { ReferralForm } from './ReferralForm';

/** The referral (who, when, why) and the coordinator, editable. */
export function ReferralSection(props: { c: CaseValue; onSaved: (c: CaseValue) => void }) {
  const { t } = useTranslation();
  const { go, guard } = useNavigation();
  const [editing, setEditing] = useState(false);
  const r = props.c.referral;
  const action = editing ? undefined : (
    <Button appearance="subtle" icon={<EditRegular />} onClick={() => setEditing(true)} data-testid="referral-edit">
      {t('cases.page.referral.edit')}
    </Button>
  );
  return (
    <Section title={t('cases.page.referral.title')} action={action} testId="referral-section">
      {editing ? (
        <ReferralForm
          c={props.c}
          onSaved={(c) => {
            setEditing(false);
            props.onSaved(c);
          }}
          onCancel={() => guard(() => setEditing(false))}
        />
      ) : (
        <Facts
          items={[
            [
              t('cases.page.referral.organisation'),
              r.organisationId !== null ? (
                <Link onClick={() => r.organisationId !== null && go({ page: 'organisations', id: r.organisationId })}>
                  {r.organisationName}
                </Link>
              ) : (
                t('cases.page.referral.noOrganisation')
              ),
            ],
            [
              t('cases.page.referral.contact'),
              r.contactId !== null ? (
                <Link onClick={() => r.contactId !== null && go({ page: 'contacts', id: r.contactId })}>{r.contactName}</Link>
              ) : (
                ''
              ),
            ],
            [t('cases.page.referral.date'), dateText(r.date)],
            [t('cases.page.referral.reason'), r.reason],
            [t('cases.page.referral.coordinator'), props.c.coordinator],
          ]}
        />
      )}
    </Section>
  );
}
