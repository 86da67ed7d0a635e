import type { keyChangeNotice as en } from '../en/key-change-notice';
import type { Widen } from '../widen';

// Finnish; ../en/key-change-notice.ts is the source.
export const keyChangeNotice: Widen<typeof en> = {
  title: 'Kesken jäänyt muutos on saatettu kuntoon',
  dismiss: 'Sulje tämä ilmoitus',
  finished: {
    'passphrase-change': 'Salalauseen vaihto keskeytyi viime kerralla; se on nyt viety loppuun. Uusi salalause on se, joka toimii.',
    'passphrase-reset':
      'Uuden salalauseen asettaminen palautusavaimella avaamisen jälkeen keskeytyi viime kerralla; se on nyt viety loppuun. Uusi salalause on se, joka toimii.',
    'user-added':
      'Käyttäjän lisääminen keskeytyi viime kerralla; se on nyt viety loppuun. Uusi käyttäjä voi avata lukituksen omalla salalauseellaan.',
    'user-removed': 'Käyttäjän poistaminen keskeytyi viime kerralla; se on nyt viety loppuun. Käyttäjän salalause ei enää avaa rekisteriä.',
    'recovery-key-rotation':
      'Uuden palautusavaimen luominen keskeytyi viime kerralla; se on nyt viety loppuun, mutta uutta avainta ei koskaan näytetty. Vanha palautusavain ei enää toimi: luo uusi palautusavain nyt kohdassa Asetukset ja säilytä se turvallisesti.',
    'device-slot-added': 'Lukituksen avaamisen käyttöönotto tällä laitteella keskeytyi viime kerralla; se on nyt viety loppuun.',
    'device-slot-removed': 'Lukituksen avaamisen poistaminen käytöstä tällä laitteella keskeytyi viime kerralla; se on nyt viety loppuun.',
  },
  undone: {
    'passphrase-change': 'Salalauseen vaihto keskeytyi viime kerralla; se on peruttu. Vanha salalause toimii edelleen.',
    'passphrase-reset':
      'Uuden salalauseen asettaminen palautusavaimella avaamisen jälkeen keskeytyi viime kerralla; se on peruttu. Vanha salalause ja palautusavain toimivat edelleen.',
    'user-added': 'Käyttäjän lisääminen keskeytyi viime kerralla; se on peruttu. Lisää käyttäjä uudelleen kohdassa Asetukset.',
    'user-removed':
      'Käyttäjän poistaminen keskeytyi viime kerralla; se on peruttu. Käyttäjä voi yhä avata lukituksen; poista käyttäjä uudelleen, jos haluat yhä tehdä niin.',
    'recovery-key-rotation': 'Uuden palautusavaimen luominen keskeytyi viime kerralla; se on peruttu. Vanha palautusavain toimii edelleen.',
    'device-slot-added':
      'Lukituksen avaamisen käyttöönotto tällä laitteella keskeytyi viime kerralla; se on peruttu. Ota se uudelleen käyttöön kohdassa Asetukset, jos haluat.',
    'device-slot-removed':
      'Lukituksen avaamisen poistaminen käytöstä tällä laitteella keskeytyi viime kerralla; se on peruttu. Tämä laite voi yhä avata rekisterin; poista se uudelleen käytöstä kohdassa Asetukset.',
  },
};
