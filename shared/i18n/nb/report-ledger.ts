import type { reportLedger as en } from '../en/report-ledger';
import type { Widen } from '../widen';

export const reportLedger: Widen<typeof en> = {
  note: 'Noen tall er skjult («–») fordi en tidligere rapport over en overlappende periode allerede er levert ut: trekker man de to fra hverandre, ville et tall under 5 komme fram, eller timene eller ventetidene for færre enn 5 møter eller forløp. Tall skjult av denne grunn: {{count}}.',
};
