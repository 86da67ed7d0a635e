import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gridTemplateRows: 'auto auto 1fr',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    textAlign: 'start',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    minHeight: '104px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, boxShadow: tokens.shadow4 },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  attention: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  value: {
    gridColumn: '1',
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  chevron: { gridColumn: '2', gridRow: '1', alignSelf: 'center', color: tokens.colorNeutralForeground3, fontSize: '20px' },
  label: { gridColumn: '1 / 3', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  detail: { gridColumn: '1 / 3', color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXXS },
});

/** One key figure: the number, what it counts, a small note, and a click to the list behind it. */
export function FigureCard(props: {
  value: string;
  label: string;
  detail?: ReactNode;
  attention?: boolean;
  onOpen: () => void;
  testId: string;
}) {
  const styles = useStyles();
  return (
    <button
      type="button"
      className={mergeClasses(styles.card, props.attention && styles.attention)}
      onClick={props.onOpen}
      data-testid={props.testId}
    >
      <span className={styles.value}>{props.value}</span>
      <ChevronRightRegular className={styles.chevron} aria-hidden />
      <span className={styles.label}>{props.label}</span>
      {props.detail !== undefined && <Caption1 className={styles.detail}>{props.detail}</Caption1>}
    </button>
  );
}
