import type { z } from 'zod';
import type { MatchResult } from '../../shared/contract';
import { unlock, withCore, type Call } from './core-session';
import { CommandFailed, defineCommand, parseOptions, requiredPath, UsageError } from './options';
import { menteeIdByCode, parsePersonArg, unknownCodeMessage } from './person-arg';

// `match --dir DIR --mentee ID|CODE [--json] [--limit N]`: the mentors matching suggests for a
// mentee, best first, each with its score criterion by criterion, through `matching:suggest`
// as the app's matching panel calls it.

export type MatchCommand = { name: 'match'; dir: string; mentee: { id: number } | { code: string }; json: boolean; limit: number };

type Result = z.output<typeof MatchResult>;
type Criterion = Result['suggestions'][number]['criteria'][number];

const out = (text: string) => process.stdout.write(`${text}\n`);

const REASONS: Record<string, string> = {
  'not-recorded': 'not recorded',
  'same-field-and-profession': 'same field and profession',
  'same-field': 'same field',
  'similar-profession': 'similar profession',
  'different-field': 'different field',
  'shared-language': 'shares a language',
  'local-language-only': 'shares only the local language',
  'no-shared-language': 'no shared language',
  'same-municipality': 'same municipality',
  'neighbouring-municipality': 'neighbouring municipality',
  'other-municipality': 'another municipality',
  'no-availability-recorded': 'no times recorded',
  overlap: 'can meet at the same times',
  'no-overlap': 'no common times',
  'no-mentee-now': 'no mentee now',
  'room-left': 'room left',
  'no-preference': 'no wish about the mentor',
  'preference-met': 'the wish is met',
  'preference-unknown': "the mentor's gender is not recorded",
  'preference-not-met': 'the wish is not met',
};
const SLOT_DAYS: Record<string, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

/** What a criterion's `matched` values say, in words: language names, times, "2 of 3 places free". */
function explainMatched(c: Criterion): string {
  if (c.matched.length === 0) return '';
  if (c.criterion === 'languages') {
    const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
    return c.matched.map((code) => (code === 'prs' ? 'Dari' : (names.of(code) ?? code))).join(', ');
  }
  if (c.criterion === 'availability') {
    return c.matched.map((slot) => `${SLOT_DAYS[slot.split('-')[0] ?? ''] ?? slot} ${slot.split('-')[1] ?? ''}`.trim()).join(', ');
  }
  if (c.criterion === 'capacity') {
    const [left, capacity] = (c.matched[0] ?? '').split('/');
    return `${left} of ${capacity} places free`;
  }
  if (c.criterion === 'preferences') return `wants a ${c.matched.join(', ')} mentor`;
  return c.matched.join(', ');
}

/** The human-readable report: a ranked list with one line per criterion. */
export function formatSuggestions(result: Result): string {
  const lines: string[] = [];
  const waiting =
    result.waitingDays === null ? 'not waiting for a mentor' : `waiting ${result.waitingDays} day${result.waitingDays === 1 ? '' : 's'}`;
  lines.push(`Mentor suggestions for ${result.menteeCode} (${waiting})`);
  lines.push(
    `Weights: ${Object.entries(result.weights)
      .map(([k, w]) => `${k} ${w}`)
      .join(', ')}`,
  );
  const { notActive, noCapacity } = result.excluded;
  lines.push(`Left out: ${notActive} mentor${notActive === 1 ? '' : 's'} not active, ${noCapacity} with no room.`);
  lines.push('');
  if (result.suggestions.length === 0) {
    lines.push('No active mentor has room for another mentee. Activate a trained mentor or raise a capacity, then try again.');
    return lines.join('\n');
  }
  result.suggestions.forEach((s, i) => {
    const room = `room for ${s.capacityLeft} more`;
    const previous = s.previousMentor ? ', was this mentee’s mentor before' : '';
    lines.push(
      `${String(i + 1).padStart(2)}. ${s.name}${s.municipality ? ` (${s.municipality})` : ''}: score ${s.score} of 100, ${room}${previous}`,
    );
    for (const c of s.criteria) {
      const why = REASONS[c.reason] ?? c.reason;
      const matched = explainMatched(c);
      lines.push(
        `      ${c.criterion.padEnd(13)} ${c.score.toFixed(2)} × ${String(c.weight).padEnd(3)} ${why}${matched ? `: ${matched}` : ''}`,
      );
    }
  });
  return lines.join('\n');
}

async function resolveMentee(call: Call, mentee: MatchCommand['mentee']): Promise<number> {
  if ('id' in mentee) return mentee.id;
  const id = await menteeIdByCode(call, mentee.code);
  if (id === null) throw new CommandFailed(unknownCodeMessage(mentee.code));
  return id;
}

export const match = defineCommand<MatchCommand>({
  name: 'match',
  help: {
    usage: ['--dir DIR --mentee ID|MT-XXXXX [--limit N] [--json]'],
    about: [
      'List the mentors matching suggests for a mentee, best first, with the score of each',
      'criterion and why (N from 1 to 100, default 10).',
    ],
    options: [
      ['--dir DIR', "The register's folder."],
      ['--mentee ID|MT-XXXXX', "The mentee's number, or their code (MT- may be left out, any case)."],
      ['--limit N', 'How many mentors at most, from 1 to 100 (default 10).'],
      ['--json', 'Print the suggestions as JSON.'],
    ],
  },
  parse(args) {
    const values = parseOptions(args, {
      dir: { type: 'string' },
      mentee: { type: 'string' },
      json: { type: 'boolean' },
      limit: { type: 'string' },
    });
    const dir = requiredPath(values.dir, 'match');
    const given = values.mentee?.trim() ?? '';
    if (!given) throw new UsageError('match needs --mentee ID or --mentee MT-XXXXX');
    const parsedMentee = parsePersonArg(given, { option: '--mentee', kinds: ['mentee'] });
    const mentee: MatchCommand['mentee'] = 'code' in parsedMentee ? { code: parsedMentee.code } : { id: parsedMentee.id };
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError('--limit must be a whole number from 1 to 100');
    return { name: 'match', dir, mentee, json: values.json ?? false, limit };
  },
  async run(cmd, ctx) {
    const result = await withCore(async (call) => {
      await unlock(call, cmd.dir, ctx);
      const menteeId = await resolveMentee(call, cmd.mentee);
      try {
        return await call('matching:suggest', { menteeId, limit: cmd.limit });
      } catch (error) {
        if ((error as { error?: { code?: string } }).error?.code === 'NOT_FOUND' && 'id' in cmd.mentee) {
          throw new CommandFailed(
            `No mentee has the number ${cmd.mentee.id} in this register. Give an existing number or the mentee's code (MT-…).`,
          );
        }
        throw error;
      }
    });
    out(cmd.json ? JSON.stringify(result, null, 2) : formatSuggestions(result));
    return 0;
  },
});
