import type { DefaultTexts } from './default-texts-shape';

// Version 1 of every consent text in Swedish and Finnish (see default-texts-en-da-nb.ts).

const svSign = 'Namn: {{name}}\nDatum: {{date}}\n\nUnderskrift: ________________________________';
const svAsk =
  'Frågor, eller om du vill återkalla samtycket: kontakta {{organisation}}. Du kan också be att få se allt vi har registrerat om dig.';
const svInterpreter = 'Förklarat med tolk på: {{interpreterLanguage}}';

export const SV: DefaultTexts = {
  registration: {
    title: 'Samtycke till registrering i mentorprogrammet',
    body: `Jag samtycker till att {{organisation}} registrerar uppgifter om mig så att jag kan delta i mentorprogrammet.

Vad registreras: mitt namn och mina kontaktuppgifter, de språk jag talar, min utbildning och arbetslivserfarenhet samt mina mentorförlopp (mål, möten och vem jag har parats ihop med).

Varför: för att para ihop adepter och mentorer som passar varandra och för att följa de förlopp jag deltar i.

Vem ser det: bara koordinatorerna på {{organisation}}. Uppgifterna förvaras i ett låst, krypterat register. De lämnas inte ut till någon annan om jag inte samtycker till det separat.

Det är frivilligt. Jag kan när som helst återkalla mitt samtycke utan att ange skäl. Det påverkar inte mig eller den hjälp jag får på andra ställen.

Hur länge: medan jag deltar och en begränsad tid efter att jag har slutat. Sedan raderas eller anonymiseras uppgifterna.

${svAsk}

${svInterpreter}

${svSign}`,
  },
  'feedback-sharing': {
    title: 'Samtycke till att dela uppgifter med en samarbetspartner',
    body: `Jag samtycker till att {{organisation}} får berätta för {{recipient}} hur mitt mentorförlopp går.

Vad får delas: {{categories}}. Inget annat delas.

Varför: så att {{recipient}} kan följa och stödja min plan.

Det är frivilligt. Om jag säger nej kan jag ändå delta i mentorprogrammet. Jag kan när som helst återkalla samtycket utan att det påverkar mitt förlopp. Uppgifter som redan har delats kan inte tas tillbaka, men inget mer delas.

Samtycket gäller till: {{expires}}

Varje gång uppgifter delas antecknar {{organisation}} vad som delades, med vem och när.

${svAsk}

${svInterpreter}

${svSign}`,
  },
  'follow-up': {
    title: 'Samtycke till att bli kontaktad efter förloppet',
    body: `Jag samtycker till att {{organisation}} får kontakta mig efter att mitt mentorförlopp har avslutats för att höra hur det går.

Vad sparas för detta: mitt namn och hur jag kan nås (telefon eller e-post).

Varför: för att veta om förloppet hjälpte och för att göra programmet bättre.

Det är frivilligt. Jag kan säga nej eller återkalla samtycket när som helst, utan att det påverkar mig.

Samtycket gäller till: {{expires}}

${svAsk}

${svInterpreter}

${svSign}`,
  },
  statistics: {
    title: 'Samtycke till att ingå i anonym statistik',
    body: `Jag samtycker till att uppgifter om mitt deltagande får räknas med i statistik för {{organisation}}, till exempel hur många som deltog och hur många som fick arbete.

Statistiken innehåller bara siffror: inga namn, inga koder, inget som kan peka ut mig. Grupper med färre än fem personer visas inte.

Vem får den: de organisationer som finansierar eller samarbetar kring programmet, till exempel kommuner och stiftelser.

Det är frivilligt. Jag kan när som helst återkalla samtycket utan att det påverkar mig. Siffror som redan har publicerats kan inte ändras.

${svAsk}

${svInterpreter}

${svSign}`,
  },
  story: {
    title: 'Samtycke till att dela min berättelse eller mitt foto',
    body: `Jag samtycker till att {{organisation}} får berätta min historia och/eller visa mitt foto, till exempel i ett nyhetsbrev, en rapport eller på webbplatsen.

Jag får se texten och fotot innan de används, och jag bestämmer om mitt namn ska synas.

Det är frivilligt. Jag kan när som helst återkalla samtycket utan att det påverkar mitt deltagande. Det som redan har tryckts kan inte dras tillbaka, men det tas bort från webbplatsen.

${svAsk}

${svInterpreter}

${svSign}`,
  },
};

const fiSign = 'Nimi: {{name}}\nPäivämäärä: {{date}}\n\nAllekirjoitus: ________________________________';
const fiAsk =
  'Kysymykset tai suostumuksen peruminen: ota yhteyttä: {{organisation}}. Voit myös pyytää nähtäväksi kaikki sinusta tallennetut tiedot.';
const fiInterpreter = 'Selitetty tulkin avulla kielellä: {{interpreterLanguage}}';

export const FI: DefaultTexts = {
  registration: {
    title: 'Suostumus rekisteröintiin mentorointiohjelmaan',
    body: `Annan suostumukseni siihen, että {{organisation}} tallentaa minusta tietoja, jotta voin osallistua mentorointiohjelmaan.

Mitä tallennetaan: nimeni ja yhteystietoni, puhumani kielet, koulutukseni ja työkokemukseni sekä mentorointijaksoni (tavoitteet, tapaamiset ja kenen pariksi minut on valittu).

Miksi: jotta mentoroitaville ja mentoreille löydetään toisilleen sopivat parit ja mentorointijaksoja, joihin osallistun, voidaan seurata.

Kuka näkee tiedot: vain organisaation {{organisation}} koordinaattorit. Tiedot säilytetään suljetussa, salatussa rekisterissä. Niitä ei anneta kenellekään muulle, ellen anna siihen erillistä suostumusta.

Suostumus on vapaaehtoinen. Voin perua sen milloin tahansa kertomatta syytä. Peruminen ei vaikuta minuun eikä muualta saamaani apuun.

Kuinka kauan: osallistumiseni ajan ja rajoitetun ajan sen päätyttyä. Sen jälkeen tiedot poistetaan tai anonymisoidaan.

${fiAsk}

${fiInterpreter}

${fiSign}`,
  },
  'feedback-sharing': {
    title: 'Suostumus tietojen jakamiseen yhteistyökumppanille',
    body: `Annan suostumukseni siihen, että {{organisation}} saa kertoa taholle {{recipient}}, miten mentorointijaksoni etenee.

Mitä saa jakaa: {{categories}}. Mitään muuta ei jaeta.

Miksi: jotta {{recipient}} voi seurata ja tukea suunnitelmaani.

Suostumus on vapaaehtoinen. Jos kieltäydyn, voin silti osallistua mentorointiohjelmaan. Voin perua suostumuksen milloin tahansa, eikä se vaikuta mentorointijaksooni. Jo jaettuja tietoja ei voi ottaa takaisin, mutta uusia tietoja ei enää jaeta.

Suostumus on voimassa: {{expires}} asti

Aina kun tietoja jaetaan, {{organisation}} kirjaa, mitä jaettiin, kenelle ja milloin.

${fiAsk}

${fiInterpreter}

${fiSign}`,
  },
  'follow-up': {
    title: 'Suostumus yhteydenottoon mentorointijakson jälkeen',
    body: `Annan suostumukseni siihen, että {{organisation}} saa ottaa minuun yhteyttä mentorointijakson päätyttyä ja kysyä, miten minulla menee.

Mitä tätä varten säilytetään: nimeni ja yhteystietoni (puhelin tai sähköposti).

Miksi: jotta tiedetään, auttoiko mentorointi, ja ohjelmaa voidaan parantaa.

Suostumus on vapaaehtoinen. Voin kieltäytyä tai perua suostumuksen milloin tahansa ilman seurauksia.

Suostumus on voimassa: {{expires}} asti

${fiAsk}

${fiInterpreter}

${fiSign}`,
  },
  statistics: {
    title: 'Suostumus anonyymiin tilastointiin',
    body: `Annan suostumukseni siihen, että osallistumistani koskevat tiedot saa laskea mukaan organisaation {{organisation}} tilastoihin, esimerkiksi kuinka moni osallistui ja kuinka moni työllistyi.

Tilastoissa on vain lukuja: ei nimiä, ei koodeja, ei mitään, mistä minut voisi tunnistaa. Alle viiden hengen ryhmiä ei näytetä.

Kuka tilastot saa: ohjelmaa rahoittavat tai siinä mukana olevat organisaatiot, esimerkiksi kunnat ja säätiöt.

Suostumus on vapaaehtoinen. Voin perua sen milloin tahansa ilman seurauksia. Jo julkaistuja lukuja ei voi muuttaa.

${fiAsk}

${fiInterpreter}

${fiSign}`,
  },
  story: {
    title: 'Suostumus tarinani tai valokuvani käyttöön',
    body: `Annan suostumukseni siihen, että {{organisation}} saa kertoa tarinani ja/tai näyttää valokuvani, esimerkiksi uutiskirjeessä, raportissa tai verkkosivuillaan.

Näen tekstin ja kuvan ennen niiden käyttöä, ja päätän itse, näkyykö nimeni.

Suostumus on vapaaehtoinen. Voin perua sen milloin tahansa, eikä se vaikuta osallistumiseeni. Jo painettua materiaalia ei voi perua, mutta se poistetaan verkkosivuilta.

${fiAsk}

${fiInterpreter}

${fiSign}`,
  },
};
