import type { keyChangeNotice as en } from '../en/key-change-notice';
import type { Widen } from '../widen';

// Norwegian Bokmål; ../en/key-change-notice.ts is the source.
export const keyChangeNotice: Widen<typeof en> = {
  title: 'En uferdig endring er ordnet',
  dismiss: 'Lukk denne meldingen',
  finished: {
    'passphrase-change': 'En endring av passordfrasen ble avbrutt sist; den er nå fullført. Det er den nye passordfrasen som virker.',
    'passphrase-reset':
      'Valget av en ny passordfrase etter opplåsing med gjenopprettingsnøkkelen ble avbrutt sist; det er nå fullført. Det er den nye passordfrasen som virker.',
    'user-added': 'Å legge til en bruker ble avbrutt sist; det er nå fullført. Den nye brukeren kan låse opp med sin egen passordfrase.',
    'user-removed': 'Å fjerne en bruker ble avbrutt sist; det er nå fullført. Brukerens passordfrase åpner ikke lenger registeret.',
    'recovery-key-rotation':
      'Å lage en ny gjenopprettingsnøkkel ble avbrutt sist; det er nå fullført, men den nye nøkkelen ble aldri vist. Den gamle gjenopprettingsnøkkelen virker ikke lenger: lag en ny gjenopprettingsnøkkel nå under Innstillinger, og oppbevar den trygt.',
    'device-slot-added': 'Å slå på opplåsing med denne enheten ble avbrutt sist; det er nå fullført.',
    'device-slot-removed': 'Å slå av opplåsing med denne enheten ble avbrutt sist; det er nå fullført.',
  },
  undone: {
    'passphrase-change': 'En endring av passordfrasen ble avbrutt sist; den er rullet tilbake. Den gamle passordfrasen virker fortsatt.',
    'passphrase-reset':
      'Valget av en ny passordfrase etter opplåsing med gjenopprettingsnøkkelen ble avbrutt sist; det er rullet tilbake. Den gamle passordfrasen og gjenopprettingsnøkkelen virker fortsatt.',
    'user-added': 'Å legge til en bruker ble avbrutt sist; det er rullet tilbake. Legg til brukeren på nytt under Innstillinger.',
    'user-removed':
      'Å fjerne en bruker ble avbrutt sist; det er rullet tilbake. Brukeren kan fortsatt låse opp; fjern brukeren på nytt hvis du fortsatt ønsker det.',
    'recovery-key-rotation':
      'Å lage en ny gjenopprettingsnøkkel ble avbrutt sist; det er rullet tilbake. Den gamle gjenopprettingsnøkkelen virker fortsatt.',
    'device-slot-added':
      'Å slå på opplåsing med denne enheten ble avbrutt sist; det er rullet tilbake. Slå det på igjen under Innstillinger hvis du ønsker det.',
    'device-slot-removed':
      'Å slå av opplåsing med denne enheten ble avbrutt sist; det er rullet tilbake. Denne enheten kan fortsatt låse opp registeret; slå det av igjen under Innstillinger.',
  },
};
