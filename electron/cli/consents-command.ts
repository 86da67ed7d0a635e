import type { z } from 'zod';
import type { Consent, PersonRef } from '../../shared/contract/consents-schemas';
import { unlock, withCore } from './core-session';
import { defineCommand, parseOptions, requiredPath, UsageError } from './options';
import { menteeIdByCode, parsePersonArg, unknownCodeMessage, type PersonArg } from './person-arg';

// `consents --dir DIR --person ID|MT-CODE [--mentor] [--json]`: a person's consents with their
// state now, through `consents:list` as the mentee and mentor pages call it. Read-only.

export type ConsentsCommand = {
  name: 'consents';
  dir: string;
  person: PersonArg;
  json: boolean;
};

type ConsentValue = z.output<typeof Consent>;

const PURPOSE: Record<ConsentValue['purpose'], string> = {
  registration: 'Registration in the programme',
  'feedback-sharing': 'Feedback to a partner',
  'follow-up': 'Follow-up contact after the course',
  statistics: 'Anonymous statistics',
  story: 'Story or photo',
};
const STATE: Record<ConsentValue['state'], string> = {
  valid: 'in force',
  future: 'not yet in force',
  expired: 'expired',
  withdrawn: 'withdrawn',
};
const METHOD: Record<ConsentValue['method'], string> = {
  signed: 'signed form',
  'verbal-witness': 'verbal, with a witness',
  digital: 'digital',
};

/** The human-readable list: one block per consent, newest given first. */
export function formatConsents(label: string, consents: ConsentValue[]): string {
  if (consents.length === 0) return `No consents are recorded for ${label}.`;
  const lines = [`Consents of ${label} (${consents.length}):`];
  for (const c of consents) {
    lines.push('');
    lines.push(`#${c.id}  ${PURPOSE[c.purpose]}${c.recipientName ? ` → ${c.recipientName}` : ''}: ${STATE[c.state]}`);
    if (c.purpose === 'feedback-sharing') lines.push(`    covers: ${c.categories.length ? c.categories.join(', ') : 'no kinds of data'}`);
    const how = [
      METHOD[c.method],
      c.witness ? `witness ${c.witness}` : '',
      c.interpreterLanguage ? `interpreter (${c.interpreterLanguage})` : '',
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`    given ${c.givenOn} (${how})${c.expiresOn ? `, ends ${c.expiresOn}` : ''}; recorded by ${c.recordedBy}`);
    if (c.templateLabel) lines.push(`    text shown: ${c.templateLabel}${c.templateHash ? ` (sha256 ${c.templateHash.slice(0, 8)})` : ''}`);
    if (c.evidence) lines.push(`    scanned form: ${c.evidence.name}, ${c.evidence.size} bytes, sha256 ${c.evidence.sha256}`);
    if (c.withdrawnAt) lines.push(`    withdrawn ${c.withdrawnAt.replace('T', ' ')} by ${c.withdrawnBy ?? '?'}: ${c.withdrawnHow ?? ''}`);
  }
  return lines.join('\n');
}

export const consents = defineCommand<ConsentsCommand>({
  name: 'consents',
  help: {
    usage: ['--dir DIR --person ID|MT-XXXXX [--mentor] [--json]'],
    about: [
      "List a person's consents with their state now (in force, not yet, expired, withdrawn):",
      'purpose, partner, kinds of data, how and when given, text version, scanned form.',
    ],
    options: [
      ['--dir DIR', "The register's folder."],
      ['--person ID|MT-XXXXX', "A mentee's number or code, or mentor:ID (or a number with --mentor)."],
      ['--mentor', "The number given to --person is a mentor's."],
      ['--json', 'Print the consents as JSON.'],
    ],
  },
  parse(args) {
    const values = parseOptions(args, {
      dir: { type: 'string' },
      person: { type: 'string' },
      mentor: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const dir = requiredPath(values.dir, 'consents');
    const who = values.person?.trim() ?? '';
    if (!who) throw new UsageError('consents needs --person ID or --person MT-XXXXX');
    const person = parsePersonArg(who, { option: '--person', mentor: values.mentor ?? false });
    return { name: 'consents', dir, person, json: values.json ?? false };
  },
  async run(cmd, ctx) {
    const result = await withCore(async (call) => {
      await unlock(call, cmd.dir, ctx);
      let person: PersonRef;
      let label: string;
      if ('code' in cmd.person) {
        const code = cmd.person.code;
        const id = await menteeIdByCode(call, code);
        if (id === null) return { missing: unknownCodeMessage(code) };
        person = { kind: 'mentee', id };
        label = code;
      } else {
        person = cmd.person;
        label = `${person.kind} ${person.id}`;
      }
      try {
        return { label, consents: await call('consents:list', { person }) };
      } catch (error) {
        if ((error as { error?: { code?: string } }).error?.code === 'NOT_FOUND') {
          return { missing: `No ${person.kind} has the number ${person.id} in this register.` };
        }
        throw error;
      }
    });
    if ('missing' in result) {
      process.stderr.write(`${result.missing}\n`);
      return 1;
    }
    process.stdout.write(`${cmd.json ? JSON.stringify(result.consents, null, 2) : formatConsents(result.label, result.consents)}\n`);
    return 0;
  },
});
