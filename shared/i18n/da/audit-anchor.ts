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
  explain: {
    truncated_one:
      'Kort sagt: den nyeste linje i revisionsloggen mangler. Det kan ske, hvis nogen har fjernet den med et andet program, eller hvis registrets filer er lagt tilbage i hånden. Ved du hvorfor, og er det gjort med vilje, kan du fortsætte med denne kopi.',
    truncated_other:
      'Kort sagt: de nyeste {{count}} linjer i revisionsloggen mangler. Det kan ske, hvis nogen har fjernet dem med et andet program, eller hvis registrets filer er lagt tilbage i hånden. Ved du hvorfor, og er det gjort med vilje, kan du fortsætte med denne kopi.',
    rolledBack:
      'Kort sagt: en ældre kopi af registret er lagt tilbage, så de nyeste linjer i revisionsloggen, og det arbejde de viser, findes ikke i denne kopi. Det kan ske, hvis en kopi af registermappen er lagt tilbage i hånden i stedet for med Gendan. Har du lagt denne kopi tilbage med vilje, kan du fortsætte med den.',
    forged:
      'Kort sagt: seglet er ændret i hånden, så Bindeled kan ikke se, om der mangler linjer. Har du eller jeres IT-support ændret keyslots.json med vilje, kan du fortsætte med denne kopi.',
    missing:
      'Kort sagt: seglet er væk, fx fordi keyslots.json er erstattet af en ældre kopi. Ved du hvorfor, og er det gjort med vilje, kan du fortsætte med denne kopi.',
  },
  foreignRefused:
    'Dette kan ikke accepteres. Nøglefilen åbner denne database, men er lavet til et andet register, så to registre ville dele én nøglefil, og Bindeled kunne ikke længere skelne dem fra hinanden. Læg den keyslots.json tilbage, der hører til dette register (fra den sikkerhedskopi, den kom fra), og kontrollér igen.',
  accept: {
    button: 'Fortsæt med denne kopi',
    title: 'Fortsæt med denne kopi af registret?',
    body: 'Fra nu af behandler Bindeled denne kopi som den rigtige og forsegler revisionsloggen, hvor den slutter nu. Loggen får en linje om, hvad der blev fundet, og at du accepterede det. Linjer, der mangler, kommer ikke tilbage. Gør det kun, hvis du ved, hvorfor loggen er anderledes.',
    confirm: 'Fortsæt med denne kopi',
    done: 'Du fortsætter med denne kopi. Linje {{seq}} i revisionsloggen viser, hvad der blev fundet, og at du accepterede det.',
  },
};
