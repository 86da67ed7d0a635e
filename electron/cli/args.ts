import path from 'node:path';
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../../shared/languages';
import { parseExportCommand, type ExportCommand } from './export-commands';
import { isImportCommandName, parseImportCommand, type ImportCommand } from './import-commands';
import { parseMatchCommand, type MatchCommand } from './match-command';
import { parseConsentsCommand, type ConsentsCommand } from './consents-command';
import { parseAuditCommand, type AuditCommand } from './audit-command';
import { parseAccessExportCommand, type AccessExportCommand } from './access-export-command';
import { parseEraseCommand, type EraseCommand, type RetentionCommand } from './erase-commands';
import { parseBackupCommand, type BackupCommand } from './backup-command';
import { parseReportFeedbackCommand, type ReportFeedbackCommand } from './report-feedback-command';
import { parseReportProgrammeCommand, type ReportProgrammeCommand } from './report-programme-command';

export const COMMANDS = ['create', 'info', 'verify', 'export-key'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type Command =
  | { name: 'help' }
  | ExportCommand
  | { name: 'create'; dir: string; org: string; lang: Language }
  | { name: 'info' | 'verify'; dir: string; json: boolean }
  | { name: 'export-key'; dir: string }
  | ImportCommand
  | MatchCommand
  | ConsentsCommand
  | AuditCommand
  | AccessExportCommand
  | EraseCommand
  | RetentionCommand
  | BackupCommand
  | ReportFeedbackCommand
  | ReportProgrammeCommand;

/** A mistake in how the tool was called: usage is printed and the exit code is 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const OPTIONS_FOR: Record<CommandName, string[]> = {
  create: ['dir', 'org', 'lang'],
  info: ['dir', 'json'],
  verify: ['dir', 'json'],
  'export-key': ['dir'],
};

function isCommandName(value: string | undefined): value is CommandName {
  return (COMMANDS as readonly string[]).includes(value ?? '');
}

/** Parses the command line (without `node` and the script). */
export function parseCommand(argv: readonly string[]): Command {
  const exportCommand =
    parseExportCommand(argv) ??
    parseMatchCommand(argv) ??
    parseConsentsCommand(argv) ??
    parseAuditCommand(argv) ??
    parseEraseCommand(argv) ??
    parseAccessExportCommand(argv) ??
    parseBackupCommand(argv) ??
    parseReportFeedbackCommand(argv) ??
    parseReportProgrammeCommand(argv);
  if (exportCommand) return exportCommand;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        dir: { type: 'string' },
        org: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (values.help || name === 'help' || name === undefined) return { name: 'help' };
  if (isImportCommandName(name)) {
    const parsedImport = parseImportCommand(
      name,
      rest,
      values,
      Object.keys(values).filter((k) => values[k as keyof typeof values] !== undefined),
    );
    if (typeof parsedImport === 'string') throw new UsageError(parsedImport);
    return parsedImport;
  }
  if (!isCommandName(name)) throw new UsageError(`unknown command "${name}"`);
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const given = Object.keys(values).filter((k) => values[k as keyof typeof values] !== undefined);
  const stray = given.find((k) => !OPTIONS_FOR[name].includes(k));
  if (stray) throw new UsageError(`--${stray} does not apply to ${name}`);
  if (!values.dir?.trim()) throw new UsageError(`${name} needs --dir DIR`);
  const dir = path.resolve(values.dir);

  switch (name) {
    case 'create': {
      const lang = values.lang ?? 'en';
      if (!(LANGUAGES as readonly string[]).includes(lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
      // Without --org the folder's name labels the register on the unlock screen.
      const org = values.org?.trim() || path.basename(dir);
      return { name, dir, org, lang: lang as Language };
    }
    case 'info':
    case 'verify':
      return { name, dir, json: values.json ?? false };
    case 'export-key':
      return { name, dir };
  }
}
