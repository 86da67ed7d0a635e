import type { auditAnchor as en } from '../en/audit-anchor';
import type { Widen } from '../widen';

// Swedish; ../en/audit-anchor.ts is the source.
export const auditAnchor: Widen<typeof en> = {
  truncated:
    'De senaste raderna i granskningsloggen har raderats utanför Bindeled: loggen slutade vid rad {{anchorSeq}}, nu slutar den vid rad {{headSeq}}. Inget annat har raderats. Spara den här kopian av registret för utredning och återställ registret från en säkerhetskopia.',
  rolledBack:
    'Registerfilen har ersatts av en äldre kopia av sig själv: granskningsloggen slutade senast vid rad {{anchorSeq}}, och den raden finns inte i den här kopian (dess logg slutar vid rad {{headSeq}}). Det senaste arbetet kan saknas. Inget har raderats. Om du har en nyare kopia eller en säkerhetskopia, stäng Bindeled och återställ den.',
  foreign:
    'Nyckelfilen (keyslots.json) hör till ett annat register än den här databasen. Ingenting har ändrats. Lägg tillbaka registrets egen keyslots.json, eller återställ mappen från en säkerhetskopia.',
  forged:
    'Sigillet i keyslots.json som visar var granskningsloggen slutade har ändrats utanför Bindeled, så det går inte att utesluta att rader har raderats. Ingenting har ändrats. Spara den här kopian för utredning och återställ registret från en säkerhetskopia.',
  missing:
    'Sigillet som visar var granskningsloggen slutade saknas i keyslots.json, fast registret hade ett: filen har ersatts eller ändrats. Ingenting har ändrats. Återställ keyslots.json från en säkerhetskopia.',
};
