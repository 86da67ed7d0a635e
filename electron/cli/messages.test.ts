import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/errors';
import { catalogs } from '../../shared/i18n';
import { LANGUAGES } from '../../shared/languages';
import { closeRegister, createRegister } from '../core/register/open-register';
import { cleanupTempDirs, PASSPHRASE, tempDir } from '../../tests/unit/core/helpers';
import { runCli } from '../../tests/unit/core/run-cli';
import { cliLanguage, describeError, ERROR_MESSAGES } from './messages';

// The CLI's error texts in the user's language: picked from LC_ALL, LC_MESSAGES and LANG as
// POSIX tools do (the system's locale where none is set), English for C and for a language
// Bindeled does not speak. The Nordic texts are the app's own catalog, not a second copy; the
// English ones are the tool's own, which name its options. Then the real tool, spawned with a
// Danish LANG, on a register folder it cannot write.

afterAll(cleanupTempDirs);

describe('the language of the CLI error texts', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG, then the system, as POSIX tools do', () => {
    expect(cliLanguage({ LANG: 'da_DK.UTF-8' }, 'en-US')).toBe('da');
    expect(cliLanguage({ LANG: 'nb_NO.UTF-8' }, 'en-US')).toBe('nb');
    expect(cliLanguage({ LANG: 'no_NO' }, 'en-US')).toBe('nb');
    expect(cliLanguage({ LANG: 'sv_FI.UTF-8@euro' }, 'en-US')).toBe('sv');
    expect(cliLanguage({ LANG: 'fi_FI.UTF-8' }, 'en-US')).toBe('fi');
    expect(cliLanguage({ LC_ALL: 'fi_FI.UTF-8', LC_MESSAGES: 'sv_SE.UTF-8', LANG: 'da_DK.UTF-8' }, 'en-US')).toBe('fi');
    expect(cliLanguage({ LC_ALL: '', LC_MESSAGES: 'sv_SE.UTF-8', LANG: 'da_DK.UTF-8' }, 'en-US')).toBe('sv');
    // C and POSIX are English, even on a Danish system; so is a language Bindeled does not speak.
    expect(cliLanguage({ LC_ALL: 'C', LANG: 'da_DK.UTF-8' }, 'da-DK')).toBe('en');
    expect(cliLanguage({ LANG: 'C.UTF-8' }, 'da-DK')).toBe('en');
    expect(cliLanguage({ LANG: 'POSIX' }, 'da-DK')).toBe('en');
    expect(cliLanguage({ LANG: 'de_DE.UTF-8' }, 'da-DK')).toBe('en');
    // Nothing set (Windows): the system's locale.
    expect(cliLanguage({}, 'nb-NO')).toBe('nb');
    expect(cliLanguage({}, 'en-GB')).toBe('en');
  });

  it("prints the app's own error text in Danish, Norwegian, Swedish and Finnish, and the tool's own in English", () => {
    for (const language of LANGUAGES) {
      const expected = language === 'en' ? ERROR_MESSAGES.REGISTER_FOLDER_READ_ONLY : catalogs[language].errors.REGISTER_FOLDER_READ_ONLY;
      expect(describeError('REGISTER_FOLDER_READ_ONLY', undefined, {}, language)).toBe(`Error REGISTER_FOLDER_READ_ONLY: ${expected}`);
    }
    expect(describeError('REGISTER_FOLDER_READ_ONLY', undefined, {}, 'da')).toContain('Bindeled kan ikke skrive');
  });

  it('fills in every value in every language, the minimum passphrase length included', () => {
    const params = {
      from: '2026-01-01',
      to: '2026-06-30',
      compareFrom: '2026-06-01',
      compareTo: '2026-07-31',
      years: 10,
      latest: '2025-12-31',
    };
    for (const language of LANGUAGES)
      for (const code of ERROR_CODES)
        expect(describeError(code, undefined, params, language), `${language} ${code}`).not.toMatch(/\{\{|\}\}/);
    expect(describeError('PASSPHRASE_TOO_WEAK', undefined, {}, 'da')).toContain('12 tegn');
    expect(describeError('PERIOD_OVERLAP', 'detail', params, 'sv')).toMatch(/2026-06-01.*2026-07-31.*\n {2}\(detail\)$/s);
  });
});

function canBind(): string | null {
  const probe = tempDir('bindeled-cli-ro-probe-');
  try {
    execFileSync('mount', ['--bind', probe, probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return null;
  } catch (error) {
    return `bind mounts are not available here (${(error as Error).message.split('\n')[0]})`;
  }
}
const noBind = canBind();
if (noBind) process.stdout.write(`[cli messages] the read-only folder run is skipped: ${noBind}\n`);

describe.skipIf(noBind !== null)('the real tool on a register folder it cannot write', () => {
  it('says REGISTER_FOLDER_READ_ONLY in Danish with a Danish LANG, and in English with LC_ALL=C', async () => {
    const dir = path.join(tempDir(), 'register');
    closeRegister(
      (await createRegister({ dir, organisationName: 'Skrivebeskyttet', language: 'da', passphrase: PASSPHRASE })).register,
      'user',
    );
    execFileSync('mount', ['--bind', dir, dir]);
    try {
      execFileSync('mount', ['-o', 'remount,bind,ro', dir]);
      const env = { BINDELED_PASSPHRASE: PASSPHRASE, LANG: 'da_DK.UTF-8' };
      const [danish, english] = await Promise.all([
        runCli(['info', '--dir', dir], { env }),
        runCli(['info', '--dir', dir], { env: { ...env, LC_ALL: 'C' } }),
      ]);
      expect(danish.code).toBe(1);
      expect(danish.stderr.trim()).toBe(`Error REGISTER_FOLDER_READ_ONLY: ${catalogs.da.errors.REGISTER_FOLDER_READ_ONLY}`);
      expect(english.code).toBe(1);
      expect(english.stderr.trim()).toBe(`Error REGISTER_FOLDER_READ_ONLY: ${ERROR_MESSAGES.REGISTER_FOLDER_READ_ONLY}`);
    } finally {
      execFileSync('umount', [dir]);
    }
  }, 60_000);
});
