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
  explain: {
    truncated_one:
      'Kort sagt: den nyeste linjen i revisjonsloggen mangler. Det kan skje hvis noen har fjernet den med et annet program, eller hvis registerets filer er lagt tilbake for hånd. Vet du hvorfor, og er det gjort med vilje, kan du fortsette med denne kopien.',
    truncated_other:
      'Kort sagt: de nyeste {{count}} linjene i revisjonsloggen mangler. Det kan skje hvis noen har fjernet dem med et annet program, eller hvis registerets filer er lagt tilbake for hånd. Vet du hvorfor, og er det gjort med vilje, kan du fortsette med denne kopien.',
    rolledBack:
      'Kort sagt: en eldre kopi av registeret er lagt tilbake, så de nyeste linjene i revisjonsloggen, og arbeidet de viser, finnes ikke i denne kopien. Det kan skje hvis en kopi av registermappen er lagt tilbake for hånd i stedet for med Gjenopprett. Har du lagt tilbake denne kopien med vilje, kan du fortsette med den.',
    forged:
      'Kort sagt: seglet er endret for hånd, så Bindeled kan ikke se om det mangler linjer. Har du eller IT-støtten deres endret keyslots.json med vilje, kan du fortsette med denne kopien.',
    missing:
      'Kort sagt: seglet er borte, for eksempel fordi keyslots.json er erstattet av en eldre kopi. Vet du hvorfor, og er det gjort med vilje, kan du fortsette med denne kopien.',
  },
  foreignRefused:
    'Dette kan ikke godtas. Nøkkelfilen åpner denne databasen, men er laget for et annet register, så to registre ville dele én nøkkelfil, og Bindeled kunne ikke lenger skille dem fra hverandre. Legg tilbake den keyslots.json som hører til dette registeret (fra sikkerhetskopien den kom fra), og kontroller igjen.',
  accept: {
    button: 'Fortsett med denne kopien',
    title: 'Fortsette med denne kopien av registeret?',
    body: 'Fra nå av behandler Bindeled denne kopien som den riktige og forsegler revisjonsloggen der den slutter nå. Loggen får en linje om hva som ble funnet, og at du godtok det. Linjer som mangler, kommer ikke tilbake. Gjør det bare hvis du vet hvorfor loggen er annerledes.',
    confirm: 'Fortsett med denne kopien',
    done: 'Du fortsetter med denne kopien. Linje {{seq}} i revisjonsloggen viser hva som ble funnet, og at du godtok det.',
  },
};
