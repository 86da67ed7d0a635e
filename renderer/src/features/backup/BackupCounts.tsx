import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { BackupCounts as Counts } from '../../../../shared/contract';
import { currentLocale } from '../../i18n';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content max-content',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

const SHOWN = ['mentees', 'mentors', 'cases', 'organisations', 'contacts', 'consents'] as const;

/** What a backup holds, in the words of the register's own pages. */
export function BackupCounts({ counts }: { counts: z.output<typeof Counts> }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const number = new Intl.NumberFormat(currentLocale());
  return (
    <dl className={styles.list} data-testid="backup-counts">
      {SHOWN.map((key) => (
        <div key={key} style={{ display: 'contents' }}>
          <dt className={styles.term}>{t(`backup.wizard.counts.${key}`)}</dt>
          <dd className={styles.value} data-testid={`backup-count-${key}`}>
            {number.format(counts[key])}
          </dd>
        </div>
      ))}
    </dl>
  );
}
