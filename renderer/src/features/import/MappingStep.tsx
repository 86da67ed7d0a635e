import {
  Badge,
  Body1,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ImportFieldName } from '../../../../shared/contract/import';
import { examples, mappingIssues, type Mapping, type Preview } from './wizard-state';

const useStyles = makeStyles({
  column: { fontWeight: tokens.fontWeightSemibold, width: '28%' },
  examples: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  select: { minWidth: '220px' },
  choice: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  badgeSlot: { width: '110px', flexShrink: 0 },
});

const NONE = '';

/** Step 3: each column of the file → a field of the register, or "Don't import". */
export function MappingStep(props: {
  preview: Preview;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
  remember: boolean;
  onRemember: (remember: boolean) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const p = props.preview;
  const issues = mappingIssues(props.mapping);
  const choose = (column: number, value: string) =>
    props.onChange({ ...props.mapping, [String(column)]: value === NONE ? null : (value as ImportFieldName) });

  return (
    <>
      <Body1>{t('import.mappingIntro')}</Body1>
      <MessageBar intent="info" data-testid={p.remembered ? 'mapping-remembered' : 'mapping-suggested'}>
        <MessageBarBody>{p.remembered ? t('import.remembered') : t('import.suggested')}</MessageBarBody>
      </MessageBar>
      <Table size="small" data-testid="import-mapping">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.column}>{t('import.columnInFile')}</TableHeaderCell>
            <TableHeaderCell>{t('import.examples')}</TableHeaderCell>
            <TableHeaderCell>{t('import.goesTo')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {p.headers.map((header, i) => {
            const column = header || t('import.emptyHeader', { n: i + 1 });
            const value = props.mapping[String(i)] ?? null;
            const suggested = p.mapping[String(i)] ?? null;
            return (
              <TableRow key={i}>
                <TableCell className={styles.column}>{column}</TableCell>
                <TableCell className={styles.examples}>{examples(p, i).join(' · ')}</TableCell>
                <TableCell>
                  <div className={styles.choice}>
                    <Select
                      className={styles.select}
                      value={value ?? NONE}
                      onChange={(_e, d) => choose(i, d.value)}
                      aria-label={t('import.goesToFor', { column })}
                      data-testid={`mapping-${i}`}
                    >
                      <option value={NONE}>{t('import.dontImport')}</option>
                      {p.fields.map((f) => (
                        <option key={f} value={f}>
                          {t(`import.fields.${f}`)}
                        </option>
                      ))}
                    </Select>
                    <span className={styles.badgeSlot}>
                      {suggested !== null && suggested === value && (
                        <Badge appearance="tint" color={p.remembered ? 'success' : 'informative'}>
                          {p.remembered ? t('import.rememberedBadge') : t('import.suggestedBadge')}
                        </Badge>
                      )}
                    </span>
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {issues.nameMissing && (
        <MessageBar intent="warning" data-testid="mapping-name-missing">
          <MessageBarBody>{t('import.nameRequired')}</MessageBarBody>
        </MessageBar>
      )}
      {issues.twice.map((f) => (
        <MessageBar key={f} intent="warning">
          <MessageBarBody>{t('import.usedTwice', { field: t(`import.fields.${f}`) })}</MessageBarBody>
        </MessageBar>
      ))}
      <Checkbox checked={props.remember} onChange={(_e, d) => props.onRemember(d.checked === true)} label={t('import.rememberMapping')} />
    </>
  );
}
