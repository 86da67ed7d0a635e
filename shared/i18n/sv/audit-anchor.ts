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
  explain: {
    truncated_one:
      'Kort sagt: den senaste raden i granskningsloggen saknas. Det kan hända om någon har tagit bort den med ett annat program, eller om registrets filer har lagts tillbaka för hand. Om du vet varför och det gjordes med avsikt kan du fortsätta med den här kopian.',
    truncated_other:
      'Kort sagt: de senaste {{count}} raderna i granskningsloggen saknas. Det kan hända om någon har tagit bort dem med ett annat program, eller om registrets filer har lagts tillbaka för hand. Om du vet varför och det gjordes med avsikt kan du fortsätta med den här kopian.',
    rolledBack:
      'Kort sagt: en äldre kopia av registret har lagts tillbaka, så de senaste raderna i granskningsloggen, och arbetet de visar, finns inte i den här kopian. Det kan hända om en kopia av registermappen läggs tillbaka för hand i stället för med Återställ. Om du lade tillbaka den här kopian med avsikt kan du fortsätta med den.',
    forged:
      'Kort sagt: sigillet har ändrats för hand, så Bindeled kan inte se om rader saknas. Om du eller er IT-support ändrade keyslots.json med avsikt kan du fortsätta med den här kopian.',
    missing:
      'Kort sagt: sigillet är borta, till exempel för att keyslots.json har ersatts av en äldre kopia. Om du vet varför och det gjordes med avsikt kan du fortsätta med den här kopian.',
  },
  foreignRefused:
    'Det här kan inte godkännas. Nyckelfilen öppnar den här databasen men gjordes för ett annat register, så två register skulle dela en nyckelfil och Bindeled skulle inte längre kunna skilja dem åt. Lägg tillbaka den keyslots.json som hör till det här registret (från säkerhetskopian den kom från) och kontrollera igen.',
  accept: {
    button: 'Fortsätt med den här kopian',
    title: 'Fortsätta med den här kopian av registret?',
    body: 'Från och med nu behandlar Bindeled den här kopian som den rätta och förseglar granskningsloggen där den slutar nu. Loggen får en rad om vad som hittades och att du godkände det. Rader som saknas kommer inte tillbaka. Gör det bara om du vet varför loggen skiljer sig.',
    confirm: 'Fortsätt med den här kopian',
    done: 'Du fortsätter med den här kopian. Rad {{seq}} i granskningsloggen visar vad som hittades och att du godkände det.',
  },
};
