import { isErrorCode } from '../../shared/errors';
import { toAppError } from '../core/errors';
import { COMMANDS, parseRequest } from './args';
import { CallFailed } from './core-session';
import { commandHelpText, usageText } from './help';
import { cliLanguage, describeError } from './messages';
import { CommandFailed, UsageError, type CommandContext } from './options';
import { passphrase, PromptAborted } from './prompt';

// One command line to its exit code: 0 success, 1 failure, 2 usage error. What a command prints
// goes to stdout; usage, failures and warnings to stderr.

export async function main(argv: readonly string[], ctx: CommandContext = { passphrase }): Promise<number> {
  let request;
  try {
    request = parseRequest(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${usageText(COMMANDS)}`);
    return 2;
  }
  if ('help' in request) {
    process.stdout.write(request.help === 'all' ? usageText(COMMANDS) : commandHelpText(request.help));
    return 0;
  }
  try {
    return await request.definition.run(request.command, ctx);
  } catch (error) {
    if (error instanceof PromptAborted) {
      process.stderr.write('No passphrase was given; nothing was changed.\n');
      return 1;
    }
    if (error instanceof CommandFailed) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    // Core failures arrive as Results (CallFailed) or, from export-key, as thrown CoreErrors.
    const appError = error instanceof CallFailed ? error.error : toAppError(error);
    const code = isErrorCode(appError.code) ? appError.code : 'INTERNAL';
    const detail = code === 'INTERNAL' || code === 'INVALID_INPUT' || code === 'REGISTER_CORRUPT' ? appError.detail : undefined;
    const issues = appError.issues?.map((i) => `${i.path || 'input'}: ${i.message}`).join('; ');
    process.stderr.write(`${describeError(code, issues || detail, appError.params, cliLanguage())}\n`);
    return 1;
  }
}
