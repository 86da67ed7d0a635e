import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The built layout (electron-vite): out/main/{index,core}.js, out/preload/index.cjs, out/renderer/.
const mainDir = path.dirname(fileURLToPath(import.meta.url));

export const paths = {
  core: path.join(mainDir, 'core.js'),
  preload: path.join(mainDir, '..', 'preload', 'index.cjs'),
  renderer: path.join(mainDir, '..', 'renderer'),
};

/** The Electron-ABI SQLite driver that scripts/native.mjs builds for development, if it was built. */
export function devSqliteBinding(appPath: string, electronVersion: string): string | null {
  const file = path.join(appPath, 'node_modules', '.cache', 'bindeled-native', `electron-${electronVersion}`, 'better_sqlite3.node');
  return existsSync(file) ? file : null;
}

/** The environment core starts with: where the profile and new registers go, and the driver to load. */
export function coreEnv(options: {
  base: NodeJS.ProcessEnv;
  userData: string;
  documents: string;
  /** Overrides <documents>/Bindeled (development and tests only). */
  defaultRegisterDir?: string | null;
  appVersion: string;
  sqliteBinding: string | null;
}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(options.base)) if (value !== undefined) env[key] = value;
  // A stray setting from the developer's shell must not redirect a packaged app's driver.
  delete env.BINDELED_SQLITE_BINDING;
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.NODE_OPTIONS;
  // The app always makes and opens key slots at the product's Argon2id cost: the tests' cheap
  // key-derivation seam (electron/core/crypto/kdf.ts) never reaches a core the shell starts.
  delete env.BINDELED_TEST_KDF;
  env.BINDELED_PROFILE_DIR = options.userData;
  env.BINDELED_DEFAULT_REGISTER_DIR = options.defaultRegisterDir ?? path.join(options.documents, 'Bindeled');
  env.BINDELED_APP_VERSION = options.appVersion;
  if (options.sqliteBinding) env.BINDELED_SQLITE_BINDING = options.sqliteBinding;
  return env;
}
