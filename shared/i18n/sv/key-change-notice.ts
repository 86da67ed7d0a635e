import type { keyChangeNotice as en } from '../en/key-change-notice';
import type { Widen } from '../widen';

// Swedish; ../en/key-change-notice.ts is the source.
export const keyChangeNotice: Widen<typeof en> = {
  title: 'En oavslutad ändring har ordnats',
  dismiss: 'Stäng meddelandet',
  finished: {
    'passphrase-change': 'Ett byte av lösenfras avbröts förra gången; det har nu slutförts. Det är den nya lösenfrasen som gäller.',
    'passphrase-reset':
      'Valet av en ny lösenfras efter upplåsning med återställningsnyckeln avbröts förra gången; det har nu slutförts. Det är den nya lösenfrasen som gäller.',
    'user-added':
      'Att lägga till en användare avbröts förra gången; det har nu slutförts. Den nya användaren kan låsa upp med sin egen lösenfras.',
    'user-removed':
      'Att ta bort en användare avbröts förra gången; det har nu slutförts. Användarens lösenfras öppnar inte längre registret.',
    'recovery-key-rotation':
      'Att skapa en ny återställningsnyckel avbröts förra gången; det har nu slutförts, men den nya nyckeln visades aldrig. Den gamla återställningsnyckeln fungerar inte längre: skapa en ny återställningsnyckel nu under Inställningar och förvara den säkert.',
    'device-slot-added': 'Att aktivera upplåsning med den här enheten avbröts förra gången; det har nu slutförts.',
    'device-slot-removed': 'Att avaktivera upplåsning med den här enheten avbröts förra gången; det har nu slutförts.',
  },
  undone: {
    'passphrase-change': 'Ett byte av lösenfras avbröts förra gången; det har ångrats. Den gamla lösenfrasen fungerar fortfarande.',
    'passphrase-reset':
      'Valet av en ny lösenfras efter upplåsning med återställningsnyckeln avbröts förra gången; det har ångrats. Den gamla lösenfrasen och återställningsnyckeln fungerar fortfarande.',
    'user-added': 'Att lägga till en användare avbröts förra gången; det har ångrats. Lägg till användaren igen under Inställningar.',
    'user-removed':
      'Att ta bort en användare avbröts förra gången; det har ångrats. Användaren kan fortfarande låsa upp; ta bort användaren igen om du fortfarande vill det.',
    'recovery-key-rotation':
      'Att skapa en ny återställningsnyckel avbröts förra gången; det har ångrats. Den gamla återställningsnyckeln fungerar fortfarande.',
    'device-slot-added':
      'Att aktivera upplåsning med den här enheten avbröts förra gången; det har ångrats. Aktivera det igen under Inställningar om du vill.',
    'device-slot-removed':
      'Att avaktivera upplåsning med den här enheten avbröts förra gången; det har ångrats. Den här enheten kan fortfarande låsa upp registret; avaktivera det igen under Inställningar.',
  },
};
