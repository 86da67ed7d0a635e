import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 13: no source file a reader has to scroll through. A file over LIMIT lines must say why
// at its top, in a comment containing "Long file:" within its first 15 lines (a table of data,
// one concept that reads best in one place …). Everything git tracks under the source folders
// counts, tests included.

const root = path.resolve(import.meta.dirname, '../../..');
const LIMIT = 400;
const SOURCE = /^(electron|shared|renderer|tests|scripts|bench|build)\/.*\.(ts|tsx|js|mjs|cjs)$/;

const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((f) => SOURCE.test(f));

describe('file length', () => {
  it('finds the source files', () => {
    expect(tracked.length).toBeGreaterThan(300);
  });

  it(`no source file is over ${LIMIT} lines without a reason at its top`, () => {
    const unexplained = tracked.flatMap((file) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      const lines = text.replace(/\n$/, '').split('\n');
      if (lines.length <= LIMIT) return [];
      return lines.slice(0, 15).some((l) => l.includes('Long file:')) ? [] : [`${file}: ${lines.length} lines`];
    });
    expect(unexplained).toEqual([]);
  });
});
