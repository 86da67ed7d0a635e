import { useState, type ReactNode } from 'react';
import { RestoreDialog } from './RestoreDialog';

/**
 * "Restore from a backup" where no register is open (the welcome and unlock screens): whatever
 * `render` draws opens the restore dialog; a restored register is handed to `onRestored`, which
 * shows its unlock screen. A backup made on another computer restores here the same way.
 */
export function RestoreFromBackup(props: { render: (open: () => void) => ReactNode; onRestored: (dir: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {props.render(() => setOpen(true))}
      {open && (
        <RestoreDialog
          candidates={[]}
          inSession={false}
          onClose={() => setOpen(false)}
          onOpenRestored={(dir) => {
            setOpen(false);
            props.onRestored(dir);
          }}
        />
      )}
    </>
  );
}
