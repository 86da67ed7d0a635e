// The Electron shell: lifecycle, the window, the core process, and the relay between them.
// Glue only; no SQL and no business rules live here. See docs/security.md for the hardening.
import path from 'node:path';
import { app, BrowserWindow, dialog, powerMonitor, safeStorage } from 'electron';
import { EVENT_NAMES, type EventName } from '../../shared/contract/events';
import type { Input } from '../../shared/contract';
import { languageFromLocale, type Language } from '../../shared/languages';
import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from './app-files';
import { createCoreHost } from './core-host';
import { forkCore } from './core-process';
import { fileDialogs, folderTitle } from './file-dialogs';
import { EVENT_CHANNEL, listenForInvokes } from './ipc';
import { shellLabels } from './labels';
import { log } from './logger';
import { installMenu } from './menu';
import { coreEnv, devSqliteBinding, paths } from './paths';
import { createRelay, type AppOrigin } from './relay';
import { hardenAllWebContents, hardenDefaultSession, registerAppScheme, serveRenderer } from './security';
import { createDeviceKeychain } from './shell/device-keychain';
import { createShellHandlers } from './shell/handlers';
import type { CallCore } from './shell/types';
import { createMainWindow } from './window';

const isDev = !app.isPackaged;
const devServerUrl = isDev ? process.env.ELECTRON_RENDERER_URL : undefined;
const startUrl = devServerUrl ?? APP_INDEX_URL;
const origin: AppOrigin = devServerUrl
  ? { protocol: new URL(devServerUrl).protocol, host: new URL(devServerUrl).host }
  : { protocol: `${APP_SCHEME}:`, host: APP_HOST };

// Tests start each run with a throwaway profile; a packaged app always uses the OS's own folder.
if (isDev && process.env.BINDELED_USER_DATA_DIR) app.setPath('userData', path.resolve(process.env.BINDELED_USER_DATA_DIR));

registerAppScheme();
app.enableSandbox();
hardenAllWebContents();

let mainWindow: BrowserWindow | null = null;
// The interface language for the menu and dialogs: the device profile's choice once core has
// answered, the system's until then.
let language: Language = 'en';
const knownEvents: ReadonlySet<string> = new Set(EVENT_NAMES);

function sendEvent(event: EventName, payload: unknown): void {
  if (!knownEvents.has(event)) return;
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, event, payload);
}

function documentsDir(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

const core = createCoreHost({
  spawn: () =>
    forkCore(
      paths.core,
      coreEnv({
        base: process.env,
        userData: app.getPath('userData'),
        // Tests keep new registers out of the real Documents folder; a packaged app ignores this.
        defaultRegisterDir:
          isDev && process.env.BINDELED_DEFAULT_REGISTER_DIR ? path.resolve(process.env.BINDELED_DEFAULT_REGISTER_DIR) : null,
        documents: documentsDir(),
        appVersion: app.getVersion(),
        sqliteBinding: isDev ? devSqliteBinding(app.getAppPath(), process.versions.electron) : null,
      }),
    ),
  onEvent: sendEvent,
  onCrash: (detail) => sendEvent('core:crashed', { detail }),
});

const callCore: CallCore = (channel, input, from) => core.invoke(channel, input, from);

function useLanguage(next: Language): void {
  language = next;
  installMenu({ isDev, lock: () => void lockRegister('user'), labels: shellLabels(language) });
}

/** The relay's way to core: also follows the renderer's language choice into the menu. */
const relayCallCore: CallCore = async (channel, input, from) => {
  const result = await callCore(channel, input, from);
  if (channel === 'app:setLanguage' && result.ok) useLanguage((input as Input<'app:setLanguage'>).language);
  return result;
};

function lockRegister(reason: Input<'register:lock'>['reason']): Promise<unknown> {
  return callCore('register:lock', { reason }, 'internal').then((result) => {
    if (!result.ok && result.error.code !== 'REGISTER_LOCKED') log.warn('lock.failed', { reason, code: result.error.code });
  });
}

const shellHandlers = createShellHandlers({
  device: createDeviceKeychain({
    keysDir: path.join(app.getPath('userData'), 'device-keys'),
    callCore,
    keychain: {
      isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
      backend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null),
      encryptString: (plain) => safeStorage.encryptString(plain),
      decryptString: (encrypted) => safeStorage.decryptString(encrypted),
    },
  }),
  async chooseFolder(purpose, defaultPath) {
    const options: Electron.OpenDialogOptions = {
      title: folderTitle(purpose, shellLabels(language)),
      properties: ['openDirectory', 'createDirectory'],
      ...(defaultPath ? { defaultPath } : {}),
    };
    const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  },
  ...fileDialogs(
    () => mainWindow,
    () => shellLabels(language),
  ),
  restartCore: () => core.restart(),
});

function openWindow(): void {
  mainWindow = createMainWindow({
    preload: paths.preload,
    url: startUrl,
    icon: path.join(app.getAppPath(), 'resources', 'icon.png'),
    devTools: isDev,
  });
  // Closing the window quits the app (window-all-closed). Quit with the window still up instead:
  // quitting may wait for a backup core is finishing, and the window says so until it is done.
  mainWindow.on('close', (event) => {
    if (readyToQuit) return;
    event.preventDefault();
    app.quit();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusWindow(): void {
  if (!mainWindow) return openWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

let readyToQuit = false;
let quitting = false;
async function shutdown(): Promise<void> {
  // The window shows "Finishing the backup…" if the lock below starts one (core-host waits for it).
  sendEvent('app:closing', {});
  // Lock first, so the register is closed and audited even where SIGTERM cannot be caught (Windows).
  const timeout = new Promise((resolve) => setTimeout(resolve, 3000));
  await Promise.race([lockRegister('shutdown'), timeout]);
  await core.stop();
}

async function start(): Promise<void> {
  log.toFolder(app.getPath('logs'));
  log.info('app.start', { version: app.getVersion(), packaged: app.isPackaged });
  hardenDefaultSession(devServerUrl);
  if (!devServerUrl) serveRenderer(paths.renderer);
  core.start();
  listenForInvokes(createRelay({ origin: () => origin, callCore: relayCallCore, shell: shellHandlers }), () => mainWindow);
  app.setAboutPanelOptions({ applicationName: 'Bindeled', applicationVersion: app.getVersion() });
  useLanguage(languageFromLocale(app.getLocale()));
  void callCore('app:state', {}, 'internal').then((result) => {
    const chosen = result.ok ? (result.value as { language: Language | null }).language : null;
    if (chosen) useLanguage(chosen);
  });
  powerMonitor.on('lock-screen', () => void lockRegister('os'));
  powerMonitor.on('suspend', () => void lockRegister('os'));
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another window on the same profile would open the same register twice: hand over and leave.
  app.quit();
} else {
  app.on('second-instance', focusWindow);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) openWindow();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (readyToQuit) return;
    event.preventDefault();
    if (quitting) return;
    quitting = true;
    void shutdown().finally(() => {
      readyToQuit = true;
      app.quit();
    });
  });
  app.whenReady().then(start, (error: Error) => log.error('app.start-failed', { detail: error.message }));
}
