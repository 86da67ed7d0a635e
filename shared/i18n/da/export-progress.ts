import type { exportProgress as en } from '../en/export-progress';
import type { Widen } from '../widen';

// Danish; ../en/export-progress.ts is the source: it says what these strings are for, and its keys are this file's type.
export const exportProgress: Widen<typeof en> = {
  preparing: 'Forbereder filen…',
  writing: 'Skriver filen: {{done}} af {{total}}',
  label: 'Eksportens fremdrift',
  cancel: 'Annullér eksporten',
  cancelling: 'Annullerer…',
  cancelled: 'Eksporten blev annulleret. Der blev ikke gemt nogen fil.',
};
