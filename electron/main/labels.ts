import { catalogs, type Catalog } from '../../shared/i18n';
import type { Language } from '../../shared/languages';

// The strings the shell shows itself (menu, dialog titles) come from the same catalogs as the
// renderer's. Roles (copy, paste, zoom…) get their labels from the OS.
export type ShellLabels = Catalog['shell'];

/** The shell's strings in the interface language. */
export function shellLabels(language: Language): ShellLabels {
  return catalogs[language].shell;
}
