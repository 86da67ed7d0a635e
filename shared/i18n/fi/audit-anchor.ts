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
  explain: {
    truncated_one:
      'Lyhyesti: tarkastuslokin uusin rivi puuttuu. Näin voi käydä, jos joku on poistanut sen toisella ohjelmalla tai jos rekisterin tiedostoja on palautettu käsin. Jos tiedät syyn ja se tehtiin tarkoituksella, voit jatkaa tällä kopiolla.',
    truncated_other:
      'Lyhyesti: tarkastuslokin {{count}} uusinta riviä puuttuu. Näin voi käydä, jos joku on poistanut ne toisella ohjelmalla tai jos rekisterin tiedostoja on palautettu käsin. Jos tiedät syyn ja se tehtiin tarkoituksella, voit jatkaa tällä kopiolla.',
    rolledBack:
      'Lyhyesti: rekisterin vanhempi kopio on palautettu, joten tarkastuslokin uusimmat rivit ja niiden kirjaama työ puuttuvat tästä kopiosta. Näin voi käydä, jos rekisterikansion kopio palautetaan käsin eikä Palauta-toiminnolla. Jos palautit tämän kopion tarkoituksella, voit jatkaa sillä.',
    forged:
      'Lyhyesti: sinettiä on muutettu käsin, joten Bindeled ei voi tietää, puuttuuko rivejä. Jos sinä tai IT-tukenne muutitte tiedostoa keyslots.json tarkoituksella, voit jatkaa tällä kopiolla.',
    missing:
      'Lyhyesti: sinetti on poissa, esimerkiksi koska keyslots.json on korvattu vanhemmalla kopiolla. Jos tiedät syyn ja se tehtiin tarkoituksella, voit jatkaa tällä kopiolla.',
  },
  foreignRefused:
    'Tätä ei voi hyväksyä. Avaintiedosto avaa tämän tietokannan, mutta se on tehty toiselle rekisterille, joten kaksi rekisteriä jakaisi saman avaintiedoston eikä Bindeled enää erottaisi niitä toisistaan. Palauta tähän rekisteriin kuuluva keyslots.json (varmuuskopiosta, josta se on peräisin) ja tarkista uudelleen.',
  accept: {
    button: 'Jatka tällä kopiolla',
    title: 'Jatketaanko tällä rekisterin kopiolla?',
    body: 'Tästä lähtien Bindeled pitää tätä kopiota oikeana ja sinetöi tarkastuslokin siihen, mihin se nyt päättyy. Lokiin tulee rivi siitä, mitä löytyi ja että hyväksyit sen. Puuttuvat rivit eivät palaa. Tee tämä vain, jos tiedät, miksi loki poikkeaa.',
    confirm: 'Jatka tällä kopiolla',
    done: 'Jatkat tällä kopiolla. Tarkastuslokin rivi {{seq}} kertoo, mitä löytyi ja että hyväksyit sen.',
  },
};
