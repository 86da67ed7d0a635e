import path from 'node:path';
import { LANGUAGES, type Language } from '../../shared/languages';
import { UsageError } from './args';
import { parseOptions } from './parse-options';
import { withCore } from './core-session';
import { menteeIdByCode, parsePersonArg, unknownCodeMessage, type PersonArg } from './person-arg';

// `access-export --dir DIR --person ID|MT-CODE [--mentor] [--lang LANG] --out FILE.docx`: the
// right of access through the same channel as the app (rights:accessExport). Writes the readable
// .docx and the .json beside it, logs the copy in the disclosure log (to the data subject) and
// audits it.

export type AccessExportCommand = {
  name: 'access-export';
  dir: string;
  person: PersonArg;
  lang: Language | null;
  out: string;
};

/** Parses an `access-export` command line; null for any other command. */
export function parseAccessExportCommand(argv: readonly string[]): AccessExportCommand | { name: 'help' } | null {
  if (argv[0] !== 'access-export') return null;
  if (argv.includes('--help') || argv.includes('-h')) return { name: 'help' };
  const values = parseOptions(argv, {
    dir: { type: 'string' },
    person: { type: 'string' },
    mentor: { type: 'boolean' },
    lang: { type: 'string' },
    out: { type: 'string' },
  });
  if (!values.dir?.trim()) throw new UsageError('access-export needs --dir DIR');
  if (!values.out?.trim()) throw new UsageError('access-export needs --out FILE.docx');
  if (!/\.docx$/i.test(values.out)) throw new UsageError('--out must end in .docx (the .json is written beside it)');
  const who = values.person?.trim() ?? '';
  if (!who) throw new UsageError('access-export needs --person ID or --person MT-XXXXX');
  const person = parsePersonArg(who, { option: '--person', mentor: values.mentor ?? false });
  if (values.lang !== undefined && !(LANGUAGES as readonly string[]).includes(values.lang))
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  return {
    name: 'access-export',
    dir: path.resolve(values.dir),
    person,
    lang: (values.lang as Language | undefined) ?? null,
    out: path.resolve(values.out),
  };
}

/** Runs `access-export`; `passphrase` is the CLI's usual source (environment, prompt or pipe). */
export async function runAccessExportCommand(cmd: AccessExportCommand, passphrase: () => Promise<string>): Promise<number> {
  const result = await withCore(async (call) => {
    await call('register:unlock', { dir: cmd.dir, secret: { kind: 'passphrase', passphrase: await passphrase() } });
    let person: { kind: 'mentee' | 'mentor'; id: number };
    if ('code' in cmd.person) {
      const code = cmd.person.code;
      const id = await menteeIdByCode(call, code);
      if (id === null) return { missing: unknownCodeMessage(code) };
      person = { kind: 'mentee', id };
    } else person = cmd.person;
    const language = cmd.lang ?? (await call('settings:get', {})).defaultLanguage;
    return { written: await call('rights:accessExport', { person, language, path: cmd.out }) };
  });
  if ('missing' in result) {
    process.stderr.write(`${result.missing}\n`);
    return 1;
  }
  const w = result.written;
  process.stdout.write(`Wrote ${w.path} and ${w.jsonPath} (sha256 ${w.sha256}); logged as disclosure ${w.disclosureId}.\n`);
  return 0;
}
