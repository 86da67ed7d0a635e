import type { exportProgress as en } from '../en/export-progress';
import type { Widen } from '../widen';

// Norwegian Bokmål; ../en/export-progress.ts is the source: it says what these strings are for, and its keys are this file's type.
export const exportProgress: Widen<typeof en> = {
  preparing: 'Forbereder filen…',
  writing: 'Skriver filen: {{done}} av {{total}}',
  label: 'Fremdrift for eksporten',
  cancel: 'Avbryt eksporten',
  cancelling: 'Avbryter…',
  cancelled: 'Eksporten ble avbrutt. Ingen fil ble lagret.',
};
