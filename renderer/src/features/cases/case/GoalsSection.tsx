import { Badge, Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { EditRegular, TargetArrowRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GOAL_PROGRESS } from '../../../../../shared/contract/mentoring-schemas';
import { useNavigation } from '../../partners/navigation';
import { Section } from '../../partners/Section';
import type { CaseValue } from './case-format';
import { GoalsEditor } from './GoalsEditor';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  goal: {
    display: 'grid',
    gridTemplateColumns: '20px minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  icon: { color: tokens.colorBrandForeground1, fontSize: '20px' },
  body: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const PROGRESS_COLOR: Record<(typeof GOAL_PROGRESS)[number], 'informative' | 'brand' | 'success' | 'subtle'> = {
  'not-started': 'informative',
  'in-progress': 'brand',
  reached: 'success',
  dropped: 'subtle',
};

/** The mentee's goals for this course with their progress; edited in place. */
export function GoalsSection(props: { c: CaseValue; onSaved: (c: CaseValue) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { guard } = useNavigation();
  const [editing, setEditing] = useState(false);
  const { goals } = props.c;
  const reached = goals.filter((g) => g.progress === 'reached').length;
  const action = editing ? undefined : (
    <Button appearance="subtle" icon={<EditRegular />} onClick={() => setEditing(true)} data-testid="goals-edit">
      {goals.length ? t('cases.page.goals.edit') : t('cases.page.goals.add')}
    </Button>
  );

  return (
    <Section title={t('cases.page.goals.title')} action={action} empty={t('cases.page.goals.empty')} testId="goals-section">
      {editing ? (
        <GoalsEditor
          c={props.c}
          onSaved={(c) => {
            setEditing(false);
            props.onSaved(c);
          }}
          onCancel={() => guard(() => setEditing(false))}
        />
      ) : (
        goals.length > 0 && (
          <>
            <Caption1 className={styles.muted}>{t('cases.page.goals.reached', { reached, count: goals.length })}</Caption1>
            <ul className={styles.list}>
              {goals.map((g) => (
                <li key={g.id} className={styles.goal}>
                  <TargetArrowRegular className={styles.icon} aria-hidden />
                  <div className={styles.body}>
                    <Text weight="semibold">{g.description}</Text>
                    <Caption1 className={styles.muted}>
                      {t(`mentoring.goal.${g.kind}`)}
                      {g.note && ` · ${g.note}`}
                    </Caption1>
                  </div>
                  <Badge appearance="tint" color={PROGRESS_COLOR[g.progress]}>
                    {t(`mentoring.goalProgress.${g.progress}`)}
                  </Badge>
                </li>
              ))}
            </ul>
          </>
        )
      )}
    </Section>
  );
}
