import type { users as en } from '../en/users';
import type { Widen } from '../widen';

// Danish; ../en/users.ts is the source: it says what these strings are for, and its keys are this file's type.
export const users: Widen<typeof en> = {
  title: 'Brugere',
  intro: 'Alle, der arbejder i registret, har deres egen adgangsfrase. Revisionsloggen viser, hvem der har gjort hvad.',
  you: 'Du er logget ind som {{name}}. Din rolle: {{role}}.',
  youTag: 'dig',
  ownerDefault: 'Ejer',
  roles: {
    administrator: 'Administrator',
    coordinator: 'Koordinator',
    'read-only': 'Kun læseadgang',
  },
  roleHints: {
    administrator: 'Kan alt og opretter og fjerner brugere.',
    coordinator: 'Registrerer og retter alt undtagen brugere.',
    'read-only': 'Kan se alt, men ikke ændre noget.',
  },
  col: {
    name: 'Navn',
    role: 'Rolle',
    actions: 'Handlinger',
  },
  removedOn: 'Fjernet {{date}}',
  showRemoved: 'Vis fjernede brugere',
  add: 'Tilføj bruger',
  addTitle: 'Tilføj en bruger',
  addHint: 'Lad den nye bruger selv skrive sin adgangsfrase her. Ingen andre bør kende den.',
  displayName: 'Navn',
  role: 'Rolle',
  passphrase: 'Brugerens adgangsfrase',
  confirm: 'Gentag brugerens adgangsfrase',
  addSubmit: 'Tilføj bruger',
  added: '{{name}} kan nu låse registret op med sin egen adgangsfrase.',
  changeRole: 'Rolle for {{name}}',
  rename: 'Omdøb',
  renameTitle: 'Omdøb {{name}}',
  remove: 'Fjern',
  removeTitle: 'Fjern {{name}}?',
  removeBody:
    '{{name}} kan ikke længere låse registret op: adgangsfrasen holder op med at virke med det samme. Revisionsloggen bevarer, hvad brugeren har gjort.',
  removeConfirm: 'Fjern bruger',
  stepDownTitle: 'Vil du ændre din egen rolle?',
  stepDownBody:
    'Din rolle bliver {{role}} med det samme, og du kan ikke længere tilføje, ændre eller fjerne brugere. En anden administrator kan ændre den tilbage.',
  stepDownConfirm: 'Ændr min rolle',
  readOnlyNote: 'Du kan se alt, men ikke ændre noget. Din rolle i dette register er kun læseadgang.',
  signedInAs: 'Logget ind som {{name}} ({{role}})',
  ownerName: 'Dit navn',
  ownerNameHint: 'Kolleger, der deler registret, ser det, og revisionsloggen viser dig under det. Valgfrit; du kan ændre det senere.',
};
