import type { errors as en } from '../en/errors';
import type { Widen } from '../widen';

// Danish; ../en/errors.ts is the source: it says what these strings are for, and its keys are this file's type.
export const errors: Widen<typeof en> = {
  INVALID_INPUT: 'Nogle af oplysningerne er ikke gyldige. Tjek felterne, og prøv igen.',
  UNKNOWN_CHANNEL:
    'Bindeled forsøgte at gøre noget, som programmet ikke kender. Genstart Bindeled. Hvis det sker igen, så kontakt support.',
  NOT_ALLOWED: 'Det er ikke tilladt her.',
  WRONG_PASSPHRASE: 'Adgangsfrasen er forkert. Tjek Caps Lock, og prøv igen.',
  WRONG_RECOVERY_KEY: 'Gendannelsesnøglen åbner ikke dette register. Tjek, at den hører til dette register.',
  RECOVERY_KEY_MALFORMED:
    'Der er en tastefejl i gendannelsesnøglen. Den består af otte grupper med fire bogstaver og tal. Tjek hver gruppe.',
  PASSPHRASE_TOO_WEAK: 'Adgangsfrasen er for let at gætte. Brug mindst {{min}} tegn, for eksempel tre eller fire ord uden sammenhæng.',
  PASSPHRASE_CHANGE_REQUIRED: 'Vælg først en ny adgangsfrase.',
  NOT_FOUND: 'Posten findes ikke længere. Den er måske slettet; opdater listen.',
  REGISTER_LOCKED: 'Registeret er låst. Lås det op for at fortsætte.',
  REGISTER_ALREADY_OPEN: 'Et andet register er åbent. Lås det først.',
  REGISTER_NOT_FOUND: 'Der er intet Bindeled-register i den mappe. Vælg den mappe, der indeholder register.db og keyslots.json.',
  FOLDER_NOT_EMPTY: 'Mappen er ikke tom. Vælg en tom mappe, eller skriv navnet på en ny.',
  REGISTER_FROM_NEWER_VERSION: 'Registeret er gemt med en nyere version af Bindeled. Installer den nyeste version for at åbne det.',
  REGISTER_CORRUPT: 'Registerfilerne er beskadigede. Intet er blevet ændret. Gendan mappen fra en sikkerhedskopi.',
  KEYSLOTS_CORRUPT: 'Nøglefilen (keyslots.json) i dette register er beskadiget. Intet er blevet ændret. Gendan den fra en sikkerhedskopi.',
  REGISTER_FOLDER_READ_ONLY:
    'Bindeled kan ikke skrive i registrets mappe, så intet er blevet ændret: registrets data, adgangsfraser, brugere og nøgler er som før. Tjek at mappen eller drevet ikke er skrivebeskyttet (eller spørg jeres IT-support), og prøv igen.',
  DISK_FULL: 'Disken er fuld. Frigør noget plads, eller vælg en anden mappe; intet blev ændret.',
  READ_ONLY:
    'Drevet eller mappen er skrivebeskyttet (en låst USB-nøgle, et skrivebeskyttet netværksdrev). Vælg en anden mappe, eller lås drevet op; intet blev ændret.',
  KEYSLOTS_FOREIGN:
    'Nøglefilen (keyslots.json) i denne mappe hører til et andet register, så den kan ikke åbne denne register.db. Intet er blevet ændret. Læg registrets egen keyslots.json tilbage, eller gendan mappen fra en sikkerhedskopi.',
  REGISTER_BUSY:
    'Registret blev ændret, mens det blev kontrolleret, fordi Bindeled har det åbent. Intet er blevet ændret. Luk Bindeled, og kontrollér igen.',
  RESTORE_RUNNING:
    'En sikkerhedskopi bliver gendannet i den mappe lige nu. Vent, til gendannelsen er færdig, og prøv så igen; intet er blevet ændret.',
  PERMISSION_DENIED: 'Bindeled har ikke lov til at skrive i den mappe. Vælg en anden mappe, eller spørg din IT-support.',
  IO_ERROR: 'Mappen kunne ikke læses eller skrives til. Er drevet stadig tilsluttet?',
  NOT_AVAILABLE: 'Det er ikke tilgængeligt på denne computer.',
  CANCELLED: 'Annulleret.',
  FILE_UNREADABLE: 'Filen kunne ikke læses. Tjek, at den stadig findes og ikke er åben i et andet program, og prøv igen.',
  FILE_EMPTY: 'Filen har ingen rækker at importere. Tjek, at du har valgt den rigtige fil.',
  FILE_TOO_LARGE: 'Filen er for stor til at blive importeret (over 50 MB). Del den op i mindre filer, og importér dem én ad gangen.',
  UNSUPPORTED_FILE:
    'Bindeled kan ikke læse denne type fil. Gem den fra dit regnearksprogram som CSV eller Excel-projektmappe (.xlsx), og prøv igen.',
  IMPORT_MAPPING_INVALID: 'Kolonnevalgene passer ikke sammen. Vælg én kolonne til navnet, og brug hvert felt kun én gang.',
  CASE_TRANSITION_NOT_ALLOWED: 'Forløbet kan ikke skifte til den status herfra. Genindlæs forløbet for at se, hvad der kan ske nu.',
  MENTOR_TRANSITION_NOT_ALLOWED: 'Mentoren kan ikke skifte til den status herfra. Genindlæs mentoren for at se, hvad der er muligt.',
  MENTOR_NOT_AVAILABLE:
    'Mentoren kan ikke tage forløbet: mentoren skal være aktiv og have plads til en mentee mere. Vælg en anden mentor, eller hæv kapaciteten først.',
  START_AGREEMENT_MISSING:
    'Registrér startaftalen først: et forløb bliver aktivt, når startmødet har aftalt arbejdsdeling og tilbagemelding.',
  CLOSING_MISSING: 'Vælg resultatet for at afslutte forløbet. Hvis det sluttede før tid, så skriv hvorfor.',
  CASE_CLOSED: 'Forløbet er afsluttet. Der kan kun tilføjes opfølgninger nu.',
  IN_USE: 'Det kan ikke slettes, fordi der er forløb, som henviser til det. Afslut det i stedet; historikken bevares.',
  CONSENT_MISSING:
    'Intet gyldigt samtykke dækker dette. Intet blev delt. Registrér eller forny først personens samtykke til denne modtager og denne type oplysninger.',
  CONSENT_WITHDRAWN: 'Samtykket er trukket tilbage og kan ikke længere ændres. Registrér et nyt samtykke, hvis personen giver det igen.',
  ROLE_NOT_ALLOWED: 'Din rolle giver ikke adgang til dette. Spørg en administrator af registret.',
  USER_EXISTS: 'Der findes allerede en bruger med det navn. Vælg et andet navn.',
  LAST_ADMINISTRATOR: 'Dette er den sidste administrator. Gør først en anden bruger til administrator.',
  PASSPHRASE_IN_USE: 'En anden bruger af registret har allerede den adgangsfrase. Vælg en anden.',
  PERSON_ERASED: 'Personens oplysninger er slettet eller anonymiseret; der er intet tilbage at vise eller ændre.',
  DATE_OUT_OF_ORDER: 'Datoen ligger før forløbets forrige trin. Vælg en dato på eller efter den dag, forløbet fik sin nuværende status.',
  PERIOD_OVERLAP:
    'Sammenligningsperioden overlapper rapportperioden: {{compareFrom}} til {{compareTo}} har dage til fælles med {{from}} til {{to}}. Vælg en sammenligningsperiode, der slutter før {{from}}.',
  PERIOD_TOO_LONG:
    'En rapport kan dække højst {{years}} år; den valgte periode dækker {{from}} til {{to}}, og det er længere. Vælg en slutdato senest {{latest}}.',
  DUPLICATE_PAIR_GONE:
    'Parret er allerede afgjort, eller en af de to kontaktpersoner findes ikke længere. Intet blev ændret; listen er opdateret.',
  CORE_CRASHED: 'Bindeled stoppede uventet. Det, du har gemt, er i sikkerhed.',
  INTERNAL: 'Noget gik galt i Bindeled. Intet blev ændret. Prøv igen. Hvis det sker igen, så kopiér detaljerne til support.',
};
