// A long export (a list, the partner directory) while it runs: the progress bar and its Cancel.
// The section `exportProgress`.
export const exportProgress = {
  /** Before the first figure arrives: reading the register. */
  preparing: 'Preparing the file…',
  /** Steps of the export: for the partner directory, organisations written. */
  writing: 'Writing the file: {{done}} of {{total}}',
  label: 'Export progress',
  cancel: 'Cancel export',
  cancelling: 'Cancelling…',
  cancelled: 'The export was cancelled. No file was saved.',
};
