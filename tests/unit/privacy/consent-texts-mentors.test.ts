import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEXTS } from '../../../electron/core/consent-texts/default-texts';
import { call, cleanupTempDirs, createRegister, newCore, tempDir, type TestCore } from '../core/helpers';

// A mentor gives consent for registration, statistics and a story too. The built-in texts for
// those purposes are worded for both mentees and mentors: nothing on a mentor's form speaks of
// "my mentor" or "my course" as if the signer were the mentee.

/** Mentee-only wording, per language, that the shared purposes must not contain. */
const MENTEE_ONLY: Record<string, string[]> = {
  en: ['with my mentor', 'my course', 'mentor who suits me', 'my mentoring course '],
  da: ['min mentor', 'mit forløb', 'mentor, der passer til mig'],
  nb: ['mentoren min', 'forløpet mitt', 'mentor som passer for meg'],
  sv: ['min mentor', 'mitt förlopp', 'mentor som passar mig'],
  fi: ['mentorini', 'mentorointijaksooni', 'mentorointijaksoani', 'minulle löydetään sopiva mentori'],
};
const SHARED_PURPOSES = ['registration', 'statistics', 'story'] as const;

let t: TestCore;
let out: string;

beforeAll(async () => {
  t = newCore();
  await createRegister(t.core);
  out = tempDir('bindeled-mentor-forms-');
});
afterAll(() => {
  t.core.shutdown();
  cleanupTempDirs();
});

describe('built-in consent texts a mentor also signs', () => {
  it.each(Object.keys(MENTEE_ONLY))('are worded for mentees and mentors alike in %s', (language) => {
    for (const purpose of SHARED_PURPOSES) {
      const body = DEFAULT_TEXTS[language as keyof typeof DEFAULT_TEXTS][purpose].body.toLowerCase();
      for (const phrase of MENTEE_ONLY[language]!) expect(body, `${language} ${purpose}`).not.toContain(phrase.toLowerCase());
    }
  });

  it('print on a mentor’s registration form with the mentor’s name and the neutral wording', async () => {
    const mentor = await call(t.core, 'mentors:save', { name: 'Birgitte Holm' });
    mkdirSync(out, { recursive: true });
    const file = path.join(out, 'mentor-registration-en.docx');
    await call(t.core, 'consentTexts:form', {
      person: { kind: 'mentor', id: mentor.id },
      purpose: 'registration',
      language: 'en',
      path: file,
    });
    const text = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }).replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Birgitte Holm');
    expect(text).toContain('to match mentees and mentors who suit each other');
    expect(text).not.toContain('my mentor ');
    expect(text).not.toContain('my course');
  });
});
