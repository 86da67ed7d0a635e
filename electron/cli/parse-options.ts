import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type StrictConfig<O extends Options> = { args: string[]; allowPositionals: true; strict: true; options: O };
type Values<O extends Options> = ReturnType<typeof parseArgs<StrictConfig<O>>>['values'];
import { UsageError } from './args';

/**
 * A command's options after its name, strictly: an unknown option or a stray argument is a
 * UsageError (usage printed, exit code 2), as for every command.
 */
export function parseOptions<const O extends Options>(argv: readonly string[], options: O): Values<O> {
  let parsed;
  try {
    parsed = parseArgs<StrictConfig<O>>({ args: argv.slice(1), allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  return parsed.values;
}
