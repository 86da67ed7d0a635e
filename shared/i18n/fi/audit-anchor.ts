import type { auditAnchor as en } from '../en/audit-anchor';
import type { Widen } from '../widen';

// Finnish; ../en/audit-anchor.ts is the source.
export const auditAnchor: Widen<typeof en> = {
  truncated:
    'Tarkastuslokin uusimmat rivit on poistettu Bindeledin ulkopuolella: loki päättyi riviin {{anchorSeq}}, nyt se päättyy riviin {{headSeq}}. Mitään muuta ei ole poistettu. Säilytä tämä rekisterin kopio selvitystä varten ja palauta rekisteri varmuuskopiosta.',
  rolledBack:
    'Rekisteritiedosto on korvattu sen vanhemmalla kopiolla: tarkastusloki päättyi viimeksi riviin {{anchorSeq}}, eikä tässä kopiossa ole sitä riviä (sen loki päättyy riviin {{headSeq}}). Uusin työ voi puuttua. Mitään ei ole poistettu. Jos sinulla on uudempi kopio tai varmuuskopio, sulje Bindeled ja palauta se.',
  foreign:
    'Avaintiedosto (keyslots.json) kuuluu eri rekisteriin kuin tämä tietokanta. Mitään ei ole muutettu. Palauta tämän rekisterin oma keyslots.json tai palauta kansio varmuuskopiosta.',
  forged:
    'Tiedostossa keyslots.json oleva sinetti, joka kertoo mihin tarkastusloki päättyi, on muutettu Bindeledin ulkopuolella, joten rivien poistoa ei voi sulkea pois. Mitään ei ole muutettu. Säilytä tämä kopio selvitystä varten ja palauta rekisteri varmuuskopiosta.',
  missing:
    'Sinetti, joka kertoo mihin tarkastusloki päättyi, puuttuu tiedostosta keyslots.json, vaikka rekisterillä oli sellainen: tiedosto on korvattu tai sitä on muutettu. Mitään ei ole muutettu. Palauta keyslots.json varmuuskopiosta.',
};
