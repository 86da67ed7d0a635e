import { Label, makeStyles, Slider, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MATCH_CRITERIA, type MatchCriterion } from '../../../../shared/contract/mentoring-schemas';

export type Weights = Record<MatchCriterion, number>;

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(140px, max-content) minmax(120px, 240px) 2ch',
    alignItems: 'center',
    gap: `0 ${tokens.spacingHorizontalM}`,
  },
  value: { fontVariantNumeric: 'tabular-nums', textAlign: 'end', fontWeight: tokens.fontWeightSemibold },
});

/** A slider from 0 (ignore) to 10 (matters most) per matching criterion. */
export function WeightsEditor(props: { weights: Weights; onChange: (weights: Weights) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const base = useId();
  return (
    <div className={styles.grid} data-testid="match-weights">
      {MATCH_CRITERIA.map((c) => (
        <div key={c} style={{ display: 'contents' }}>
          <Label htmlFor={`${base}-${c}`}>{t(`mentoring.criterion.${c}`)}</Label>
          <Slider
            id={`${base}-${c}`}
            min={0}
            max={10}
            step={1}
            value={props.weights[c]}
            onChange={(_e, d) => props.onChange({ ...props.weights, [c]: d.value })}
            data-testid={`match-weight-${c}`}
          />
          <span className={styles.value} aria-hidden>
            {props.weights[c]}
          </span>
        </div>
      ))}
    </div>
  );
}
