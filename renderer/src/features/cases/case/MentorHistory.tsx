import { Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../partners/navigation';
import { Section } from '../../partners/Section';
import { dateText, type CaseValue } from './case-format';
import { mentorName } from '../../erasure/mentor-name';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Every mentor the course has had, with the period and why it ended (a rematch). */
export function MentorHistory(props: { periods: CaseValue['mentorHistory'] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { go } = useNavigation();
  return (
    <Section title={t('cases.page.history.title')} empty={t('cases.page.history.empty')} testId="mentor-history">
      {props.periods.length > 0 && (
        <ul className={styles.list}>
          {[...props.periods].reverse().map((p, i) => (
            <li key={`${p.mentorId}-${p.from}-${i}`} className={styles.item}>
              {p.mentorAnonymised ? (
                <span>{mentorName(t, p.mentorName, true)}</span>
              ) : (
                <Link onClick={() => go({ page: 'mentors', id: p.mentorId })}>{p.mentorName}</Link>
              )}
              <Caption1 className={styles.muted}>
                {dateText(p.from)} – {p.to ? dateText(p.to) : t('cases.page.history.current')}
              </Caption1>
              {p.endReason && <Caption1>{t('cases.page.history.ended', { reason: p.endReason })}</Caption1>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
