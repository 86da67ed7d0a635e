// Restore with the recovery key instead of the passphrase (renderer/src/features/backup/RestoreDialog.tsx): `backupRecovery`.
export const backupRecovery = {
  useKey: 'I have my recovery key instead',
  usePassphrase: 'I know the passphrase',
  label: 'Recovery key of the register',
  hint: 'The key of eight groups you printed or wrote down when the register was created. It opens every backup of that register.',
  openWithKey: 'Open the restored register with the recovery key too; you will then choose a new passphrase.',
};
