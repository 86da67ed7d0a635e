import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular, PrintRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatRecoveryKey, normaliseRecoveryKey, recoveryKeyGroups } from '../../../../shared/recovery-key';
import { formatDate } from '../../i18n';

const useStyles = makeStyles({
  key: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, 1fr)',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    letterSpacing: '0.08em',
    textAlign: 'center',
    userSelect: 'all',
  },
  group: { display: 'flex', flexDirection: 'column', alignItems: 'center' },
  groupNo: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyBase, letterSpacing: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  check: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalL,
  },
  // The key wraps on A4 (39 characters at 22 pt); the line height keeps the two lines apart.
  sheetKey: { fontFamily: 'monospace', fontSize: '22pt', lineHeight: 1.5, letterSpacing: '0.1em', margin: '1cm 0' },
});

/**
 * A recovery key shown once, wherever it is made (a new register, or a new key in Settings):
 * the key in numbered groups, print and copy, and the check that it was written down (retype
 * one group, tick that it is stored away from the computer). `footer` gets whether both are done.
 */
export function RecoveryKeyPanel(props: {
  recoveryKey: string;
  organisationName: string;
  dir: string;
  footer: (ready: boolean) => ReactNode;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const groups = recoveryKeyGroups(props.recoveryKey);
  // Ask for a group after the first (the one people glance at); which one follows from the key
  // itself, so it differs between keys but stays put while the key is shown.
  const askGroup = 2 + (props.recoveryKey.charCodeAt(props.recoveryKey.length - 1) % (groups.length - 1));
  const [typed, setTyped] = useState('');
  const [stored, setStored] = useState(false);
  const [copied, setCopied] = useState(false);
  const typedOk = normaliseRecoveryKey(typed) === groups[askGroup - 1];
  const showWrong = normaliseRecoveryKey(typed).length >= 4 && !typedOk;

  async function copy() {
    await navigator.clipboard.writeText(formatRecoveryKey(props.recoveryKey)).catch(() => undefined);
    setCopied(true);
  }

  return (
    <>
      <MessageBar intent="warning">
        <MessageBarBody>
          <strong>{t('recovery.once')}</strong> {t('recovery.advice')}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.key} data-testid="recovery-key" aria-label={t('recovery.keyLabel')} role="group">
        {groups.map((group, i) => (
          <span key={i} className={styles.group}>
            <span>{group}</span>
            <span className={styles.groupNo} aria-hidden="true">
              {i + 1}
            </span>
          </span>
        ))}
      </div>
      <div className={styles.actions}>
        <Button icon={<PrintRegular />} onClick={() => window.print()} data-testid="recovery-print">
          {t('common.print')}
        </Button>
        <Button icon={copied ? <CheckmarkRegular /> : <CopyRegular />} onClick={copy}>
          {copied ? t('common.copied') : t('common.copy')}
        </Button>
      </div>
      <div className={styles.check}>
        <strong>{t('recovery.checkTitle')}</strong>
        <Field
          label={t('recovery.checkPrompt', { n: askGroup })}
          validationMessage={showWrong ? t('recovery.checkWrong', { n: askGroup }) : undefined}
          validationState={typedOk ? 'success' : showWrong ? 'error' : 'none'}
        >
          <Input
            data-testid="recovery-confirm-input"
            data-group={askGroup}
            value={typed}
            onChange={(_e, d) => setTyped(d.value)}
            maxLength={9}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <Checkbox
          data-testid="recovery-stored"
          checked={stored}
          onChange={(_e, d) => setStored(d.checked === true)}
          label={t('recovery.checkTick')}
        />
      </div>
      {props.footer(typedOk && stored)}
      {/* On <body>, not inside the panel: a dialog's fixed, scrolling surface would crop the sheet. */}
      {createPortal(
        <div className="print-only" aria-hidden="true">
          <h1>{t('recovery.printHeading')}</h1>
          <p>{t('recovery.printFor', { org: props.organisationName })}</p>
          <p>{t('recovery.printCreated', { date: formatDate(new Date().toISOString()) })}</p>
          <p>{t('recovery.printFolder', { folder: props.dir })}</p>
          <p className={styles.sheetKey}>{formatRecoveryKey(props.recoveryKey)}</p>
          <p>{t('recovery.printAdvice')}</p>
        </div>,
        document.body,
      )}
    </>
  );
}
