import type { z } from 'zod';
import type { ErasurePlan, ErasureSubject, RetentionRun } from '../../shared/contract/erasure';
import { unlock, withCore, type Call } from './core-session';
import { CommandFailed, defineCommand, parseOptions, requiredPath, UsageError } from './options';
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
  if (id === null) throw new CommandFailed(unknownCodeMessage(person.code));
  return { kind: 'mentee', id };
}

export const erase = defineCommand<EraseCommand>({
  name: 'erase',
  help: {
    usage: ['--dir DIR --person ID|MT-XXXXX|mentor:ID|contact:ID [--anonymise] [--dry-run] [--json]'],
    about: [
      'Erase a person and everything about them, or with --anonymise keep the statistics and empty',
      'what identifies them. Prints every table touched, with counts; --dry-run changes nothing.',
    ],
    options: [
      ['--dir DIR', "The register's folder."],
      ['--person WHO', "A mentee's number or code (MT-XXXXX), mentor:ID or contact:ID."],
      ['--anonymise', 'Keep the statistics and empty what identifies the person, instead of erasing.'],
      ['--dry-run', 'Show exactly what would go and what would stay; change nothing.'],
      ['--json', 'Print the plan as JSON.'],
    ],
  },
  parse(args) {
    const values = parseOptions(args, {
      dir: { type: 'string' },
      person: { type: 'string' },
      anonymise: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const dir = requiredPath(values.dir, 'erase');
    const person = values.person?.trim() ?? '';
    if (!person) throw new UsageError('erase needs --person ID (a mentee number or MT-XXXXX, mentor:ID, contact:ID)');
    return {
      name: 'erase',
      dir,
      person: parsePersonArg(person, { option: '--person', kinds: ERASABLE }),
      anonymise: values.anonymise === true,
      dryRun: values['dry-run'] === true,
      json: values.json === true,
    };
  },
  async run(cmd, ctx) {
    const text = await withCore(async (call) => {
      await unlock(call, cmd.dir, ctx);
      const request = { subject: await subjectOf(call, cmd.person), mode: cmd.anonymise ? ('anonymise' as const) : ('erase' as const) };
      const plan = await call('erasure:preview', request);
      const done = cmd.dryRun ? plan : await call('erasure:apply', { ...request, fingerprint: plan.fingerprint });
      return cmd.json ? JSON.stringify({ applied: !cmd.dryRun, ...done }, null, 2) : formatPlan(done, !cmd.dryRun);
    });
    out(text);
    return 0;
  },
});

export const retention = defineCommand<RetentionCommand>({
  name: 'retention',
  help: {
    usage: ['--dir DIR [--apply] [--json]'],
    about: [
      'List who the retention policy says is due today and what that would erase or anonymise;',
      '--apply does exactly that and writes one audit entry with the counts.',
    ],
    options: [
      ['--dir DIR', "The register's folder."],
      ['--apply', 'Erase or anonymise everyone due, as listed.'],
      ['--json', 'Print the run as JSON.'],
    ],
  },
  parse(args) {
    const values = parseOptions(args, { dir: { type: 'string' }, apply: { type: 'boolean' }, json: { type: 'boolean' } });
    return { name: 'retention', dir: requiredPath(values.dir, 'retention'), apply: values.apply === true, json: values.json === true };
  },
  async run(cmd, ctx) {
    const text = await withCore(async (call) => {
      await unlock(call, cmd.dir, ctx);
      const dry = await call('retention:plan', {});
      const run =
        cmd.apply && dry.items.length > 0 ? await call('retention:apply', { today: dry.today, fingerprint: dry.fingerprint }) : dry;
      return cmd.json ? JSON.stringify({ applied: cmd.apply, ...run }, null, 2) : formatRun(run, cmd.apply);
    });
    out(text);
    return 0;
  },
});
