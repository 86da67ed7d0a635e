import type { auditAnchor as en } from '../en/audit-anchor';
import type { Widen } from '../widen';

// Norwegian Bokmål; ../en/audit-anchor.ts is the source.
export const auditAnchor: Widen<typeof en> = {
  truncated:
    'De nyeste linjene i revisjonsloggen er slettet utenfor Bindeled: loggen sluttet ved linje {{anchorSeq}}, nå slutter den ved linje {{headSeq}}. Ingenting annet er slettet. Ta vare på denne kopien av registeret for undersøkelse, og gjenopprett registeret fra en sikkerhetskopi.',
  rolledBack:
    'Registerfilen er erstattet av en eldre kopi av seg selv: revisjonsloggen sluttet sist ved linje {{anchorSeq}}, og den linjen finnes ikke i denne kopien (loggen slutter ved linje {{headSeq}}). Det nyeste arbeidet kan mangle. Ingenting er slettet. Har du en nyere kopi eller en sikkerhetskopi, lukk Bindeled og gjenopprett den.',
  foreign:
    'Nøkkelfilen (keyslots.json) hører til et annet register enn denne databasen. Ingenting er endret. Legg tilbake registerets egen keyslots.json, eller gjenopprett mappen fra en sikkerhetskopi.',
  forged:
    'Seglet i keyslots.json som viser hvor revisjonsloggen sluttet, er endret utenfor Bindeled, så det kan ikke utelukkes at linjer er slettet. Ingenting er endret. Ta vare på denne kopien for undersøkelse, og gjenopprett registeret fra en sikkerhetskopi.',
  missing:
    'Seglet som viser hvor revisjonsloggen sluttet, mangler i keyslots.json, selv om registeret hadde et: filen er erstattet eller endret. Ingenting er endret. Gjenopprett keyslots.json fra en sikkerhetskopi.',
};
