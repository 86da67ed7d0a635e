import type { exportProgress as en } from '../en/export-progress';
import type { Widen } from '../widen';

// Swedish; ../en/export-progress.ts is the source: it says what these strings are for, and its keys are this file's type.
export const exportProgress: Widen<typeof en> = {
  preparing: 'Förbereder filen…',
  writing: 'Skriver filen: {{done}} av {{total}}',
  label: 'Exportens förlopp',
  cancel: 'Avbryt exporten',
  cancelling: 'Avbryter…',
  cancelled: 'Exporten avbröts. Ingen fil sparades.',
};
