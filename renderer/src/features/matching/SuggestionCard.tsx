import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { HistoryRegular, LocationRegular, PeopleRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { MatchSuggestion } from '../../../../shared/contract/mentoring-schemas';
import { matchedLabel } from './match-labels';

type Suggestion = z.output<typeof MatchSuggestion>;

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    listStyle: 'none',
  },
  rank: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    minWidth: '24px',
  },
  who: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  nameLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  name: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  facts: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  fact: { display: 'inline-flex', alignItems: 'center', gap: '4px' },
  side: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  score: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', lineHeight: 1 },
  scoreValue: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  scoreOf: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  criteria: {
    gridColumn: '2 / 4',
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, max-content) 64px 1fr',
    alignItems: 'center',
    gap: `4px ${tokens.spacingHorizontalM}`,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  criterion: { color: tokens.colorNeutralForeground2, margin: 0 },
  bar: { height: '6px', borderRadius: '3px', backgroundColor: tokens.colorNeutralBackground5, overflow: 'hidden' },
  fill: { height: '100%', backgroundColor: tokens.colorBrandBackground },
  why: { margin: 0, overflowWrap: 'anywhere' },
  matched: { color: tokens.colorNeutralForeground2 },
});

/** One suggested mentor: score, room, place, whether they were the mentor before, and why, criterion by criterion. */
export function SuggestionCard(props: {
  suggestion: Suggestion;
  rank: number;
  languageName: (code: string) => string;
  onChoose: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const s = props.suggestion;
  return (
    <li className={styles.card} data-testid={`match-suggestion-${s.mentorId}`} aria-labelledby={`match-name-${s.mentorId}`}>
      <span className={styles.rank} aria-hidden>
        {props.rank}
      </span>
      <div className={styles.who}>
        <div className={styles.nameLine}>
          <h4 className={styles.name} id={`match-name-${s.mentorId}`}>
            {s.name}
          </h4>
          {s.previousMentor && (
            <Badge appearance="tint" color="informative" icon={<HistoryRegular />} data-testid="match-previous">
              {t('cases.matching.previousMentor')}
            </Badge>
          )}
        </div>
        <div className={styles.facts}>
          {s.municipality && (
            <span className={styles.fact}>
              <LocationRegular aria-hidden />
              {s.municipality}
            </span>
          )}
          <span className={styles.fact}>
            <PeopleRegular aria-hidden />
            {t('cases.matching.roomLeft', { count: s.capacityLeft })}
          </span>
        </div>
      </div>
      <div className={styles.side}>
        <div className={styles.score} role="img" aria-label={t('cases.matching.scoreLabel', { score: s.score })} data-testid="match-score">
          <span className={styles.scoreValue}>{s.score}</span>
          <span className={styles.scoreOf}>{t('cases.matching.ofHundred')}</span>
        </div>
        <Button
          appearance="primary"
          onClick={props.onChoose}
          data-testid={`match-choose-${s.mentorId}`}
          aria-describedby={`match-name-${s.mentorId}`}
        >
          {t('cases.matching.choose')}
        </Button>
      </div>
      <dl className={styles.criteria} data-testid="match-criteria">
        {s.criteria.map((c) => {
          const matched = c.matched.map((v) => matchedLabel(c.criterion, v, t, props.languageName));
          return (
            <div key={c.criterion} style={{ display: 'contents' }} data-testid={`match-criterion-${c.criterion}`}>
              <dt className={styles.criterion}>{t(`mentoring.criterion.${c.criterion}`)}</dt>
              <dd className={styles.bar} style={{ margin: 0 }} aria-hidden title={`${Math.round(c.score * 100)} %`}>
                <div className={styles.fill} style={{ width: `${Math.round(c.score * 100)}%` }} />
              </dd>
              <dd className={styles.why}>
                {t(`cases.matching.reason.${c.reason}`, { defaultValue: c.reason })}
                {matched.length > 0 && <span className={styles.matched}>{`: ${matched.join(', ')}`}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
    </li>
  );
}
