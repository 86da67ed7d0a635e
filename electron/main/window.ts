import { BrowserWindow } from 'electron';
import { log } from './logger';

export interface WindowOptions {
  preload: string;
  /** The app's start page: app://bindeled/index.html, or the dev server in development. */
  url: string;
  icon: string;
  devTools: boolean;
}

/** The one app window, with every web preference that matters set explicitly rather than left to defaults. */
export function createMainWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Bindeled',
    icon: options.icon,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: options.devTools,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('will-navigate', (event) => {
    // Belt and braces with security.ts: the window itself never navigates.
    event.preventDefault();
    log.warn('window.navigation-blocked');
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.on('render-process-gone', (_event, details) => log.error('renderer.gone', { reason: details.reason }));
  void win.loadURL(options.url).catch((error: Error) => log.error('window.load-failed', { detail: error.message }));
  return win;
}
