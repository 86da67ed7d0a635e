import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../tests/unit/core/run-cli';
import { COMMANDS } from './args';
import { commandHelpText, usageText } from './help';
import { main } from './main';
import { reportProgramme } from './report-programme-command';

// Both help screens come from the registry's data: `bindeled --help` lists every command,
// `bindeled <command> --help` shows one. Run in-process (main), and once as the real tool.

/** Runs the tool in-process, as index.ts does, and returns the exit code and what it printed. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(argv, { passphrase: () => Promise.reject(new Error('help needs no passphrase')) });
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const optionsIn = (lines: readonly string[]) => [...new Set(lines.join(' ').match(/--[a-z-]+/g) ?? [])].sort();

describe('CLI help', () => {
  it('every registered command has a name of its own and a help: usage, what it does, its options', () => {
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
    for (const { name, help } of COMMANDS) {
      expect(name).toMatch(/^[a-z-]+( [a-z-]+)?$/);
      expect(help.usage.join(' ').trim(), name).not.toBe('');
      expect(help.about.join(' ').trim(), name).not.toBe('');
      expect(help.options.length, name).toBeGreaterThan(0);
      for (const [option, text] of help.options) expect(`${option}: ${text.trim()}`, name).toMatch(/^\S.*: \S/);
      // Each option in the usage line is described, and only those.
      expect(optionsIn(help.options.map(([option]) => option)), name).toEqual(optionsIn(help.usage));
    }
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('`%s --help` and `-h` exit 0 printing its help', async (name, command) => {
    for (const flag of ['--help', '-h']) {
      const result = await run([...name.split(' '), flag]);
      expect(result).toEqual({ code: 0, stdout: commandHelpText(command), stderr: '' });
    }
    const text = commandHelpText(command);
    expect(text.startsWith(`Usage: bindeled ${name} ${command.help.usage[0]}\n`)).toBe(true);
    for (const [option] of command.help.options) expect(text).toContain(`  ${option}  `);
  });

  it('`--help`, `help` and no arguments list every registered command', async () => {
    const usage = usageText(COMMANDS);
    for (const argv of [['--help'], ['-h'], ['help'], []]) expect(await run(argv)).toEqual({ code: 0, stdout: usage, stderr: '' });
    for (const { name, help } of COMMANDS) expect(usage).toContain(`\n  bindeled ${name} ${help.usage[0]}\n`);
  });

  it('a usage error prints the message and the list of commands, exit code 2', async () => {
    expect(await run(['match', '--dir', '/tmp/x'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `match needs --mentee ID or --mentee MT-XXXXX\n\n${usageText(COMMANDS)}`,
    });
  });

  it('the tool itself prints a command help with exit code 0', async () => {
    const result = await runCli(['report', 'programme', '--help']);
    expect(result).toEqual({ code: 0, stdout: commandHelpText(reportProgramme), stderr: '' });
  });
});
