import { Badge, Button, Caption1, makeStyles, mergeClasses, Text, tokens, Tooltip } from '@fluentui/react-components';
import {
  AddRegular,
  CalendarCheckmarkRegular,
  CalendarClockRegular,
  CheckmarkRegular,
  DeleteRegular,
  EditRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../shared/errors';
import { asAppError, call } from '../../../api';
import { ErrorBar } from '../../../components/ErrorBar';
import { ConfirmDeleteDialog } from '../../partners/ConfirmDeleteDialog';
import { today } from '../../partners/labels';
import { Section } from '../../partners/Section';
import { dateText, type CaseValue } from './case-format';
import { FollowUpDialog } from './FollowUpDialog';

type FollowUp = CaseValue['followUps'][number];

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'grid',
    gridTemplateColumns: '20px minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  icon: { color: tokens.colorBrandForeground1, fontSize: '20px', paddingTop: '2px' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  note: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end' },
});

type Open = { mode: 'plan' | 'result'; followUp: FollowUp | null } | null;

/** Follow-up contacts after (or during) the course: planned, overdue or done with a result. */
export function FollowUpsSection(props: { c: CaseValue; onChanged: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [open, setOpen] = useState<Open>(null);
  const [removing, setRemoving] = useState<FollowUp | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const now = today();

  async function remove(f: FollowUp) {
    setRemoving(null);
    try {
      await call('followUps:delete', { id: f.id });
      setError(null);
    } catch (e) {
      setError(asAppError(e));
    }
    props.onChanged();
  }

  const action = (
    <Button
      appearance="subtle"
      icon={<AddRegular />}
      onClick={() => setOpen({ mode: 'plan', followUp: null })}
      data-testid="follow-up-plan"
    >
      {t('cases.page.followUps.plan')}
    </Button>
  );
  return (
    <>
      <Section title={t('cases.page.followUps.title')} action={action} empty={t('cases.page.followUps.empty')} testId="follow-ups-section">
        {props.c.followUps.length > 0 && (
          <ul className={styles.list}>
            {props.c.followUps.map((f) => {
              const done = f.doneOn !== null;
              const overdue = !done && f.dueOn < now;
              const Icon = done ? CalendarCheckmarkRegular : CalendarClockRegular;
              return (
                <li key={f.id} className={styles.item} data-testid="follow-up-item">
                  <Icon className={styles.icon} aria-hidden />
                  <div className={styles.body}>
                    <div className={styles.head}>
                      <Text weight="semibold">
                        {done && f.doneOn
                          ? t('cases.page.followUps.doneOnLabel', { date: dateText(f.doneOn) })
                          : t('cases.page.followUps.dueOnLabel', { date: dateText(f.dueOn) })}
                      </Text>
                      <Badge appearance="tint" color={done ? 'success' : overdue ? 'danger' : 'informative'}>
                        {t(`cases.page.followUps.${done ? 'done' : overdue ? 'overdue' : 'planned'}`)}
                      </Badge>
                    </div>
                    {f.result && <Text>{t(`mentoring.followUpResult.${f.result}`)}</Text>}
                    {f.note && <Caption1 className={mergeClasses(styles.note, styles.muted)}>{f.note}</Caption1>}
                  </div>
                  <div className={styles.buttons}>
                    {!done && (
                      <Button
                        size="small"
                        icon={<CheckmarkRegular />}
                        onClick={() => setOpen({ mode: 'result', followUp: f })}
                        data-testid="follow-up-record"
                      >
                        {t('cases.page.followUps.record')}
                      </Button>
                    )}
                    <Tooltip content={t('cases.page.followUps.edit')} relationship="label">
                      <Button
                        appearance="subtle"
                        size="small"
                        icon={<EditRegular />}
                        onClick={() => setOpen({ mode: done ? 'result' : 'plan', followUp: f })}
                        data-testid="follow-up-edit"
                      />
                    </Tooltip>
                    <Tooltip content={t('cases.page.followUps.remove')} relationship="label">
                      <Button
                        appearance="subtle"
                        size="small"
                        icon={<DeleteRegular />}
                        onClick={() => setRemoving(f)}
                        data-testid="follow-up-remove"
                      />
                    </Tooltip>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <ErrorBar error={error} />
      {open && (
        <FollowUpDialog
          caseId={props.c.id}
          mode={open.mode}
          followUp={open.followUp}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            props.onChanged();
          }}
        />
      )}
      <ConfirmDeleteDialog
        open={removing !== null}
        title={t('cases.page.followUps.deleteTitle')}
        body={removing ? t('cases.page.followUps.deleteBody', { date: dateText(removing.dueOn) }) : ''}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      />
    </>
  );
}
