import { CommandFailed } from './options';

// Reading a passphrase. On a terminal it is typed without echo; from a pipe (a script, a test)
// one line is read per question. Prompts go to stderr so stdout stays clean for --json and keys.

/** The user ended input (Ctrl-C, Ctrl-D, or the pipe closed) before answering. */
export class PromptAborted extends Error {
  override name = 'PromptAborted';
}

let pipeBuffer = '';
let pipeEnded = false;
let pipeWaiters: (() => void)[] = [];
let pipeListening = false;

function listenToPipe(): void {
  if (pipeListening) return;
  pipeListening = true;
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    pipeBuffer += chunk;
    wake();
  });
  process.stdin.on('end', () => {
    pipeEnded = true;
    wake();
  });
}

function wake(): void {
  const waiters = pipeWaiters;
  pipeWaiters = [];
  for (const w of waiters) w();
}

async function readPipedLine(): Promise<string> {
  listenToPipe();
  process.stdin.resume();
  for (;;) {
    const newline = pipeBuffer.indexOf('\n');
    if (newline >= 0) {
      const line = pipeBuffer.slice(0, newline).replace(/\r$/, '');
      pipeBuffer = pipeBuffer.slice(newline + 1);
      process.stdin.pause();
      return line;
    }
    if (pipeEnded) {
      if (pipeBuffer.length === 0) throw new PromptAborted('no input');
      const line = pipeBuffer;
      pipeBuffer = '';
      return line;
    }
    await new Promise<void>((resolve) => pipeWaiters.push(resolve));
  }
}

function readHiddenLine(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003' || (ch === '\u0004' && typed === '')) return finish(new PromptAborted('cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** Asks one question and returns the answer without echoing it on a terminal. */
export async function askSecret(question: string): Promise<string> {
  if (process.stdin.isTTY) return readHiddenLine(question);
  return readPipedLine();
}

/** The passphrase from BINDELED_PASSPHRASE, else asked for (twice with `confirm`, when creating). */
export async function passphrase(options: { confirm?: boolean } = {}): Promise<string> {
  const fromEnv = process.env.BINDELED_PASSPHRASE;
  if (fromEnv) return fromEnv;
  const first = await askSecret(options.confirm ? 'New passphrase: ' : 'Passphrase: ');
  if (options.confirm && (await askSecret('Type the passphrase again: ')) !== first) {
    throw new CommandFailed('The two passphrases differ. Nothing was created; run the command again.');
  }
  return first;
}

/** Stops listening to stdin so the process can exit. */
export function closePrompt(): void {
  if (pipeListening) process.stdin.destroy();
}
