// The one logger for core. Lines go to stderr (the host forwards them to its log file). Callers
// pass event names and codes, never register content: no names, no free text, no passphrases.

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
/** Read at each line, so a host (the command-line tool) can set it after this module loaded. */
const threshold = () => ORDER[(process.env.BINDELED_LOG_LEVEL as Level | undefined) ?? 'info'] ?? ORDER.info;

function write(level: Level, event: string, fields?: Record<string, string | number | boolean>): void {
  if (ORDER[level] < threshold()) return;
  const line = JSON.stringify({ t: new Date().toISOString(), level, event, ...fields });
  process.stderr.write(`${line}\n`);
}

export const log = {
  debug: (event: string, fields?: Record<string, string | number | boolean>) => write('debug', event, fields),
  info: (event: string, fields?: Record<string, string | number | boolean>) => write('info', event, fields),
  warn: (event: string, fields?: Record<string, string | number | boolean>) => write('warn', event, fields),
  error: (event: string, fields?: Record<string, string | number | boolean>) => write('error', event, fields),
};
