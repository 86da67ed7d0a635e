// Postinstall: make the SQLite driver load in both runtimes.
//
// npm has just built better-sqlite3-multiple-ciphers for the Node.js that runs npm: tests, the
// CLI and the browser harness use that build. A native module loads in one runtime only, so
// where an Electron binary is installed (a developer machine with internet) we build a second
// copy for Electron's ABI into node_modules/.cache/bindeled-native/electron-<version>/. The
// Electron shell hands that path to core as `nativeBinding` in development; packaged builds use
// the copy electron-builder rebuilds for Electron. See docs/native-modules.md.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function say(line) {
  process.stdout.write(`[bindeled native] ${line}\n`);
}

function electronBinary() {
  try {
    const binary = require('electron'); // the package exports the binary's path
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const driverDir = path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers');
const nodeBuild = path.join(driverDir, 'build', 'Release', 'better_sqlite3.node');
if (!existsSync(nodeBuild)) {
  say(`missing ${path.relative(root, nodeBuild)}: the driver did not build for Node.js.`);
  process.exit(1);
}
say(`Node.js driver: ${path.relative(root, nodeBuild)}`);

const binary = electronBinary();
if (!binary) {
  say('no Electron binary installed: only the Node.js driver is needed (tests, CLI, harness).');
  process.exit(0);
}
const electronVersion = require('electron/package.json').version;
const outDir = path.join(root, 'node_modules', '.cache', 'bindeled-native', `electron-${electronVersion}`);
const target = path.join(outDir, 'better_sqlite3.node');
if (existsSync(target)) {
  say(`Electron ${electronVersion} driver already built.`);
  process.exit(0);
}
const gyp = process.env.npm_config_node_gyp;
if (!gyp) {
  say('npm did not name its node-gyp; run `npm rebuild` to build the Electron driver.');
  process.exit(0);
}
const work = path.join(outDir, 'src');
rmSync(work, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
cpSync(driverDir, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
say(`building the driver for Electron ${electronVersion} (a few minutes)…`);
try {
  execFileSync(
    process.execPath,
    [gyp, 'rebuild', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: work, stdio: 'inherit' },
  );
  cpSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(work, { recursive: true, force: true });
  say(`Electron driver: ${path.relative(root, target)}`);
} catch {
  // Not fatal: tests still run under Node.js; only `npm start` needs this build.
  say('could not build the Electron driver; `npm start` will fail to open registers until `npm rebuild` succeeds.');
}
