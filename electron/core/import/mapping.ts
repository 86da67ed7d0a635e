import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  CONTACT_IMPORT_FIELDS,
  ORGANISATION_IMPORT_FIELDS,
  type ImportFieldName,
  type ImportMapping,
  type ImportTargetName,
} from '../../../shared/contract';
import { foldText } from '../../../shared/text';
import { CoreError } from '../errors';
import { COMMON, CONTACT, ORGANISATION } from './mapping-words';

export type Mapping = z.output<typeof ImportMapping>;

/** The fields of a target, in the order the mapping screen lists them. */
export function fieldsOf(target: ImportTargetName): ImportFieldName[] {
  return target === 'contacts' ? [...CONTACT_IMPORT_FIELDS] : [...ORGANISATION_IMPORT_FIELDS];
}

/** A header as compared with the synonyms: folded, letters and digits only. */
export function headerWord(header: string): string {
  return foldText(header).replace(/[^\p{L}\p{N}]+/gu, '');
}

function synonymsOf(target: ImportTargetName): [ImportFieldName, string[]][] {
  const specific = target === 'contacts' ? CONTACT : ORGANISATION;
  return fieldsOf(target).map((f) => [f, [...(specific[f] ?? []), ...(COMMON[f] ?? [])]]);
}

/**
 * Suggests a field for each header: an exact folded match first, then a header that starts with
 * a longer synonym ("Telefonnummer (arbejde)"). Each field is used once, by the first header.
 */
export function suggestMapping(headers: readonly string[], target: ImportTargetName): Mapping {
  const synonyms = synonymsOf(target);
  const words = headers.map(headerWord);
  const mapping: Mapping = {};
  const used = new Set<ImportFieldName>();
  const pass = (matches: (word: string, synonym: string) => boolean) => {
    words.forEach((word, index) => {
      if (!word || mapping[String(index)]) return;
      const hit = synonyms.find(([field, list]) => !used.has(field) && list.some((s) => matches(word, s)));
      if (hit) {
        mapping[String(index)] = hit[0];
        used.add(hit[0]);
      }
    });
  };
  pass((word, s) => word === s);
  pass((word, s) => s.length >= 5 && word.startsWith(s));
  headers.forEach((_h, index) => {
    mapping[String(index)] ??= null;
  });
  return mapping;
}

/** Refuses a mapping that cannot be imported; returns column index per mapped field. */
export function checkMapping(mapping: Mapping, target: ImportTargetName, columns: number): Map<ImportFieldName, number> {
  const allowed = new Set(fieldsOf(target));
  const columnOf = new Map<ImportFieldName, number>();
  for (const [key, field] of Object.entries(mapping)) {
    if (field === null) continue;
    const index = Number(key);
    if (index >= columns) throw new CoreError('IMPORT_MAPPING_INVALID', `column ${index} does not exist`);
    if (!allowed.has(field as ImportFieldName)) throw new CoreError('IMPORT_MAPPING_INVALID', `${field} is not a field of ${target}`);
    if (columnOf.has(field as ImportFieldName)) throw new CoreError('IMPORT_MAPPING_INVALID', `${field} is mapped twice`);
    columnOf.set(field as ImportFieldName, index);
  }
  if (!columnOf.has('name')) throw new CoreError('IMPORT_MAPPING_INVALID', 'no column is mapped to name');
  return columnOf;
}

/** The key a confirmed mapping is remembered under: the target and the folded headers, hashed (no header text is stored). */
export function headerKey(headers: readonly string[], target: ImportTargetName): string {
  return createHash('sha256')
    .update(`${target}\n${headers.map((h) => foldText(h.trim())).join('\u001f')}`)
    .digest('hex');
}
