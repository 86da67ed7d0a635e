import type { RunOptions } from '../../../electron/core/import/run';

/**
 * What the tests' contact imports pass to runImport: the mapping and duplicate policy they name,
 * the owner as actor, Danish numbers, no progress, never cancelled; `more` for anything else.
 */
export function contactImport(
  mapping: RunOptions['mapping'],
  duplicates: RunOptions['duplicates'] = 'skip',
  more: Partial<RunOptions> = {},
): RunOptions {
  return {
    target: 'contacts',
    mapping,
    duplicates,
    overrides: [],
    rememberMapping: false,
    actor: 'owner',
    defaultCountry: 'DK',
    progress: () => undefined,
    isCancelled: () => false,
    ...more,
  };
}
