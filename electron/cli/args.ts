import { accessExport } from './access-export-command';
import { audit } from './audit-command';
import { backup, restore } from './backup-command';
import { consents } from './consents-command';
import { erase, retention } from './erase-commands';
import { demo, directory, exportRecords } from './export-commands';
import { importCommand, search } from './import-commands';
import { match } from './match-command';
import { BASIC_OPTIONS, parseStrict, UsageError, type CommandDefinition } from './options';
import { create, exportKey, info, verify } from './register-commands';
import { reportFeedback } from './report-feedback-command';
import { reportProgramme } from './report-programme-command';

// The registry: every command of the tool, in the order `bindeled --help` lists them. A command
// is a definition ({ name, parse, run, help }) exported by its own file; adding one is one line here.

export const COMMANDS: readonly CommandDefinition[] = [
  create,
  info,
  verify,
  exportKey,
  importCommand,
  search,
  exportRecords,
  directory,
  demo,
  match,
  consents,
  audit,
  accessExport,
  reportFeedback,
  reportProgramme,
  erase,
  retention,
  backup,
  restore,
];

/** What a command line asks for: a help screen (every command's, or one's), or a command to run. */
export type Request = { help: 'all' | CommandDefinition } | { definition: CommandDefinition; command: { name: string } };

const startsWith = (argv: readonly string[], words: readonly string[]) => words.every((word, i) => argv[i] === word);

/** Parses the command line (without `node` and the script). Throws UsageError. */
export function parseRequest(argv: readonly string[]): Request {
  const named = COMMANDS.find((d) => startsWith(argv, d.name.split(' ')));
  if (named) {
    const args = argv.slice(named.name.split(' ').length);
    if (args.includes('--help') || args.includes('-h')) return { help: named };
    return { definition: named, command: named.parse(args) };
  }
  // No command's name first: `help`, nothing, --help, an unknown command, or options before the
  // name of a command parsed with the basic options (`--json info --dir D`).
  const { values, positionals, tokens } = parseStrict(argv, BASIC_OPTIONS);
  const name = positionals[0];
  if (values.help || name === 'help' || name === undefined) return { help: 'all' };
  const basic = COMMANDS.find((d) => d.basicOptions && d.name === name);
  if (!basic) throw new UsageError(`unknown command "${name}"`);
  const at = tokens.find((t) => t.kind === 'positional')?.index ?? 0;
  return { definition: basic, command: basic.parse([...argv.slice(0, at), ...argv.slice(at + 1)]) };
}

/** The parsed command, or `{ name: 'help' }` for a help screen. */
export function parseCommand(argv: readonly string[]): { name: string } {
  const request = parseRequest(argv);
  return 'command' in request ? request.command : { name: 'help' };
}
