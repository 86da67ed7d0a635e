import { Button, Caption1, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Interaction } from '../../../../shared/contract/partners-schemas';
import { call } from '../../api';
import { formatDate } from '../../i18n';
import { KIND_ICONS } from './kind-icons';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    gridTemplateColumns: '20px 1fr auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  icon: { color: tokens.colorBrandForeground1, fontSize: '20px', paddingTop: '2px' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
  summary: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** Interactions newest first: kind, date, who took part, the summary; each can be removed. */
export function InteractionList(props: { items: z.output<typeof Interaction>[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const items = [...props.items].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  return (
    <ul className={styles.list} data-testid="interaction-list">
      {items.map((i) => {
        const who = [...i.contacts, ...i.organisations].map((p) => p.name).join(', ');
        return (
          <li key={i.id} className={styles.item}>
            <span className={styles.icon} aria-hidden>
              {KIND_ICONS[i.kind]}
            </span>
            <div className={styles.body}>
              <Text weight="semibold">
                {t(`interactions.kinds.${i.kind}`)} · {formatDate(`${i.date}T12:00:00`)}
              </Text>
              {who && <Caption1 className={styles.meta}>{who}</Caption1>}
              {i.summary && <Text className={styles.summary}>{i.summary}</Text>}
            </div>
            <Tooltip content={t('interactions.remove')} relationship="label">
              <Button
                appearance="subtle"
                size="small"
                icon={<DeleteRegular />}
                onClick={() => void call('interactions:delete', { id: i.id }).then(props.onChanged)}
              />
            </Tooltip>
          </li>
        );
      })}
    </ul>
  );
}
