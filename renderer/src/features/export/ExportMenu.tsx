import { Button, Menu, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger, Spinner } from '@fluentui/react-components';
import { ArrowExportRegular, DocumentRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asAppError, call } from '../../api';
import { baseName } from '../import/wizard-state';
import { listView } from '../partners/list-views';
import { DirectoryDialog } from './DirectoryDialog';
import { ExportProgress } from './ExportProgress';
import { useExportRun } from './use-export-run';
import type { Notice } from './notice';

type Choice = { key: 'csvSemicolon' | 'csvComma' | 'xlsx' | 'vcf'; format: 'csv' | 'xlsx' | 'vcf'; delimiter: ';' | ',' };

const CHOICES: Choice[] = [
  { key: 'csvSemicolon', format: 'csv', delimiter: ';' },
  { key: 'csvComma', format: 'csv', delimiter: ',' },
  { key: 'xlsx', format: 'xlsx', delimiter: ';' },
  { key: 'vcf', format: 'vcf', delimiter: ';' },
];

/** Today as YYYY-MM-DD, for file names that sort by date. */
function stamp(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * "Export…" on a list page: pick a format, pick where, and core writes the file. On organisations
 * the menu also holds the partner directory (Word), which asks for its options first.
 */
export function ExportMenu(props: { target: 'contacts' | 'organisations'; onNotice: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [directoryOpen, setDirectoryOpen] = useState(false);
  const exportRun = useExportRun();
  const choices = CHOICES.filter((c) => props.target === 'contacts' || c.format !== 'vcf');

  const run = async (choice: Choice) => {
    const fileStem = props.target === 'contacts' ? t('export.fileContacts') : t('export.fileOrganisations');
    setBusy(true);
    try {
      const chosen = await call('shell:chooseSaveFile', {
        purpose: `export-${choice.format}`,
        suggestedName: `${fileStem}-${stamp()}.${choice.format}`,
      });
      if (!chosen.path) return;
      const { format, delimiter } = choice;
      const path = chosen.path;
      // What the list shows, as it is sorted and filtered; core reads the rows itself.
      const shown = listView(props.target);
      const scope = shown
        ? { includeArchived: shown.includeArchived, view: { sort: shown.sort, filter: shown.filter, quick: shown.quick } }
        : {};
      const result = await exportRun.run((operationId) =>
        props.target === 'contacts' || format === 'vcf'
          ? call('export:contacts', { path, format, delimiter, operationId, ...scope })
          : call('export:organisations', { path, format, delimiter, operationId, ...scope }),
      );
      props.onNotice(
        result
          ? { kind: 'success', text: t('export.saved', { rows: result.rows, file: baseName(result.path) }) }
          : { kind: 'cancelled', text: t('exportProgress.cancelled') },
      );
    } catch (e) {
      props.onNotice({ kind: 'error', error: asAppError(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button
            icon={busy ? <Spinner size="tiny" /> : <ArrowExportRegular />}
            disabled={busy}
            aria-label={busy ? t('export.exporting') : undefined}
            data-testid={`export-${props.target}`}
          >
            {busy ? t('export.exporting') : t('export.button')}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList aria-label={t('export.menuLabel')}>
            {choices.map((c) => (
              <MenuItem key={c.key} onClick={() => void run(c)} data-testid={`export-${c.key}`}>
                {t(`export.${c.key}`)}
              </MenuItem>
            ))}
            {props.target === 'organisations' && (
              <>
                <MenuDivider />
                <MenuItem icon={<DocumentRegular />} onClick={() => setDirectoryOpen(true)} data-testid="directory-button">
                  {t('export.directory')}
                </MenuItem>
              </>
            )}
          </MenuList>
        </MenuPopover>
      </Menu>
      {exportRun.state && <ExportProgress state={exportRun.state} onCancel={exportRun.cancel} testId={`export-progress-${props.target}`} />}
      {directoryOpen && <DirectoryDialog open onClose={() => setDirectoryOpen(false)} onNotice={props.onNotice} />}
    </>
  );
}
