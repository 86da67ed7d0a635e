import type { users as en } from '../en/users';
import type { Widen } from '../widen';

// Swedish; ../en/users.ts is the source: it says what these strings are for, and its keys are this file's type.
export const users: Widen<typeof en> = {
  title: 'Användare',
  intro: 'Alla som arbetar i registret har en egen lösenfras. Granskningsloggen visar vem som gjorde vad.',
  you: 'Du är inloggad som {{name}}. Din roll: {{role}}.',
  youTag: 'du',
  ownerDefault: 'Ägare',
  roles: {
    administrator: 'Administratör',
    coordinator: 'Koordinator',
    'read-only': 'Endast läsbehörighet',
  },
  roleHints: {
    administrator: 'Kan göra allt och lägger till och tar bort användare.',
    coordinator: 'Registrerar och ändrar allt utom användare.',
    'read-only': 'Kan se allt men inte ändra något.',
  },
  col: {
    name: 'Namn',
    role: 'Roll',
    actions: 'Åtgärder',
  },
  removedOn: 'Borttagen {{date}}',
  showRemoved: 'Visa borttagna användare',
  add: 'Lägg till användare',
  addTitle: 'Lägg till en användare',
  addHint: 'Låt den nya användaren själv skriva in sin lösenfras här. Ingen annan ska känna till den.',
  displayName: 'Namn',
  role: 'Roll',
  passphrase: 'Användarens lösenfras',
  confirm: 'Upprepa användarens lösenfras',
  addSubmit: 'Lägg till användare',
  added: '{{name}} kan nu låsa upp registret med sin egen lösenfras.',
  changeRole: 'Roll för {{name}}',
  rename: 'Byt namn',
  renameTitle: 'Byt namn på {{name}}',
  remove: 'Ta bort',
  removeTitle: 'Ta bort {{name}}?',
  removeBody:
    '{{name}} kan inte längre låsa upp registret: lösenfrasen slutar fungera direkt. Granskningsloggen behåller det som användaren har gjort.',
  removeConfirm: 'Ta bort användare',
  stepDownTitle: 'Vill du ändra din egen roll?',
  stepDownBody:
    'Din roll blir {{role}} direkt, och du kan inte längre lägga till, ändra eller ta bort användare. En annan administratör kan ändra tillbaka den.',
  stepDownConfirm: 'Ändra min roll',
  readOnlyNote: 'Du kan se allt men inte ändra något. Din roll i det här registret är endast läsbehörighet.',
  signedInAs: 'Inloggad som {{name}} ({{role}})',
  ownerName: 'Ditt namn',
  ownerNameHint: 'Kolleger som delar registret ser det, och granskningsloggen visar dig med det. Valfritt; du kan ändra det senare.',
};
