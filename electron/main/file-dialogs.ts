// The OS file dialogs for import and export. Titles and filter names come from the shell's
// catalog section in the interface language; the path is whatever the user picked.
import path from 'node:path';
import { app, dialog, type BrowserWindow, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Input } from '../../shared/contract';
import type { ShellLabels } from './labels';
import type { ShellDeps } from './shell/handlers';

type SavePurpose = Input<'shell:chooseSaveFile'>['purpose'];
type OpenPurpose = Input<'shell:chooseFile'>['purpose'];
type FolderPurpose = Input<'shell:chooseFolder'>['purpose'];

/** The folder picker's title for each purpose. */
export function folderTitle(purpose: FolderPurpose, labels: ShellLabels): string {
  switch (purpose) {
    case 'create':
      return labels.chooseFolderCreate;
    case 'open':
      return labels.chooseFolderOpen;
    case 'reports':
      return labels.chooseReportsFolder;
    case 'backups':
      return labels.chooseBackupFolder;
  }
}

function openFilter(purpose: OpenPurpose, labels: ShellLabels): { title: string; filter: FileFilter } {
  switch (purpose) {
    case 'import':
      return { title: labels.chooseImportFile, filter: { name: labels.filterSpreadsheets, extensions: ['csv', 'txt', 'xlsx'] } };
    case 'evidence':
      return { title: labels.chooseEvidenceFile, filter: { name: labels.filterEvidence, extensions: ['pdf', 'jpg', 'jpeg', 'png'] } };
    case 'logo':
      return { title: labels.chooseLogo, filter: { name: labels.filterImages, extensions: ['png', 'jpg', 'jpeg'] } };
    case 'backup':
      return { title: labels.chooseBackupFile, filter: { name: labels.filterBackup, extensions: ['bindeled-backup'] } };
  }
}

function saveFilter(purpose: SavePurpose, labels: ShellLabels): { title: string; filter: FileFilter } {
  switch (purpose) {
    case 'export-csv':
      return { title: labels.saveExportCsv, filter: { name: labels.filterCsv, extensions: ['csv'] } };
    case 'export-xlsx':
      return { title: labels.saveExportXlsx, filter: { name: labels.filterExcel, extensions: ['xlsx'] } };
    case 'export-vcf':
      return { title: labels.saveExportVcf, filter: { name: labels.filterVcard, extensions: ['vcf'] } };
    case 'directory':
      return { title: labels.saveDirectory, filter: { name: labels.filterWord, extensions: ['docx'] } };
    case 'import-errors':
      return { title: labels.saveImportErrors, filter: { name: labels.filterCsv, extensions: ['csv'] } };
    case 'consent-form':
      return { title: labels.saveConsentForm, filter: { name: labels.filterWord, extensions: ['docx'] } };
    case 'access-export':
      // The readable .docx; the machine-readable .json is written beside it with the same name.
      return { title: labels.saveAccessExport, filter: { name: labels.filterWord, extensions: ['docx'] } };
    case 'recall-letter':
      return { title: labels.saveRecallLetter, filter: { name: labels.filterWord, extensions: ['docx'] } };
    case 'audit-export':
      return { title: labels.saveAuditExport, filter: { name: labels.filterCsv, extensions: ['csv'] } };
    case 'feedback-report':
      return { title: labels.saveFeedbackReport, filter: { name: labels.filterWord, extensions: ['docx'] } };
    case 'programme-report':
      return { title: labels.saveProgrammeReport, filter: { name: labels.filterWord, extensions: ['docx'] } };
    case 'programme-xlsx':
      return { title: labels.saveProgrammeXlsx, filter: { name: labels.filterExcel, extensions: ['xlsx'] } };
    case 'backup':
      return { title: labels.saveBackup, filter: { name: labels.filterBackup, extensions: ['bindeled-backup'] } };
  }
}

function documentsDir(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

/** The file-dialog part of the shell's dependencies, bound to the main window and the current labels. */
export function fileDialogs(
  window: () => BrowserWindow | null,
  labels: () => ShellLabels,
): Pick<ShellDeps, 'chooseFile' | 'chooseSaveFile'> {
  return {
    async chooseFile(purpose) {
      const { title, filter } = openFilter(purpose, labels());
      const options: OpenDialogOptions = {
        title,
        properties: ['openFile'],
        defaultPath: documentsDir(),
        filters: [filter, { name: labels().filterAllFiles, extensions: ['*'] }],
      };
      const parent = window();
      const picked = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
    async chooseSaveFile(purpose, suggestedName) {
      const { title, filter } = saveFilter(purpose, labels());
      // The contract allows a bare file name only; basename is a second guard.
      const options: SaveDialogOptions = {
        title,
        defaultPath: path.join(documentsDir(), path.basename(suggestedName)),
        filters: [filter],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const parent = window();
      const picked = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return picked.canceled || !picked.filePath ? null : picked.filePath;
    },
  };
}
