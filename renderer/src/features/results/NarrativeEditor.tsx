import { Caption1, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

export const NARRATIVE_PARTS = ['introduction', 'highlights', 'outlook'] as const;
export type Narrative = Record<(typeof NARRATIVE_PARTS)[number], string>;
export const EMPTY_NARRATIVE: Narrative = { introduction: '', highlights: '', outlook: '' };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The coordinator's own words around the tables: three free-text parts, printed as written. */
export function NarrativeEditor(props: { value: Narrative; onChange: (next: Narrative) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Caption1 className={styles.hint}>{t('programme.results.narrativeHint')}</Caption1>
      {NARRATIVE_PARTS.map((part) => (
        <Field key={part} label={t(`programme.results.narrative.${part}`)}>
          <Textarea
            value={props.value[part]}
            onChange={(_e, d) => props.onChange({ ...props.value, [part]: d.value.slice(0, 8000) })}
            resize="vertical"
            rows={part === 'introduction' ? 4 : 3}
            disabled={props.disabled}
            data-testid={`narrative-${part}`}
          />
        </Field>
      ))}
    </div>
  );
}
