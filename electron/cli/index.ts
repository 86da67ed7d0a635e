#!/usr/bin/env node
// The command-line tool: the same core as the app, in-process, for administrators, scripts and
// benchmarks. The commands are listed in args.ts, each in its own file; main.ts runs one.
import { main } from './main';
import { closePrompt } from './prompt';

// The tool speaks to people: core's routine log lines (an automatic backup made on close…)
// would be noise on their terminal. Warnings and errors still show; BINDELED_LOG_LEVEL overrides.
process.env.BINDELED_LOG_LEVEL ??= 'warn';

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
