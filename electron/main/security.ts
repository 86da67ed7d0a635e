// Hardening that applies to every web contents and to the default session: no navigation away
// from the app, no new windows, no webviews, no permissions, no network. See docs/security.md.
import { readFile } from 'node:fs/promises';
import { app, protocol, session, type Session, type WebContents } from 'electron';
import { APP_HOST, APP_SCHEME, mimeType, resolveAppFile } from './app-files';
import { APP_CSP, devCsp } from './csp';
import { log } from './logger';
import { isAppUrl, type AppOrigin } from './relay';

/** Must run before `ready`: makes `app://` a standard, secure scheme so the renderer is a normal origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer from `rendererDir` at app://bindeled/, with the CSP header on every response. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'content-type': mimeType(file), 'content-security-policy': APP_CSP, 'x-content-type-options': 'nosniff' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

const LOCAL_PROTOCOLS = new Set([`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:']);

/** Whether the session may load `url`: the app's own pages and inline data, and the dev server in development. */
export function isAllowedRequest(url: string, devOrigin: AppOrigin | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_PROTOCOLS.has(parsed.protocol)) return parsed.protocol !== `${APP_SCHEME}:` || parsed.host === APP_HOST;
  if (!devOrigin) return false;
  if (isAppUrl(url, devOrigin)) return true;
  return (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') && parsed.host === devOrigin.host;
}

/** Denies every permission, adds the CSP header, and cancels any request that would leave the machine. */
export function hardenSession(target: Session, devServerUrl: string | undefined): void {
  const devOrigin = devServerUrl ? { protocol: new URL(devServerUrl).protocol, host: new URL(devServerUrl).host } : null;
  target.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission.denied', { permission });
    callback(false);
  });
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  // Chromium's spellchecker downloads dictionaries from Google: no network, so no spellchecker.
  target.setSpellCheckerEnabled(false);
  target.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, devOrigin);
    if (!allowed) log.warn('net.blocked', { scheme: details.url.split(':')[0]?.slice(0, 20) ?? '' });
    callback({ cancel: !allowed });
  });
  const csp = devServerUrl ? devCsp(devServerUrl) : APP_CSP;
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

/** Applies to every web contents the app ever creates, including any a bug might open. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log.warn('webview.refused');
    });
    contents.setWindowOpenHandler(() => {
      log.warn('window-open.denied');
      return { action: 'deny' };
    });
    // The renderer is a single page that never navigates (a reload is not a navigation).
    contents.on('will-navigate', (event) => {
      event.preventDefault();
      log.warn('navigation.blocked');
    });
    contents.on('will-redirect', (event) => {
      event.preventDefault();
      log.warn('redirect.blocked');
    });
  });
}

/** The default session, hardened; called once after `ready`. */
export function hardenDefaultSession(devServerUrl: string | undefined): void {
  hardenSession(session.defaultSession, devServerUrl);
}
