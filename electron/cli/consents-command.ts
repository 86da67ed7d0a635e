import path from 'node:path';
import type { z } from 'zod';
import type { Consent, PersonRef } from '../../shared/contract/consents-schemas';
import { UsageError } from './args';
import { parseOptions } from './parse-options';
import { menteeIdByCode, parsePersonArg, unknownCodeMessage, type PersonArg } from './person-arg';
import { withCore } from './core-session';

// `consents --dir DIR --person ID|MT-CODE [--mentor] [--json]`: a person's consents with their
// state now, through `consents:list` as the mentee and mentor pages call it. Read-only.

export type ConsentsCommand = {
  name: 'consents';
  dir: string;
  person: PersonArg;
  json: boolean;
};

type ConsentValue = z.output<typeof Consent>;

/** Parses a `consents` command line; null for any other command. */
export function parseConsentsCommand(argv: readonly string[]): ConsentsCommand | { name: 'help' } | null {
  if (argv[0] !== 'consents') return null;
  if (argv.includes('--help') || argv.includes('-h')) return { name: 'help' };
  const values = parseOptions(argv, {
    dir: { type: 'string' },
    person: { type: 'string' },
    mentor: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (!values.dir?.trim()) throw new UsageError('consents needs --dir DIR');
  const who = values.person?.trim() ?? '';
  if (!who) throw new UsageError('consents needs --person ID or --person MT-XXXXX');
  const person = parsePersonArg(who, { option: '--person', mentor: values.mentor ?? false });
  return { name: 'consents', dir: path.resolve(values.dir), person, json: values.json ?? false };
}

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

/** Runs `consents`; `passphrase` is the CLI's usual source (environment, prompt or pipe). */
export async function runConsentsCommand(cmd: ConsentsCommand, passphrase: () => Promise<string>): Promise<number> {
  const result = await withCore(async (call) => {
    await call('register:unlock', { dir: cmd.dir, secret: { kind: 'passphrase', passphrase: await passphrase() } });
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
}
