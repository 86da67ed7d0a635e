import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rowKey, saveResults, table, type Row } from '../../../bench/results';

// The benchmark's growth column: a row at one size is divided by the same row of the last run
// one size down, matched by its text without the counts that differ between sizes.

const dir = mkdtempSync(path.join(os.tmpdir(), 'bindeled-bench-results-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const row = (operation: string, encrypted: number | string, key?: string): Row => ({
  operation,
  encrypted,
  plain: 1,
  ...(key ? { key } : {}),
});

describe('bench results', () => {
  it('matches rows across sizes without their counts and bracketed details', () => {
    expect(rowKey(row('cases:list open = board data (5,904 rows)', 1))).toBe(rowKey(row('cases:list open = board data (59,040 rows)', 1)));
    expect(rowKey(row('import 49,021 contacts', 1))).toBe(rowKey(row('import 490,210 contacts', 1)));
    expect(rowKey(row('search p50', 1))).not.toBe(rowKey(row('search p95', 1)));
    expect(rowKey(row('demo xl generation', 1, 'demo generation'))).toBe(rowKey(row('demo l generation', 1, 'demo generation')));
  });

  it('prints each row against the last run one size down, and a dash where there is none', () => {
    saveResults('l', [row('week:overview', 60), row('cases:list open (5,904 rows)', 100), row('skipped', 'not run')], 1.5, dir);
    const lines = table('xl', [row('week:overview', 150), row('cases:list open (59,040 rows)', 1000), row('new row', 5)], dir);
    expect(lines[0]).toContain('growth xl / l');
    expect(lines.find((l) => l.startsWith('| week:overview'))).toMatch(/2\.50× \|$/);
    expect(lines.find((l) => l.startsWith('| cases:list open'))).toMatch(/10\.00× \|$/);
    expect(lines.find((l) => l.startsWith('| new row'))).toMatch(/– \|$/);
    expect(lines.at(-1)).toContain('load average 1.5');
  });

  it('says so when no smaller size has been run', () => {
    expect(table('m', [row('week:overview', 10)], dir).at(-1)).toContain('no size below m');
  });
});
