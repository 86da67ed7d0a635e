import type { users as en } from '../en/users';
import type { Widen } from '../widen';

// Finnish; ../en/users.ts is the source: it says what these strings are for, and its keys are this file's type.
export const users: Widen<typeof en> = {
  title: 'Käyttäjät',
  intro: 'Jokaisella rekisterin käyttäjällä on oma salalauseensa. Tapahtumaloki näyttää, kuka teki mitä.',
  you: 'Olet kirjautunut nimellä {{name}}. Roolisi: {{role}}.',
  youTag: 'sinä',
  ownerDefault: 'Omistaja',
  roles: {
    administrator: 'Ylläpitäjä',
    coordinator: 'Koordinaattori',
    'read-only': 'Vain lukuoikeus',
  },
  roleHints: {
    administrator: 'Voi tehdä kaiken sekä lisätä ja poistaa käyttäjiä.',
    coordinator: 'Kirjaa ja muuttaa kaikkea paitsi käyttäjiä.',
    'read-only': 'Voi katsoa kaikkea mutta ei muuttaa mitään.',
  },
  col: {
    name: 'Nimi',
    role: 'Rooli',
    actions: 'Toiminnot',
  },
  removedOn: 'Poistettu {{date}}',
  showRemoved: 'Näytä poistetut käyttäjät',
  add: 'Lisää käyttäjä',
  addTitle: 'Lisää käyttäjä',
  addHint: 'Anna uuden käyttäjän kirjoittaa oma salalauseensa tähän itse. Kenenkään muun ei pidä tietää sitä.',
  displayName: 'Nimi',
  role: 'Rooli',
  passphrase: 'Käyttäjän salalause',
  confirm: 'Toista käyttäjän salalause',
  addSubmit: 'Lisää käyttäjä',
  added: '{{name}} voi nyt avata rekisterin omalla salalauseellaan.',
  changeRole: 'Käyttäjän {{name}} rooli',
  rename: 'Nimeä uudelleen',
  renameTitle: 'Nimeä {{name}} uudelleen',
  remove: 'Poista',
  removeTitle: 'Poistetaanko {{name}}?',
  removeBody:
    '{{name}} ei voi enää avata tätä rekisteriä: salalause lakkaa toimimasta heti. Tapahtumaloki säilyttää sen, mitä käyttäjä on tehnyt.',
  removeConfirm: 'Poista käyttäjä',
  stepDownTitle: 'Muutetaanko oma roolisi?',
  stepDownBody:
    'Roolisi on heti {{role}}, etkä voi enää lisätä, muuttaa tai poistaa käyttäjiä. Toinen ylläpitäjä voi muuttaa sen takaisin.',
  stepDownConfirm: 'Muuta roolini',
  readOnlyNote: 'Voit katsoa kaikkea mutta et muuttaa mitään. Roolisi tässä rekisterissä on vain lukuoikeus.',
  signedInAs: 'Kirjautunut: {{name}} ({{role}})',
  ownerName: 'Nimesi',
  ownerNameHint:
    'Rekisteriä käyttävät kollegat näkevät sen, ja tapahtumaloki näyttää sinut sillä nimellä. Vapaaehtoinen; voit muuttaa sitä myöhemmin.',
};
