import type { reportLedger as en } from '../en/report-ledger';
import type { Widen } from '../widen';

export const reportLedger: Widen<typeof en> = {
  note: 'Vissa siffror är dolda (”–”) eftersom en tidigare rapport över en överlappande period redan har lämnats ut: om man drar de två från varandra skulle ett tal under 5 framgå, eller timmarna eller väntetiderna för färre än 5 möten eller förlopp. Siffror dolda av detta skäl: {{count}}.',
};
