import type { errors as en } from '../en/errors';
import type { Widen } from '../widen';

// Finnish; ../en/errors.ts is the source: it says what these strings are for, and its keys are this file's type.
export const errors: Widen<typeof en> = {
  INVALID_INPUT: 'Osa tiedoista ei kelpaa. Tarkista kentät ja yritä uudelleen.',
  UNKNOWN_CHANNEL: 'Bindeled yritti tehdä jotain, mitä se ei tunne. Käynnistä Bindeled uudelleen. Jos tämä toistuu, ota yhteyttä tukeen.',
  NOT_ALLOWED: 'Tämä ei ole sallittua tässä.',
  WRONG_PASSPHRASE: 'Salalause ei ole oikein. Tarkista Caps Lock ja yritä uudelleen.',
  WRONG_RECOVERY_KEY: 'Tämä palautusavain ei avaa tätä rekisteriä. Tarkista, että avain kuuluu tähän rekisteriin.',
  RECOVERY_KEY_MALFORMED:
    'Palautusavaimessa on kirjoitusvirhe. Siinä on kahdeksan neljän merkin ryhmää, joissa on kirjaimia ja numeroita. Tarkista jokainen ryhmä.',
  PASSPHRASE_TOO_WEAK:
    'Salalause on liian helppo arvata. Käytä vähintään {{min}} merkkiä, esimerkiksi kolmea tai neljää toisiinsa liittymätöntä sanaa.',
  PASSPHRASE_CHANGE_REQUIRED: 'Valitse ensin uusi salalause.',
  NOT_FOUND: 'Tietuetta ei enää ole. Se on ehkä poistettu; päivitä luettelo.',
  REGISTER_LOCKED: 'Rekisteri on lukittu. Avaa lukitus, niin voit jatkaa.',
  REGISTER_ALREADY_OPEN: 'Toinen rekisteri on auki. Lukitse se ensin.',
  REGISTER_NOT_FOUND: 'Kansiossa ei ole Bindeled-rekisteriä. Valitse kansio, jossa ovat tiedostot register.db ja keyslots.json.',
  FOLDER_NOT_EMPTY: 'Kansio ei ole tyhjä. Valitse tyhjä kansio tai kirjoita uuden kansion nimi.',
  REGISTER_FROM_NEWER_VERSION: 'Tämä rekisteri on tallennettu uudemmalla Bindeled-versiolla. Asenna uusin versio, niin voit avata sen.',
  REGISTER_CORRUPT: 'Rekisteritiedostot ovat vioittuneet. Mitään ei ole muutettu. Palauta kansio varmuuskopiosta.',
  KEYSLOTS_CORRUPT: 'Tämän rekisterin avaintiedosto (keyslots.json) on vioittunut. Mitään ei ole muutettu. Palauta se varmuuskopiosta.',
  REGISTER_FOLDER_READ_ONLY:
    'Bindeled ei voi kirjoittaa rekisterin kansioon, joten mitään ei muutettu: rekisterin tiedot, salalauseet, käyttäjät ja avaimet ovat ennallaan. Tarkista, ettei kansio tai asema ole kirjoitussuojattu (tai kysy IT-tuelta), ja yritä uudelleen.',
  DISK_FULL: 'Levy on täynnä. Vapauta tilaa tai valitse toinen kansio; mitään ei muutettu.',
  READ_ONLY:
    'Asema tai kansio on kirjoitussuojattu (lukittu USB-tikku, kirjoitussuojattu verkkokansio). Valitse toinen kansio tai poista aseman suojaus; mitään ei muutettu.',
  KEYSLOTS_FOREIGN:
    'Tämän kansion avaintiedosto (keyslots.json) kuuluu toiseen rekisteriin, joten se ei avaa tätä register.db-tiedostoa. Mitään ei ole muutettu. Palauta tämän rekisterin oma keyslots.json tai palauta kansio varmuuskopiosta.',
  REGISTER_BUSY:
    'Rekisteri muuttui tarkistuksen aikana, koska Bindeled pitää sitä auki. Mitään ei ole muutettu. Sulje Bindeled ja tarkista uudelleen.',
  RESTORE_RUNNING:
    'Varmuuskopiota palautetaan parhaillaan tähän kansioon. Odota, kunnes palautus on valmis, ja yritä sitten uudelleen; mitään ei muutettu.',
  PERMISSION_DENIED: 'Bindeledillä ei ole oikeutta kirjoittaa tähän kansioon. Valitse toinen kansio tai kysy IT-tuelta.',
  IO_ERROR: 'Kansiota ei voitu lukea tai siihen ei voitu kirjoittaa. Onko asema yhä kytkettynä?',
  NOT_AVAILABLE: 'Tämä ei ole käytettävissä tällä tietokoneella.',
  CANCELLED: 'Peruutettu.',
  FILE_UNREADABLE: 'Tiedostoa ei voitu lukea. Tarkista, että se on yhä olemassa eikä ole auki toisessa ohjelmassa, ja yritä uudelleen.',
  FILE_EMPTY: 'Tiedostossa ei ole tuotavia rivejä. Tarkista, että valitsit oikean tiedoston.',
  FILE_TOO_LARGE: 'Tiedosto on liian suuri tuotavaksi (yli 50 Mt). Jaa se pienempiin tiedostoihin ja tuo ne yksi kerrallaan.',
  UNSUPPORTED_FILE:
    'Bindeled ei osaa lukea tämäntyyppistä tiedostoa. Tallenna se taulukko-ohjelmasta CSV- tai Excel-työkirjana (.xlsx) ja yritä uudelleen.',
  IMPORT_MAPPING_INVALID: 'Sarakevalinnat eivät sovi yhteen. Valitse nimelle yksi sarake ja käytä kutakin kenttää vain kerran.',
  CASE_TRANSITION_NOT_ALLOWED:
    'Mentorointijakso ei voi siirtyä tähän tilaan nykyisestä tilastaan. Lataa jakso uudelleen nähdäksesi, mitä seuraavaksi voi tehdä.',
  MENTOR_TRANSITION_NOT_ALLOWED:
    'Mentori ei voi siirtyä tähän tilaan nykyisestä tilastaan. Lataa mentori uudelleen nähdäksesi, mikä on mahdollista.',
  MENTOR_NOT_AVAILABLE:
    'Tämä mentori ei voi ottaa jaksoa: mentorin on oltava aktiivinen ja hänellä on oltava tilaa uudelle mentoroitavalle. Valitse toinen mentori tai nosta ensin kapasiteettia.',
  START_AGREEMENT_MISSING:
    'Kirjaa ensin aloitussopimus: jakso muuttuu aktiiviseksi, kun aloituspalaverissa on sovittu työnjaosta ja palautteesta.',
  CLOSING_MISSING: 'Valitse tulos päättääksesi jakson. Jos se päättyi ennenaikaisesti, kerro miksi.',
  CASE_CLOSED: 'Jakso on päättynyt. Siihen voi nyt lisätä vain seurantoja.',
  IN_USE: 'Tätä ei voi poistaa, koska jaksot viittaavat siihen. Päätä se sen sijaan; historia säilyy.',
  CONSENT_MISSING:
    'Mikään voimassa oleva suostumus ei kata tätä. Mitään ei luovutettu. Kirjaa tai uusi ensin henkilön suostumus tälle vastaanottajalle ja tietolajille.',
  CONSENT_WITHDRAWN: 'Suostumus on peruttu, eikä sitä voi enää muuttaa. Kirjaa uusi suostumus, jos henkilö antaa sen uudelleen.',
  ROLE_NOT_ALLOWED: 'Roolisi ei salli tätä. Pyydä rekisterin ylläpitäjää.',
  USER_EXISTS: 'Tämänniminen käyttäjä on jo olemassa. Valitse toinen nimi.',
  LAST_ADMINISTRATOR: 'Tämä on viimeinen ylläpitäjä. Tee ensin toisesta käyttäjästä ylläpitäjä.',
  PASSPHRASE_IN_USE: 'Toisella rekisterin käyttäjällä on jo tämä salalause. Valitse toinen.',
  PERSON_ERASED: 'Henkilön tiedot on poistettu tai anonymisoitu; näytettävää tai muutettavaa ei ole.',
  DATE_OUT_OF_ORDER:
    'Päivämäärä on ennen jakson edellistä vaihetta. Valitse päivä, joka on sama tai myöhempi kuin päivä, jolloin jakso siirtyi nykyiseen tilaansa.',
  PERIOD_OVERLAP:
    'Vertailujakso on päällekkäin raporttijakson kanssa: jaksoilla {{compareFrom}}–{{compareTo}} ja {{from}}–{{to}} on yhteisiä päiviä. Valitse vertailujakso, joka päättyy ennen päivää {{from}}.',
  PERIOD_TOO_LONG:
    'Raportti voi kattaa enintään {{years}} vuotta; valittu jakso {{from}}–{{to}} on pidempi. Valitse päättymispäivä, joka on viimeistään {{latest}}.',
  DUPLICATE_PAIR_GONE: 'Pari on jo ratkaistu, tai toista yhteyshenkilöä ei enää ole. Mitään ei muutettu; luettelo on päivitetty.',
  CORE_CRASHED: 'Bindeled pysähtyi odottamatta. Tallentamasi tiedot ovat tallessa.',
  INTERNAL: 'Bindeledissä tapahtui virhe. Mitään ei muutettu. Yritä uudelleen. Jos tämä toistuu, kopioi tiedot tukea varten.',
};
