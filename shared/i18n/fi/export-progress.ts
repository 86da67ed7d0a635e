import type { exportProgress as en } from '../en/export-progress';
import type { Widen } from '../widen';

// Finnish; ../en/export-progress.ts is the source: it says what these strings are for, and its keys are this file's type.
export const exportProgress: Widen<typeof en> = {
  preparing: 'Valmistellaan tiedostoa…',
  writing: 'Kirjoitetaan tiedostoa: {{done}}/{{total}}',
  label: 'Viennin edistyminen',
  cancel: 'Peruuta vienti',
  cancelling: 'Peruutetaan…',
  cancelled: 'Vienti peruutettiin. Tiedostoa ei tallennettu.',
};
