import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LANGUAGES, type Language } from '../../shared/languages';

// What every command file shares: the shape of a command definition, the two ways a command
// fails (a usage error, exit 2; a plain failure, exit 1) and the option parsing they all use.
// This file imports no command, so the commands and the registry (args.ts) can all import it.

/** A mistake in how the tool was called: usage is printed and the exit code is 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure that is not a core error code (e.g. no mentee has that code). Exit code 1 with the message. */
export class CommandFailed extends Error {
  override name = 'CommandFailed';
}

/** What `run` gets besides its command: where the passphrase comes from. */
export interface CommandContext {
  /** BINDELED_PASSPHRASE when set, else asked for; `confirm` asks twice (CommandFailed when they differ). */
  passphrase(options?: { confirm?: boolean }): Promise<string>;
}

/** The help of one command: printed by `bindeled --help` (usage and about) and `bindeled <command> --help` (all). */
export interface CommandHelp {
  /** What follows `bindeled <name> `, one entry per printed line. */
  usage: readonly string[];
  /** What the command does, one entry per printed line. */
  about: readonly string[];
  /** Each option or argument, and what it means. */
  options: readonly (readonly [string, string])[];
}

/** One command: its name as typed (one or two words), how its arguments parse, how it runs, its help. */
export interface CommandDefinition<C extends { name: string } = { name: string }> {
  name: string;
  /** The command line after the name; throws UsageError. */
  parse(args: readonly string[]): C;
  /** Runs what `parse` returned; resolves to the exit code. Core failures are thrown (CallFailed, CoreError). */
  run(command: C, ctx: CommandContext): Promise<number>;
  help: CommandHelp;
  /**
   * The commands that have always been parsed with BASIC_OPTIONS (create, info, verify,
   * export-key, import, search) also take options before their name: `--json info --dir D`.
   */
  basicOptions?: true;
}

/** Keeps the definition's command type while checking it is a definition. */
export function defineCommand<C extends { name: string }>(definition: CommandDefinition<C>): CommandDefinition<C> {
  return definition;
}

type Options = NonNullable<ParseArgsConfig['options']>;
type StrictConfig<O extends Options> = { args: string[]; allowPositionals: true; strict: true; tokens: true; options: O };
type Parsed<O extends Options> = ReturnType<typeof parseArgs<StrictConfig<O>>>;

/** Options, positionals and where each was, strictly: an unknown option is a UsageError. */
export function parseStrict<const O extends Options>(args: readonly string[], options: O): Parsed<O> {
  try {
    return parseArgs<StrictConfig<O>>({ args: [...args], allowPositionals: true, strict: true, tokens: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A command's options, strictly: an unknown option or a stray argument is a UsageError. */
export function parseOptions<const O extends Options>(args: readonly string[], options: O): Parsed<O>['values'] {
  const parsed = parseStrict(args, options);
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  return parsed.values;
}

/** The one option set of the first commands: `--org` on `info` is "does not apply", not unknown. */
export const BASIC_OPTIONS = {
  dir: { type: 'string' },
  org: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options that were given, by name. */
export function givenOptions(values: Record<string, unknown>): string[] {
  return Object.keys(values).filter((k) => values[k] !== undefined);
}

/** Refuses an option the command does not take (but shares a parser with one that does). */
export function refuseStray(values: Record<string, unknown>, allowed: readonly string[], command: string): void {
  const stray = givenOptions(values).find((k) => !allowed.includes(k));
  if (stray) throw new UsageError(`--${stray} does not apply to ${command}`);
}

/** `--dir DIR` (or another required path), resolved; missing is "<command> needs --dir DIR". */
export function requiredPath(value: string | undefined, command: string, option = 'dir', what = 'DIR'): string {
  if (!value?.trim()) throw new UsageError(`${command} needs --${option} ${what}`);
  return path.resolve(value);
}

/** A value from a fixed list, or the fallback when the option is absent. */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value === undefined || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${option} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** An optional `--lang`: null when not given. */
export function optionalLanguage(value: string | undefined): Language | null {
  return value === undefined ? null : oneOf('lang', value, LANGUAGES);
}

/** A calendar day as YYYY-MM-DD (the shape only). */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
