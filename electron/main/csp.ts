// Content-Security-Policy sent as a response header for every page main serves. The renderer's
// index.html carries the same policy in a meta tag; the header also covers responses a meta
// tag cannot (workers, anything loaded before the tag is parsed). No remote origin anywhere.
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Development only (the Vite dev server): React Refresh injects an inline module script and Vite
 * talks to the page over a local WebSocket. Still no remote origin. Never used when packaged.
 */
export function devCsp(devServerUrl: string): string {
  const { host } = new URL(devServerUrl);
  return APP_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ws://${host}`,
  );
}
