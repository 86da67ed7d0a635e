// The one logger for the Electron main process. JSON lines to stderr and, once the app knows its
// log folder, to a file there. Callers pass event names, codes and counts, never register
// content: no names, no free text typed by a user, no passphrases, no key material.
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

type Level = 'debug' | 'info' | 'warn' | 'error';
type Fields = Record<string, string | number | boolean>;
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = ORDER[(process.env.BINDELED_LOG_LEVEL as Level | undefined) ?? 'info'] ?? ORDER.info;

let logFile: string | null = null;

function sink(line: string): void {
  process.stderr.write(`${line}\n`);
  if (!logFile) return;
  try {
    appendFileSync(logFile, `${line}\n`, { mode: 0o600 });
  } catch {
    // A full or read-only disk must not take the app down; stderr still has the line.
    logFile = null;
  }
}

function write(level: Level, event: string, fields?: Fields): void {
  if (ORDER[level] < threshold) return;
  sink(JSON.stringify({ t: new Date().toISOString(), level, src: 'main', event, ...fields }));
}

export const log = {
  debug: (event: string, fields?: Fields) => write('debug', event, fields),
  info: (event: string, fields?: Fields) => write('info', event, fields),
  warn: (event: string, fields?: Fields) => write('warn', event, fields),
  error: (event: string, fields?: Fields) => write('error', event, fields),
  /** Passes on a line the core process already wrote in the same JSON format. */
  forward: (line: string) => {
    if (line.trim()) sink(line.trimEnd());
  },
  /** Also append to `<dir>/main.log` from now on. */
  toFolder: (dir: string) => {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    logFile = path.join(dir, 'main.log');
  },
};
