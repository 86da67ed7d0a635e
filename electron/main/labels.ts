// Every string the shell shows itself (menu, dialog titles), in one table so it can be
// translated with the renderer's catalogs later. Roles (copy, paste, zoom…) get their labels from the OS.
export const LABELS = {
  file: 'File',
  lock: 'Lock register',
  quit: 'Quit',
  edit: 'Edit',
  view: 'View',
  help: 'Help',
  about: 'About Bindeled',
  chooseFolderCreate: 'Choose a folder for the new register',
  chooseFolderOpen: 'Choose a register folder',
} as const;
