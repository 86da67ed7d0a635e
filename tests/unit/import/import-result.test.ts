import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, tempDir } from '../core/helpers';
import { importSequence, type SequenceResult } from './import-sequence';

// The import's result and what it leaves in the register, for a fixed sequence of imports
// (import-sequence.ts: both fixtures, the reported Danish sheet, awkward rows, updates, the
// organisations twice). The expectation was recorded from the import as it was before the
// writers were rewritten for speed (commit 1607773: per-row organisation look-ups and search
// index read-back): the summaries (counts, possibleDuplicates with both ids, rejected rows)
// must be the same, and every table the import writes the same row for row (timestamps aside).

const expected = JSON.parse(readFileSync(new URL('./import-sequence.expected.json', import.meta.url), 'utf8')) as SequenceResult;

afterAll(cleanupTempDirs);

describe('the import result', () => {
  it('is the recorded one: every summary, and contacts, organisations, memberships, search index and pairs row for row', async () => {
    const result = await importSequence(tempDir('bindeled-import-sequence-'));
    expect(result.summaries).toEqual(expected.summaries);
    expect(result.tables).toEqual(expected.tables);
  }, 120_000);
});
