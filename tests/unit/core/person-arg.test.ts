import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../electron/cli/options';
import { parsePersonArg } from '../../../electron/cli/person-arg';

// One way to name a person on every command line (consents, access-export, erase, match).
describe('the --person argument', () => {
  it('reads numbers, mentee codes and kind:ID', () => {
    expect(parsePersonArg('12', { option: '--person' })).toEqual({ kind: 'mentee', id: 12 });
    expect(parsePersonArg('12', { option: '--person', mentor: true })).toEqual({ kind: 'mentor', id: 12 });
    expect(parsePersonArg('mt-ab3c9', { option: '--person' })).toEqual({ kind: 'mentee', code: 'MT-AB3C9' });
    expect(parsePersonArg('MTAB3C9', { option: '--person' })).toEqual({ kind: 'mentee', code: 'MT-AB3C9' });
    expect(parsePersonArg('mentor:4', { option: '--person' })).toEqual({ kind: 'mentor', id: 4 });
    expect(parsePersonArg('contact:7', { option: '--person', kinds: ['mentee', 'mentor', 'contact'] })).toEqual({ kind: 'contact', id: 7 });
  });

  it('refuses what the command does not take, saying what it does take', () => {
    expect(() => parsePersonArg('contact:7', { option: '--person' })).toThrow(UsageError);
    expect(() => parsePersonArg('0', { option: '--person' })).toThrow(/a mentee's number or code/);
    expect(() => parsePersonArg('MT-AB3C9', { option: '--person', mentor: true })).toThrow(UsageError);
    expect(() => parsePersonArg('mentor:4', { option: '--mentee', kinds: ['mentee'] })).toThrow(
      /--mentee must be a mentee's number or code \(MT-XXXXX\), not "mentor:4"/,
    );
    expect(() => parsePersonArg('MT-ABCDI', { option: '--person' })).toThrow(UsageError); // I is not in the code alphabet
  });
});
