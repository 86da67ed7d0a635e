import { utilityProcess } from 'electron';
import type { CoreProcess } from './core-host';
import { log } from './logger';

/** Forks core as an Electron utilityProcess and adapts it to the host's CoreProcess interface. */
export function forkCore(modulePath: string, env: Record<string, string>): CoreProcess {
  const child = utilityProcess.fork(modulePath, [], { env, serviceName: 'Bindeled core', stdio: 'pipe' });
  // Core writes JSON log lines to stderr; they join main's log (they never hold register content).
  let partial = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) log.forward(line);
  });
  child.stdout?.on('data', () => log.warn('core.stdout-ignored'));
  return {
    postMessage: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', listener),
    kill: () => {
      child.kill();
    },
  };
}
