import type { users as en } from '../en/users';
import type { Widen } from '../widen';

// Norwegian (bokmål); ../en/users.ts is the source: it says what these strings are for, and its keys are this file's type.
export const users: Widen<typeof en> = {
  title: 'Brukere',
  intro: 'Alle som jobber i registeret, har sin egen passordfrase. Revisjonsloggen viser hvem som har gjort hva.',
  you: 'Du er logget inn som {{name}}. Din rolle: {{role}}.',
  youTag: 'deg',
  ownerDefault: 'Eier',
  roles: {
    administrator: 'Administrator',
    coordinator: 'Koordinator',
    'read-only': 'Kun lesetilgang',
  },
  roleHints: {
    administrator: 'Kan alt, og legger til og fjerner brukere.',
    coordinator: 'Registrerer og endrer alt unntatt brukere.',
    'read-only': 'Kan se alt, men ikke endre noe.',
  },
  col: {
    name: 'Navn',
    role: 'Rolle',
    actions: 'Handlinger',
  },
  removedOn: 'Fjernet {{date}}',
  showRemoved: 'Vis fjernede brukere',
  add: 'Legg til bruker',
  addTitle: 'Legg til en bruker',
  addHint: 'La den nye brukeren selv skrive inn passordfrasen sin her. Ingen andre bør kjenne den.',
  displayName: 'Navn',
  role: 'Rolle',
  passphrase: 'Brukerens passordfrase',
  confirm: 'Gjenta brukerens passordfrase',
  addSubmit: 'Legg til bruker',
  added: '{{name}} kan nå låse opp registeret med sin egen passordfrase.',
  changeRole: 'Rolle for {{name}}',
  rename: 'Gi nytt navn',
  renameTitle: 'Gi {{name}} nytt navn',
  remove: 'Fjern',
  removeTitle: 'Fjerne {{name}}?',
  removeBody:
    '{{name}} kan ikke lenger låse opp registeret: passordfrasen slutter å virke med en gang. Revisjonsloggen beholder det brukeren har gjort.',
  removeConfirm: 'Fjern bruker',
  stepDownTitle: 'Vil du endre din egen rolle?',
  stepDownBody:
    'Rollen din blir {{role}} med en gang, og du kan ikke lenger legge til, endre eller fjerne brukere. En annen administrator kan endre den tilbake.',
  stepDownConfirm: 'Endre rollen min',
  readOnlyNote: 'Du kan se alt, men ikke endre noe. Rollen din i dette registeret er kun lesetilgang.',
  signedInAs: 'Logget inn som {{name}} ({{role}})',
  ownerName: 'Navnet ditt',
  ownerNameHint: 'Kolleger som deler registeret, ser det, og revisjonsloggen viser deg med det. Valgfritt; du kan endre det senere.',
};
