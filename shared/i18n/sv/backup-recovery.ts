import type { backupRecovery as en } from '../en/backup-recovery';
import type { Widen } from '../widen';

// Swedish; ../en/backup-recovery.ts is the source: it says what these strings are for.
export const backupRecovery: Widen<typeof en> = {
  useKey: 'Jag har min återställningsnyckel i stället',
  usePassphrase: 'Jag kan lösenfrasen',
  label: 'Registrets återställningsnyckel',
  hint: 'Nyckeln med åtta grupper som du skrev ut eller antecknade när registret skapades. Den öppnar alla säkerhetskopior av det registret.',
  openWithKey: 'Öppna även det återställda registret med återställningsnyckeln; sedan väljer du en ny lösenfras.',
};
