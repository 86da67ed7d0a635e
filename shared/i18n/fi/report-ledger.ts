import type { reportLedger as en } from '../en/report-ledger';
import type { Widen } from '../widen';

export const reportLedger: Widen<typeof en> = {
  note: 'Osa luvuista on piilotettu (”–”), koska aiempi raportti päällekkäiseltä jaksolta on jo luovutettu: vähentämällä raportit toisistaan paljastuisi alle 5:n luku tai alle viiden tapaamisen tunnit tai alle viiden jakson odotusajat. Tästä syystä piilotettuja lukuja: {{count}}.',
};
