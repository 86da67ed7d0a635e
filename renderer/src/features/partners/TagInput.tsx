import { Button, Input, makeStyles, Tag, TagGroup, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
  input: { flex: 1 },
});

/** A list of short words (tags, languages): type and press Enter to add, dismiss a tag to remove it. */
export function TagInput(props: { value: string[]; onChange: (v: string[]) => void; label: string; testId?: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [text, setText] = useState('');
  const add = () => {
    const v = text.trim();
    if (v && !props.value.some((x) => x.toLowerCase() === v.toLowerCase())) props.onChange([...props.value, v]);
    setText('');
  };
  return (
    <div className={styles.root}>
      {props.value.length > 0 && (
        <TagGroup aria-label={props.label} onDismiss={(_e, d) => props.onChange(props.value.filter((x) => x !== d.value))} size="small">
          {props.value.map((v) => (
            <Tag key={v} value={v} dismissible dismissIcon={{ 'aria-label': t('partners.removeTag', { tag: v }) }} shape="circular">
              {v}
            </Tag>
          ))}
        </TagGroup>
      )}
      <div className={styles.row}>
        <Input
          className={styles.input}
          value={text}
          aria-label={props.label}
          onChange={(_e, d) => setText(d.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              add();
            }
          }}
          onBlur={add}
          placeholder={t('partners.tagPlaceholder')}
          data-testid={props.testId}
        />
        <Button onClick={add} disabled={!text.trim()}>
          {t('partners.add')}
        </Button>
      </div>
    </div>
  );
}
