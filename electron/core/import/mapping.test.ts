import { describe, expect, it } from 'vitest';
import { checkMapping, headerKey, suggestMapping } from './mapping';

describe('mapping suggestions from header names', () => {
  it.each([
    [
      'da',
      ['Navn', 'Organisation', 'E-mail', 'Tlf', 'Rolle', 'By', 'Bemærkninger'],
      ['name', 'organisation', 'email', 'phone', 'role', 'municipality', 'notes'],
    ],
    [
      'nb',
      ['Navn', 'Organisasjon', 'E-post', 'Mobil', 'Stilling', 'Kommune', 'Merknader'],
      ['name', 'organisation', 'email', 'phone', 'role', 'municipality', 'notes'],
    ],
    [
      'sv',
      ['Namn', 'Organisation', 'E-post', 'Telefon', 'Roll', 'Kommun', 'Anteckningar'],
      ['name', 'organisation', 'email', 'phone', 'role', 'municipality', 'notes'],
    ],
    [
      'fi',
      ['Yhteyshenkilö', 'Organisaatio', 'Sähköposti', 'Puhelin', 'Tehtävä', 'Kunta', 'Huomiot'],
      ['name', 'organisation', 'email', 'phone', 'role', 'municipality', 'notes'],
    ],
    [
      'en',
      ['Name', 'Organisation', 'Email', 'Phone', 'Title', 'Municipality', 'Notes'],
      ['name', 'organisation', 'email', 'phone', 'role', 'municipality', 'notes'],
    ],
  ])('contacts, %s headers', (_lang, headers, fields) => {
    const mapping = suggestMapping(headers, 'contacts');
    expect(headers.map((_h, i) => mapping[String(i)])).toEqual(fields);
  });

  it('maps organisation files, where "Organisation" is the name', () => {
    const headers = ['Virksomhed', 'Sektor', 'Adresse', 'Hjemmeside', 'Kommune', 'E-mail', 'Telefonnummer', 'Nøgleord', 'Ukendt'];
    const m = suggestMapping(headers, 'organisations');
    expect(headers.map((_h, i) => m[String(i)])).toEqual([
      'name',
      'sector',
      'address',
      'website',
      'municipality',
      'email',
      'phone',
      'tags',
      null,
    ]);
    const nordic = suggestMapping(['Organisasjon', 'Nettside', 'Webbplats', 'Verkkosivu'], 'organisations');
    expect(Object.values(nordic)).toEqual(['name', 'website', null, null]);
  });

  it('uses each field once: the second e-mail column is left for the user to choose', () => {
    expect(suggestMapping(['Navn', 'E-mail', 'Mail'], 'contacts')).toEqual({ '0': 'name', '1': 'email', '2': null });
  });

  it('refuses mappings that cannot be imported', () => {
    expect(() => checkMapping({ '0': 'email' }, 'contacts', 2)).toThrow(/IMPORT_MAPPING_INVALID/);
    expect(() => checkMapping({ '0': 'name', '1': 'name' }, 'contacts', 2)).toThrow(/IMPORT_MAPPING_INVALID/);
    expect(() => checkMapping({ '0': 'name', '1': 'sector' }, 'contacts', 2)).toThrow(/IMPORT_MAPPING_INVALID/);
    expect(() => checkMapping({ '0': 'name', '5': 'email' }, 'contacts', 2)).toThrow(/IMPORT_MAPPING_INVALID/);
    expect(checkMapping({ '0': 'name', '1': null }, 'contacts', 2).get('name')).toBe(0);
  });

  it('keys remembered mappings by folded headers and target', () => {
    expect(headerKey(['Navn', 'E-mail'], 'contacts')).toBe(headerKey([' NAVN ', 'e-mail'], 'contacts'));
    expect(headerKey(['Navn', 'E-mail'], 'contacts')).not.toBe(headerKey(['Navn', 'E-mail'], 'organisations'));
  });
});
