import type { backupRecovery as en } from '../en/backup-recovery';
import type { Widen } from '../widen';

// Norwegian; ../en/backup-recovery.ts is the source: it says what these strings are for.
export const backupRecovery: Widen<typeof en> = {
  useKey: 'Jeg har gjenopprettingsnøkkelen i stedet',
  usePassphrase: 'Jeg kan passordfrasen',
  label: 'Registerets gjenopprettingsnøkkel',
  hint: 'Nøkkelen med åtte grupper som du skrev ut eller noterte da registeret ble opprettet. Den åpner alle sikkerhetskopier av det registeret.',
  openWithKey: 'Åpne også det gjenopprettede registeret med gjenopprettingsnøkkelen; deretter velger du en ny passordfrase.',
};
