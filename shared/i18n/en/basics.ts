// The app's name, the words many screens share (continue, cancel, show, hide …) and the language
// picker: the top-level sections `app`, `common` and `language`.
export const basics = {
  app: {
    name: 'Bindeled',
    privacy: 'Everything stays on this computer, encrypted. Nothing is sent over the internet.',
  },
  common: {
    back: 'Back',
    cancel: 'Cancel',
    save: 'Save',
    saved: 'Saved',
    close: 'Close',
    copy: 'Copy',
    copied: 'Copied',
    print: 'Print',
    browse: 'Browse…',
    loading: 'Loading…',
    required: 'Required',
    showPassphrase: 'Show passphrase',
    hidePassphrase: 'Hide passphrase',
  },
  language: {
    label: 'Language',
  },
};
