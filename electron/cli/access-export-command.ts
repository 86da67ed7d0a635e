import path from 'node:path';
import type { Language } from '../../shared/languages';
import { unlock, withCore } from './core-session';
import { defineCommand, optionalLanguage, parseOptions, requiredPath, UsageError } from './options';
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

export const accessExport = defineCommand<AccessExportCommand>({
  name: 'access-export',
  help: {
    usage: ['--dir DIR --person ID|MT-XXXXX [--mentor] [--lang LANG] --out FILE.docx'],
    about: [
      'Everything held about one person (right of access): a readable .docx and a .json beside it',
      'with the same content; logged in the disclosure log as a copy to the person, and audited.',
    ],
    options: [
      ['--dir DIR', "The register's folder."],
      ['--person ID|MT-XXXXX', "A mentee's number or code, or mentor:ID (or a number with --mentor)."],
      ['--mentor', "The number given to --person is a mentor's."],
      ['--lang LANG', "The document's language: da, nb, sv, fi or en (default: the register's)."],
      ['--out FILE.docx', 'The Word file to write; the .json is written beside it.'],
    ],
  },
  parse(args) {
    const values = parseOptions(args, {
      dir: { type: 'string' },
      person: { type: 'string' },
      mentor: { type: 'boolean' },
      lang: { type: 'string' },
      out: { type: 'string' },
    });
    const dir = requiredPath(values.dir, 'access-export');
    if (!values.out?.trim()) throw new UsageError('access-export needs --out FILE.docx');
    if (!/\.docx$/i.test(values.out)) throw new UsageError('--out must end in .docx (the .json is written beside it)');
    const who = values.person?.trim() ?? '';
    if (!who) throw new UsageError('access-export needs --person ID or --person MT-XXXXX');
    const person = parsePersonArg(who, { option: '--person', mentor: values.mentor ?? false });
    return { name: 'access-export', dir, person, lang: optionalLanguage(values.lang), out: path.resolve(values.out) };
  },
  async run(cmd, ctx) {
    const result = await withCore(async (call) => {
      await unlock(call, cmd.dir, ctx);
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
  },
});
