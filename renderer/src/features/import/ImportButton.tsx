import { Button } from '@fluentui/react-components';
import { ArrowImportRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanWrite } from '../users/session';
import { ImportWizard } from './ImportWizard';
import type { Target } from './wizard-state';

/**
 * "Import…" for a list page's toolbar; `onImported` runs when the wizard closes after an import,
 * `onReviewDuplicates` when the user follows the summary's "review them" (contacts only).
 */
export function ImportButton(props: { target: Target; onImported: () => void; onReviewDuplicates?: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const canWrite = useCanWrite();
  return (
    <>
      <Button icon={<ArrowImportRegular />} onClick={() => setOpen(true)} data-testid={`import-${props.target}`} disabled={!canWrite}>
        {t('import.button')}
      </Button>
      {/* Mounted only while open, so every import starts from a clean wizard. */}
      {open && (
        <ImportWizard
          target={props.target}
          open={open}
          onClose={(imported) => {
            setOpen(false);
            if (imported) props.onImported();
          }}
          onReviewDuplicates={
            props.onReviewDuplicates &&
            (() => {
              setOpen(false);
              props.onImported();
              props.onReviewDuplicates?.();
            })
          }
        />
      )}
    </>
  );
}
