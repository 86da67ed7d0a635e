import type { backupRecovery as en } from '../en/backup-recovery';
import type { Widen } from '../widen';

// Finnish; ../en/backup-recovery.ts is the source: it says what these strings are for.
export const backupRecovery: Widen<typeof en> = {
  useKey: 'Minulla on sen sijaan palautusavain',
  usePassphrase: 'Tiedän salalauseen',
  label: 'Rekisterin palautusavain',
  hint: 'Kahdeksan ryhmän avain, jonka tulostit tai kirjoitit muistiin, kun rekisteri luotiin. Se avaa kaikki kyseisen rekisterin varmuuskopiot.',
  openWithKey: 'Avaa myös palautettu rekisteri palautusavaimella; sen jälkeen valitset uuden salalauseen.',
};
