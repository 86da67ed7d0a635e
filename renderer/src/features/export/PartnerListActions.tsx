import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DuplicateReviewDialog } from '../contacts/duplicates/DuplicateReviewDialog';
import { DuplicatesButton } from '../contacts/duplicates/DuplicatesButton';
import { ImportButton } from '../import/ImportButton';
import { ExportMenu } from './ExportMenu';
import type { Notice } from './notice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, height: '100%', minHeight: 0 },
  page: { flex: 1, minHeight: 0 },
});

export type ListToolbarExtras = { contacts: ReactNode; organisations: ReactNode };

/**
 * Hands the list pages their Import / Export (and, for organisations, partner directory) toolbar
 * buttons. After an import the pages are mounted afresh (`generation` changes) so the list reads
 * the new rows; an export's result shows above the page until dismissed. The review of possible
 * duplicates lives here too, so it stays open while the pages behind it are mounted afresh.
 */
export function PartnerListActions(props: { children: (toolbarExtra: ListToolbarExtras, generation: number) => ReactNode }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [reviewing, setReviewing] = useState(false);

  const imported = () => setGeneration((g) => g + 1);
  const extras: ListToolbarExtras = {
    contacts: (
      <>
        <ImportButton target="contacts" onImported={imported} onReviewDuplicates={() => setReviewing(true)} />
        <ExportMenu target="contacts" onNotice={setNotice} />
        <DuplicatesButton onOpen={() => setReviewing(true)} />
      </>
    ),
    organisations: (
      <>
        <ImportButton target="organisations" onImported={imported} />
        <ExportMenu target="organisations" onNotice={setNotice} />
      </>
    ),
  };

  return (
    <div className={styles.root}>
      {notice && (
        <MessageBar
          intent={notice.kind === 'success' ? 'success' : notice.kind === 'cancelled' ? 'warning' : 'error'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid={notice.kind === 'success' ? 'export-saved' : notice.kind === 'cancelled' ? 'export-cancelled' : 'export-error'}
        >
          <MessageBarBody>{notice.kind === 'error' ? t(`errors.${notice.error.code}`) : notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" icon={<DismissRegular />} aria-label={t('export.dismiss')} onClick={() => setNotice(null)} />
            }
          />
        </MessageBar>
      )}
      <div className={styles.page}>{props.children(extras, generation)}</div>
      {reviewing && <DuplicateReviewDialog open onClose={() => setReviewing(false)} onChanged={imported} />}
    </div>
  );
}
