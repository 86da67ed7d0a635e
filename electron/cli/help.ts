import type { CommandDefinition } from './options';

// The help screens, both made from the commands' own help data: `bindeled --help` lists every
// registered command (usage and what it does), `bindeled <command> --help` shows one with its options.

const WIDTH = 100;

const FOOTER = `The passphrase is read from the environment variable BINDELED_PASSPHRASE when set, otherwise
it is asked for without echo.

Error messages are in the language of LC_ALL, LC_MESSAGES or LANG (da, nb, sv, fi; English otherwise),
always starting with "Error CODE:".

Exit codes: 0 success, 1 failure (including a failed check), 2 usage error.
`;

/** `<prefix><name> <usage>`, continuation lines aligned under the first option. */
function synopsis(prefix: string, command: CommandDefinition): string[] {
  const [first = '', ...more] = command.help.usage;
  const head = `${prefix}${command.name} `;
  return [`${head}${first}`.trimEnd(), ...more.map((line) => `${' '.repeat(head.length)}${line}`)];
}

/** `text` in lines of at most WIDTH characters, the first after `head`, the others indented as far. */
function hanging(head: string, text: string): string[] {
  const lines: string[] = [];
  let line = head;
  let fresh = true;
  for (const word of text.split(' ')) {
    if (!fresh && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(head.length);
      fresh = true;
    }
    line += fresh ? word : ` ${word}`;
    fresh = false;
  }
  return [...lines, line];
}

/** What `bindeled --help` (or a usage error) prints: every command, in the order given. */
export function usageText(commands: readonly CommandDefinition[]): string {
  const lines = ['Bindeled command-line tool', '', 'Usage:'];
  for (const command of commands) lines.push(...synopsis('  bindeled ', command), ...command.help.about.map((l) => `      ${l}`));
  return `${lines.join('\n')}\n\n${FOOTER}`;
}

/** What `bindeled <command> --help` prints. */
export function commandHelpText(command: CommandDefinition): string {
  const { about, options } = command.help;
  const width = Math.max(0, ...options.map(([option]) => option.length));
  const lines = [...synopsis('Usage: bindeled ', command), '', ...about];
  if (options.length > 0) {
    lines.push('', 'Options:');
    for (const [option, text] of options) lines.push(...hanging(`  ${option.padEnd(width)}  `, text));
  }
  return `${lines.join('\n')}\n\n${FOOTER}`;
}
