import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { BuildingMultipleRegular, PeopleTeamRegular, PersonHeartRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../partners/navigation';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalXL,
    border: `1px dashed ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  step: { paddingLeft: tokens.spacingHorizontalXS },
});

/** A new register's dashboard: nothing to count yet, so the three first steps, each a button. */
export function GettingStarted() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go } = useNavigation();
  const steps = [
    { key: 'partners', icon: <BuildingMultipleRegular />, page: 'organisations' },
    { key: 'mentors', icon: <PeopleTeamRegular />, page: 'mentors' },
    { key: 'refer', icon: <PersonHeartRegular />, page: 'cases' },
  ] as const;
  return (
    <section className={styles.root} aria-labelledby="getting-started" data-testid="dashboard-empty">
      <Subtitle1 as="h2" id="getting-started">
        {t('programme.dashboard.emptyTitle')}
      </Subtitle1>
      <Body1>{t('programme.dashboard.emptyBody')}</Body1>
      <ol className={styles.steps}>
        {steps.map((s) => (
          <li key={s.key} className={styles.step}>
            <Button appearance="transparent" icon={s.icon} onClick={() => go({ page: s.page })} data-testid={`start-${s.key}`}>
              {t(`programme.dashboard.steps.${s.key}`)}
            </Button>
          </li>
        ))}
      </ol>
    </section>
  );
}
