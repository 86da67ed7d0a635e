import {
  Badge,
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, EditRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentTemplateRow, ConsentTextLanguage } from '../../../../shared/contract/consent-texts';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../../../../shared/contract/consents-schemas';
import type { AppError } from '../../../../shared/errors';
import { asAppError, call } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { formatDateTime } from '../../i18n';
import { ConsentTextEditor, type EditorTarget } from './ConsentTextEditor';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  purpose: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalM },
  hash: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', alignItems: 'center' },
  lang: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

interface Data {
  languages: ConsentTextLanguage[];
  templates: ConsentTemplateRow[];
}

/** Privacy › Consent texts: every purpose by language, with versions, fingerprints and who saved them. */
export function ConsentTextsTab() {
  const { t } = useTranslation();
  const styles = useStyles();
  const [history, setHistory] = useState(false);
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState('');
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [retiring, setRetiring] = useState<ConsentTemplateRow | null>(null);

  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  useEffect(() => {
    void call('consentTexts:list', { history }).then(setData, (e) => setError(asAppError(e)));
  }, [history, version]);

  const setRetired = async (row: ConsentTemplateRow, retired: boolean) => {
    setError(null);
    try {
      await call('consentTexts:retire', { id: row.id, retired });
      setNotice(t(retired ? 'consentTexts.retired' : 'consentTexts.restored', { version: row.version }));
      reload();
    } catch (e) {
      setError(asAppError(e));
    }
  };

  const languageLabel = (code: string) => {
    const l = data?.languages.find((x) => x.code === code);
    return l ? `${l.name} (${l.code})` : code;
  };

  const rowsFor = (purpose: ConsentPurpose) => {
    const order = (code: string) => (data?.languages ?? []).findIndex((l) => l.code === code);
    const rows = (data?.templates ?? [])
      .filter((r) => r.purpose === purpose)
      .sort((a, b) => order(a.language) - order(b.language) || b.version - a.version);
    const missing = (data?.languages ?? []).filter((l) => !rows.some((r) => r.language === l.code));
    return { rows, missing };
  };

  return (
    <div className={styles.tab} data-testid="consent-texts">
      <div className={styles.bar}>
        <Body1>{t('consentTexts.intro')}</Body1>
        <div className={styles.actions}>
          <Switch
            checked={history}
            onChange={(_e, d) => setHistory(d.checked)}
            label={t('consentTexts.showHistory')}
            data-testid="texts-history"
          />
          <Button icon={<AddRegular />} onClick={() => setEditing({ kind: 'language' })} data-testid="texts-add-language">
            {t('consentTexts.addLanguage')}
          </Button>
        </div>
      </div>
      <ErrorBar error={error} testId="texts-error" />
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {!data && !error && <Spinner size="tiny" label={t('consentTexts.loading')} />}
      {data &&
        CONSENT_PURPOSES.map((purpose) => {
          const { rows, missing } = rowsFor(purpose);
          return (
            <section key={purpose} className={styles.purpose} data-testid={`texts-${purpose}`}>
              <Subtitle2 as="h2">{t(`consentTexts.purpose.${purpose}`)}</Subtitle2>
              <Table size="small" aria-label={t(`consentTexts.purpose.${purpose}`)}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell style={{ width: '130px' }}>{t('consentTexts.col.language')}</TableHeaderCell>
                    <TableHeaderCell style={{ width: '120px' }}>{t('consentTexts.col.version')}</TableHeaderCell>
                    <TableHeaderCell>{t('consentTexts.col.textTitle')}</TableHeaderCell>
                    <TableHeaderCell style={{ width: '90px' }}>
                      <span title={t('consentTexts.hashHint')}>{t('consentTexts.col.hash')}</span>
                    </TableHeaderCell>
                    <TableHeaderCell style={{ width: '150px' }}>{t('consentTexts.col.created')}</TableHeaderCell>
                    <TableHeaderCell style={{ width: '200px' }}>{t('consentTexts.col.actions')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((r) => {
                    const lang = data.languages.find((l) => l.code === r.language);
                    return (
                      <TableRow key={r.id} data-testid={`text-row-${r.language}-${r.purpose}-v${r.version}`}>
                        <TableCell>
                          <span className={styles.lang}>
                            {languageLabel(r.language)}
                            {lang?.rtl && (
                              <Badge appearance="outline" size="small">
                                {t('consentTexts.rtlBadge')}
                              </Badge>
                            )}
                          </span>
                        </TableCell>
                        <TableCell>
                          <span className={styles.lang}>
                            {t('consentTexts.versionN', { version: r.version })}
                            <Badge
                              appearance="tint"
                              size="small"
                              color={r.current ? 'success' : r.retiredAt ? 'danger' : 'informative'}
                              data-testid="text-state"
                            >
                              {t(`consentTexts.state.${r.current ? 'current' : r.retiredAt ? 'retired' : 'older'}`)}
                            </Badge>
                          </span>
                        </TableCell>
                        <TableCell dir={lang?.rtl ? 'rtl' : undefined} lang={r.language}>
                          {r.title}
                        </TableCell>
                        <TableCell>
                          <span className={styles.hash} title={r.hash} data-testid="text-hash">
                            {r.shortHash}
                          </span>
                        </TableCell>
                        <TableCell>
                          <Caption1>
                            {r.createdBy === 'bindeled'
                              ? t('consentTexts.builtInAuthor')
                              : t('consentTexts.createdBy', { date: formatDateTime(r.createdAt), user: r.createdBy })}
                          </Caption1>
                        </TableCell>
                        <TableCell>
                          <div className={styles.actions}>
                            <Button
                              size="small"
                              icon={<EditRegular />}
                              aria-label={`${t('consentTexts.newVersion')}: ${languageLabel(r.language)}`}
                              onClick={() => setEditing({ kind: 'version', purpose, language: r.language, baseId: r.id })}
                              data-testid="text-new-version"
                            >
                              {t('consentTexts.newVersion')}
                            </Button>
                            {r.retiredAt ? (
                              <Button size="small" appearance="subtle" onClick={() => void setRetired(r, false)} data-testid="text-restore">
                                {t('consentTexts.restore')}
                              </Button>
                            ) : (
                              <Button size="small" appearance="subtle" onClick={() => setRetiring(r)} data-testid="text-retire">
                                {t('consentTexts.retire')}
                              </Button>
                            )}
                          </div>
                        </TableCell>
                      </TableRow>
                    );
                  })}
                  {missing.map((l) => (
                    <TableRow key={`missing-${l.code}`} data-testid={`text-missing-${l.code}-${purpose}`}>
                      <TableCell>{languageLabel(l.code)}</TableCell>
                      <TableCell colSpan={4}>
                        <span className={styles.muted}>{t('consentTexts.missing')}</span>
                      </TableCell>
                      <TableCell>
                        <Button
                          size="small"
                          icon={<AddRegular />}
                          onClick={() => setEditing({ kind: 'version', purpose, language: l.code, baseId: null })}
                          data-testid="text-write"
                        >
                          {t('consentTexts.write')}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </section>
          );
        })}
      {editing && data && (
        <ConsentTextEditor
          target={editing}
          languages={data.languages}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setNotice(t('consentTexts.saved', { version: saved.version }));
            reload();
          }}
        />
      )}
      <Dialog open={retiring !== null} onOpenChange={(_e, d) => !d.open && setRetiring(null)}>
        <DialogSurface data-testid="retire-dialog">
          <DialogBody>
            <DialogTitle>{t('consentTexts.retireTitle')}</DialogTitle>
            <DialogContent>{t('consentTexts.retireBody', { version: retiring?.version ?? 0 })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => setRetiring(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                onClick={() => {
                  const row = retiring;
                  setRetiring(null);
                  if (row) void setRetired(row, true);
                }}
                data-testid="retire-confirm"
              >
                {t('consentTexts.retire')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
