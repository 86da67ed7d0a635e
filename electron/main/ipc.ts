import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Relay, SenderInfo } from './relay';

/** The one IPC channel the preload uses. Every message's sender frame is checked by the relay. */
export const INVOKE_CHANNEL = 'bindeled:invoke';
export const EVENT_CHANNEL = 'bindeled:event';

function senderInfo(event: IpcMainInvokeEvent, window: BrowserWindow | null): SenderInfo {
  const frame = event.senderFrame;
  return {
    fromMainWindow: window !== null && !window.isDestroyed() && event.sender === window.webContents,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    url: frame?.url,
  };
}

/** Answers the preload's invoke calls through the relay. */
export function listenForInvokes(relay: Relay, mainWindow: () => BrowserWindow | null): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, input: unknown) =>
    relay.handle(senderInfo(event, mainWindow()), channel, input),
  );
}
