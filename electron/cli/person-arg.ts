import { UsageError } from './options';
import type { Call } from './core-session';

// How a command line names a person, the same way for every command:
//   a number           a mentee's number (a mentor's with --mentor)
//   MT-XXXXX           a mentee's code (MT- optional, any case)
//   mentor:ID          a mentor's number
//   contact:ID         a contact person's number, where the command takes contact persons

const MENTEE_CODE = /^MT-?([0-9A-HJKMNP-TV-Z]{5})$/i;
const KIND_ID = /^(mentee|mentor|contact):(\d+)$/;

export type PersonKindArg = 'mentee' | 'mentor' | 'contact';
export type PersonArg<K extends PersonKindArg = 'mentee' | 'mentor'> = { kind: K; id: number } | { kind: 'mentee'; code: string };

/** Parses a person argument; `option` names it in the message (e.g. "--person"). */
export function parsePersonArg<K extends PersonKindArg = 'mentee' | 'mentor'>(
  given: string,
  options: { option: string; mentor?: boolean; kinds?: readonly K[] },
): PersonArg<K> {
  const kinds: readonly PersonKindArg[] = options.kinds ?? ['mentee', 'mentor'];
  const value = given.trim();
  const kindId = KIND_ID.exec(value);
  if (kindId && kinds.includes(kindId[1] as PersonKindArg) && Number(kindId[2]) > 0) return { kind: kindId[1] as K, id: Number(kindId[2]) };
  if (/^\d+$/.test(value) && Number(value) > 0) {
    const kind = options.mentor ? 'mentor' : 'mentee';
    if (kinds.includes(kind)) return { kind: kind as K, id: Number(value) };
  }
  const code = MENTEE_CODE.exec(value);
  if (code && !options.mentor && kinds.includes('mentee')) return { kind: 'mentee', code: `MT-${(code[1] ?? '').toUpperCase()}` };
  const forms = [
    kinds.includes('mentee') ? "a mentee's number or code (MT-XXXXX)" : null,
    kinds.includes('mentor') ? 'mentor:ID (or a number with --mentor)' : null,
    kinds.includes('contact') ? 'contact:ID' : null,
  ].filter(Boolean);
  throw new UsageError(`${options.option} must be ${forms.join(', or ')}, not "${value}"`);
}

/** A mentee's number from their code, or null when no mentee has it. */
export async function menteeIdByCode(call: Call, code: string): Promise<number | null> {
  return (await call('mentees:list', {})).find((m) => m.code === code)?.id ?? null;
}

/** The message for a code that no mentee has. */
export function unknownCodeMessage(code: string): string {
  return `No mentee has the code ${code} in this register. Check the code (e.g. in the mentees list).`;
}
