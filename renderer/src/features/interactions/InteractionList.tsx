import { Button, Caption1, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Interaction } from '../../../../shared/contract/partners-schemas';
import { call } from '../../api';
import { formatDate } from '../../i18n';
import { ConfirmDeleteDialog } from '../partners/ConfirmDeleteDialog';
import { KIND_ICONS } from './kind-icons';

type Item = z.output<typeof Interaction>;

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

const dateText = (iso: string) => formatDate(`${iso}T12:00:00`);

/** Interactions newest first: kind, date, who took part, the summary; each can be removed after a question. */
export function InteractionList(props: { items: Item[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [removing, setRemoving] = useState<Item | null>(null);
  const items = [...props.items].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  return (
    <>
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
                  {t(`interactions.kinds.${i.kind}`)} · {dateText(i.date)}
                </Text>
                {who && <Caption1 className={styles.meta}>{who}</Caption1>}
                {i.summary && <Text className={styles.summary}>{i.summary}</Text>}
              </div>
              <Tooltip content={t('interactions.remove')} relationship="label">
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<DeleteRegular />}
                  onClick={() => setRemoving(i)}
                  data-testid="interaction-remove"
                />
              </Tooltip>
            </li>
          );
        })}
      </ul>
      <ConfirmDeleteDialog
        open={removing !== null}
        title={t('interactions.deleteTitle')}
        body={
          removing ? t('interactions.deleteBody', { kind: t(`interactions.kinds.${removing.kind}`), date: dateText(removing.date) }) : ''
        }
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const id = removing?.id;
          setRemoving(null);
          if (id !== undefined) void call('interactions:delete', { id }).then(props.onChanged, () => props.onChanged());
        }}
      />
    </>
  );
}
