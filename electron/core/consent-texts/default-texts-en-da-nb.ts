import type { DefaultTexts } from './default-texts-shape';

// Version 1 of every consent text in English, Danish and Norwegian. Short sentences a person can
// follow through an interpreter: what, why, who receives it, voluntary, withdrawal, how long,
// whom to ask. Changing a text here changes only new registers; a register keeps its versions.

const enSign = 'Name: {{name}}\nDate: {{date}}\n\nSignature: ________________________________';
const enAsk = 'Questions, or to withdraw: contact {{organisation}}. You can also ask to see everything we hold about you.';
const enInterpreter = 'Explained with an interpreter in: {{interpreterLanguage}}';

export const EN: DefaultTexts = {
  registration: {
    title: 'Consent to be registered in the mentoring programme',
    body: `I agree that {{organisation}} records information about me so that I can take part in the mentoring programme.

What is recorded: my name and contact details, the languages I speak, my education and work experience, and my mentoring courses (goals, meetings, and who I am matched with).

Why: to match mentees and mentors who suit each other, and to follow the mentoring courses I take part in.

Who sees it: only the coordinators at {{organisation}}. The information is kept in a locked, encrypted register. It is not given to anyone else unless I agree to that separately.

It is voluntary. I can withdraw my consent at any time, without giving a reason. Withdrawing has no consequences for me or for help I get elsewhere.

How long: while I take part, and for a limited time after I stop. Then the information is deleted or made anonymous.

${enAsk}

${enInterpreter}

${enSign}`,
  },
  'feedback-sharing': {
    title: 'Consent to share information with a partner organisation',
    body: `I agree that {{organisation}} may tell {{recipient}} how my mentoring course is going.

What may be shared: {{categories}}. Nothing else is shared.

Why: so that {{recipient}} can follow and support my plan.

It is voluntary. If I say no, I can still take part in the mentoring programme. I can withdraw this consent at any time, without consequences for my course. Information already shared cannot be taken back, but nothing more will be shared.

This consent applies until: {{expires}}

Each time information is shared, {{organisation}} writes down what was shared, with whom and when.

${enAsk}

${enInterpreter}

${enSign}`,
  },
  'follow-up': {
    title: 'Consent to be contacted after the course',
    body: `I agree that {{organisation}} may contact me after my mentoring course has ended, to ask how I am doing.

What is kept for this: my name and how to reach me (phone or e-mail).

Why: to learn whether the course helped, and to improve the programme.

It is voluntary. I can say no, or withdraw at any time, without consequences.

This consent applies until: {{expires}}

${enAsk}

${enInterpreter}

${enSign}`,
  },
  statistics: {
    title: 'Consent to be counted in anonymous statistics',
    body: `I agree that information about my participation may be counted in statistics for {{organisation}}, for example how many took part and how many found work.

The statistics contain numbers only: no names, no codes, nothing that can point to me. Groups smaller than five people are not shown.

Who receives them: the organisations that fund or work with the programme, such as municipalities and foundations.

It is voluntary. I can withdraw at any time, without consequences. Numbers already published cannot be changed.

${enAsk}

${enInterpreter}

${enSign}`,
  },
  story: {
    title: 'Consent to share my story or photo',
    body: `I agree that {{organisation}} may tell my story and/or show my photo, for example in a newsletter, a report or on its website.

I will see the text and the photo before they are used, and I decide whether my name is shown.

It is voluntary. I can withdraw at any time, without consequences for my participation. Material that is already printed cannot be recalled, but it will be removed from the website.

${enAsk}

${enInterpreter}

${enSign}`,
  },
};

const daSign = 'Navn: {{name}}\nDato: {{date}}\n\nUnderskrift: ________________________________';
const daAsk =
  'Spørgsmål, eller hvis du vil trække samtykket tilbage: kontakt {{organisation}}. Du kan også bede om at se alt, vi har registreret om dig.';
const daInterpreter = 'Forklaret med tolk på: {{interpreterLanguage}}';

export const DA: DefaultTexts = {
  registration: {
    title: 'Samtykke til registrering i mentorprogrammet',
    body: `Jeg giver samtykke til, at {{organisation}} registrerer oplysninger om mig, så jeg kan deltage i mentorprogrammet.

Hvad registreres: mit navn og mine kontaktoplysninger, de sprog jeg taler, min uddannelse og erhvervserfaring og mine mentorforløb (mål, møder og hvem jeg er sat sammen med).

Hvorfor: for at sætte mentees og mentorer sammen, så de passer til hinanden, og for at følge de forløb, jeg deltager i.

Hvem ser det: kun koordinatorerne i {{organisation}}. Oplysningerne opbevares i et lukket, krypteret register. De gives ikke videre til andre, medmindre jeg giver et særskilt samtykke til det.

Det er frivilligt. Jeg kan altid trække mit samtykke tilbage uden at give en grund. Det har ingen betydning for mig eller for den hjælp, jeg får andre steder.

Hvor længe: mens jeg deltager, og i en begrænset tid efter, at jeg er stoppet. Derefter slettes eller anonymiseres oplysningerne.

${daAsk}

${daInterpreter}

${daSign}`,
  },
  'feedback-sharing': {
    title: 'Samtykke til at dele oplysninger med en samarbejdspartner',
    body: `Jeg giver samtykke til, at {{organisation}} må fortælle {{recipient}}, hvordan mit mentorforløb går.

Hvad må deles: {{categories}}. Intet andet deles.

Hvorfor: så {{recipient}} kan følge og støtte min plan.

Det er frivilligt. Hvis jeg siger nej, kan jeg stadig deltage i mentorprogrammet. Jeg kan altid trække samtykket tilbage uden betydning for mit forløb. Oplysninger, der allerede er delt, kan ikke kaldes tilbage, men der deles ikke mere.

Samtykket gælder til: {{expires}}

Hver gang der deles oplysninger, noterer {{organisation}}, hvad der blev delt, med hvem og hvornår.

${daAsk}

${daInterpreter}

${daSign}`,
  },
  'follow-up': {
    title: 'Samtykke til at blive kontaktet efter forløbet',
    body: `Jeg giver samtykke til, at {{organisation}} må kontakte mig, efter mit mentorforløb er slut, for at høre, hvordan det går.

Hvad gemmes til det: mit navn og hvordan jeg kan kontaktes (telefon eller e-mail).

Hvorfor: for at vide, om forløbet hjalp, og for at gøre programmet bedre.

Det er frivilligt. Jeg kan sige nej eller trække samtykket tilbage når som helst, uden at det får betydning for mig.

Samtykket gælder til: {{expires}}

${daAsk}

${daInterpreter}

${daSign}`,
  },
  statistics: {
    title: 'Samtykke til at indgå i anonym statistik',
    body: `Jeg giver samtykke til, at oplysninger om min deltagelse må tælles med i statistik for {{organisation}}, for eksempel hvor mange der deltog, og hvor mange der fik arbejde.

Statistikken indeholder kun tal: ingen navne, ingen koder, intet der kan pege på mig. Grupper på under fem personer vises ikke.

Hvem får den: de organisationer, der støtter eller samarbejder om programmet, for eksempel kommuner og fonde.

Det er frivilligt. Jeg kan altid trække samtykket tilbage uden betydning for mig. Tal, der allerede er offentliggjort, kan ikke ændres.

${daAsk}

${daInterpreter}

${daSign}`,
  },
  story: {
    title: 'Samtykke til at dele min historie eller mit foto',
    body: `Jeg giver samtykke til, at {{organisation}} må fortælle min historie og/eller vise mit foto, for eksempel i et nyhedsbrev, en rapport eller på hjemmesiden.

Jeg ser teksten og fotoet, før de bruges, og jeg bestemmer, om mit navn står der.

Det er frivilligt. Jeg kan altid trække samtykket tilbage uden betydning for min deltagelse. Det, der allerede er trykt, kan ikke kaldes tilbage, men det fjernes fra hjemmesiden.

${daAsk}

${daInterpreter}

${daSign}`,
  },
};

const nbSign = 'Navn: {{name}}\nDato: {{date}}\n\nSignatur: ________________________________';
const nbAsk =
  'Spørsmål, eller hvis du vil trekke samtykket: kontakt {{organisation}}. Du kan også be om å se alt vi har registrert om deg.';
const nbInterpreter = 'Forklart med tolk på: {{interpreterLanguage}}';

export const NB: DefaultTexts = {
  registration: {
    title: 'Samtykke til registrering i mentorprogrammet',
    body: `Jeg samtykker til at {{organisation}} registrerer opplysninger om meg, slik at jeg kan delta i mentorprogrammet.

Hva registreres: navnet mitt og kontaktinformasjon, språkene jeg snakker, utdanning og arbeidserfaring, og mentorforløpene mine (mål, møter og hvem jeg er satt sammen med).

Hvorfor: for å sette sammen mentees og mentorer som passer for hverandre, og for å følge forløpene jeg er med i.

Hvem ser det: bare koordinatorene i {{organisation}}. Opplysningene lagres i et lukket, kryptert register. De gis ikke videre til andre, med mindre jeg samtykker til det separat.

Det er frivillig. Jeg kan når som helst trekke samtykket uten å oppgi grunn. Det får ingen følger for meg eller for hjelp jeg får andre steder.

Hvor lenge: mens jeg deltar, og en begrenset tid etter at jeg har sluttet. Deretter slettes eller anonymiseres opplysningene.

${nbAsk}

${nbInterpreter}

${nbSign}`,
  },
  'feedback-sharing': {
    title: 'Samtykke til å dele opplysninger med en samarbeidspartner',
    body: `Jeg samtykker til at {{organisation}} kan fortelle {{recipient}} hvordan mentorforløpet mitt går.

Hva kan deles: {{categories}}. Ingenting annet deles.

Hvorfor: slik at {{recipient}} kan følge og støtte planen min.

Det er frivillig. Hvis jeg sier nei, kan jeg likevel delta i mentorprogrammet. Jeg kan når som helst trekke samtykket uten følger for forløpet mitt. Opplysninger som allerede er delt, kan ikke hentes tilbake, men ingenting mer blir delt.

Samtykket gjelder til: {{expires}}

Hver gang opplysninger deles, noterer {{organisation}} hva som ble delt, med hvem og når.

${nbAsk}

${nbInterpreter}

${nbSign}`,
  },
  'follow-up': {
    title: 'Samtykke til å bli kontaktet etter forløpet',
    body: `Jeg samtykker til at {{organisation}} kan kontakte meg etter at mentorforløpet er avsluttet, for å høre hvordan det går.

Hva lagres for dette: navnet mitt og hvordan jeg kan nås (telefon eller e-post).

Hvorfor: for å vite om forløpet hjalp, og for å gjøre programmet bedre.

Det er frivillig. Jeg kan si nei eller trekke samtykket når som helst, uten følger for meg.

Samtykket gjelder til: {{expires}}

${nbAsk}

${nbInterpreter}

${nbSign}`,
  },
  statistics: {
    title: 'Samtykke til å inngå i anonym statistikk',
    body: `Jeg samtykker til at opplysninger om deltakelsen min kan telles med i statistikk for {{organisation}}, for eksempel hvor mange som deltok og hvor mange som fikk jobb.

Statistikken inneholder bare tall: ingen navn, ingen koder, ingenting som kan peke på meg. Grupper på færre enn fem personer vises ikke.

Hvem får den: organisasjonene som støtter eller samarbeider om programmet, for eksempel kommuner og stiftelser.

Det er frivillig. Jeg kan når som helst trekke samtykket uten følger for meg. Tall som allerede er publisert, kan ikke endres.

${nbAsk}

${nbInterpreter}

${nbSign}`,
  },
  story: {
    title: 'Samtykke til å dele historien min eller bildet mitt',
    body: `Jeg samtykker til at {{organisation}} kan fortelle historien min og/eller vise bildet mitt, for eksempel i et nyhetsbrev, en rapport eller på nettsiden.

Jeg får se teksten og bildet før de brukes, og jeg bestemmer om navnet mitt skal stå der.

Det er frivillig. Jeg kan når som helst trekke samtykket uten følger for deltakelsen min. Det som allerede er trykt, kan ikke hentes tilbake, men det fjernes fra nettsiden.

${nbAsk}

${nbInterpreter}

${nbSign}`,
  },
};
