// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, as Signal does.
// Fuses are bits compiled into the executable; once flipped they cannot be undone by a flag, an
// environment variable or a file next to the app. Runs before signing, so the signature covers them.
const path = require('node:path');
const { FuseVersion, FuseV1Options, flipFuses } = require('@electron/fuses');

/** The fuse settings, exported so tests can check them without packaging. */
const FUSES = {
  // No `ELECTRON_RUN_AS_NODE`: the app binary cannot be turned into a plain Node.js interpreter.
  [FuseV1Options.RunAsNode]: false,
  // Cookies (we keep none, but Chromium may) are encrypted at rest with the OS keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
  // No `NODE_OPTIONS` and no `--inspect`: nothing can inject code or attach a debugger from outside.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash embedded at build time (macOS and Windows) …
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // … and the app is loaded only from app.asar, never from a loose app/ folder dropped beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app://, so file:// pages need no powers beyond a browser's.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packaged executable the fuses are flipped in (the same paths electron-builder itself uses). */
function executablePath(context) {
  const { appOutDir, packager, electronPlatformName } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, packager.executableName);
}

/** The full config handed to @electron/fuses for one build. */
function fuseConfig(context) {
  return {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature of an arm64 macOS build; re-sign it ad hoc.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === ARCH_ARM64,
    // Fail the build if a future Electron adds a fuse this file does not decide on.
    strictlyRequireAllFuses: true,
    ...FUSES,
  };
}

// electron-builder's Arch enum: ia32 0, x64 1, armv7l 2, arm64 3, universal 4.
const ARCH_ARM64 = 3;

async function afterPack(context, flip = flipFuses) {
  await flip(executablePath(context), fuseConfig(context));
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.fuseConfig = fuseConfig;
module.exports.executablePath = executablePath;
