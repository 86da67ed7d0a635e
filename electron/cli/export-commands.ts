import { existsSync, readdirSync } from 'node:fs';
import { CONTACT_EXPORT_FORMATS, CSV_DELIMITERS, DIRECTORY_GROUPINGS, ORGANISATION_EXPORT_FORMATS, THEMES } from '../../shared/contract';
import { formatRecoveryKey } from '../../shared/recovery-key';
import { LANGUAGES, type Language } from '../../shared/languages';
import { DEMO_SIZES, generateDemo, type DemoSize } from '../core/demo/generate';
import { closeRegister, createRegister, unlockRegister } from '../core/register/open-register';
import { withCore } from './core-session';
import { defineCommand, oneOf, parseStrict, refuseStray, requiredPath, UsageError, type CommandContext } from './options';

// `export`, `directory` and `demo`. They share one option set, so an option of one given to
// another "does not apply" rather than being unknown.

export type ExportCommand = {
  name: 'export';
  what: 'contacts' | 'organisations';
  dir: string;
  format: 'csv' | 'xlsx' | 'vcf';
  out: string;
  delimiter: ';' | ',';
  includeArchived: boolean;
};
export type DirectoryCommand = {
  name: 'directory';
  dir: string;
  out: string;
  groupBy: 'sector' | 'theme';
  municipality?: string;
  theme?: (typeof THEMES)[number];
  offerLanguage?: string;
  lang?: Language;
};
export type DemoCommand = { name: 'demo'; dir: string; size: DemoSize; org: string; lang: Language };

type Name = 'export' | 'directory' | 'demo';
const OPTIONS_FOR: Record<Name, string[]> = {
  export: ['dir', 'format', 'out', 'delimiter', 'include-archived'],
  directory: ['dir', 'out', 'group-by', 'municipality', 'theme', 'offer-language', 'lang'],
  demo: ['dir', 'size', 'org', 'lang'],
};
const OPTIONS = Object.fromEntries(
  [...new Set(Object.values(OPTIONS_FOR).flat())].map((o) => [o, { type: o === 'include-archived' ? 'boolean' : 'string' }] as const),
) as Record<string, { type: 'string' | 'boolean' }>;

/** The shared options, those of `command` only, `expected` arguments at most, and --dir. */
function parseShared(command: Name, args: readonly string[], expected: number) {
  const parsed = parseStrict(args, OPTIONS);
  const values = parsed.values as Record<string, string | boolean | undefined>;
  refuseStray(values, OPTIONS_FOR[command], command);
  if (parsed.positionals.length > expected) throw new UsageError(`unexpected argument "${parsed.positionals[expected]}"`);
  const str = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const dir = requiredPath(str('dir'), command);
  const out = () => requiredPath(str('out')?.trim(), command, 'out', 'FILE');
  return { values, positionals: parsed.positionals, str, dir, out };
}

const print = (text: string) => process.stdout.write(`${text}\n`);

async function unlocked<T>(dir: string, ctx: CommandContext, fn: Parameters<typeof withCore<T>>[0]): Promise<T> {
  const secret = await ctx.passphrase();
  return withCore(async (call) => {
    await call('register:unlock', { dir, secret: { kind: 'passphrase', passphrase: secret } });
    return fn(call);
  });
}

const DIR = ['--dir DIR', "The register's folder."] as const;

export const exportRecords = defineCommand<ExportCommand>({
  name: 'export',
  help: {
    usage: ['contacts|organisations --dir DIR --format csv|xlsx|vcf --out FILE [--delimiter ,] [--include-archived]'],
    about: ["Export to CSV (UTF-8 with BOM, ';' unless --delimiter ,), Excel or vCard 4.0 (contacts only)."],
    options: [
      ['contacts|organisations', 'What to export: contact persons or organisations.'],
      DIR,
      ['--format FORMAT', 'csv, xlsx or (contacts only) vcf.'],
      ['--out FILE', 'The file to write.'],
      ['--delimiter ;|,', "The CSV field separator (default ';')."],
      ['--include-archived', 'Include archived records.'],
    ],
  },
  parse(args) {
    const { values, positionals, str, dir, out } = parseShared('export', args, 1);
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
  },
  run: (cmd, ctx) =>
    unlocked(cmd.dir, ctx, async (call) => {
      const input = { path: cmd.out, format: cmd.format, delimiter: cmd.delimiter, includeArchived: cmd.includeArchived };
      const result =
        cmd.what === 'contacts'
          ? await call('export:contacts', input)
          : await call('export:organisations', { ...input, format: cmd.format === 'vcf' ? 'csv' : cmd.format });
      print(`Exported ${result.rows} ${cmd.what} to ${result.path} (${cmd.format})`);
      return 0;
    }),
});

export const directory = defineCommand<DirectoryCommand>({
  name: 'directory',
  help: {
    usage: [
      '--dir DIR --out FILE.docx [--group-by sector|theme] [--municipality M] [--theme T]',
      '[--offer-language L] [--lang da|nb|sv|fi|en]',
    ],
    about: ["Write the printable partner directory (Word) in the register's language or --lang."],
    options: [
      DIR,
      ['--out FILE.docx', 'The Word file to write.'],
      ['--group-by sector|theme', 'How the organisations are grouped (default sector).'],
      ['--municipality M', 'Only organisations in this municipality (case and accents ignored).'],
      ['--theme T', `Only organisations with a current contact person for this theme: ${THEMES.join(', ')}.`],
      ['--offer-language L', 'Only offers available in this language, as written in the offers (e.g. "arabisk").'],
      ['--lang LANG', "The document's language: da, nb, sv, fi or en (default: the register's)."],
    ],
  },
  parse(args) {
    const { str, dir, out } = parseShared('directory', args, 0);
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
  },
  run: (cmd, ctx) =>
    unlocked(cmd.dir, ctx, async (call) => {
      const result = await call('directory:generate', {
        path: cmd.out,
        groupBy: cmd.groupBy,
        ...(cmd.municipality ? { municipality: cmd.municipality } : {}),
        ...(cmd.theme ? { theme: cmd.theme } : {}),
        ...(cmd.offerLanguage ? { language: cmd.offerLanguage } : {}),
        ...(cmd.lang ? { docLanguage: cmd.lang } : {}),
      });
      print(`Partner directory with ${result.organisations} organisations written to ${result.path}`);
      return 0;
    }),
});

export const demo = defineCommand<DemoCommand>({
  name: 'demo',
  help: {
    usage: ['--dir DIR --size s|m|l [--org NAME] [--lang da|nb|sv|fi|en]'],
    about: [
      'Fill a register without partners or mentoring records with synthetic demo data (partners,',
      'mentors, mentees, four years of mentoring courses); creates the register when DIR is empty.',
    ],
    options: [
      ['--dir DIR', "The register's folder; a new or empty folder gets a new register."],
      ['--size s|m|l|xl', 'How much demo data (xl: ten times l, minutes).'],
      ['--org NAME', 'The name of a new register (default "Bindeled demo").'],
      ['--lang LANG', 'The language of a new register: da, nb, sv, fi or en (default da).'],
    ],
  },
  parse(args) {
    const { str, dir } = parseShared('demo', args, 0);
    return {
      name: 'demo',
      dir,
      size: oneOf('size', str('size'), Object.keys(DEMO_SIZES) as DemoSize[]),
      org: str('org')?.trim() || 'Bindeled demo',
      lang: oneOf('lang', str('lang'), LANGUAGES, 'da'),
    };
  },
  async run(cmd, ctx) {
    const secret = await ctx.passphrase();
    const started = performance.now();
    let register;
    if (!existsSync(cmd.dir) || readdirSync(cmd.dir).length === 0) {
      const created = await createRegister({ dir: cmd.dir, organisationName: cmd.org, language: cmd.lang, passphrase: secret });
      register = created.register;
      print(`Register "${cmd.org}" created in ${cmd.dir}`);
      print(`Recovery key (shown only this once): ${formatRecoveryKey(created.recoveryKey)}`);
    } else {
      register = await unlockRegister(cmd.dir, { kind: 'passphrase', passphrase: secret });
    }
    try {
      const counts = generateDemo(register.db, cmd.size, register.actor);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      print(`Demo data (size ${cmd.size}) written in ${seconds} s:`);
      for (const [what, n] of Object.entries(counts)) print(`  ${what.padEnd(14)} ${n}`);
    } finally {
      closeRegister(register, 'cli');
    }
    return 0;
  },
});
