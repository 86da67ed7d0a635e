import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));

interface AfterPack {
  (context: unknown, flip?: (file: string, config: unknown) => Promise<unknown>): Promise<void>;
  FUSES: Record<number, boolean>;
}
const afterPack = require(path.join(root, 'build', 'after-pack.cjs')) as AfterPack;

const targets = (platform: string) =>
  (config[platform].target as (string | { target: string })[]).map((t) => (typeof t === 'string' ? t : t.target));

/** electron-builder's own check of a configuration against its JSON schema (what `electron-builder` runs first). */
async function validate(candidate: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  await validateConfiguration(candidate, new DebugLogger(false));
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema check, which does refuse a misspelt option", async () => {
    await expect(validate(config)).resolves.toBeUndefined();
    await expect(validate({ ...config, nsis: { ...config.nsis, perMachin: false } })).rejects.toThrow(/configuration.nsis/);
  });

  it('names the app and writes to dist', () => {
    expect(config.appId).toBe('dk.bindeled.app');
    expect(config.productName).toBe('Bindeled');
    expect(config.directories.output).toBe('dist');
  });

  it('installs per user on Windows without administrator rights, and ships a portable build', () => {
    expect(targets('win')).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
  });

  it('builds dmg, AppImage and deb', () => {
    expect(targets('mac')).toContain('dmg');
    expect(targets('linux')).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('never publishes or auto-updates', () => {
    expect(config.publish).toBeNull();
  });

  it('packs into asar, unpacks native modules, rebuilds them, and flips fuses after packing', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(true);
    expect(config.afterPack).toBe('build/after-pack.cjs');
  });

  it('ships the build output but no tests and not the SQLCipher test driver', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json', '!tests/**']));
    expect((config.files as string[]).some((f) => f.startsWith('!') && f.includes('@journeyapps/sqlcipher'))).toBe(true);
  });
});

describe('after-pack fuses', () => {
  const expected = {
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };

  it('decides every fuse the way Signal does', () => {
    expect(afterPack.FUSES).toEqual(expected);
  });

  it.each([
    ['linux', 1, path.join('/pack', 'bindeled'), false],
    ['win32', 1, path.join('/pack', 'Bindeled.exe'), false],
    ['darwin', 3, path.join('/pack', 'Bindeled.app'), true],
  ])('flips them in the %s executable', async (platform, arch, file, resetAdHoc) => {
    const flip = vi.fn(async () => undefined);
    const context = {
      electronPlatformName: platform,
      arch,
      appOutDir: '/pack',
      packager: { appInfo: { productFilename: 'Bindeled' }, executableName: 'bindeled' },
    };
    await afterPack(context, flip);
    expect(flip).toHaveBeenCalledWith(file, {
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: resetAdHoc,
      strictlyRequireAllFuses: true,
      ...expected,
    });
  });
});
