import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type {
  ImportCheck,
  ImportCheckedRow,
  ImportFieldName,
  ImportMapping,
  ImportPreview,
  ImportSummary,
  ImportTargetName,
} from '../../../../shared/contract/import';

export type Preview = z.output<typeof ImportPreview>;
export type Mapping = z.output<typeof ImportMapping>;
export type Check = z.output<typeof ImportCheck>;
export type CheckedRow = z.output<typeof ImportCheckedRow>;
export type Summary = z.output<typeof ImportSummary>;
export type Target = ImportTargetName;
export type DuplicateAction = 'skip' | 'update' | 'create';

/** The wizard's five steps, in order; the step header counts them. */
export const STEPS = ['file', 'preview', 'mapping', 'check', 'run'] as const;
export type Step = (typeof STEPS)[number];

/** What is wrong with a mapping before core sees it: no name column, or a field chosen twice. */
export function mappingIssues(mapping: Mapping): { nameMissing: boolean; twice: ImportFieldName[] } {
  const used = Object.values(mapping).filter((f): f is ImportFieldName => f !== null);
  const twice = [...new Set(used.filter((f, i) => used.indexOf(f) !== i))];
  return { nameMissing: !used.includes('name'), twice };
}

/** The sample values of one column, non-empty and distinct, for the mapping screen. */
export function examples(preview: Preview, column: number, max = 3): string[] {
  const seen = new Set<string>();
  for (const row of preview.sample) {
    const value = (row[column] ?? '').trim();
    if (value) seen.add(value);
    if (seen.size >= max) break;
  }
  return [...seen];
}

/** One problem of a row in words: "E-mail is not a valid e-mail address". */
export function problemText(t: TFunction, problem: { field: ImportFieldName; code: string }): string {
  return t(`import.problem.${problem.code}`, { field: t(`import.fields.${problem.field}`) });
}

/** A row's duplicate note in words, or '' when it is not a duplicate. */
export function duplicateText(t: TFunction, row: CheckedRow): string {
  const d = row.duplicate;
  if (!d) return '';
  const reason = t(`import.reason.${d.reason}`);
  return d.kind === 'in-file'
    ? t('import.duplicateInFile', { row: d.ofRow, reason })
    : t('import.duplicateInRegister', { name: d.name, reason });
}

/** A possible duplicate's note in words ("maybe the same person as row 3 …"), or '' for none. */
export function possibleDuplicateText(t: TFunction, row: CheckedRow): string {
  const p = row.possibleDuplicate;
  if (!p) return '';
  return p.kind === 'in-file'
    ? t('duplicateReview.possibleInFile', { row: p.ofRow })
    : t('duplicateReview.possibleInRegister', { name: p.name });
}

/** The file name without its folder, whichever separator the OS uses. */
export function baseName(path: string): string {
  return path.split(/[/\\]/).pop() ?? path;
}

/** The delimiter as a catalog key. */
export function delimiterKey(delimiter: Preview['delimiter']): 'semicolon' | 'comma' | 'tab' | null {
  if (delimiter === ';') return 'semicolon';
  if (delimiter === ',') return 'comma';
  if (delimiter === '\t') return 'tab';
  return null;
}
