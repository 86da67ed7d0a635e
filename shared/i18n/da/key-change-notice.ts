import type { keyChangeNotice as en } from '../en/key-change-notice';
import type { Widen } from '../widen';

// Danish; ../en/key-change-notice.ts is the source.
export const keyChangeNotice: Widen<typeof en> = {
  title: 'En ufærdig ændring er bragt i orden',
  dismiss: 'Luk denne besked',
  finished: {
    'passphrase-change':
      'Et skift af adgangsfrase blev afbrudt sidste gang; det er nu gjort færdigt. Det er den nye adgangsfrase, der virker.',
    'passphrase-reset':
      'Valget af en ny adgangsfrase efter oplåsning med gendannelsesnøglen blev afbrudt sidste gang; det er nu gjort færdigt. Det er den nye adgangsfrase, der virker.',
    'user-added':
      'Tilføjelsen af en bruger blev afbrudt sidste gang; den er nu gjort færdig. Den nye bruger kan låse op med sin egen adgangsfrase.',
    'user-removed':
      'Fjernelsen af en bruger blev afbrudt sidste gang; den er nu gjort færdig. Brugerens adgangsfrase åbner ikke længere registret.',
    'recovery-key-rotation':
      'Oprettelsen af en ny gendannelsesnøgle blev afbrudt sidste gang; den er nu gjort færdig, men den nye nøgle blev aldrig vist. Den gamle gendannelsesnøgle virker ikke længere: lav en ny gendannelsesnøgle nu under Indstillinger, og opbevar den sikkert.',
    'device-slot-added': 'Tilvalget af oplåsning med denne enhed blev afbrudt sidste gang; det er nu gjort færdigt.',
    'device-slot-removed': 'Fravalget af oplåsning med denne enhed blev afbrudt sidste gang; det er nu gjort færdigt.',
  },
  undone: {
    'passphrase-change': 'Et skift af adgangsfrase blev afbrudt sidste gang; det er rullet tilbage. Den gamle adgangsfrase virker stadig.',
    'passphrase-reset':
      'Valget af en ny adgangsfrase efter oplåsning med gendannelsesnøglen blev afbrudt sidste gang; det er rullet tilbage. Den gamle adgangsfrase og gendannelsesnøglen virker stadig.',
    'user-added': 'Tilføjelsen af en bruger blev afbrudt sidste gang; den er rullet tilbage. Tilføj brugeren igen under Indstillinger.',
    'user-removed':
      'Fjernelsen af en bruger blev afbrudt sidste gang; den er rullet tilbage. Brugeren kan stadig låse op; fjern brugeren igen, hvis du stadig ønsker det.',
    'recovery-key-rotation':
      'Oprettelsen af en ny gendannelsesnøgle blev afbrudt sidste gang; den er rullet tilbage. Den gamle gendannelsesnøgle virker stadig.',
    'device-slot-added':
      'Tilvalget af oplåsning med denne enhed blev afbrudt sidste gang; det er rullet tilbage. Slå det til igen under Indstillinger, hvis du ønsker det.',
    'device-slot-removed':
      'Fravalget af oplåsning med denne enhed blev afbrudt sidste gang; det er rullet tilbage. Denne enhed kan stadig låse registret op; slå det fra igen under Indstillinger.',
  },
};
