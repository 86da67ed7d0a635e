#!/usr/bin/env node
// The command-line tool: the same core as the app, in-process, for administrators, scripts and
// benchmarks. Exit codes: 0 success, 1 failure, 2 usage error.
import { isErrorCode } from '../../shared/errors';
import { toAppError } from '../core/errors';
import { parseCommand, UsageError } from './args';
import { CommandFailed, runCommand } from './commands';
import { CallFailed } from './core-session';
import { EraseFailed } from './erase-commands';
import { MatchFailed } from './match-command';
import { describeError, USAGE } from './messages';
import { closePrompt, PromptAborted } from './prompt';

async function main(argv: readonly string[]): Promise<number> {
  // The tool speaks to people: core's routine log lines (an automatic backup made on close…)
  // would be noise on their terminal. Warnings and errors still show; BINDELED_LOG_LEVEL overrides.
  process.env.BINDELED_LOG_LEVEL ??= 'warn';
  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.name === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    return await runCommand(command);
  } catch (error) {
    if (error instanceof PromptAborted) {
      process.stderr.write('No passphrase was given; nothing was changed.\n');
      return 1;
    }
    if (error instanceof CommandFailed || error instanceof MatchFailed || error instanceof EraseFailed) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    // Core failures arrive as Results (CallFailed) or, from export-key, as thrown CoreErrors.
    const appError = error instanceof CallFailed ? error.error : toAppError(error);
    const code = isErrorCode(appError.code) ? appError.code : 'INTERNAL';
    const detail = code === 'INTERNAL' || code === 'INVALID_INPUT' || code === 'REGISTER_CORRUPT' ? appError.detail : undefined;
    const issues = appError.issues?.map((i) => `${i.path || 'input'}: ${i.message}`).join('; ');
    process.stderr.write(`${describeError(code, issues || detail)}\n`);
    return 1;
  }
}

// `bindeled info | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`Error INTERNAL: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(closePrompt);
