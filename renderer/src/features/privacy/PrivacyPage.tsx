import { makeStyles, Tab, TabList, Title2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsentTextsTab } from '../consent-texts/ConsentTextsTab';
import { ConsentRemindersTab } from '../consents/ConsentRemindersTab';
import { ErasureQueueTab } from '../erasure/ErasureQueueTab';
import { RetentionTab } from '../erasure/RetentionTab';
import { DisclosuresTab } from '../rights/DisclosuresTab';

const TABS = ['reminders', 'disclosures', 'erasure', 'retention', 'texts'] as const;
type PrivacyTab = (typeof TABS)[number];

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1200px' },
});

/**
 * Privacy in one place: consents that need attention, what has left the register, who is
 * waiting for erasure, what the retention policy says is due, and the consent texts.
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const [tab, setTab] = useState<PrivacyTab>('reminders');
  return (
    <div className={styles.page}>
      <Title2 as="h1">{t('privacy.title')}</Title2>
      <TabList selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as PrivacyTab)}>
        {TABS.map((name) => (
          <Tab key={name} value={name} data-testid={`privacy-tab-${name}`}>
            {t(`privacy.tabs.${name}`)}
          </Tab>
        ))}
      </TabList>
      {tab === 'reminders' && <ConsentRemindersTab />}
      {tab === 'disclosures' && <DisclosuresTab />}
      {tab === 'erasure' && <ErasureQueueTab />}
      {tab === 'retention' && <RetentionTab />}
      {tab === 'texts' && <ConsentTextsTab />}
    </div>
  );
}
