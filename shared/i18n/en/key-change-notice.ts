// The one-time notice after an unlock that finished or undid a key change a crash interrupted
// (electron/core/crypto/keyslot-change.ts; renderer/src/features/frame/KeyChangeNotice.tsx).
export const keyChangeNotice = {
  title: 'An unfinished change was put in order',
  dismiss: 'Close this notice',
  finished: {
    'passphrase-change': 'A passphrase change was interrupted last time; it has been completed. The new passphrase is the one that works.',
    'passphrase-reset':
      'Setting a new passphrase after unlocking with the recovery key was interrupted last time; it has been completed. The new passphrase is the one that works.',
    'user-added': 'Adding a user was interrupted last time; it has been completed. The new user can unlock with their own passphrase.',
    'user-removed': 'Removing a user was interrupted last time; it has been completed. Their passphrase no longer opens the register.',
    'recovery-key-rotation':
      'Making a new recovery key was interrupted last time; it has been completed, but the new key was never shown. The old recovery key no longer works: make a new recovery key now in Settings and store it safely.',
    'device-slot-added': 'Switching on unlocking with this device was interrupted last time; it has been completed.',
    'device-slot-removed': 'Switching off unlocking with this device was interrupted last time; it has been completed.',
  },
  undone: {
    'passphrase-change': 'A passphrase change was interrupted last time; it was undone. The old passphrase still works.',
    'passphrase-reset':
      'Setting a new passphrase after unlocking with the recovery key was interrupted last time; it was undone. The old passphrase and the recovery key still work.',
    'user-added': 'Adding a user was interrupted last time; it was undone. Add the user again in Settings.',
    'user-removed':
      'Removing a user was interrupted last time; it was undone. The user can still unlock; remove them again if you still want to.',
    'recovery-key-rotation': 'Making a new recovery key was interrupted last time; it was undone. The old recovery key still works.',
    'device-slot-added':
      'Switching on unlocking with this device was interrupted last time; it was undone. Switch it on again in Settings if you want it.',
    'device-slot-removed':
      'Switching off unlocking with this device was interrupted last time; it was undone. This device can still unlock the register; switch it off again in Settings.',
  },
};
