import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Disclosure } from '../../../../shared/contract/rights';
import { dateText } from '../mentors/format';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  facts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  hash: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** Labels as a running list: "Attendance and meetings, goals and progress". */
export function runningList(items: string[]): string {
  return items.map((x, i) => (i === 0 ? x : x.charAt(0).toLowerCase() + x.slice(1))).join(', ');
}

/** "27. november 2026 10:00" from a local minute. */
export function minuteLabel(at: string): string {
  return `${dateText(at)}${at.length >= 16 ? ` ${at.slice(11, 16)}` : ''}`;
}

/**
 * Disclosures as a list: when, to whom, why, what, under which consents, which file (and its
 * checksum), who recorded it. `show` picks the headline: the recipient (person page) or the
 * person's code (partner page, privacy tab).
 */
export function DisclosureList(props: { items: Disclosure[]; show: 'recipient' | 'person'; testId?: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const recipient = (d: Disclosure) =>
    d.recipientOrganisationId === null && d.purpose === 'access' ? t('rights.dataSubject') : d.recipientLabel;
  return (
    <ul className={styles.list} data-testid={props.testId}>
      {props.items.map((d) => (
        <li key={d.id} className={styles.item} data-testid={`disclosure-${d.id}`}>
          <Text weight="semibold">
            {minuteLabel(d.at)} · {props.show === 'recipient' ? recipient(d) : `${d.personCode || '—'} → ${recipient(d)}`}
          </Text>
          <span className={styles.facts}>
            <span>{t(`rights.purpose.${d.purpose}`, { defaultValue: d.purpose })}</span>
            {d.categories.length > 0 && <span>{runningList(d.categories.map((c) => t(`rights.category.${c}`)))}</span>}
            {d.consentIds.length > 0 && (
              <span>
                {t('rights.disclosures.consents')}: {d.consentIds.map((id) => t('rights.disclosures.consentRef', { id })).join(', ')}
              </span>
            )}
            <span>
              {t('rights.disclosures.recordedBy')}: {d.recordedByName}
            </span>
          </span>
          {d.fileName && (
            <Caption1>
              {t('rights.disclosures.file')}: {d.fileName}
              {d.fileHash && <span className={styles.hash}>{` · SHA-256 ${d.fileHash.slice(0, 16)}…`}</span>}
            </Caption1>
          )}
        </li>
      ))}
    </ul>
  );
}
