import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { shellLabels, type ShellLabels } from './labels';

export interface MenuActions {
  lock(): void;
  /** Development builds only: reload and developer tools. */
  isDev: boolean;
  /** The menu's own labels, in the interface language (English when not given). */
  labels?: ShellLabels;
}

/** Builds the menu template; a pure function of the actions and platform so it is easy to check. */
export function menuTemplate(actions: MenuActions, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const labels = actions.labels ?? shellLabels('en');
  const mac = platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    ...(actions.isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: labels.file,
      submenu: [
        { label: labels.lock, accelerator: 'CmdOrCtrl+L', click: () => actions.lock() },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit', label: labels.quit },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: labels.view, submenu: view },
    { role: 'help', label: labels.help, submenu: [{ label: labels.about, click: () => app.showAboutPanel() }] },
  ];
}

/** Installs the application menu. */
export function installMenu(actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions)));
}
