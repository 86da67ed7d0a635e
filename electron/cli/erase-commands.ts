import path from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import type { ErasurePlan, ErasureSubject, RetentionRun } from '../../shared/contract/erasure';
import { UsageError } from './args';
import { withCore, type Call } from './core-session';
import { menteeIdByCode, parsePersonArg, unknownCodeMessage, type PersonArg } from './person-arg';

// `erase --dir DIR --person ID [--anonymise] [--dry-run] [--json]` and
// `retention --dir DIR [--apply] [--json]`: the app's erasure:* and retention:* channels, so the
// preview is the same plan, apply refuses a register that changed since it, and both are
// audited alike. `erase` does what it shows unless --dry-run; `retention` only lists what is due
// unless --apply, since a run can touch many people at once.

type Person = PersonArg<ErasureSubject['kind']>;
const ERASABLE = ['mentee', 'mentor', 'contact'] as const;
export type EraseCommand = { name: 'erase'; dir: string; person: Person; anonymise: boolean; dryRun: boolean; json: boolean };
export type RetentionCommand = { name: 'retention'; dir: string; apply: boolean; json: boolean };

/** A mistake in what the register holds (no such mentee code): exit code 1 with this message. */
export class EraseFailed extends Error {
  override name = 'EraseFailed';
}

function parse(argv: readonly string[], options: Record<string, { type: 'string' | 'boolean' }>) {
  try {
    const parsed = parseArgs({ args: argv.slice(1), allowPositionals: true, strict: true, options });
    if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
    if (typeof parsed.values.dir !== 'string' || !parsed.values.dir.trim()) throw new UsageError(`${argv[0]} needs --dir DIR`);
    return parsed.values as Record<string, string | boolean | undefined> & { dir: string };
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError((error as Error).message);
  }
}

/** Parses an `erase` or `retention` command line; null for any other command. */
export function parseEraseCommand(argv: readonly string[]): EraseCommand | RetentionCommand | { name: 'help' } | null {
  if (argv[0] !== 'erase' && argv[0] !== 'retention') return null;
  if (argv.includes('--help') || argv.includes('-h')) return { name: 'help' };
  if (argv[0] === 'retention') {
    const v = parse(argv, { dir: { type: 'string' }, apply: { type: 'boolean' }, json: { type: 'boolean' } });
    return { name: 'retention', dir: path.resolve(v.dir), apply: v.apply === true, json: v.json === true };
  }
  const v = parse(argv, {
    dir: { type: 'string' },
    person: { type: 'string' },
    anonymise: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const person = typeof v.person === 'string' ? v.person.trim() : '';
  if (!person) throw new UsageError('erase needs --person ID (a mentee number or MT-XXXXX, mentor:ID, contact:ID)');
  return {
    name: 'erase',
    dir: path.resolve(v.dir),
    person: parsePersonArg(person, { option: '--person', kinds: ERASABLE }),
    anonymise: v.anonymise === true,
    dryRun: v['dry-run'] === true,
    json: v.json === true,
  };
}

const out = (text: string) => process.stdout.write(`${text}\n`);

const ACTION_WORDS = { delete: 'deleted', blank: 'kept, identifying text emptied', unlink: 'kept, link to the person removed' };

/** The plan in words: one line per table. */
export function formatPlan(plan: z.output<typeof ErasurePlan>, applied: boolean): string {
  const who = `${plan.subject.kind} ${plan.label} (#${plan.subject.id})`;
  const row = { delete: 'deleted', anonymise: 'anonymised', 'anonymise-kept': 'anonymised (other mentees’ courses refer to this mentor)' }[
    plan.personRow
  ];
  const lines = [
    `${applied ? 'Done' : 'Dry run'}: ${plan.mode === 'erase' ? 'erase' : 'anonymise'} ${who}; the person's record is ${row}.`,
  ];
  if (plan.queued) lines.push(`In the erasure queue (${plan.queued}); the entry goes too.`);
  if (plan.openCourses > 0) lines.push(`Courses still running: ${plan.openCourses}.`);
  for (const s of plan.steps) lines.push(`  ${s.table.padEnd(22)} ${String(s.count).padStart(6)}  ${ACTION_WORDS[s.action]}`);
  if (!applied) lines.push('Nothing was changed. Run again without --dry-run to do exactly this.');
  return lines.join('\n');
}

export function formatRun(run: z.output<typeof RetentionRun>, applied: boolean): string {
  const lines = [
    `Retention ${applied ? 'run' : 'dry run'} for ${run.today}: ${run.items.length} ${run.items.length === 1 ? 'person' : 'people'} due.`,
  ];
  for (const i of run.items)
    lines.push(`  ${i.dueOn}  ${i.action.padEnd(9)} ${i.subject.kind} #${i.subject.id} (${i.rule}, from ${i.from})`);
  if (run.steps.length > 0) lines.push('Rows:');
  for (const s of run.steps) lines.push(`  ${s.table.padEnd(22)} ${String(s.count).padStart(6)}  ${ACTION_WORDS[s.action]}`);
  if (!applied && run.items.length > 0) lines.push('Nothing was changed. Run again with --apply to do exactly this.');
  return lines.join('\n');
}

async function subjectOf(call: Call, person: Person): Promise<ErasureSubject> {
  if ('id' in person) return person;
  const id = await menteeIdByCode(call, person.code);
  if (id === null) throw new EraseFailed(unknownCodeMessage(person.code));
  return { kind: 'mentee', id };
}

/** Runs `erase` or `retention`; `passphrase` is the CLI's usual source (environment, prompt or pipe). */
export async function runEraseCommand(cmd: EraseCommand | RetentionCommand, passphrase: () => Promise<string>): Promise<number> {
  const text = await withCore(async (call) => {
    await call('register:unlock', { dir: cmd.dir, secret: { kind: 'passphrase', passphrase: await passphrase() } });
    if (cmd.name === 'retention') {
      const dry = await call('retention:plan', {});
      const run =
        cmd.apply && dry.items.length > 0 ? await call('retention:apply', { today: dry.today, fingerprint: dry.fingerprint }) : dry;
      return cmd.json ? JSON.stringify({ applied: cmd.apply, ...run }, null, 2) : formatRun(run, cmd.apply);
    }
    const request = { subject: await subjectOf(call, cmd.person), mode: cmd.anonymise ? ('anonymise' as const) : ('erase' as const) };
    const plan = await call('erasure:preview', request);
    const done = cmd.dryRun ? plan : await call('erasure:apply', { ...request, fingerprint: plan.fingerprint });
    return cmd.json ? JSON.stringify({ applied: !cmd.dryRun, ...done }, null, 2) : formatPlan(done, !cmd.dryRun);
  });
  out(text);
  return 0;
}
