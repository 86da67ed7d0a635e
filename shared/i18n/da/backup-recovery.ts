import type { backupRecovery as en } from '../en/backup-recovery';
import type { Widen } from '../widen';

// Danish; ../en/backup-recovery.ts is the source: it says what these strings are for.
export const backupRecovery: Widen<typeof en> = {
  useKey: 'Jeg har min gendannelsesnøgle i stedet',
  usePassphrase: 'Jeg kender adgangsfrasen',
  label: 'Registerets gendannelsesnøgle',
  hint: 'Nøglen med otte grupper, som du printede eller skrev ned, da registeret blev oprettet. Den åbner alle sikkerhedskopier af det register.',
  openWithKey: 'Åbn også det gendannede register med gendannelsesnøglen; derefter vælger du en ny adgangsfrase.',
};
