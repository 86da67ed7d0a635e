import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { da } from '../../../shared/i18n/da';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';
import { nb } from '../../../shared/i18n/nb';
import { sv } from '../../../shared/i18n/sv';
import { languageNamer, matchedLabel, parseSlot } from '../../../renderer/src/features/matching/match-labels';

// The words a match explanation shows for core's codes, through the real catalogs.

type Tree = { [key: string]: string | Tree };

/** A small stand-in for i18next's t: dotted keys, {{placeholders}}. */
function translator(catalog: unknown) {
  return (key: string, options: Record<string, unknown> = {}): string => {
    let node: string | Tree | undefined = catalog as Tree;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') return `[missing ${key}]`;
    return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(options[name] ?? ''));
  };
}

const t = translator(en);
const names = languageNamer('en-GB');

describe('matchedLabel', () => {
  it('names fields and quotes shared profession words', () => {
    expect(matchedLabel('field', 'health', t, names)).toBe('Health care');
    expect(matchedLabel('field', 'nurse', t, names)).toBe('“nurse”');
  });

  it('names languages in the UI language, and leaves an unknown code as it is', () => {
    expect(matchedLabel('languages', 'ar', t, names)).toBe('Arabic');
    expect(matchedLabel('languages', 'prs', t, names)).toBe('Dari');
    expect(matchedLabel('languages', 'xx', t, names)).toBe('xx');
    expect(languageNamer('fi-FI')('sv')).toBe('ruotsi');
  });

  it('reads a time slot as weekday and part of the day', () => {
    expect(matchedLabel('availability', 'tue-evening', t, names)).toBe('Tue evening');
    expect(matchedLabel('availability', 'sat-daytime', translator(fi), languageNamer('fi-FI'))).toMatch(/^\S+ \S+$/);
    expect(matchedLabel('availability', 'someday', t, names)).toBe('someday');
    expect(parseSlot('mon-daytime')).toEqual({ day: 'mon', part: 'daytime' });
    expect(parseSlot('mon-daytime-x')).toBeNull();
  });

  it('shows free places as "1/2", the wished gender, and the municipality as given', () => {
    expect(matchedLabel('capacity', '1/2', t, names)).toBe('1/2 places free');
    expect(matchedLabel('preferences', 'female', t, names)).toBe('A woman');
    expect(matchedLabel('place', 'Aarhus', t, names)).toBe('Aarhus');
  });

  it('has a text for every reason code core uses, in every language', () => {
    // In core's matching every hyphenated string literal is a reason code; `overlap` is the one plain word.
    const source = readFileSync(new URL('../../../electron/core/mentoring/matching.ts', import.meta.url), 'utf8');
    const reasons = [...new Set([...source.matchAll(/'([a-z]+(?:-[a-z]+)+)'/g)].map((m) => m[1] as string)), 'overlap'];
    expect(reasons).toHaveLength(19);
    for (const catalog of [en, da, nb, sv, fi]) {
      const tr = translator(catalog);
      expect(reasons.filter((r) => tr(`cases.matching.reason.${r}`).startsWith('[missing'))).toEqual([]);
    }
  });
});
