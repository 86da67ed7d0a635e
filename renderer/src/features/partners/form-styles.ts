import { makeStyles, tokens } from '@fluentui/react-components';

/** The layout every partner form shares: a column of fields, rows of two, a save bar that stays in view. */
export const useFormStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXL,
    // A field scrolled into view (Tab, a click on its label) stops above the sticky save bar with
    // its hint, not behind it: the bar (about 50 px) plus two lines of hint.
    '& input, & textarea, & select, & button': { scrollMarginBottom: '104px' },
  },
  // Two fields side by side; minmax(0, …) keeps long values from pushing a field out of the panel.
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
    '& .fui-Input, & .fui-Select': { width: '100%', minWidth: 0 },
  },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    position: 'sticky',
    bottom: 0,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});
