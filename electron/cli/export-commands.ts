import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONTACT_EXPORT_FORMATS, CSV_DELIMITERS, DIRECTORY_GROUPINGS, ORGANISATION_EXPORT_FORMATS, THEMES } from '../../shared/contract';
import { formatRecoveryKey } from '../../shared/recovery-key';
import { LANGUAGES, type Language } from '../../shared/languages';
import { DEMO_SIZES, generateDemo, type DemoSize } from '../core/demo/generate';
import { closeRegister, createRegister, unlockRegister } from '../core/register/open-register';
import { UsageError } from './args';
import { withCore } from './core-session';
import { askSecret } from './prompt';

// `export`, `directory` and `demo`: parsed here so the shared argument parser stays small.

export type ExportCommand =
  | {
      name: 'export';
      what: 'contacts' | 'organisations';
      dir: string;
      format: 'csv' | 'xlsx' | 'vcf';
      out: string;
      delimiter: ';' | ',';
      includeArchived: boolean;
    }
  | {
      name: 'directory';
      dir: string;
      out: string;
      groupBy: 'sector' | 'theme';
      municipality?: string;
      theme?: (typeof THEMES)[number];
      offerLanguage?: string;
      lang?: Language;
    }
  | { name: 'demo'; dir: string; size: DemoSize; org: string; lang: Language };

const NAMES = ['export', 'directory', 'demo'] as const;
const OPTIONS_FOR: Record<(typeof NAMES)[number], string[]> = {
  export: ['dir', 'format', 'out', 'delimiter', 'include-archived'],
  directory: ['dir', 'out', 'group-by', 'municipality', 'theme', 'offer-language', 'lang'],
  demo: ['dir', 'size', 'org', 'lang'],
};

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value === undefined || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${option} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** Parses `export`, `directory` and `demo` command lines; null for any other command. */
export function parseExportCommand(argv: readonly string[]): ExportCommand | { name: 'help' } | null {
  const name = argv[0];
  if (!(NAMES as readonly string[]).includes(name ?? '')) return null;
  const command = name as (typeof NAMES)[number];
  if (argv.includes('--help') || argv.includes('-h')) return { name: 'help' };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        [...new Set(Object.values(OPTIONS_FOR).flat())].map((o) => [o, { type: o === 'include-archived' ? 'boolean' : 'string' }] as const),
      ) as Record<string, { type: 'string' | 'boolean' }>,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const str = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const stray = Object.keys(values).find((k) => values[k] !== undefined && !OPTIONS_FOR[command].includes(k));
  if (stray) throw new UsageError(`--${stray} does not apply to ${command}`);
  const positionals = parsed.positionals;
  const expected = command === 'export' ? 1 : 0;
  if (positionals.length > expected) throw new UsageError(`unexpected argument "${positionals[expected]}"`);
  if (!str('dir')?.trim()) throw new UsageError(`${command} needs --dir DIR`);
  const dir = path.resolve(str('dir') ?? '');
  const out = () => {
    const file = str('out')?.trim();
    if (!file) throw new UsageError(`${command} needs --out FILE`);
    return path.resolve(file);
  };
  switch (command) {
    case 'export': {
      const what = oneOf('export', positionals[0], ['contacts', 'organisations'] as const);
      const formats = what === 'contacts' ? CONTACT_EXPORT_FORMATS : ORGANISATION_EXPORT_FORMATS;
      return {
        name: 'export',
        what,
        dir,
        format: oneOf('format', str('format'), formats),
        out: out(),
        delimiter: oneOf('delimiter', str('delimiter'), CSV_DELIMITERS, ';'),
        includeArchived: values['include-archived'] === true,
      };
    }
    case 'directory': {
      const theme = str('theme');
      const lang = str('lang');
      return {
        name: 'directory',
        dir,
        out: out(),
        groupBy: oneOf('group-by', str('group-by'), DIRECTORY_GROUPINGS, 'sector'),
        ...(str('municipality') ? { municipality: str('municipality') } : {}),
        ...(theme !== undefined ? { theme: oneOf('theme', theme, THEMES) } : {}),
        ...(str('offer-language') ? { offerLanguage: str('offer-language') } : {}),
        ...(lang !== undefined ? { lang: oneOf('lang', lang, LANGUAGES) } : {}),
      };
    }
    case 'demo':
      return {
        name: 'demo',
        dir,
        size: oneOf('size', str('size'), Object.keys(DEMO_SIZES) as DemoSize[]),
        org: str('org')?.trim() || 'Bindeled demo',
        lang: oneOf('lang', str('lang'), LANGUAGES, 'da'),
      };
  }
}

export function isExportCommand(cmd: { name: string }): cmd is ExportCommand {
  return (NAMES as readonly string[]).includes(cmd.name);
}

const out = (text: string) => process.stdout.write(`${text}\n`);

async function passphrase(): Promise<string> {
  return process.env.BINDELED_PASSPHRASE || askSecret('Passphrase: ');
}

async function runDemo(cmd: Extract<ExportCommand, { name: 'demo' }>): Promise<number> {
  const secret = await passphrase();
  const started = performance.now();
  let register;
  if (!existsSync(cmd.dir) || readdirSync(cmd.dir).length === 0) {
    const created = await createRegister({ dir: cmd.dir, organisationName: cmd.org, language: cmd.lang, passphrase: secret });
    register = created.register;
    out(`Register "${cmd.org}" created in ${cmd.dir}`);
    out(`Recovery key (shown only this once): ${formatRecoveryKey(created.recoveryKey)}`);
  } else {
    register = await unlockRegister(cmd.dir, { kind: 'passphrase', passphrase: secret });
  }
  try {
    const counts = generateDemo(register.db, cmd.size, register.actor);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    out(`Demo data (size ${cmd.size}) written in ${seconds} s:`);
    for (const [what, n] of Object.entries(counts)) out(`  ${what.padEnd(14)} ${n}`);
  } finally {
    closeRegister(register, 'cli');
  }
  return 0;
}

/** Runs `export`, `directory` or `demo`; returns the exit code. */
export async function runExportCommand(cmd: ExportCommand): Promise<number> {
  if (cmd.name === 'demo') return runDemo(cmd);
  const secret = await passphrase();
  return withCore(async (call) => {
    await call('register:unlock', { dir: cmd.dir, secret: { kind: 'passphrase', passphrase: secret } });
    if (cmd.name === 'export') {
      const input = { path: cmd.out, format: cmd.format, delimiter: cmd.delimiter, includeArchived: cmd.includeArchived };
      const result =
        cmd.what === 'contacts'
          ? await call('export:contacts', input)
          : await call('export:organisations', { ...input, format: cmd.format === 'vcf' ? 'csv' : cmd.format });
      out(`Exported ${result.rows} ${cmd.what} to ${result.path} (${cmd.format})`);
      return 0;
    }
    const result = await call('directory:generate', {
      path: cmd.out,
      groupBy: cmd.groupBy,
      ...(cmd.municipality ? { municipality: cmd.municipality } : {}),
      ...(cmd.theme ? { theme: cmd.theme } : {}),
      ...(cmd.offerLanguage ? { language: cmd.offerLanguage } : {}),
      ...(cmd.lang ? { docLanguage: cmd.lang } : {}),
    });
    out(`Partner directory with ${result.organisations} organisations written to ${result.path}`);
    return 0;
  });
}
