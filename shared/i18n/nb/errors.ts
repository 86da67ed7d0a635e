import type { errors as en } from '../en/errors';
import type { Widen } from '../widen';

// Norwegian (bokmål); ../en/errors.ts is the source: it says what these strings are for, and its keys are this file's type.
export const errors: Widen<typeof en> = {
  INVALID_INPUT: 'Noen av opplysningene er ikke gyldige. Sjekk feltene og prøv igjen.',
  UNKNOWN_CHANNEL:
    'Bindeled prøvde å gjøre noe programmet ikke kjenner til. Start Bindeled på nytt. Hvis det skjer igjen, kontakt brukerstøtten.',
  NOT_ALLOWED: 'Det er ikke tillatt her.',
  WRONG_PASSPHRASE: 'Passordfrasen er feil. Sjekk Caps Lock og prøv igjen.',
  WRONG_RECOVERY_KEY: 'Gjenopprettingsnøkkelen åpner ikke dette registeret. Sjekk at den hører til dette registeret.',
  RECOVERY_KEY_MALFORMED:
    'Det er en skrivefeil i gjenopprettingsnøkkelen. Den har åtte grupper med fire bokstaver og sifre. Sjekk hver gruppe.',
  PASSPHRASE_TOO_WEAK:
    'Passordfrasen er for lett å gjette. Bruk minst {{min}} tegn, for eksempel tre eller fire ord som ikke hører sammen.',
  PASSPHRASE_CHANGE_REQUIRED: 'Velg en ny passordfrase først.',
  NOT_FOUND: 'Oppføringen finnes ikke lenger. Den kan ha blitt slettet; oppdater listen.',
  REGISTER_LOCKED: 'Registeret er låst. Lås det opp for å fortsette.',
  REGISTER_ALREADY_OPEN: 'Et annet register er åpent. Lås det først.',
  REGISTER_NOT_FOUND: 'Det finnes ikke noe Bindeled-register i den mappen. Velg mappen som inneholder register.db og keyslots.json.',
  FOLDER_NOT_EMPTY: 'Den mappen er ikke tom. Velg en tom mappe, eller skriv navnet på en ny.',
  REGISTER_FROM_NEWER_VERSION:
    'Dette registeret ble lagret med en nyere versjon av Bindeled. Installer den nyeste versjonen for å åpne det.',
  REGISTER_CORRUPT: 'Registerfilene er skadet. Ingenting er endret. Gjenopprett mappen fra en sikkerhetskopi.',
  KEYSLOTS_CORRUPT:
    'Nøkkelfilen (keyslots.json) til dette registeret er skadet. Ingenting er endret. Gjenopprett den fra en sikkerhetskopi.',
  REGISTER_FOLDER_READ_ONLY:
    'Bindeled kan ikke skrive til registerets mappe, så ingenting er endret: registerets data, passordfraser, brukere og nøkler er som før. Sjekk at mappen eller stasjonen ikke er skrivebeskyttet (eller spør IT-støtten), og prøv igjen.',
  DISK_FULL: 'Disken er full. Frigjør litt plass eller velg en annen mappe; ingenting ble endret.',
  READ_ONLY:
    'Stasjonen eller mappen er skrivebeskyttet (en låst minnepinne, en skrivebeskyttet nettverksmappe). Velg en annen mappe eller lås opp stasjonen; ingenting ble endret.',
  KEYSLOTS_FOREIGN:
    'Nøkkelfilen (keyslots.json) i denne mappen hører til et annet register, så den kan ikke åpne denne register.db. Ingenting er endret. Legg tilbake registerets egen keyslots.json, eller gjenopprett mappen fra en sikkerhetskopi.',
  REGISTER_BUSY:
    'Registeret ble endret mens det ble kontrollert, fordi Bindeled har det åpent. Ingenting er endret. Lukk Bindeled og kontroller på nytt.',
  RESTORE_RUNNING:
    'En sikkerhetskopi blir gjenopprettet i den mappen akkurat nå. Vent til gjenopprettingen er ferdig, og prøv igjen; ingenting er endret.',
  PERMISSION_DENIED: 'Bindeled har ikke lov til å skrive til den mappen. Velg en annen mappe, eller spør IT-støtten.',
  IO_ERROR: 'Mappen kunne ikke leses eller skrives til. Er disken fortsatt koblet til?',
  NOT_AVAILABLE: 'Det er ikke tilgjengelig på denne datamaskinen.',
  CANCELLED: 'Avbrutt.',
  FILE_UNREADABLE: 'Filen kunne ikke leses. Sjekk at den fortsatt finnes og ikke er åpen i et annet program, og prøv igjen.',
  FILE_EMPTY: 'Filen har ingen rader å importere. Sjekk at du har valgt riktig fil.',
  FILE_TOO_LARGE: 'Filen er for stor til å importeres (over 50 MB). Del den opp i mindre filer, og importer dem én om gangen.',
  UNSUPPORTED_FILE:
    'Bindeled kan ikke lese denne filtypen. Lagre den fra regnearkprogrammet som CSV eller Excel-arbeidsbok (.xlsx), og prøv igjen.',
  IMPORT_MAPPING_INVALID: 'Kolonnevalgene passer ikke sammen. Velg én kolonne for navnet, og bruk hvert felt bare én gang.',
  CASE_TRANSITION_NOT_ALLOWED: 'Forløpet kan ikke gå til den statusen herfra. Last inn forløpet på nytt for å se hva som kan skje nå.',
  MENTOR_TRANSITION_NOT_ALLOWED: 'Mentoren kan ikke gå til den statusen herfra. Last inn mentoren på nytt for å se hva som er mulig.',
  MENTOR_NOT_AVAILABLE:
    'Denne mentoren kan ikke ta forløpet: mentoren må være aktiv og ha plass til en mentee til. Velg en annen mentor, eller øk kapasiteten først.',
  START_AGREEMENT_MISSING:
    'Registrer oppstartsavtalen først: et forløp blir aktivt når oppstartsmøtet har avtalt arbeidsdeling og tilbakemelding.',
  CLOSING_MISSING: 'Velg resultatet for å avslutte forløpet. Hvis det sluttet før tiden, skriv hvorfor.',
  CASE_CLOSED: 'Forløpet er avsluttet. Nå kan bare oppfølginger legges til.',
  IN_USE: 'Dette kan ikke slettes fordi forløp viser til det. Avslutt det i stedet; historikken beholdes.',
  CONSENT_MISSING:
    'Ingen gyldig samtykke dekker dette. Ingenting ble delt. Registrer eller forny først personens samtykke for denne mottakeren og denne typen opplysninger.',
  CONSENT_WITHDRAWN: 'Samtykket er trukket tilbake og kan ikke lenger endres. Registrer et nytt samtykke hvis personen gir det igjen.',
  ROLE_NOT_ALLOWED: 'Rollen din gir ikke tilgang til dette. Spør en administrator for registeret.',
  USER_EXISTS: 'Det finnes allerede en bruker med det navnet. Velg et annet navn.',
  LAST_ADMINISTRATOR: 'Dette er den siste administratoren. Gjør først en annen bruker til administrator.',
  PASSPHRASE_IN_USE: 'En annen bruker av registeret har allerede den passordfrasen. Velg en annen.',
  PERSON_ERASED: 'Personens opplysninger er slettet eller anonymisert; det er ingenting igjen å vise eller endre.',
  DATE_OUT_OF_ORDER: 'Datoen er før forløpets forrige steg. Velg en dato på eller etter dagen forløpet fikk sin nåværende status.',
  PERIOD_OVERLAP:
    'Sammenligningsperioden overlapper rapportperioden: {{compareFrom}} til {{compareTo}} har dager felles med {{from}} til {{to}}. Velg en sammenligningsperiode som slutter før {{from}}.',
  PERIOD_TOO_LONG:
    'En rapport kan dekke høyst {{years}} år; den valgte perioden dekker {{from}} til {{to}}, og det er lengre. Velg en sluttdato senest {{latest}}.',
  DUPLICATE_PAIR_GONE:
    'Paret er allerede avgjort, eller en av de to kontaktpersonene finnes ikke lenger. Ingenting ble endret; listen er oppdatert.',
  CORE_CRASHED: 'Bindeled stoppet uventet. Det du har lagret, er trygt.',
  INTERNAL: 'Noe gikk galt i Bindeled. Ingenting ble endret. Prøv igjen. Hvis det skjer igjen, kopier detaljene til brukerstøtten.',
};
