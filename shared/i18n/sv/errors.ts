import type { errors as en } from '../en/errors';
import type { Widen } from '../widen';

// Swedish; ../en/errors.ts is the source: it says what these strings are for, and its keys are this file's type.
export const errors: Widen<typeof en> = {
  INVALID_INPUT: 'En del av uppgifterna är inte giltiga. Kontrollera fälten och försök igen.',
  UNKNOWN_CHANNEL:
    'Bindeled försökte göra något som programmet inte känner till. Starta om Bindeled. Om det händer igen, kontakta supporten.',
  NOT_ALLOWED: 'Det är inte tillåtet här.',
  WRONG_PASSPHRASE: 'Lösenfrasen stämmer inte. Kontrollera Caps Lock och försök igen.',
  WRONG_RECOVERY_KEY: 'Återställningsnyckeln öppnar inte det här registret. Kontrollera att den hör till det här registret.',
  RECOVERY_KEY_MALFORMED:
    'Återställningsnyckeln innehåller ett skrivfel. Den består av åtta grupper med fyra bokstäver och siffror. Kontrollera varje grupp.',
  PASSPHRASE_TOO_WEAK: 'Lösenfrasen är för lätt att gissa. Använd minst {{min}} tecken, till exempel tre eller fyra ord som inte hör ihop.',
  PASSPHRASE_CHANGE_REQUIRED: 'Välj en ny lösenfras först.',
  NOT_FOUND: 'Posten finns inte längre. Den kan ha tagits bort; uppdatera listan.',
  REGISTER_LOCKED: 'Registret är låst. Lås upp det för att fortsätta.',
  REGISTER_ALREADY_OPEN: 'Ett annat register är öppet. Lås det först.',
  REGISTER_NOT_FOUND: 'Det finns inget Bindeled-register i den mappen. Välj mappen som innehåller register.db och keyslots.json.',
  FOLDER_NOT_EMPTY: 'Mappen är inte tom. Välj en tom mapp eller skriv namnet på en ny.',
  REGISTER_FROM_NEWER_VERSION:
    'Det här registret sparades med en nyare version av Bindeled. Installera den senaste versionen för att öppna det.',
  REGISTER_CORRUPT: 'Registerfilerna är skadade. Ingenting har ändrats. Återställ mappen från en säkerhetskopia.',
  KEYSLOTS_CORRUPT:
    'Nyckelfilen (keyslots.json) i det här registret är skadad. Ingenting har ändrats. Återställ den från en säkerhetskopia.',
  REGISTER_FOLDER_READ_ONLY:
    'Bindeled kan inte skriva i registrets mapp, så ingenting har ändrats: registrets data, lösenfraser, användare och nycklar är som förut. Kontrollera att mappen eller enheten inte är skrivskyddad (eller fråga er IT-support) och försök igen.',
  DISK_FULL: 'Disken är full. Frigör lite utrymme eller välj en annan mapp; ingenting ändrades.',
  READ_ONLY:
    'Enheten eller mappen är skrivskyddad (ett låst USB-minne, en skrivskyddad nätverksmapp). Välj en annan mapp eller lås upp enheten; ingenting ändrades.',
  KEYSLOTS_FOREIGN:
    'Nyckelfilen (keyslots.json) i den här mappen hör till ett annat register, så den kan inte öppna den här register.db. Ingenting har ändrats. Lägg tillbaka registrets egen keyslots.json, eller återställ mappen från en säkerhetskopia.',
  REGISTER_BUSY:
    'Registret ändrades medan det kontrollerades, eftersom Bindeled har det öppet. Ingenting har ändrats. Stäng Bindeled och kontrollera igen.',
  RESTORE_RUNNING:
    'En säkerhetskopia återställs till den mappen just nu. Vänta tills återställningen är klar och försök sedan igen; ingenting har ändrats.',
  PERMISSION_DENIED: 'Bindeled får inte skriva i den mappen. Välj en annan mapp eller fråga din IT-support.',
  IO_ERROR: 'Det gick inte att läsa från eller skriva till mappen. Är enheten fortfarande ansluten?',
  NOT_AVAILABLE: 'Det är inte tillgängligt på den här datorn.',
  CANCELLED: 'Avbrutet.',
  FILE_UNREADABLE: 'Filen kunde inte läsas. Kontrollera att den fortfarande finns och inte är öppen i ett annat program, och försök igen.',
  FILE_EMPTY: 'Filen har inga rader att importera. Kontrollera att du har valt rätt fil.',
  FILE_TOO_LARGE: 'Filen är för stor för att importeras (över 50 MB). Dela upp den i mindre filer och importera dem en i taget.',
  UNSUPPORTED_FILE:
    'Bindeled kan inte läsa den här filtypen. Spara den från kalkylprogrammet som CSV eller Excel-arbetsbok (.xlsx) och försök igen.',
  IMPORT_MAPPING_INVALID: 'Kolumnvalen passar inte ihop. Välj en kolumn för namnet och använd varje fält bara en gång.',
  CASE_TRANSITION_NOT_ALLOWED: 'Förloppet kan inte gå till den statusen härifrån. Läs in förloppet igen för att se vad som kan ske nu.',
  MENTOR_TRANSITION_NOT_ALLOWED: 'Mentorn kan inte gå till den statusen härifrån. Läs in mentorn igen för att se vad som är möjligt.',
  MENTOR_NOT_AVAILABLE:
    'Mentorn kan inte ta förloppet: mentorn måste vara aktiv och ha plats för ytterligare en adept. Välj en annan mentor eller höj kapaciteten först.',
  START_AGREEMENT_MISSING:
    'Registrera startöverenskommelsen först: ett förlopp blir aktivt när startmötet har kommit överens om arbetsfördelning och återkoppling.',
  CLOSING_MISSING: 'Välj resultat för att avsluta förloppet. Om det avslutades i förtid, skriv varför.',
  CASE_CLOSED: 'Förloppet är avslutat. Nu kan bara uppföljningar läggas till.',
  IN_USE: 'Detta kan inte raderas eftersom förlopp hänvisar till det. Avsluta det i stället; historiken finns kvar.',
  CONSENT_MISSING:
    'Inget giltigt samtycke täcker detta. Inget delades. Registrera eller förnya först personens samtycke för den här mottagaren och typen av uppgifter.',
  CONSENT_WITHDRAWN: 'Samtycket har återkallats och kan inte längre ändras. Registrera ett nytt samtycke om personen samtycker igen.',
  ROLE_NOT_ALLOWED: 'Din roll tillåter inte detta. Fråga en administratör för registret.',
  USER_EXISTS: 'Det finns redan en användare med det namnet. Välj ett annat namn.',
  LAST_ADMINISTRATOR: 'Det här är den sista administratören. Gör först en annan användare till administratör.',
  PASSPHRASE_IN_USE: 'En annan användare av registret har redan den lösenfrasen. Välj en annan.',
  PERSON_ERASED: 'Personens uppgifter har raderats eller anonymiserats; det finns inget kvar att visa eller ändra.',
  DATE_OUT_OF_ORDER:
    'Datumet ligger före förloppets föregående steg. Välj ett datum på eller efter den dag då förloppet fick sin nuvarande status.',
  PERIOD_OVERLAP:
    'Jämförelseperioden överlappar rapportperioden: {{compareFrom}} till {{compareTo}} har dagar gemensamma med {{from}} till {{to}}. Välj en jämförelseperiod som slutar före {{from}}.',
  PERIOD_TOO_LONG:
    'En rapport kan omfatta högst {{years}} år; den valda perioden omfattar {{from}} till {{to}}, och det är längre. Välj ett slutdatum senast {{latest}}.',
  DUPLICATE_PAIR_GONE:
    'Paret är redan avgjort, eller så finns en av de två kontaktpersonerna inte längre. Inget ändrades; listan har uppdaterats.',
  CORE_CRASHED: 'Bindeled avslutades oväntat. Det du har sparat är i säkerhet.',
  INTERNAL: 'Något gick fel i Bindeled. Ingenting ändrades. Försök igen. Om det händer igen, kopiera informationen till supporten.',
};
