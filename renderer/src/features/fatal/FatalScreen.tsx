import { Body1, Button, Caption1, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, CopyRegular, ErrorCircleRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { DamagedRestore } from '../backup/DamagedRestore';

const useStyles = makeStyles({
  icon: { fontSize: '48px', color: tokens.colorPaletteRedForeground1 },
  details: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    margin: 0,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export type FatalKind = 'newerVersion' | 'corrupt' | 'crashed';

/** Which fatal screen an error code calls for. */
export function fatalKindOf(error: AppError): FatalKind {
  if (error.code === 'REGISTER_FROM_NEWER_VERSION') return 'newerVersion';
  if (error.code === 'REGISTER_CORRUPT' || error.code === 'KEYSLOTS_CORRUPT') return 'corrupt';
  return 'crashed';
}

/** A screen for what cannot be fixed by trying again: it explains, changes nothing, and offers a way on. */
export function FatalScreen(props: {
  error: AppError;
  dir?: string;
  appVersion: string;
  onRestart: () => void;
  onOpenOther: () => void;
  /** A damaged register: a backup of it was restored into `dir`; show that register's unlock screen. */
  onOpenRestored?: (dir: string) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  const kind = fatalKindOf(props.error);
  const details = [
    `Bindeled ${props.appVersion}`,
    `code: ${props.error.code}`,
    props.error.detail ? `detail: ${props.error.detail}` : '',
    props.dir ? `folder: ${props.dir}` : '',
  ]
    .filter(Boolean)
    .join('\n');

  async function copy() {
    await navigator.clipboard.writeText(details).catch(() => undefined);
    setCopied(true);
  }

  return (
    <div data-testid={`fatal-${kind}`} style={{ display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM }}>
      <ErrorCircleRegular className={styles.icon} aria-hidden="true" />
      <Title2 as="h1">{t(`fatal.${kind}.title`)}</Title2>
      <Body1>{t(`fatal.${kind}.body`, { version: props.appVersion, folder: props.dir ?? '' })}</Body1>
      <Caption1>{t('fatal.details')}</Caption1>
      <pre className={styles.details} data-testid="fatal-details">
        {details}
      </pre>
      <div className={styles.actions}>
        {kind === 'crashed' ? (
          <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={props.onRestart} data-testid="fatal-restart">
            {t('fatal.crashed.restart')}
          </Button>
        ) : (
          <Button appearance="primary" icon={<FolderOpenRegular />} onClick={props.onOpenOther} data-testid="fatal-open-other">
            {t('fatal.openOther')}
          </Button>
        )}
        <Button icon={<CopyRegular />} onClick={copy} data-testid="fatal-copy">
          {copied ? t('common.copied') : t('fatal.copyDetails')}
        </Button>
      </div>
      {kind === 'corrupt' && props.dir && props.onOpenRestored && <DamagedRestore dir={props.dir} onOpenRestored={props.onOpenRestored} />}
    </div>
  );
}
