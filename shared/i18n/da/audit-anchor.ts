import type { auditAnchor as en } from '../en/audit-anchor';
import type { Widen } from '../widen';

// Danish; ../en/audit-anchor.ts is the source.
export const auditAnchor: Widen<typeof en> = {
  truncated:
    'De nyeste linjer i revisionsloggen er slettet uden for Bindeled: loggen sluttede ved linje {{anchorSeq}}, nu slutter den ved linje {{headSeq}}. Intet andet er slettet. Gem denne kopi af registret til undersøgelse, og gendan registret fra en sikkerhedskopi.',
  rolledBack:
    'Registerfilen er erstattet af en ældre kopi af sig selv: revisionsloggen sluttede sidst ved linje {{anchorSeq}}, og den linje findes ikke i denne kopi (dens log slutter ved linje {{headSeq}}). Det nyeste arbejde kan mangle. Intet er slettet. Har du en nyere kopi eller en sikkerhedskopi, så luk Bindeled og gendan den.',
  foreign:
    'Nøglefilen (keyslots.json) hører til et andet register end denne database. Intet er blevet ændret. Læg registrets egen keyslots.json tilbage, eller gendan mappen fra en sikkerhedskopi.',
  forged:
    'Seglet i keyslots.json, der viser hvor revisionsloggen sluttede, er ændret uden for Bindeled, så det kan ikke udelukkes, at linjer er slettet. Intet er blevet ændret. Gem denne kopi til undersøgelse, og gendan registret fra en sikkerhedskopi.',
  missing:
    'Seglet, der viser hvor revisionsloggen sluttede, mangler i keyslots.json, selv om registret havde et: filen er erstattet eller ændret. Intet er blevet ændret. Gendan keyslots.json fra en sikkerhedskopi.',
};
