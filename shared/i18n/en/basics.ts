// The app's name, the words many screens share (continue, cancel, show, hide …) and the language
// picker: the top-level sections `app`, `common` and `language`.
export const basics = {
  app: {
    name: 'Bindeled',
    tagline: 'Partners, mentors, mentees and consents in one encrypted register',
    privacy: 'Everything stays on this computer, encrypted. Nothing is sent over the internet.',
  },
  common: {
    continue: 'Continue',
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
    show: 'Show',
    hide: 'Hide',
    required: 'Required',
    showPassphrase: 'Show passphrase',
    hidePassphrase: 'Hide passphrase',
  },
  language: {
    label: 'Language',
  },
};
