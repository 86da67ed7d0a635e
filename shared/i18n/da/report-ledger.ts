import type { reportLedger as en } from '../en/report-ledger';
import type { Widen } from '../widen';

export const reportLedger: Widen<typeof en> = {
  note: 'Nogle tal er skjult ("–"), fordi en tidligere rapport over en overlappende periode allerede er udleveret: trækker man de to fra hinanden, ville et tal under 5 komme frem, eller timerne eller ventetiderne for færre end 5 møder eller forløb. Tal skjult af denne grund: {{count}}.',
};
