import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { da } from '../../../shared/i18n/da';
import { fi } from '../../../shared/i18n/fi';
import { sv } from '../../../shared/i18n/sv';
import { isLanguageLoaded, loadLanguage, startI18next } from '../../../renderer/src/i18n-catalogs';

// The renderer starts with English and the chosen language only; another language's texts are
// read when the app switches to it or a preview needs it (renderer/src/i18n-catalogs.ts).

beforeAll(() => startI18next(i18next, 'da'));

describe('language texts are read when needed', () => {
  it('starts in the chosen language with English beside it, and nothing else', () => {
    expect(i18next.language).toBe('da');
    expect(i18next.t('common.loading')).toBe(da.common.loading);
    expect(isLanguageLoaded('en')).toBe(true);
    expect(['nb', 'sv', 'fi'].filter((l) => i18next.hasResourceBundle(l, 'translation'))).toEqual([]);
  });

  it('reads a language before switching to it', async () => {
    expect(isLanguageLoaded('fi')).toBe(false);
    await loadLanguage('fi');
    await i18next.changeLanguage('fi');
    expect(i18next.t('common.loading')).toBe(fi.common.loading);
  });

  it('reads a language for a preview without switching the app', async () => {
    expect(isLanguageLoaded('sv')).toBe(false);
    await loadLanguage('sv');
    expect(i18next.language).toBe('fi');
    expect(i18next.getFixedT('sv')('common.loading')).toBe(sv.common.loading);
    expect(sv.common.loading).not.toBe(fi.common.loading);
  });
});
